//! Paragraphs as JSON Lines for Quickwit or Elasticsearch/OpenSearch bulk ingestion.
//! The field names and types match `docs/quickwit-index.json` and `docs/elasticsearch-mapping.json`.
use std::io::{self, Write};

use serde::Serialize;

use crate::model::StoredParagraph;

/// One exported paragraph; `date` is always full RFC 3339 (Quickwit's `rfc3339` input format), a
/// date known only to its year or month being its first instant.
#[derive(Debug, Serialize)]
pub struct ExportDoc<'a> {
    pub path: &'a str,
    pub title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    pub paragraph: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<&'a str>,
    pub text: &'a str,
    pub speakers: &'a [String],
}

impl<'a> ExportDoc<'a> {
    pub fn new(p: &'a StoredParagraph) -> ExportDoc<'a> {
        ExportDoc {
            path: &p.path,
            title: &p.title,
            date: p.date.as_deref().map(rfc3339),
            paragraph: p.paragraph,
            section: p.section.as_deref(),
            text: &p.text,
            speakers: &p.speakers,
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
        "index": {"_index": INDEX_NAME, "_id": format!("{}#p{}", p.path, p.paragraph)}
    });
    serde_json::to_writer(&mut *out, &action)?;
    out.write_all(b"\n")?;
    quickwit(out, p)
}
