//! JSON articles: one object or an array of them (.json), one object a line (.jsonl); field checks and warnings.

use super::date::{self, DateParse};
use super::paragraphs::{build, split_blocks, Block};
use super::{decode, finish, Ctx, Meta, Parsed};
use serde_json::value::RawValue;
use serde_json::{Map, Value};
use std::io::BufRead;

/// One article or an array of them. An array is parsed an element at a time (the text and one
/// element in memory, not the whole tree), `after_article` seeing `parsed` after each, to hand
/// articles on. `base` is where `text` starts in the file, in bytes, when `text` is the file's
/// own bytes (valid UTF-8): an array's articles then record where each starts
/// (`Article::offset`), for a lean index to read one back alone (`element`).
pub fn parse_json(
    ctx: &Ctx,
    text: &str,
    base: Option<u64>,
    parsed: &mut Parsed,
    after_article: &mut dyn FnMut(&mut Parsed),
) {
    if text.trim_start().starts_with('[') {
        match serde_json::from_str::<Vec<&RawValue>>(text) {
            Ok(items) => array(ctx, text, base, &items, parsed, after_article),
            Err(e) => ctx.warn(&mut parsed.warnings, format!("invalid JSON: {e}")),
        }
        return;
    }
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(obj)) => article(ctx, ctx.display.to_owned(), &obj, parsed),
        Ok(other) => ctx.warn(
            &mut parsed.warnings,
            format!(
                "expected an article object or an array of them, found {}",
                kind(&other)
            ),
        ),
        Err(e) => ctx.warn(&mut parsed.warnings, format!("invalid JSON: {e}")),
    }
}

/// The elements of a JSON array, as slices of `text`.
fn array(
    ctx: &Ctx,
    text: &str,
    base: Option<u64>,
    items: &[&RawValue],
    parsed: &mut Parsed,
    after_article: &mut dyn FnMut(&mut Parsed),
) {
    if items.is_empty() {
        ctx.warn(&mut parsed.warnings, "empty array: no articles");
    }
    let start = text.as_ptr() as usize;
    for (i, raw) in items.iter().enumerate() {
        let path = format!("{}#{}", ctx.display, i + 1);
        match serde_json::from_str::<Value>(raw.get()) {
            Ok(Value::Object(obj)) => {
                let before = parsed.articles.len();
                article(ctx, path, &obj, parsed);
                if let (Some(base), Some(a)) = (base, parsed.articles.get_mut(before)) {
                    a.offset = base + (raw.get().as_ptr() as usize).saturating_sub(start) as u64;
                }
            }
            Ok(other) => parsed.warnings.push(format!(
                "{path}: expected an article object, found {}; skipped",
                kind(&other)
            )),
            // Only past serde_json's nesting limit: the array as a whole was valid JSON. Its
            // position would be the element's, not the file's: left out.
            Err(e) => {
                let message = e.to_string();
                let message = message.split(" at line ").next().unwrap_or_default();
                parsed
                    .warnings
                    .push(format!("{path}: invalid JSON: {message}; skipped"));
            }
        }
        after_article(parsed);
    }
}

/// Element `number` (from 1) of a JSON array, the article object read from `reader`, which
/// starts where it does (`offset`): what `parse_json` made of it.
pub(super) fn element(
    ctx: &Ctx,
    number: usize,
    offset: u64,
    reader: impl std::io::Read,
    parsed: &mut Parsed,
) {
    let path = format!("{}#{number}", ctx.display);
    let mut de = serde_json::Deserializer::from_reader(reader);
    match <Value as serde::Deserialize>::deserialize(&mut de) {
        Ok(Value::Object(obj)) => {
            let before = parsed.articles.len();
            article(ctx, path, &obj, parsed);
            if let Some(a) = parsed.articles.get_mut(before) {
                a.offset = offset;
            }
        }
        Ok(other) => parsed.warnings.push(format!(
            "{path}: expected an article object, found {}",
            kind(&other)
        )),
        Err(e) => parsed.warnings.push(format!("{path}: invalid JSON: {e}")),
    }
}

/// One article a line, read from `reader` a line at a time (memory holds one line and what
/// `after_line` leaves in `parsed`, whatever the file's size); `after_line` sees `parsed`
/// after every line, to hand articles on. A line that is not UTF-8 is decoded on its own
/// (Windows-1252 or lossily), with one warning for the file.
pub fn parse_jsonl(
    ctx: &Ctx,
    reader: &mut dyn BufRead,
    parsed: &mut Parsed,
    after_line: &mut dyn FnMut(&mut Parsed),
) -> std::io::Result<()> {
    let mut buf = Vec::new();
    let mut number = 0;
    let mut offset = 0u64;
    let mut decode_warned = false;
    loop {
        buf.clear();
        let read = reader.read_until(b'\n', &mut buf)?;
        if read == 0 {
            return Ok(());
        }
        number += 1;
        one_line(ctx, number, offset, &buf, parsed, &mut decode_warned);
        offset += read as u64;
        after_line(parsed);
    }
}

