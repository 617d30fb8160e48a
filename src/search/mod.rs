//! From user text to ranked, highlighted hits: query parsing, filters, phrase-first ranking.
pub mod aggregate;
pub mod bounds;
mod closest;
mod context;
pub mod explain;
pub mod export;
pub mod highlight;
mod periods;
mod persons;
pub mod speaker;
mod stats;
mod stop;
pub mod tiers;
pub mod words;

use std::ops::Bound;
use std::path::PathBuf;

use anyhow::{Context, Result};
use tantivy::query::{
    AllQuery, BooleanQuery, EmptyQuery, ExistsQuery, Occur, Query, QueryParser, QueryParserError,
    RangeQuery,
};
use tantivy::{DateTime, Searcher, Term};
use time::Date;

use crate::index::{analyzers, Fields, ParagraphReader, SearchIndex};
use crate::model::{Explanation, Hit, Match};
use highlight::Matcher;

/// What the user asked for.
#[derive(Debug, Clone, Default)]
pub struct Request {
    pub text: String,
    pub limit: usize,
    /// Any of these speakers (full name or surname, any case); empty means anyone.
    pub speakers: Vec<String>,
    pub since: Option<Date>,
    pub until: Option<Date>,
    /// Neighbouring paragraphs to show before and after each hit.
    pub context: u32,
    /// Also count all matching paragraphs per speaker and per month.
    pub facets: bool,
    /// Paths are shown relative to this folder (the current directory) when below it, else
    /// absolute (`corpus::shown`).
    pub base: Option<PathBuf>,
}

/// The hits, best first, and what the user should be told on stderr.
#[derive(Debug, Default)]
pub struct Outcome {
    pub hits: Vec<Hit>,
    pub facets: Option<aggregate::Facets>,
    pub warnings: Vec<String>,
    /// When nothing was found although the query alone matches: what the filters removed.
    pub why: Option<Explanation>,
}

/// A parsed request: the text query, the filters, and what the user should be told.
pub struct Compiled {
    pub query: Box<dyn Query>,
    pub filters: Vec<Box<dyn Query>>,
    pub warnings: Vec<String>,
}

impl Compiled {
    /// The text query and every filter, as one query.
    pub fn combined(&self) -> BooleanQuery {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, self.query.box_clone())];
        clauses.extend(self.filters.iter().map(|f| (Occur::Must, f.box_clone())));
        BooleanQuery::new(clauses)
    }
}

/// Parses the text leniently (AND by default) and builds the speaker and date filters. An
/// empty text matches every paragraph, so filters alone can select. The errors are a query
/// too long or too deeply nested to parse safely ([`bounds::TooComplex`]) and one of
/// exclusions only ([`tiers::NoWord`]).
pub fn compile(index: &SearchIndex, request: &Request) -> Result<Compiled> {
    bounds::check(&request.text)?;
    let fields = index.fields;
    let (query, errors): (Box<dyn Query>, _) = if request.text.trim().is_empty() {
        (Box::new(AllQuery), Vec::new())
    } else {
        parse(index, &request.text)?
    };
    let mut warnings: Vec<String> = errors
        .iter()
        .map(|e| format!("query: {e}; searching for the rest"))
        .collect();
    let query = without_exists(query, &mut warnings);
    Ok(Compiled {
        query,
        filters: filters(&fields, request),
        warnings,
    })
}

/// tantivy's parser, AND by default. A query of exclusions only is an error of its own.
fn parse(index: &SearchIndex, text: &str) -> Result<(Box<dyn Query>, Vec<QueryParserError>)> {
    let mut parser = QueryParser::for_index(&index.index, vec![index.fields.text]);
    parser.set_conjunction_by_default();
    let (query, errors) = parser.parse_query_lenient(text);
    let query = speaker::widen(query, &index.fields);
    if let [QueryParserError::AllButQueryForbidden] = errors.as_slice() {
        return Err(tiers::NoWord(
            "a query of exclusions only (`-word`) needs a word to search for as well".into(),
        )
        .into());
    }
    Ok((query, errors))
}

/// `field:*` parses to an exists query, which needs a fast field that our text fields are not;
/// rather than fail the whole search, that clause is dropped with a warning.
fn without_exists(query: Box<dyn Query>, warnings: &mut Vec<String>) -> Box<dyn Query> {
    if query.downcast_ref::<ExistsQuery>().is_some() {
        warnings.push("query: `field:*` is not supported; that part is ignored".into());
        return Box::new(EmptyQuery);
    }
    let Some(boolean) = query.downcast_ref::<BooleanQuery>() else {
        return query;
    };
    let clauses = boolean
        .clauses()
        .iter()
        .map(|(occur, clause)| (*occur, without_exists(clause.box_clone(), warnings)))
        .collect();
    Box::new(BooleanQuery::new(clauses))
}

