//! What an index holds (`SearchIndex::stats`): its figures, with the speaker and date counts
//! made by `aggregate` over every paragraph.
use anyhow::Result;
use tantivy::collector::Count;
use tantivy::Term;

use super::{aggregate, every, Docs};
use crate::index::manifest::Stored;
use crate::index::schema::KIND_PARAGRAPH;
use crate::index::SearchIndex;
use crate::model::Stats;

impl SearchIndex {
    /// Files, articles, paragraphs, quotes, speakers, dates, segments and size of the last
    /// commit.
    pub fn stats(&self) -> Result<Stats> {
        let searcher = self.searcher()?;
        let (_, manifest) = self.manifest()?;
        let manifest = manifest.unwrap_or_else(|_| Stored::empty());
        let paragraphs = every(&self.fields, Docs::Paragraphs);
        let (first_date, last_date) = aggregate::date_span(&searcher, paragraphs.as_ref())?;
        let alive = searcher.search(paragraphs.as_ref(), &Count)? as u64;
        // Deleted documents keep their terms until merged: the kind's postings count them too.
        let written =
            searcher.doc_freq(&Term::from_field_text(self.fields.kind, KIND_PARAGRAPH))?;
        let quotes = every(&self.fields, Docs::Quotes(None));
        Ok(Stats {
            index: self.path.display().to_string(),
            files: manifest.files,
            articles: manifest.articles,
            paragraphs: alive,
            deleted: written.saturating_sub(alive),
            quotes: searcher.search(quotes.as_ref(), &Count)? as u64,
            speakers: aggregate::speaker_total(&searcher, paragraphs.as_ref())?,
            first_date,
            last_date,
            segments: searcher.segment_readers().len(),
            size_bytes: self.disk_bytes(),
            lean: self.is_lean(),
            keeps_html_text: self.fields.lean.is_some_and(|l| l.kept_text.is_some()),
        })
    }
}