/// Line `number` (from 1), starting `offset` bytes into the file, as bytes. A line that is not
/// UTF-8 warns once a file (`decode_warned`).
pub(super) fn one_line(
    ctx: &Ctx,
    number: usize,
    offset: u64,
    bytes: &[u8],
    parsed: &mut Parsed,
    decode_warned: &mut bool,
) {
    let bytes = if number == 1 {
        bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
    } else {
        bytes
    };
    let mut warnings = Vec::new();
    let text = decode(ctx.display, bytes, &mut warnings);
    if !warnings.is_empty() && !*decode_warned {
        parsed.warnings.append(&mut warnings);
        *decode_warned = true;
    }
    let before = parsed.articles.len();
    line(ctx, number, &text, parsed);
    for article in &mut parsed.articles[before..] {
        article.offset = offset;
    }
}

/// Line `number` (from 1) of a JSON Lines file.
fn line(ctx: &Ctx, number: usize, line: &str, parsed: &mut Parsed) {
    let line = line.trim();
    if line.is_empty() {
        return;
    }
    let path = format!("{}#{number}", ctx.display);
    match serde_json::from_str::<Value>(line) {
        Ok(Value::Object(obj)) => article(ctx, path, &obj, parsed),
        Ok(other) => parsed.warnings.push(format!(
            "{}:{number}: expected an article object, found {}; skipped",
            ctx.display,
            kind(&other)
        )),
        Err(e) => parsed.warnings.push(format!(
            "{}:{number}: invalid JSON: {e}; line skipped",
            ctx.display
        )),
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A string field; warns (and gives None) on any other type. `author` may be an array of strings.
fn string_field(
    obj: &Map<String, Value>,
    key: &str,
    path: &str,
    w: &mut Vec<String>,
) -> Option<String> {
    match obj.get(key)? {
        Value::Null => None,
        Value::String(s) => Some(s.trim().to_owned()),
        Value::Array(items) if key == "author" && items.iter().all(Value::is_string) => {
            let names: Vec<&str> = items.iter().filter_map(Value::as_str).collect();
            Some(names.join(", "))
        }
        other => {
            w.push(format!(
                "{path}: field \"{key}\" should be a string, found {}; ignored",
                kind(other)
            ));
            None
        }
    }
}

fn date_field(
    obj: &Map<String, Value>,
    path: &str,
    w: &mut Vec<String>,
) -> Option<super::ArticleDate> {
    let (parse, raw) = match obj.get("date")? {
        Value::Null => return None,
        Value::String(s) if s.trim().is_empty() => return None,
        Value::String(s) => (date::parse_date(s), s.clone()),
        Value::Number(n) => {
            let secs = n.as_i64().or_else(|| {
                n.as_f64()
                    .filter(|f| f.is_finite() && f.abs() < 1e15)
                    .map(|f| f.trunc() as i64)
            });
            match secs {
                Some(s) => (date::from_unix_seconds(s), n.to_string()),
                None => (
                    DateParse::Invalid("number out of range".into()),
                    n.to_string(),
                ),
            }
        }
        other => {
            w.push(format!(
                "{path}: field \"date\" should be a string or Unix seconds, found {}; ignored",
                kind(other)
            ));
            return None;
        }
    };
    match parse {
        DateParse::Valid(d) => Some(d),
        DateParse::Invalid(why) => {
            w.push(format!("{path}: date {raw:?} rejected: {why}"));
            None
        }
        DateParse::NotADate => {
            w.push(format!("{path}: date {raw:?} not understood"));
            None
        }
    }
}

/// The body as blocks: `body` or `text` (a string split at blank lines, or an array of strings),
/// else `paragraphs` (an array of strings). None when there is no usable body.
fn body_blocks(
    obj: &Map<String, Value>,
    path: &str,
    w: &mut Vec<String>,
) -> Option<(Vec<Block>, bool)> {
    for key in ["body", "text", "paragraphs"] {
        match obj.get(key) {
            None | Some(Value::Null) => {}
            Some(Value::String(s)) => return Some((split_blocks(s.lines()), true)),
            Some(Value::Array(items)) => {
                let mut blocks = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    match item {
                        Value::String(s) => {
                            let lines: Vec<&str> =
                                s.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
                            if !lines.is_empty() {
                                blocks.push(Block::new(lines.join(" "), lines.len()));
                            }
                        }
                        other => w.push(format!(
                            "{path}: \"{key}\" item {} should be a string, found {}; skipped",
                            i + 1,
                            kind(other)
                        )),
                    }
                }
                return Some((blocks, false));
            }
            Some(other) => w.push(format!(
                "{path}: field \"{key}\" should be a string or an array of strings, found {}; ignored",
                kind(other)
            )),
        }
    }
    None
}

fn article(ctx: &Ctx, path: String, obj: &Map<String, Value>, parsed: &mut Parsed) {
    let w = &mut parsed.warnings;
    let Some((blocks, from_string)) = body_blocks(obj, &path, w) else {
        w.push(format!(
            "{path}: no body (\"body\", \"text\" or \"paragraphs\"); skipped"
        ));
        return;
    };
    let meta = Meta {
        title: string_field(obj, "title", &path, w),
        date: date_field(obj, &path, w),
        url: string_field(obj, "url", &path, w),
        author: string_field(obj, "author", &path, w),
    };
    let body = build(&path, blocks, meta.title.as_deref(), from_string, w);
    if let Some(a) = finish(ctx, path, meta, body, w) {
        parsed.articles.push(a);
    }
}

#[cfg(test)]
mod tests;
