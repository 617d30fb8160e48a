//! Reading articles: the shared types, file-format detection and `parse_bytes`, which decodes and dispatches.
//!
//! Which module owns what:
//! - `walk` finds the files, `open` opens one (a regular file only); `key` is a file's identity
//!   (the exact bytes of its path, the one order of walk, manifest and plan) and `hash` its
//!   content hash, both made here and used by the update pipeline, the manifest and the writer;
//!   `address` is an article's identity in the index (its file's key, and its number in a file
//!   of many) and how paths are shown;
//! - `encoding` turns bytes into text (byte-order mark, an HTML page's declared charset, UTF-8,
//!   else chardetng's guess) and skips binary files;
//! - one reader a format: `text` (.txt), `markdown` (.md, with pulldown-cmark), `html` (.html,
//!   with scraper), `json` (.json and .jsonl, with serde_json; `json::array` streams an array);
//! - `layout` decides how a plain-text body marks its paragraphs (blank lines, one a line, an
//!   indented first line, a short last line) and splits it so;
//! - `paragraphs` turns the blocks every reader finds into numbered paragraphs with sections
//!   and a dateline; `date` reads dates (ISO 8601 and RFC 3339 with `time`, written English,
//!   years and months, file and folder names), each with its precision.

mod address;
mod date;
mod encoding;
mod hash;
mod html;
mod json;
mod key;
mod layout;
mod markdown;
mod open;
mod paragraphs;
mod passages;
mod text;
pub mod walk;

pub use address::{shown, ArticleAddress};
pub use date::{ArticleDate, Precision};
pub use hash::{content_hash, hash_hex, Hashing};
pub use key::FileKey;
pub use layout::Layout;
pub use open::{kind_of, open_regular, read_regular};
pub use passages::PASSAGE_CAP;
pub use walk::{describe_error, walk, SourceFile, WalkEvent, WalkOptions, IGNORE_FILE};

use date::DateParse;
use encoding::{decode, looks_binary, utf16};
use std::borrow::Cow;
use std::path::Path;

/// What version of the readers made an index's paragraphs: bumped whenever what a file parses to
/// changes (its articles' paths, titles, dates, paragraphs or offsets), or the speakers found in
/// them, so that `search index`
/// parses every file again rather than keep paragraphs the readers no longer make, which a lean
/// index could no longer read back. The test `the_readers_are_those_of_their_version` fails until
/// this and `READER_FINGERPRINT` are updated.
/// 4: an article without a title has none (not its file name's stem).
/// 5: a paragraph over `PASSAGE_CAP` characters is split into passages (`part`).
/// 6: dates known to the year or the month, from fields, datelines, file and folder names.
/// 7: a text body's paragraphs as its layout marks them (`layout`).
/// 8: newswire archive dates (`26-FEB-1987 15:01:01.79`) and a time after a written date.
/// 9: no change to what the readers make, but speakers are attributed anew (issue 17): an index
/// made before parses its files again rather than keep their old speakers.
/// 10: no change to what the readers make, but quotes are found anew (issue 19: reported
/// speech, quoted phrases): an index made before parses its files again.
/// 11: speakers are stored without forms of address before their names (`Comrade`, `His
/// Excellency`), and their keys without middle initials (issue 17).
/// 12: the same again: company names, titles with "of the", acronyms, unnamed sources in one case.
/// 13: a he/she that speaks goes to the most salient person before it; panel labels, acronyms
///     spelling names with commas, role nouns for organisations and for people, unnamed
///     sources with their postmodifiers (issue 17).
/// 14: a line quoting a sentence is a paragraph, not a heading; quotes signed after a dash,
///     paragraphs ending in a colon that introduce the next quotation, and the one spoken to
///     before a colon is no speaker (issue 17).
///     Common-noun subjects of reporting verbs: groups, the press and bodies named by their
///     kind, a role followed by its name, `reported that` (issue 17).
/// 15: companies without their legal form, short names, nouns for people by their ending
///     (issue 17).
/// 16: a sentence opening with `Said`, passive agents, quantities of people, `said analyst
///     Ada Lind`, places and bodies never he/she, `Church of ...` (issue 17).
/// 17: `Procter & Gamble`, `US` in capitals, people described after the verb (`people
///     familiar with ...`), `it` for a body that spoke, `state media`, `..., X reported.`,
///     portfolios joined by `and` (issue 17).
/// 18: a time, medium or occasion before the verb (`Lind on Monday said`), documents speaking
///     for their issuer (`the report said`), misspelt surnames, `Moody's said`, `the Justice
///     Department`, `called the ruling a landmark` (issue 17).
/// 19: subjects described by a participle (`a woman living nearby said`), the body before a
///     document (`the parole board decision`), photo captions, lists of three speakers, `went
///     on to say`, `expressed concern`, `the automaker`, bodies named by a list of fields
///     (issue 17).
/// 20: firms named by partners or with a possessive inside, `S and P`, bodies named as owners,
///     the first of two surnames, indefinite roles named after they speak, `researchers report`
///     (issue 17).
/// 21: titles after a place, a role's object before its holder's name, census first names,
///     places of several words, claiming a thing, reporting a clause without "that", opening
///     clauses' subjects, lower-case legal forms (issue 17).
pub const READER_VERSION: u32 = 21;

