//! BM25's statistics for one kind of document. Paragraphs and quotes share the index, but a
//! paragraph's score must not depend on how many quotes there are: the number of documents is
//! that of the kind searched, so that words weigh what they weighed in an index of paragraphs
//! alone (only paragraphs have `text`, only quotes `quote`: their term counts are already apart).
use tantivy::query::Bm25StatisticsProvider;
use tantivy::schema::Field;
use tantivy::{Searcher, Term};

use super::Docs;
use crate::index::schema::{KIND_PARAGRAPH, KIND_QUOTE};
use crate::index::Fields;

pub struct Statistics<'s> {
    searcher: &'s Searcher,
    /// Documents of the kind, deleted ones included as tantivy counts them.
    docs: u64,
}

impl<'s> Statistics<'s> {
    pub fn of(searcher: &'s Searcher, fields: &Fields, docs: Docs) -> tantivy::Result<Self> {
        let kind = match docs {
            Docs::Paragraphs => KIND_PARAGRAPH,
            Docs::Quotes(_) => KIND_QUOTE,
        };
        let docs = searcher.doc_freq(&Term::from_field_text(fields.kind, kind))?;
        Ok(Statistics { searcher, docs })
    }
}

impl Bm25StatisticsProvider for Statistics<'_> {
    fn total_num_tokens(&self, field: Field) -> tantivy::Result<u64> {
        Bm25StatisticsProvider::total_num_tokens(self.searcher, field)
    }

    fn total_num_docs(&self) -> tantivy::Result<u64> {
        Ok(self.docs)
    }

    /// At most the documents of the kind: a field the other kind has too (named in tantivy's
    /// syntax) must not make the weight's logarithm negative.
    fn doc_freq(&self, term: &Term) -> tantivy::Result<u64> {
        Ok(self.searcher.doc_freq(term)?.min(self.docs))
    }
}
