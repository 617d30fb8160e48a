//! Reading a stored paragraph back into a plain type.
use std::collections::HashSet;
use std::path::PathBuf;

use anyhow::{Context, Result};
use tantivy::schema::Value;
use tantivy::{DocAddress, Searcher, TantivyDocument};

use super::source::Sources;
use super::Fields;
use crate::corpus::ArticleAddress;
use crate::model::{StoredParagraph, StoredQuote};
use crate::speakers::QuoteKind;

/// Reads paragraphs found by a searcher: their stored fields and, in a lean index, their text
/// from the corpus files.
pub struct ParagraphReader<'s> {
    pub searcher: &'s Searcher,
    fields: Fields,
    /// Where paths are shown from (`corpus::shown`).
    base: Option<PathBuf>,
    sources: Sources,
    seen: HashSet<String>,
    /// Why some text could not be shown (its paragraph then has none), once each.
    pub warnings: Vec<String>,
}

impl<'s> ParagraphReader<'s> {
    /// Paths are shown relative to `base` (the current directory) when below it.
    pub fn new(
        searcher: &'s Searcher,
        fields: Fields,
        base: Option<PathBuf>,
    ) -> ParagraphReader<'s> {
        ParagraphReader {
            searcher,
            fields,
            base,
            sources: Sources::default(),
            seen: HashSet::new(),
            warnings: Vec::new(),
        }
    }

    pub fn read(&mut self, address: DocAddress) -> Result<StoredParagraph> {
        let doc: TantivyDocument = self
            .searcher
            .doc(address)
            .context("reading a stored paragraph from the index")?;
        let f = &self.fields;
        let text = |field| {
            doc.get_first(field)
                .and_then(|v| v.as_str())
                .map(str::to_string)
        };
        let number = |field| doc.get_first(field).and_then(|v| v.as_u64());
        let address = text(f.path).unwrap_or_default();
        let path = match ArticleAddress::from_text(&address) {
            Some(article) => article.shown(self.base.as_deref()),
            None => address.clone(),
        };
        let mut stored = StoredParagraph {
            path,
            address,
            title: text(f.title),
            date: text(f.date_label),
            paragraph: number(f.paragraph)
                .and_then(|n| u32::try_from(n).ok())
                .unwrap_or(0),
            part: number(f.part).and_then(|n| u32::try_from(n).ok()),
            section: text(f.section),
            text: text(f.text).unwrap_or_default(),
            speakers: doc
                .get_all(f.speaker)
                .filter_map(|v| v.as_str())
                .map(str::to_string)
                .collect(),
        };
        let kept = f.lean.and_then(|lean| lean.kept_text).and_then(text);
        if let Some(kept) = kept {
            stored.text = kept;
        } else if let Some(lean) = f.lean {
            let file = text(f.file).unwrap_or_default();
            let read = self.sources.text(
                &file,
                &stored.path,
                number(lean.offset).unwrap_or(0),
                stored.paragraph,
                stored.part,
                number(lean.check).unwrap_or(0),
            );
            match read {
                Ok(text) => stored.text = text,
                Err(why) => {
                    if self.seen.insert(why.clone()) {
                        self.warnings.push(format!(
                            "{why}: its text is not shown (the index is lean: it keeps no copy); run `search index` on the corpus again (for a folder that moved: `search index OLD NEW`)"
                        ));
                    }
                }
            }
        }
        Ok(stored)
    }
}

/// Reads a quote document found by a searcher: everything but its words, which its paragraph
/// holds between `start` and `end`.
pub fn read_quote(
    searcher: &Searcher,
    fields: &Fields,
    address: DocAddress,
) -> Result<StoredQuote> {
    let doc: TantivyDocument = searcher
        .doc(address)
        .context("reading a stored quote from the index")?;
    let q = fields.quote;
    let text = |field| {
        doc.get_first(field)
            .and_then(|v| v.as_str())
            .map(str::to_string)
    };
    let number = |field| {
        doc.get_first(field)
            .and_then(|v| v.as_u64())
            .and_then(|n| usize::try_from(n).ok())
            .unwrap_or(0)
    };
    let kind = match text(q.kind).as_deref() {
        Some("reported") => QuoteKind::Reported,
        _ => QuoteKind::Direct,
    };
    let small = |field| {
        doc.get_first(field)
            .and_then(|v| v.as_u64())
            .and_then(|n| u32::try_from(n).ok())
    };
    Ok(StoredQuote {
        address: text(q.path).unwrap_or_default(),
        paragraph: small(q.paragraph).unwrap_or(0),
        part: small(q.part),
        speaker: text(q.speaker),
        kind,
        cue: text(q.cue),
        start: number(q.start),
        end: number(q.end),
    })
}