/// What the readers make of the test samples (`tests::reader_fingerprint`), at `READER_VERSION`.
#[cfg(test)]
pub const READER_FINGERPRINT: u64 = 0xf881_4b44_5852_9f42;

/// One passage of an article: a paragraph, or a part of one too long to be read as one.
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    /// 1-based position within the article.
    pub number: u32,
    /// 1-based part of the paragraph, for one split into passages (`passages`); `None` for a
    /// paragraph kept whole.
    pub part: Option<u32>,
    /// The heading this paragraph sits under, if any.
    pub section: Option<String>,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// Display path; JSON articles get `#N` appended (line for .jsonl, position for .json arrays).
    pub path: String,
    /// That `N`: the article's number in a file of many articles; `None` in a file of one.
    pub number: Option<usize>,
    /// The title the article gives (a header, front matter, a JSON field, a page's title); none
    /// is made up.
    pub title: Option<String>,
    pub date: Option<ArticleDate>,
    pub url: Option<String>,
    pub author: Option<String>,
    pub paragraphs: Vec<Paragraph>,
    /// Where the article starts in its file, in bytes: its line in a JSON Lines file, its element
    /// in a JSON array (0 in other formats). What a lean index keeps to read the article back
    /// alone (`parse_jsonl_line`, `parse_json_element`).
    pub offset: u64,
    /// How its plain-text body marked paragraphs (a .txt file, a JSON string body); None where
    /// the format has its own structure (Markdown, HTML, a JSON array of paragraphs). One byte,
    /// shown by `search parse`; not indexed.
    pub layout: Option<Layout>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Json,
    JsonLines,
    Html,
}

/// The format a file is read as, by extension (case-insensitive).
pub fn format_of(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "txt" => Some(Format::Text),
        "md" | "markdown" => Some(Format::Markdown),
        "json" => Some(Format::Json),
        "jsonl" | "ndjson" => Some(Format::JsonLines),
        "html" | "htm" => Some(Format::Html),
        _ => None,
    }
}

/// What one file yielded: its articles and the warnings met on the way.
#[derive(Debug, Default)]
pub struct Parsed {
    pub articles: Vec<Article>,
    pub warnings: Vec<String>,
}

/// Never panics, on any bytes. `display` is the path used in Article.path and warnings;
/// its file stem gives the file-name date.
pub fn parse_bytes(display: &str, format: Format, bytes: &[u8]) -> Parsed {
    parse_bytes_in_batches(display, format, bytes, usize::MAX, &mut |_| {})
}

/// `parse_bytes`, handing the articles of a JSON Lines file or a JSON array to `each` whenever
/// `batch` of them are parsed, so that a large file is never held parsed whole; what it returns
/// holds the rest. Other formats hold one article or a few: they are returned whole.
pub fn parse_bytes_in_batches(
    display: &str,
    format: Format,
    bytes: &[u8],
    batch: usize,
    each: &mut dyn FnMut(Vec<Article>),
) -> Parsed {
    if streamed(format) {
        let mut reader = bytes;
        // Reading from memory cannot fail.
        return parse_reader(display, format, &mut reader, batch, each).unwrap_or_default();
    }
    let mut parsed = Parsed::default();
    if utf16(bytes).is_none() && looks_binary(display, bytes, &mut parsed.warnings) {
        return parsed;
    }
    let decoded = encoding::decode_file(display, format, bytes, &mut parsed.warnings);
    let text = decoded.strip_prefix('\u{FEFF}').unwrap_or(&decoded);
    // A stray NUL (see `looks_binary`) is no text.
    let text = match text.contains('\0') {
        true => Cow::Owned(text.replace('\0', "")),
        false => Cow::Borrowed(text),
    };
    let text = text.as_ref();
    let ctx = Ctx { display };
    match format {
        Format::Text => text::parse(&ctx, text, &mut parsed),
        Format::Markdown => markdown::parse(&ctx, text, &mut parsed),
        // Read above, from a stream.
        Format::Json | Format::JsonLines => {}
        Format::Html => html::parse(&ctx, text, &mut parsed),
    }
    cap_paragraphs(&mut parsed);
    parsed
}

