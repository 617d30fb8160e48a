//! Reading articles: the shared types, file-format detection and `parse_bytes`, which decodes and dispatches.

mod date;
mod html;
mod json;
mod markdown;
mod paragraphs;
mod text;
pub mod walk;

pub use walk::{walk, SourceFile, WalkEvent};

use date::DateParse;
use std::path::Path;

/// An article's date, normalised to UTC; `has_time` is false for a bare day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArticleDate {
    pub datetime: time::OffsetDateTime,
    pub has_time: bool,
}

impl ArticleDate {
    /// `2025-09-04` for a bare day, else RFC 3339 such as `1987-02-26T16:45:08Z`.
    pub fn label(&self) -> String {
        let utc = self
            .datetime
            .checked_to_offset(time::UtcOffset::UTC)
            .unwrap_or(self.datetime);
        let d = utc.date();
        let day = format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day());
        if !self.has_time {
            return day;
        }
        let t = utc.time();
        format!("{day}T{:02}:{:02}:{:02}Z", t.hour(), t.minute(), t.second())
    }
}

/// One passage of an article.
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    /// 1-based position within the article.
    pub number: u32,
    /// The heading this paragraph sits under, if any.
    pub section: Option<String>,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// Display path; JSON articles get `#N` appended (line for .jsonl, position for .json arrays).
    pub path: String,
    pub title: String,
    pub date: Option<ArticleDate>,
    pub url: Option<String>,
    pub author: Option<String>,
    pub paragraphs: Vec<Paragraph>,
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
/// its file stem gives the fallback title and the file-name date.
pub fn parse_bytes(display: &str, format: Format, bytes: &[u8]) -> Parsed {
    let mut parsed = Parsed::default();
    let head = bytes.get(..8192).unwrap_or(bytes);
    if head.contains(&0) {
        parsed
            .warnings
            .push(format!("{display}: looks binary (NUL bytes); skipped"));
        return parsed;
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = decode(display, bytes, &mut parsed.warnings);
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
    let ctx = Ctx { display };
    match format {
        Format::Text => text::parse(&ctx, text, &mut parsed),
        Format::Markdown => markdown::parse(&ctx, text, &mut parsed),
        Format::Json => json::parse_json(&ctx, text, &mut parsed),
        Format::JsonLines => json::parse_jsonl(&ctx, text, &mut parsed),
        Format::Html => html::parse(&ctx, text, &mut parsed),
    }
    cap_paragraphs(&mut parsed);
    parsed
}

/// The most text one paragraph keeps: a "paragraph" larger than this is a dump, not prose, and
/// indexing it whole would make every query that hits it slow to highlight.
pub const MAX_PARAGRAPH_BYTES: usize = 1 << 20;

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
    }
}

