//! Paragraphs, then quotes, as JSON Lines for Quickwit or Elasticsearch/OpenSearch bulk
//! ingestion, told apart by `kind` (`paragraph` or `quote`). The field names and types match
//! `docs/quickwit-index.json` and `docs/elasticsearch-mapping.json`.
//!
//! A bulk document's `_id` is made from the article's address (its file's canonical path, and
//! its number in a JSON Lines file or array: unique in the index, the same from any directory)
//! and the paragraph: `<32 hex digits>#p<paragraph>`. The address is hashed (xxh3-128) because
//! a deep path can be longer than the 512 bytes Elasticsearch allows an `_id`; at 128 bits two
//! articles sharing a hash is beyond any corpus (about 10^-27 for a million articles). A quote's
//! is its paragraph's, then `@` and where it starts in it: `<32 hex digits>#p3@408`.
use std::io::{self, Write};

use serde::Serialize;

use crate::model::{place, StoredParagraph, StoredQuote};
use crate::speakers::QuoteKind;

/// Where an exported document stands: its article and paragraph (a quote gives its paragraph's).
/// `date` is always full RFC 3339 (Quickwit's `rfc3339` input format), a date known only to its
/// year or month being its first instant.
#[derive(Debug, Serialize)]
pub struct ExportPlace<'a> {
    pub path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    pub paragraph: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<&'a str>,
}

impl<'a> ExportPlace<'a> {
    fn of(p: &'a StoredParagraph) -> ExportPlace<'a> {
        ExportPlace {
            path: &p.path,
            title: p.title.as_deref(),
            date: p.date.as_deref().map(rfc3339),
            paragraph: p.paragraph,
            part: p.part,
            section: p.section.as_deref(),
        }
    }
}

/// One exported paragraph.
#[derive(Debug, Serialize)]
pub struct ExportDoc<'a> {
    /// Always `paragraph`.
    pub kind: &'static str,
    #[serde(flatten)]
    pub place: ExportPlace<'a>,
    pub text: &'a str,
    pub speakers: &'a [String],
}

impl<'a> ExportDoc<'a> {
    pub fn new(p: &'a StoredParagraph) -> ExportDoc<'a> {
        ExportDoc {
            kind: "paragraph",
            place: ExportPlace::of(p),
            text: &p.text,
            speakers: &p.speakers,
        }
    }
}

/// One exported quote: its paragraph's place, who said it and how, its words (`quote`, a field
/// of its own: a search of `text` finds paragraphs only) and where they stand in the paragraph's
/// text (`start`, `end`, in bytes).
#[derive(Debug, Serialize)]
pub struct ExportQuote<'a> {
    /// Always `quote`.
    pub kind: &'static str,
    #[serde(flatten)]
    pub place: ExportPlace<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<&'a str>,
    pub quote_kind: QuoteKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cue: Option<&'a str>,
    pub quote: &'a str,
    pub start: usize,
    pub end: usize,
}

impl<'a> ExportQuote<'a> {
    pub fn new(q: &'a StoredQuote, p: &'a StoredParagraph) -> ExportQuote<'a> {
        ExportQuote {
            kind: "quote",
            place: ExportPlace::of(p),
            speaker: q.speaker.as_deref(),
            quote_kind: q.kind,
            cue: q.cue.as_deref(),
            quote: p.text.get(q.start..q.end).unwrap_or_default(),
            start: q.start,
            end: q.end,
        }
    }
}

/// A date label as RFC 3339: a year (`1990`), a month (`1990-09`) or a day as its first instant.
fn rfc3339(label: &str) -> String {
    match label.len() {
        4 => format!("{label}-01-01T00:00:00Z"),
        7 => format!("{label}-01T00:00:00Z"),
        10 => format!("{label}T00:00:00Z"),
        _ => label.to_string(),
    }
}

/// The index name the shipped configurations use.
pub const INDEX_NAME: &str = "search-paragraphs";

/// Quickwit ingests one document a line.
pub fn quickwit(out: &mut impl Write, p: &StoredParagraph) -> io::Result<()> {
    serde_json::to_writer(&mut *out, &ExportDoc::new(p))?;
    out.write_all(b"\n")
}

/// The bulk API wants an action line before each document; the id is stable across exports.
pub fn elasticsearch(out: &mut impl Write, p: &StoredParagraph) -> io::Result<()> {
    let action = serde_json::json!({
        "index": {"_index": INDEX_NAME, "_id": document_id(&p.address, p.paragraph, p.part)}
    });
    serde_json::to_writer(&mut *out, &action)?;
    out.write_all(b"\n")?;
    quickwit(out, p)
}

/// A quote of paragraph `p`, as Quickwit ingests it.
pub fn quickwit_quote(
    out: &mut impl Write,
    q: &StoredQuote,
    p: &StoredParagraph,
) -> io::Result<()> {
    serde_json::to_writer(&mut *out, &ExportQuote::new(q, p))?;
    out.write_all(b"\n")
}

/// A quote of paragraph `p` with its bulk action; its id is its paragraph's and its start.
pub fn elasticsearch_quote(
    out: &mut impl Write,
    q: &StoredQuote,
    p: &StoredParagraph,
) -> io::Result<()> {
    let id = format!(
        "{}@{}",
        document_id(&p.address, p.paragraph, p.part),
        q.start
    );
    let action = serde_json::json!({"index": {"_index": INDEX_NAME, "_id": id}});
    serde_json::to_writer(&mut *out, &action)?;
    out.write_all(b"\n")?;
    quickwit_quote(out, q, p)
}

/// The `_id` of paragraph `paragraph` (its passage `part`, if split) of the article at
/// `address` (see the module's doc): `#p12`, or `#p12.2` for a passage.
pub fn document_id(address: &str, paragraph: u32, part: Option<u32>) -> String {
    let hash = xxhash_rust::xxh3::xxh3_128(address.as_bytes());
    format!("{hash:032x}#p{}", place(paragraph, part))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_short_and_differ_by_article_and_paragraph() {
        let long = format!("/{}/a.txt", "deep/".repeat(200));
        let id = document_id(&long, 12, None);
        assert_eq!(id.len(), 32 + "#p12".len());
        assert!(id.ends_with("#p12"), "{id}");
        assert_eq!(id, document_id(&long, 12, None), "the same every time");
        assert!(document_id(&long, 12, Some(2)).ends_with("#p12.2"));
        let ids = [
            document_id("/a/news/x.txt", 1, None),
            document_id("/b/news/x.txt", 1, None),
            document_id("/a/news/x.txt", 2, None),
            document_id("/a/news/x.txt", 2, Some(1)),
            document_id("/a/news/x.txt", 2, Some(2)),
            document_id("/a/news/w.jsonl#1", 1, None),
            document_id("/a/news/w.jsonl#2", 1, None),
        ];
        let unique: std::collections::HashSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "{ids:?}");
    }
}