/// Runs `request` on `searcher`, a searcher of `index` (the caller owns it, and so decides when
/// the segment files are unmapped).
pub fn run(index: &SearchIndex, searcher: &Searcher, request: &Request) -> Result<Outcome> {
    bounds::check(&request.text)?;
    let fields = index.fields;
    let filters = filters(&fields, request);
    let mut warnings = Vec::new();
    let (plan, found) = match words::read(&request.text)? {
        Some(items) => {
            let plan = tiers::plan(searcher, &fields, &items)?;
            let found = tiers::ranked(searcher, &plan.tiers, &filters, request.limit)?;
            (plan, found)
        }
        None => parsed(index, searcher, request, &filters, &mut warnings)?,
    };
    if found.first().is_some_and(|(_, _, m)| *m == Match::Some) {
        warnings.push("no passage has all the words; showing passages with any of them".into());
    }
    let why = if found.is_empty() && !filters.is_empty() {
        explain::why(
            searcher,
            &fields,
            request,
            plan.all.as_ref(),
            plan.some.as_deref(),
        )?
    } else {
        None
    };

    let matcher = Matcher::from_query(plan.highlight.as_ref(), fields.text);
    let mut analyzer = analyzers::news();
    let mut reader = ParagraphReader::new(searcher, fields, request.base.clone());
    let mut hits = Vec::with_capacity(found.len());
    for (rank, (score, address, matched)) in found.iter().copied().enumerate() {
        let stored = reader.read(address)?;
        let highlights = matcher.ranges(&mut analyzer, &stored.text);
        let (before, after) = if request.context > 0 {
            let at = (stored.paragraph, stored.part);
            context::around(&mut reader, &fields, &stored.address, at, request.context)?
        } else {
            Default::default()
        };
        hits.push(Hit {
            rank: rank + 1,
            score,
            path: stored.path,
            title: stored.title,
            date: stored.date,
            paragraph: stored.paragraph,
            part: stored.part,
            section: stored.section,
            speakers: stored.speakers,
            text: stored.text,
            highlights,
            matched,
            before,
            after,
        });
    }
    warnings.append(&mut reader.warnings);
    let facets = if request.facets {
        // What the hits stand for: paragraphs with all the words, or when none has them all,
        // those with some.
        let counted = match (&plan.some, found.first()) {
            (Some(some), Some((_, _, Match::Some))) => some.box_clone(),
            _ => plan.all.box_clone(),
        };
        let all = Compiled {
            query: counted,
            filters,
            warnings: Vec::new(),
        };
        Some(aggregate::facets(searcher, &all.combined())?)
    } else {
        None
    };
    Ok(Outcome {
        hits,
        facets,
        warnings,
        why,
    })
}

/// A query in tantivy's syntax: its matches, or, when it could not be parsed whole or found
/// nothing, its words read as plain words (said on stderr).
fn parsed(
    index: &SearchIndex,
    searcher: &Searcher,
    request: &Request,
    filters: &[Box<dyn Query>],
    warnings: &mut Vec<String>,
) -> Result<(tiers::Plan, Vec<tiers::Ranked>)> {
    let (query, errors) = parse(index, &request.text)?;
    let mut exists = Vec::new();
    let query = without_exists(query, &mut exists);
    if errors.is_empty() {
        let plan = tiers::Plan {
            tiers: vec![(Match::All, query.box_clone())],
            all: query.box_clone(),
            some: None,
            highlight: query,
        };
        let found = tiers::ranked(searcher, &plan.tiers, filters, request.limit)?;
        if !found.is_empty() || !filters.is_empty() && any_match(searcher, &plan.all)? {
            warnings.append(&mut exists);
            return Ok((plan, found));
        }
    }
    let items = words::plain(&request.text);
    let plan = tiers::plan(searcher, &index.fields, &items)?;
    warnings.push(format!(
        "read as plain words: {}",
        items
            .iter()
            .map(|i| i.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    ));
    let found = tiers::ranked(searcher, &plan.tiers, filters, request.limit)?;
    Ok((plan, found))
}

/// Whether `query` alone, without filters, matches any paragraph.
fn any_match(searcher: &Searcher, query: &dyn Query) -> Result<bool> {
    Ok(searcher
        .search(query, &tantivy::collector::Count)
        .context("searching the index")?
        > 0)
}

/// Speaker and date filters, each a clause every hit must satisfy.
fn filters(fields: &Fields, request: &Request) -> Vec<Box<dyn Query>> {
    let mut filters: Vec<Box<dyn Query>> = Vec::new();
    let speakers: Vec<(Occur, Box<dyn Query>)> = request
        .speakers
        .iter()
        .filter_map(|name| speaker::SpeakerQuery::new(fields, name))
        .map(|query| (Occur::Should, Box::new(query) as Box<dyn Query>))
        .collect();
    if !speakers.is_empty() {
        filters.push(Box::new(BooleanQuery::new(speakers)));
    }
    filters.extend(date_filter(fields, request.since, request.until));
    filters
}

/// The paragraphs whose date lies wholly within `since..=until` (whole days, either end open):
/// its period starts on or after `since` and ends on or before `until`, so a year-only date
/// matches only a range that covers the whole year. None when neither bound is set; undated
/// paragraphs never match.
pub fn date_filter(
    fields: &Fields,
    since: Option<Date>,
    until: Option<Date>,
) -> Option<Box<dyn Query>> {
    let midnight = |field, d: Date| {
        Term::from_field_date(
            field,
            DateTime::from_timestamp_secs(d.midnight().assume_utc().unix_timestamp()),
        )
    };
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    if let Some(since) = since {
        let starts = RangeQuery::new(
            Bound::Included(midnight(fields.date, since)),
            Bound::Unbounded,
        );
        clauses.push((Occur::Must, Box::new(starts)));
    }
    if let Some(until) = until {
        let after = until.next_day().unwrap_or(until);
        let ends = RangeQuery::new(
            Bound::Unbounded,
            Bound::Excluded(midnight(fields.date_end, after)),
        );
        clauses.push((Occur::Must, Box::new(ends)));
    }
    match clauses.len() {
        0 => None,
        1 => clauses.pop().map(|(_, q)| q),
        _ => Some(Box::new(BooleanQuery::new(clauses))),
    }
}
