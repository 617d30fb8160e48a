//! `search query --said-by NAME`: the paragraphs where the query matches inside a quote of NAME,
//! found through the quote documents and their passage keys.
use anyhow::{Context, Result};
use tantivy::collector::{Count, DocSetCollector};
use tantivy::query::{ConstScoreQuery, EmptyQuery, Query, TermSetQuery};
use tantivy::{Searcher, Term};

use super::{find, tiers, Docs, Request};
use crate::index::schema::PASSAGE;
use crate::index::SearchIndex;
use crate::model::Match;

/// The paragraphs holding a quote of one of `request.said_by` that matches the query: every
/// word inside one quote, or, when no quote has them all, some of them.
pub fn filter(
    index: &SearchIndex,
    searcher: &Searcher,
    request: &Request,
) -> Result<Box<dyn Query>> {
    let quotes = Request {
        docs: Docs::Quotes(None),
        speakers: request.said_by.clone(),
        said_by: Vec::new(),
        limit: 1,
        context: 0,
        facets: false,
        ..request.clone()
    };
    let found = find(index, searcher, &quotes)?;
    let matched = match (&found.plan.some, found.ranked.first()) {
        (Some(some), Some((_, _, Match::Some))) => some.box_clone(),
        _ => found.plan.all.box_clone(),
    };
    let query = super::Compiled {
        query: matched,
        filters: found.filters,
        warnings: Vec::new(),
    }
    .combined();
    let keys = passages(searcher, &query)?;
    if keys.is_empty() {
        return Ok(Box::new(EmptyQuery));
    }
    let field = index.fields.passage;
    let passages = TermSetQuery::new(keys.into_iter().map(|key| Term::from_field_u64(field, key)));
    // A filter: the paragraphs keep their own scores.
    Ok(Box::new(ConstScoreQuery::new(Box::new(passages), 0.0)))
}

/// The passage keys of the documents matching `query`, read from the fast field.
fn passages(searcher: &Searcher, query: &dyn Query) -> Result<Vec<u64>> {
    let found = searcher
        .search(query, &DocSetCollector)
        .context("finding the quotes of --said-by")?;
    let mut keys = Vec::with_capacity(found.len());
    let mut columns = Vec::new();
    for segment in searcher.segment_readers() {
        let column = segment
            .fast_fields()
            .u64(PASSAGE)
            .context("reading the passage keys")?;
        columns.push(column);
    }
    for address in found {
        let column = columns.get(address.segment_ord as usize);
        keys.extend(column.and_then(|c| c.first(address.doc_id)));
    }
    keys.sort_unstable();
    keys.dedup();
    Ok(keys)
}

/// When `--said-by` removed every paragraph the query matches: a line saying so.
pub fn nothing(
    searcher: &Searcher,
    plan: &tiers::Plan,
    request: &Request,
) -> Result<Option<String>> {
    let matches = searcher
        .search(plan.all.as_ref(), &Count)
        .context("counting matching paragraphs")?;
    if matches == 0 {
        return Ok(None);
    }
    Ok(Some(format!(
        "{matches} paragraph{} match{}, none with the words inside a quote of {}",
        if matches == 1 { "" } else { "s" },
        if matches == 1 { "es" } else { "" },
        request
            .said_by
            .iter()
            .map(|n| format!("\"{n}\""))
            .collect::<Vec<_>>()
            .join(" or ")
    )))
}
