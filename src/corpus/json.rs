//! JSON articles: one object or an array of them (.json), one object a line (.jsonl); field checks and warnings.

mod array;

use super::date::{self, DateParse};
use super::layout::{self, Layout};
use super::paragraphs::{build, lines, Block};
use super::{decode, finish, Ctx, Meta, Parsed};
use array::{At, Elements, Stop};
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::io::BufRead;

/// A `.json` file read from `reader`: an array of articles is read an element at a time (memory
/// holds one element and what `after_article` leaves in `parsed`, whatever the file's size),
/// `after_article` seeing `parsed` after each, to hand articles on. Every article of an array
/// records where its element starts (`Article::offset`), for a lean index to read it back alone
/// (`element`). Anything else (one article object) is read whole. An element that is not
/// UTF-8 is decoded on its own, like a JSON Lines line, with one warning for the file.
pub fn parse_json(
    ctx: &Ctx,
    reader: &mut dyn BufRead,
    parsed: &mut Parsed,
    after_article: &mut dyn FnMut(&mut Parsed),
) -> std::io::Result<()> {
    let mut elements = Elements::new(reader);
    let mut head = Vec::new();
    if !elements.open(&mut head)? {
        elements.rest(&mut head)?;
        let text = decode(ctx.display, &head, &mut parsed.warnings);
        let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
        object(ctx, text, parsed);
        return Ok(());
    }
    let mut buf = Vec::new();
    let mut number = 0;
    let mut decode_warned = false;
    loop {
        match elements.next(&mut buf) {
            Ok(Some(at)) => {
                number += 1;
                one_element(
                    ctx,
                    number,
                    at.offset,
                    Some(at),
                    &buf,
                    parsed,
                    &mut decode_warned,
                );
                after_article(parsed);
            }
            Ok(None) => break,
            Err(Stop::Io(err)) => return Err(err),
            Err(Stop::Syntax(what)) => {
                let kept = if number > 0 {
                    "; the elements before it are kept"
                } else {
                    ""
                };
                ctx.warn(&mut parsed.warnings, format!("invalid JSON: {what}{kept}"));
                return Ok(());
            }
        }
    }
    if number == 0 {
        ctx.warn(&mut parsed.warnings, "empty array: no articles");
    }
    Ok(())
}

/// A JSON file that is not an array: one article object.
fn object(ctx: &Ctx, text: &str, parsed: &mut Parsed) {
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(obj)) => article(ctx, ctx.display.to_owned(), &obj, parsed),
        Ok(other) => ctx.warn(
            &mut parsed.warnings,
            format!(
                "expected an article object or an array of them, found {}",
                kind(&other)
            ),
        ),
        Err(e) => match fields_apart(text, ctx.display, &mut parsed.warnings) {
            Some(obj) => article(ctx, ctx.display.to_owned(), &obj, parsed),
            None => ctx.warn(&mut parsed.warnings, format!("invalid JSON: {e}")),
        },
    }
}

/// An article object with metadata serde_json cannot make values of (a number out of range
/// such as `1e400`, a lone surrogate `"\ud800"`), read a field at a time: those fields are
/// dropped with a warning, so the article loses its date (or title, url, author) rather than
/// itself. None, and nothing said, when the text is not a JSON object or another field (the
/// body, anything else) is unreadable: then the article is skipped as before.
fn fields_apart(text: &str, path: &str, w: &mut Vec<String>) -> Option<Map<String, Value>> {
    let raw: std::collections::BTreeMap<String, &serde_json::value::RawValue> =
        serde_json::from_str(text).ok()?;
    let mut obj = Map::new();
    let mut dropped = Vec::new();
    for (key, value) in raw {
        match serde_json::from_str(value.get()) {
            Ok(value) => {
                obj.insert(key, value);
            }
            Err(e) if matches!(key.as_str(), "date" | "title" | "url" | "author") => {
                dropped.push(format!("{path}: field \"{key}\" unreadable ({e}); ignored"));
            }
            Err(_) => return None,
        }
    }
    w.append(&mut dropped);
    Some(obj)
}