/// The formats read from a stream (`parse_reader`): JSON Lines, and JSON (an array of articles).
pub fn streamed(format: Format) -> bool {
    matches!(format, Format::Json | Format::JsonLines)
}

/// A JSON Lines file read a line at a time, or a JSON array an element at a time, from
/// `reader`, their articles handed to `each` whenever `batch` of them are parsed (what this
/// returns holds the rest): memory holds one line or element and one batch whatever the file's
/// size. Other formats are read whole. An error is the reader's (the file could not be read to
/// its end); the articles handed on before it stand.
pub fn parse_reader(
    display: &str,
    format: Format,
    reader: &mut dyn std::io::BufRead,
    batch: usize,
    each: &mut dyn FnMut(Vec<Article>),
) -> std::io::Result<Parsed> {
    if !streamed(format) {
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes)?;
        return Ok(parse_bytes_in_batches(display, format, &bytes, batch, each));
    }
    let mut parsed = Parsed::default();
    let head = reader.fill_buf()?;
    if utf16(head).is_some() {
        // Read by byte offsets, line by line: only UTF-8 (or a single-byte code page) keeps them.
        parsed.warnings.push(format!(
            "{display}: UTF-16 JSON is not read; save it as UTF-8; skipped"
        ));
        return Ok(parsed);
    }
    if looks_binary(display, head, &mut parsed.warnings) {
        return Ok(parsed);
    }
    let ctx = Ctx { display };
    let mut after = |parsed: &mut Parsed| {
        if parsed.articles.len() >= batch {
            cap_paragraphs(parsed);
            each(std::mem::take(&mut parsed.articles));
        }
    };
    if format == Format::Json {
        json::parse_json(&ctx, reader, &mut parsed, &mut after)?;
    } else {
        json::parse_jsonl(&ctx, reader, &mut parsed, &mut after)?;
    }
    cap_paragraphs(&mut parsed);
    Ok(parsed)
}

/// Line `number` (from 1) of the JSON Lines file shown as `display`, given its bytes: what
/// `parse_reader` makes of that line (the same paths, paragraphs and caps), without
/// reading the lines before it. A lean index reads articles back this way.
pub fn parse_jsonl_line(display: &str, number: usize, offset: u64, bytes: &[u8]) -> Parsed {
    let mut parsed = Parsed::default();
    let ctx = Ctx { display };
    json::one_line(&ctx, number, offset, bytes, &mut parsed, &mut false);
    cap_paragraphs(&mut parsed);
    parsed
}

/// Element `number` (from 1) of the JSON array file shown as `display`, its object read from
/// `reader`, which starts `offset` bytes into the file: what `parse_bytes` made of it, without
/// reading the rest of the file.
pub fn parse_json_element(
    display: &str,
    number: usize,
    offset: u64,
    mut reader: impl std::io::BufRead,
) -> Parsed {
    let mut parsed = Parsed::default();
    json::element(&Ctx { display }, number, offset, &mut reader, &mut parsed);
    cap_paragraphs(&mut parsed);
    parsed
}

/// The most text one paragraph keeps: a "paragraph" larger than this is a dump, not prose, and
/// indexing it whole would make every query that hits it slow to highlight.
pub const MAX_PARAGRAPH_BYTES: usize = 1 << 20;

