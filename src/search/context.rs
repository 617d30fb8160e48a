//! Neighbouring paragraphs of the same article, shown around a hit like grep's `-C`.
use std::ops::Bound;

use anyhow::{Context, Result};
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, Query, RangeQuery, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::Term;

use crate::index::{Fields, ParagraphReader};
use crate::model::{Hit, Neighbour};

/// Fills `hit.before` and `hit.after` with up to `n` paragraphs each.
pub fn attach(reader: &mut ParagraphReader, fields: &Fields, hit: &mut Hit, n: u32) -> Result<()> {
    let number = u64::from(hit.paragraph);
    let n = u64::from(n);
    let same_article = TermQuery::new(
        Term::from_field_text(fields.path, &hit.path),
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
    for neighbour in neighbours {
        match neighbour.paragraph.cmp(&hit.paragraph) {
            std::cmp::Ordering::Less => hit.before.push(neighbour),
            std::cmp::Ordering::Greater => hit.after.push(neighbour),
            std::cmp::Ordering::Equal => {}
        }
    }
    Ok(())
}
