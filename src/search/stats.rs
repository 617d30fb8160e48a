//! What an index holds (`SearchIndex::stats`): its figures, with the speaker and date counts
//! made by `aggregate` over every paragraph.
use anyhow::Result;
use tantivy::collector::Count;

use super::{aggregate, every, Docs};
use crate::index::manifest::Stored;
use crate::index::SearchIndex;
use crate::model::Stats;

impl SearchIndex {
    /// Files, articles, paragraphs, speakers, dates, segments and size of the last commit.
    pub fn stats(&self) -> Result<Stats> {
        let searcher = self.searcher()?;
        let (_, manifest) = self.manifest()?;
        let manifest = manifest.unwrap_or_else(|_| Stored::empty());
        let paragraphs = every(&self.fields, Docs::Paragraphs);
        let (first_date, last_date) = aggregate::date_span(&searcher, paragraphs.as_ref())?;
        Ok(Stats {
            index: self.path.display().to_string(),
            files: manifest.files,
            articles: manifest.articles,
            paragraphs: searcher.search(paragraphs.as_ref(), &Count)? as u64,
            deleted: searcher
                .segment_readers()
                .iter()
                .map(|s| u64::from(s.num_deleted_docs()))
                .sum(),
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
