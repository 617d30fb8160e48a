//! `search query --said-by NAME`: the paragraphs where the query matches inside a quote of NAME,
//! found through the quote documents and the paragraph each names.
use std::collections::BTreeMap;

use anyhow::{Context, Result};
use tantivy::collector::{Count, DocSetCollector};
use tantivy::query::{BooleanQuery, ConstScoreQuery, EmptyQuery, Occur, Query};
use tantivy::Searcher;

use super::quotes::passage_query;
use super::{find, tiers, Docs, Request};
use crate::index::{read_quote, SearchIndex};
use crate::model::Match;

/// By passage (the article's address, paragraph and part): the byte spans of the matching
/// quotes of the `--said-by` speakers in its text, so that only words inside them are lit.
pub type Spans = BTreeMap<(String, u32, Option<u32>), Vec<[usize; 2]>>;

/// The paragraphs holding a quote of one of `request.said_by` that matches the query: every
/// word inside one quote, or, when no quote has them all, some of them.
pub fn filter(
    index: &SearchIndex,
    searcher: &Searcher,
    request: &Request,
) -> Result<(Box<dyn Query>, Spans)> {
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
    let addresses = searcher
        .search(&query, &DocSetCollector)
        .context("finding the quotes of --said-by")?;
    // Their passages, once each, in a stable order.
    let mut passages: Spans = BTreeMap::new();
    for address in addresses {
        let quote = read_quote(searcher, &index.fields, address)?;
        passages
            .entry((quote.address, quote.paragraph, quote.part))
            .or_default()
            .push([quote.start, quote.end]);
    }
    if passages.is_empty() {
        return Ok((Box::new(EmptyQuery), passages));
    }
    let any = passages
        .keys()
        .map(|(address, paragraph, part)| {
            let one = passage_query(&index.fields, address, *paragraph, *part);
            (Occur::Should, Box::new(one) as Box<dyn Query>)
        })
        .collect();
    // A filter: the paragraphs keep their own scores.
    Ok((
        Box::new(ConstScoreQuery::new(Box::new(BooleanQuery::new(any)), 0.0)),
        passages,
    ))
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

/// `ranges` (sorted byte ranges of matched words) that lie inside one of `spans`.
pub fn inside(ranges: Vec<[usize; 2]>, spans: &[[usize; 2]]) -> Vec<[usize; 2]> {
    ranges
        .into_iter()
        .filter(|[start, end]| spans.iter().any(|[s, e]| s <= start && end <= e))
        .collect()
}