/// Element `number` (from 1) of a JSON array, its bytes starting `offset` bytes into the file;
/// `position` (its line and column, for messages) when known.
fn one_element(
    ctx: &Ctx,
    number: usize,
    offset: u64,
    position: Option<At>,
    bytes: &[u8],
    parsed: &mut Parsed,
    decode_warned: &mut bool,
) {
    let path = format!("{}#{number}", ctx.display);
    let text = decode_once(ctx, bytes, parsed, decode_warned);
    match serde_json::from_str::<Value>(&text) {
        Ok(Value::Object(obj)) => {
            let before = parsed.articles.len();
            article(ctx, path, &obj, parsed);
            if let Some(a) = parsed.articles.get_mut(before) {
                a.offset = offset;
            }
        }
        Ok(other) => parsed.warnings.push(format!(
            "{path}: expected an article object, found {}; skipped",
            kind(&other)
        )),
        Err(e) => {
            if let Some(obj) = fields_apart(&text, &path, &mut parsed.warnings) {
                let before = parsed.articles.len();
                article(ctx, path, &obj, parsed);
                if let Some(a) = parsed.articles.get_mut(before) {
                    a.offset = offset;
                }
                return;
            }
            let message = e.to_string();
            let message = message.split(" at line ").next().unwrap_or_default();
            let at = match position {
                // serde_json counts from the element's first byte.
                Some(at) if e.line() > 0 => {
                    let line = at.line + e.line() as u64 - 1;
                    let column = match e.line() {
                        1 => at.column + (e.column() as u64).saturating_sub(1),
                        _ => e.column() as u64,
                    };
                    format!(" at line {line} column {column}")
                }
                _ => String::new(),
            };
            parsed
                .warnings
                .push(format!("{path}: invalid JSON: {message}{at}; skipped"));
        }
    }
}

/// Element `number` (from 1) of a JSON array, read from `reader`, which starts where it does
/// (`offset`): what `parse_json` made of it.
pub(super) fn element(
    ctx: &Ctx,
    number: usize,
    offset: u64,
    reader: &mut dyn BufRead,
    parsed: &mut Parsed,
) {
    let mut elements = Elements::at(reader, offset);
    let mut buf = Vec::new();
    match elements.value(&mut buf) {
        Ok(()) => one_element(ctx, number, offset, None, &buf, parsed, &mut false),
        Err(Stop::Io(err)) => parsed.warnings.push(format!("{}: {err}", ctx.display)),
        Err(Stop::Syntax(what)) => parsed
            .warnings
            .push(format!("{}#{number}: invalid JSON: {what}", ctx.display)),
    }
}

/// `bytes` as text; bytes that are not UTF-8 warn once a file (`decode_warned`).
fn decode_once<'a>(
    ctx: &Ctx,
    bytes: &'a [u8],
    parsed: &mut Parsed,
    decode_warned: &mut bool,
) -> Cow<'a, str> {
    let mut warnings = Vec::new();
    let text = decode(ctx.display, bytes, &mut warnings);
    if !warnings.is_empty() && !*decode_warned {
        parsed.warnings.append(&mut warnings);
        *decode_warned = true;
    }
    text
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
    let text = decode_once(ctx, bytes, parsed, decode_warned);
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
        Err(e) => match fields_apart(line, &path, &mut parsed.warnings) {
            Some(obj) => article(ctx, path, &obj, parsed),
            None => parsed.warnings.push(format!(
                "{}:{number}: invalid JSON: {e}; line skipped",
                ctx.display
            )),
        },
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
        Value::String(s) => (date::parse_field(s), s.clone()),
        // Unix seconds that fall in a year of the accepted range are all in the first hour of
        // 1970: such an integer is that year, as a string of it would be.
        Value::Number(n) if n.as_i64().is_some_and(date::is_year) => {
            let year = n.as_i64().and_then(|y| i32::try_from(y).ok()).unwrap_or(0);
            (date::year(year), n.to_string())
        }
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

/// The body as blocks: `body` or `text` (a string split as its layout marks paragraphs, or an
/// array of strings), else `paragraphs` (an array of strings); with the string's layout. None
/// when there is no usable body.
fn body_blocks(
    obj: &Map<String, Value>,
    path: &str,
    w: &mut Vec<String>,
) -> Option<(Vec<Block>, Option<Layout>)> {
    for key in ["body", "text", "paragraphs"] {
        match obj.get(key) {
            None | Some(Value::Null) => {}
            Some(Value::String(s)) => {
                let (layout, blocks) = layout::split(&lines(s).collect::<Vec<_>>());
                return Some((blocks, Some(layout)));
            }
            Some(Value::Array(items)) => {
                let mut blocks = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    match item {
                        Value::String(s) => {
                            let lines: Vec<&str> =
                                lines(s).map(str::trim).filter(|l| !l.is_empty()).collect();
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
                return Some((blocks, None));
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
    let Some((blocks, layout)) = body_blocks(obj, &path, w) else {
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
    // Headings are guessed in a string body, as in a .txt file; an array's items are paragraphs.
    let mut body = build(&path, blocks, meta.title.as_deref(), layout.is_some(), w);
    body.layout = layout;
    if let Some(a) = finish(ctx, path, meta, body, w) {
        parsed.articles.push(a);
    }
}

#[cfg(test)]
mod tests;
