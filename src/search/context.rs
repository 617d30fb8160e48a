//! Neighbouring paragraphs of the same article, shown around a hit like grep's `-C`.
use std::ops::Bound;

use anyhow::{Context, Result};
use tantivy::collector::DocSetCollector;
use tantivy::query::{BooleanQuery, Occur, Query, RangeQuery, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::Term;

use crate::index::{Fields, ParagraphReader};
use crate::model::Neighbour;

/// Up to `n` passages before and after passage `at` (its paragraph and part) of the article
/// whose address (the index's `path`, unique to it) is `address`: whole paragraphs, or the parts
/// of a paragraph split into passages, in the order they have in the article.
pub fn around(
    reader: &mut ParagraphReader,
    fields: &Fields,
    address: &str,
    at: (u32, Option<u32>),
    n: u32,
) -> Result<(Vec<Neighbour>, Vec<Neighbour>)> {
    let number = u64::from(at.0);
    let n = u64::from(n);
    let same_article = TermQuery::new(
        Term::from_field_text(fields.path, address),
        IndexRecordOption::Basic,
    );
    // Every paragraph is one passage or more: `n` paragraphs each side hold `n` passages.
    let near = RangeQuery::new(
        Bound::Included(Term::from_field_u64(
            fields.paragraph,
            number.saturating_sub(n),
        )),
        Bound::Included(Term::from_field_u64(
            fields.paragraph,
            number.saturating_add(n),
        )),
    );
    let query = BooleanQuery::new(vec![
        (Occur::Must, Box::new(same_article) as Box<dyn Query>),
        (Occur::Must, Box::new(near)),
    ]);
    let found = reader
        .searcher
        .search(&query, &DocSetCollector)
        .context("reading context paragraphs")?;
    let mut neighbours = Vec::with_capacity(found.len());
    for address in found {
        let stored = reader.read(address)?;
        neighbours.push(Neighbour {
            paragraph: stored.paragraph,
            part: stored.part,
            text: stored.text,
        });
    }
    let place = |paragraph: u32, part: Option<u32>| (paragraph, part.unwrap_or(0));
    let at = place(at.0, at.1);
    neighbours.sort_by_key(|p| place(p.paragraph, p.part));
    let n = usize::try_from(n).unwrap_or(usize::MAX);
    let split = neighbours.partition_point(|p| place(p.paragraph, p.part) < at);
    let mut after = neighbours.split_off(split);
    after.retain(|p| place(p.paragraph, p.part) != at);
    after.truncate(n);
    let before = neighbours.split_off(split.saturating_sub(n));
    Ok((before, after))
}
