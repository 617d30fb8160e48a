//! A search with no words: every document of the kind that passes the filters (a speaker, a
//! period), newest first, so that `search quotes --speaker NAME` lists what NAME said.
use anyhow::{Context, Result};
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, EmptyQuery, Occur, Query};
use tantivy::{Order, Searcher};

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
/// within one date, in index order: an article's paragraphs in their own order), at most
/// `limit`. Each is scored 0: nothing was ranked.
pub fn ranked(
    searcher: &Searcher,
    plan: &tiers::Plan,
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
    Ok(top
        .into_iter()
        .map(|(_, address)| (0.0, address, Match::All))
        .collect())
}