/// Cuts a paragraph larger than `MAX_PARAGRAPH_BYTES` (with a warning), then splits those
/// longer than `PASSAGE_CAP` characters into passages.
fn cap_paragraphs(parsed: &mut Parsed) {
    for article in &mut parsed.articles {
        for p in &mut article.paragraphs {
            if p.text.len() > MAX_PARAGRAPH_BYTES {
                let mut cut = MAX_PARAGRAPH_BYTES;
                while !p.text.is_char_boundary(cut) {
                    cut -= 1;
                }
                parsed.warnings.push(format!(
                    "{}: paragraph {} is {} bytes; only its first {} are kept",
                    article.path,
                    p.number,
                    p.text.len(),
                    cut
                ));
                p.text.truncate(cut);
            }
        }
        passages::split_long(&mut article.paragraphs);
    }
}

/// What every reader needs to know about the file it reads.
struct Ctx<'a> {
    display: &'a str,
}

impl Ctx<'_> {
    fn warn(&self, warnings: &mut Vec<String>, msg: impl std::fmt::Display) {
        warnings.push(format!("{}: {msg}", self.display));
    }

    /// The display path's file name without directory or extension.
    fn stem(&self) -> String {
        let name = self
            .display
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(self.display);
        match name.rsplit_once('.') {
            Some((stem, _)) if !stem.is_empty() => stem.to_owned(),
            _ => name.to_owned(),
        }
    }
}

/// Article metadata gathered by a reader before the shared rules fill the gaps.
#[derive(Debug, Default)]
struct Meta {
    title: Option<String>,
    /// Date from a header, front matter or JSON field, already checked.
    date: Option<ArticleDate>,
    url: Option<String>,
    author: Option<String>,
}

/// Reads a date from a metadata field, warning when it is unusable.
fn field_date(where_: &str, raw: &str, warnings: &mut Vec<String>) -> Option<ArticleDate> {
    match date::parse_field(raw) {
        DateParse::Valid(d) => Some(d),
        DateParse::Invalid(why) => {
            warnings.push(format!("{where_}: date {raw:?} rejected: {why}"));
            None
        }
        DateParse::NotADate => {
            warnings.push(format!("{where_}: date {raw:?} not understood"));
            None
        }
    }
}

/// Builds the article from metadata and body, applying the date precedence (`article_date`).
/// Returns None (with a warning) when there are no paragraphs.
fn finish(
    ctx: &Ctx,
    path: String,
    meta: Meta,
    body: paragraphs::Body,
    warnings: &mut Vec<String>,
) -> Option<Article> {
    if body.paragraphs.is_empty() {
        warnings.push(format!("{path}: no paragraphs"));
        return None;
    }
    let date = article_date(ctx, &path, [meta.date, body.dateline], warnings);
    let title = meta
        .title
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty());
    // The readers write `path` as the file's display path, then `#N` for an article of many.
    let number = path
        .strip_prefix(ctx.display)
        .and_then(|rest| rest.strip_prefix('#'))
        .and_then(|n| n.parse().ok());
    Some(Article {
        path,
        number,
        title,
        date,
        url: meta.url.filter(|s| !s.is_empty()),
        author: meta.author.filter(|s| !s.is_empty()),
        paragraphs: body.paragraphs,
        offset: 0,
        layout: body.layout,
    })
}

/// The article's date from its sources, nearest first: its own date field, its dateline, its
/// file name, its folders (nearest first). The nearest source that gives a date wins, and each
/// farther one that is more precise and lies within it refines it: `x_1990.txt` in `1990/09/`
/// is September 1990, `1991/` does not change a file's `1990`. Names and folders give at most a
/// day, so they are read only while the date is coarser.
fn article_date(
    ctx: &Ctx,
    path: &str,
    own: [Option<ArticleDate>; 2],
    warnings: &mut Vec<String>,
) -> Option<ArticleDate> {
    let refine = |date: Option<ArticleDate>, next: ArticleDate| {
        Some(date.map_or(next, |d| d.refined_by(next)))
    };
    let mut date = own.into_iter().flatten().fold(None, refine);
    let coarse = |date: Option<ArticleDate>| date.is_none_or(|d| d.precision < Precision::Day);
    if !coarse(date) {
        return date;
    }
    match date::date_in_file_name(&ctx.stem()) {
        DateParse::Valid(d) => date = refine(date, d),
        DateParse::Invalid(why) => {
            warnings.push(format!("{path}: date in file name rejected: {why}"))
        }
        DateParse::NotADate => {}
    }
    if coarse(date) {
        date = date::dates_in_folders(ctx.display)
            .into_iter()
            .fold(date, refine);
    }
    date
}

#[cfg(test)]
mod tests;
