//! Neighbouring paragraphs of the same article, shown around a hit like grep's `-C`.
use std::ops::Bound;

use anyhow::{Context, Result};
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, Query, RangeQuery, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::Term;

use crate::index::{Fields, ParagraphReader};
use crate::model::Neighbour;

/// Up to `n` paragraphs before and after paragraph `paragraph` of the article whose address
/// (the index's `path`, unique to it) is `address`, in order.
pub fn around(
    reader: &mut ParagraphReader,
    fields: &Fields,
    address: &str,
    paragraph: u32,
    n: u32,
) -> Result<(Vec<Neighbour>, Vec<Neighbour>)> {
    let number = u64::from(paragraph);
    let n = u64::from(n);
    let same_article = TermQuery::new(
        Term::from_field_text(fields.path, address),
        IndexRecordOption::Basic,
    );
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
    let limit = usize::try_from(2 * n + 1).unwrap_or(usize::MAX);
    let found = reader
        .searcher
        .search(&query, &TopDocs::with_limit(limit).order_by_score())
        .context("reading context paragraphs")?;
    let mut neighbours = Vec::with_capacity(found.len());
    for (_, address) in found {
        let stored = reader.read(address)?;
        neighbours.push(Neighbour {
            paragraph: stored.paragraph,
            text: stored.text,
        });
    }
    neighbours.sort_by_key(|p| p.paragraph);
    let (mut before, mut after) = (Vec::new(), Vec::new());
    for neighbour in neighbours {
        match neighbour.paragraph.cmp(&paragraph) {
            std::cmp::Ordering::Less => before.push(neighbour),
            std::cmp::Ordering::Greater => after.push(neighbour),
            std::cmp::Ordering::Equal => {}
        }
    }
    Ok((before, after))
}