/// Decodes UTF-8; invalid input is read as Windows-1252 when it has no valid multi-byte
/// UTF-8 sequence and no byte that Windows-1252 leaves undefined, else lossily.
fn decode(display: &str, bytes: &[u8], warnings: &mut Vec<String>) -> String {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return s.to_owned();
    }
    let has_utf8_multibyte = bytes
        .utf8_chunks()
        .any(|chunk| chunk.valid().bytes().any(|b| b >= 0x80));
    let has_undefined_1252 = bytes
        .iter()
        .any(|b| matches!(b, 0x81 | 0x8D | 0x8F | 0x90 | 0x9D));
    if !has_utf8_multibyte && !has_undefined_1252 {
        let (s, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
        warnings.push(format!(
            "{display}: not valid UTF-8; decoded as Windows-1252"
        ));
        return s.into_owned();
    }
    warnings.push(format!(
        "{display}: not valid UTF-8; invalid bytes replaced with U+FFFD"
    ));
    String::from_utf8_lossy(bytes).into_owned()
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
    match date::parse_date(raw) {
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

/// Builds the article from metadata and body, applying the title fallback and the date
/// priority (field, then dateline, then file name). Returns None (with a warning) when
/// there are no paragraphs.
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
    let date = meta
        .date
        .or(body.dateline)
        .or_else(|| match date::date_in_file_name(&ctx.stem()) {
            DateParse::Valid(d) => Some(d),
            DateParse::Invalid(why) => {
                warnings.push(format!("{path}: date in file name rejected: {why}"));
                None
            }
            DateParse::NotADate => None,
        });
    let title = meta
        .title
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| ctx.stem());
    Some(Article {
        path,
        title,
        date,
        url: meta.url.filter(|s| !s.is_empty()),
        author: meta.author.filter(|s| !s.is_empty()),
        paragraphs: body.paragraphs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Format; 5] = [
        Format::Text,
        Format::Markdown,
        Format::Json,
        Format::JsonLines,
        Format::Html,
    ];

    #[test]
    fn formats_by_extension() {
        let f = |p: &str| format_of(Path::new(p));
        assert_eq!(f("a/b.TXT"), Some(Format::Text));
        assert_eq!(f("b.md"), Some(Format::Markdown));
        assert_eq!(f("b.Markdown"), Some(Format::Markdown));
        assert_eq!(f("b.json"), Some(Format::Json));
        assert_eq!(f("b.jsonl"), Some(Format::JsonLines));
        assert_eq!(f("b.NDJSON"), Some(Format::JsonLines));
        assert_eq!(f("b.pdf"), None);
        assert_eq!(f("txt"), None);
    }

    #[test]
    fn labels() {
        let day = ArticleDate {
            datetime: time::macros::datetime!(2025-09-04 0:00 UTC),
            has_time: false,
        };
        assert_eq!(day.label(), "2025-09-04");
        let at = ArticleDate {
            datetime: time::macros::datetime!(1987-02-26 18:45:08 +2),
            has_time: true,
        };
        assert_eq!(at.label(), "1987-02-26T16:45:08Z");
    }

    #[test]
    fn binary_files_are_skipped() {
        for format in ALL {
            let p = parse_bytes("bin/x.txt", format, b"PK\x03\x04\0\0hello");
            assert!(p.articles.is_empty());
            assert_eq!(p.warnings.len(), 1);
            assert!(p.warnings[0].contains("looks binary"));
        }
    }

    #[test]
    fn bom_is_stripped() {
        let p = parse_bytes("a.txt", Format::Text, b"\xEF\xBB\xBFTitle: T\n\nBody.");
        assert_eq!(p.articles[0].title, "T");
        let p = parse_bytes("a.json", Format::Json, b"\xEF\xBB\xBF{\"body\":\"x.\"}");
        assert_eq!(p.articles.len(), 1, "{:?}", p.warnings);
    }

    #[test]
    fn invalid_utf8_is_decoded_with_a_warning() {
        // Windows-1252: curly quotes and an e-acute.
        let p = parse_bytes("w.txt", Format::Text, b"\x93Caf\xe9\x94 opened.");
        assert_eq!(
            p.articles[0].paragraphs[0].text,
            "\u{201c}Caf\u{e9}\u{201d} opened."
        );
        assert_eq!(p.warnings.len(), 1);
        assert!(p.warnings[0].contains("Windows-1252"));
        // Mixed valid UTF-8 and a stray byte: lossy.
        let p = parse_bytes(
            "w.txt",
            Format::Text,
            "é ok \u{2019}"
                .as_bytes()
                .iter()
                .chain(b" \xff.")
                .copied()
                .collect::<Vec<_>>()
                .as_slice(),
        );
        assert!(p.articles[0].paragraphs[0].text.contains('\u{FFFD}'));
        assert!(p.warnings[0].contains("replaced"));
    }

    #[test]
    fn nasty_inputs_never_panic() {
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut inputs: Vec<Vec<u8>> = vec![
            b"---".to_vec(),
            b"---\n".to_vec(),
            b"---\n---".to_vec(),
            b"{".to_vec(),
            b"[1,2]".to_vec(),
            b"[".to_vec(),
            b"null".to_vec(),
            b"{\"body\":{}}".to_vec(),
            b"{\"date\":1e308,\"body\":\"x\"}".to_vec(),
            b"{\"date\":-99999999999999999,\"body\":\"x\"}".to_vec(),
            b"date".to_vec(),
            b"date ".to_vec(),
            b" date 2025-09-04".to_vec(),
            b"Title:".to_vec(),
            b"\xEF\xBB".to_vec(),
            b"\xEF\xBB\xBF".to_vec(),
            b"# \n## \n```\n".to_vec(),
            b"[a](b".to_vec(),
            b"![[[[((((".to_vec(),
            b"`` ` ``` ****  __ _ * \\".to_vec(),
            "\u{2019}\u{201d}…é".as_bytes().to_vec(),
            "Monday, é 2015".as_bytes().to_vec(),
            "x".repeat(1 << 20).into_bytes(),
            "[".repeat(20_000).into_bytes(),
            "` ``".repeat(20_000).into_bytes(),
            "![a](".repeat(20_000).into_bytes(),
            "Title: x\n".repeat(20_000).into_bytes(),
            "{\"body\":".repeat(20_000).into_bytes(),
            "*_`[](".repeat(3000).into_bytes(),
        ];
        let alphabet: &[u8] = b"ab #*_`[]()!>-:{}\",\n\r\t0123456789\\\xc3\xa9\xe2\x80\x99";
        for len in [1usize, 7, 64, 300, 4000] {
            for _ in 0..40 {
                inputs.push((0..len).map(|_| (next() & 0xff) as u8).collect());
                let text: Vec<u8> = (0..len)
                    .map(|_| alphabet[(next() as usize) % alphabet.len()])
                    .collect();
                inputs.push(text);
            }
        }
        for bytes in &inputs {
            for format in ALL {
                let p = parse_bytes("n/2025-09-04.x", format, bytes);
                for a in &p.articles {
                    assert!(!a.paragraphs.is_empty());
                    assert!(a.paragraphs.iter().all(|p| !p.text.is_empty()));
                }
            }
        }
    }
}
