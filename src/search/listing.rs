//! A search with no words: every document of the kind that passes the filters (a speaker, a
//! period), newest first, so that `search quotes --speaker NAME` lists what NAME said.
use anyhow::{Context, Result};
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, EmptyQuery, Occur, Query};
use tantivy::schema::Value;
use tantivy::{DocAddress, Order, Searcher, TantivyDocument};

use super::{every, tiers, Docs};
use crate::index::schema::DATE_LAST;
use crate::index::Fields;
use crate::model::Match;

/// The plan of a listing: every document of the kind, nothing to light up.
pub fn plan(fields: &Fields, docs: Docs) -> tiers::Plan {
    tiers::Plan {
        tiers: vec![(Match::All, every(fields, docs))],
        all: every(fields, docs),
        some: None,
        highlight: Box::new(EmptyQuery),
    }
}

/// The documents of `plan` that pass `filters`, the latest dated first (an undated one last;
/// within one date, by article and by place in it), at most
/// `limit`. Each is scored 0: nothing was ranked.
pub fn ranked(
    searcher: &Searcher,
    plan: &tiers::Plan,
    fields: &Fields,
    filters: &[Box<dyn Query>],
    limit: usize,
) -> Result<Vec<tiers::Ranked>> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, plan.all.box_clone())];
    clauses.extend(filters.iter().map(|f| (Occur::Must, f.box_clone())));
    let top = searcher
        .search(
            &BooleanQuery::new(clauses),
            &TopDocs::with_limit(limit).order_by_fast_field::<i64>(DATE_LAST, Order::Desc),
        )
        .context("listing the index")?;
    // Documents of one date come back in no set order (indexing threads share them out):
    // within a date, by article and by place in it.
    let mut placed = Vec::with_capacity(top.len());
    for (date, address) in top {
        placed.push((date, place(searcher, fields, address)?, address));
    }
    placed.sort_by(|(a, x, _), (b, y, _)| b.cmp(a).then_with(|| x.cmp(y)));
    Ok(placed
        .into_iter()
        .map(|(_, _, address)| (0.0, address, Match::All))
        .collect())
}

/// Where a paragraph or a quote stands: its article's address, paragraph, part, and for a
/// quote its first byte in the paragraph.
fn place(
    searcher: &Searcher,
    fields: &Fields,
    address: DocAddress,
) -> Result<(String, u64, u64, u64)> {
    let doc: TantivyDocument = searcher.doc(address).context("reading a listed document")?;
    let text = |field| {
        doc.get_first(field)
            .and_then(|v| v.as_str())
            .map(str::to_string)
    };
    let number = |field| doc.get_first(field).and_then(|v| v.as_u64());
    let q = fields.quote;
    Ok((
        text(fields.path)
            .or_else(|| text(q.path))
            .unwrap_or_default(),
        number(fields.paragraph)
            .or_else(|| number(q.paragraph))
            .unwrap_or(0),
        number(fields.part).or_else(|| number(q.part)).unwrap_or(0),
        number(q.start).unwrap_or(0),
    ))
}
