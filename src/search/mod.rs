//! From user text to ranked, highlighted hits: query parsing, filters, phrase-first ranking.
pub mod aggregate;
pub mod bounds;
mod closest;
mod context;
pub mod explain;
pub mod export;
pub mod highlight;
mod listing;
mod periods;
mod persons;
pub mod quotes;
mod said_by;
pub mod speaker;
mod statistics;
mod stats;
mod stop;
pub mod tiers;
pub mod words;

use std::ops::Bound;
use std::path::PathBuf;

use anyhow::{Context, Result};
use tantivy::query::{
    BooleanQuery, ConstScoreQuery, EmptyQuery, ExistsQuery, Occur, Query, QueryParser,
    QueryParserError, RangeQuery, TermQuery,
};
use tantivy::schema::IndexRecordOption;
use tantivy::{DateTime, Searcher, Term};
use time::Date;

use crate::index::schema::{quote_kind_value, KIND_PARAGRAPH, KIND_QUOTE};
use crate::index::{analyzers, Fields, ParagraphReader, SearchIndex};
use crate::model::{Explanation, Hit, Match};
use crate::speakers::QuoteKind;
use highlight::Matcher;
use statistics::Statistics;
use tiers::Target;

/// Which documents a search is over: paragraphs (every command but `quotes`), or the quotes
/// indexed beside them, of either kind or of one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Docs {
    #[default]
    Paragraphs,
    Quotes(Option<QuoteKind>),
}

impl Docs {
    /// Where the words of a query are looked for.
    pub fn target(self, fields: &Fields) -> Target {
        match self {
            Docs::Paragraphs => Target::paragraphs(fields),
            Docs::Quotes(_) => Target::quotes(fields),
        }
    }
}

/// Every document of this kind. The one place that tells paragraphs from quotes: what a search
/// without words starts from, what bounds a query in tantivy's syntax (which can name a field
/// both have, as `date`), and what counts paragraphs. A search over the words of paragraphs
/// (or of quotes) needs no bound: only paragraphs have `text`, only quotes `quote`.
pub fn every(fields: &Fields, docs: Docs) -> Box<dyn Query> {
    let kind = match docs {
        Docs::Paragraphs => KIND_PARAGRAPH,
        Docs::Quotes(_) => KIND_QUOTE,
    };
    Box::new(TermQuery::new(
        Term::from_field_text(fields.kind, kind),
        IndexRecordOption::Basic,
    ))
}

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
    /// Paragraphs or quotes.
    pub docs: Docs,
    /// Only paragraphs where the query matches inside a quote of one of these speakers.
    pub said_by: Vec<String>,
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
        (every(&fields, request.docs), Vec::new())
    } else {
        parse(index, &request.text, request.docs)?
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

/// tantivy's parser, AND by default, over the documents `docs` (its default field their
/// words). A query of exclusions only is an error of its own.
fn parse(
    index: &SearchIndex,
    text: &str,
    docs: Docs,
) -> Result<(Box<dyn Query>, Vec<QueryParserError>)> {
    let mut parser = QueryParser::for_index(&index.index, vec![docs.target(&index.fields).text]);
    parser.set_conjunction_by_default();
    let (query, errors) = parser.parse_query_lenient(text);
    let query = speaker::widen(query, &index.fields);
    if let [QueryParserError::AllButQueryForbidden] = errors.as_slice() {
        return Err(tiers::NoWord(
            "a query of exclusions only (`-word`) needs a word to search for as well".into(),
        )
        .into());
    }
    // Fields can be named: keep to the documents searched.
    let bound = ConstScoreQuery::new(every(&index.fields, docs), 0.0);
    let query = Box::new(BooleanQuery::new(vec![
        (Occur::Must, query),
        (Occur::Must, Box::new(bound)),
    ]));
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

/// What a search found, before its hits are read: its plan, its ranked documents and filters.
pub struct Found {
    pub plan: tiers::Plan,
    pub ranked: Vec<tiers::Ranked>,
    pub filters: Vec<Box<dyn Query>>,
    pub warnings: Vec<String>,
    pub why: Option<Explanation>,
    /// With `--said-by`: where the speakers' matching quotes stand in each passage.
    pub said: Option<said_by::Spans>,
}

impl Found {
    /// Everything the hits stand for, for counts: documents with all the words, or when none
    /// has them all, those with some; with the filters.
    pub fn counted(&self) -> BooleanQuery {
        let query = match (&self.plan.some, self.ranked.first()) {
            (Some(some), Some((_, _, Match::Some))) => some.box_clone(),
            _ => self.plan.all.box_clone(),
        };
        Compiled {
            query,
            filters: self.filters.iter().map(|f| f.box_clone()).collect(),
            warnings: Vec::new(),
        }
        .combined()
    }
}

/// Ranks the documents (`request.docs`) for `request`: its words in tiers, or its query in
/// tantivy's syntax, with its filters; and says why nothing was found when filters removed all.
pub fn find(index: &SearchIndex, searcher: &Searcher, request: &Request) -> Result<Found> {
    bounds::check(&request.text)?;
    let fields = index.fields;
    let mut filters = filters(&fields, request);
    let mut warnings = Vec::new();
    let mut said = None;
    if !request.said_by.is_empty() {
        let (filter, spans) = said_by::filter(index, searcher, request)?;
        filters.push(filter);
        said = Some(spans);
    }
    let statistics = Statistics::of(searcher, &fields, request.docs)?;
    let (plan, found) = match words::read(&request.text)? {
        _ if request.text.trim().is_empty() => {
            let plan = listing::plan(&fields, request.docs);
            let found = listing::ranked(searcher, &plan, &fields, &filters, request.limit)?;
            (plan, found)
        }
        Some(items) => {
            let plan = tiers::plan(searcher, request.docs.target(&fields), &items)?;
            let found = tiers::ranked(searcher, &statistics, &plan.tiers, &filters, request.limit)?;
            (plan, found)
        }
        None => parsed(
            index,
            searcher,
            &statistics,
            request,
            &filters,
            &mut warnings,
        )?,
    };
    if found.first().is_some_and(|(_, _, m)| *m == Match::Some) {
        warnings.push(
            match request.docs {
                Docs::Paragraphs => {
                    "no passage has all the words; showing passages with any of them"
                }
                Docs::Quotes(_) => "no quote has all the words; showing quotes with any of them",
            }
            .into(),
        );
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
    if found.is_empty() && !request.said_by.is_empty() && why.is_none() {
        warnings.extend(said_by::nothing(searcher, &plan, request)?);
    }
    Ok(Found {
        plan,
        ranked: found,
        filters,
        warnings,
        why,
        said,
    })
}

/// Runs `request` on `searcher`, a searcher of `index` (the caller owns it, and so decides when
/// the segment files are unmapped).
pub fn run(index: &SearchIndex, searcher: &Searcher, request: &Request) -> Result<Outcome> {
    let mut found = find(index, searcher, request)?;
    let fields = index.fields;
    let matcher = Matcher::from_query(found.plan.highlight.as_ref(), fields.text);
    let mut analyzer = analyzers::news();
    let mut reader = ParagraphReader::new(searcher, fields, request.base.clone());
    let mut hits = Vec::with_capacity(found.ranked.len());
    for (rank, (score, address, matched)) in found.ranked.iter().copied().enumerate() {
        let stored = reader.read(address)?;
        let mut highlights = matcher.ranges(&mut analyzer, &stored.text);
        if let Some(said) = &found.said {
            // Only the words inside the speaker's quotes matched what --said-by asks.
            let at = (stored.address.clone(), stored.paragraph, stored.part);
            let spans = said.get(&at).map(Vec::as_slice).unwrap_or_default();
            highlights = said_by::inside(highlights, spans);
        }
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
    found.warnings.append(&mut reader.warnings);
    let facets = if request.facets {
        Some(aggregate::facets(searcher, &found.counted())?)
    } else {
        None
    };
    Ok(Outcome {
        hits,
        facets,
        warnings: found.warnings,
        why: found.why,
    })
}

/// A query in tantivy's syntax: its matches, or, when it could not be parsed whole or found
/// nothing, its words read as plain words (said on stderr).
fn parsed(
    index: &SearchIndex,
    searcher: &Searcher,
    statistics: &Statistics,
    request: &Request,
    filters: &[Box<dyn Query>],
    warnings: &mut Vec<String>,
) -> Result<(tiers::Plan, Vec<tiers::Ranked>)> {
    let (query, errors) = parse(index, &request.text, request.docs)?;
    let mut exists = Vec::new();
    let query = without_exists(query, &mut exists);
    if errors.is_empty() {
        let plan = tiers::Plan {
            tiers: vec![(Match::All, query.box_clone())],
            all: query.box_clone(),
            some: None,
            highlight: query,
        };
        let found = tiers::ranked(searcher, statistics, &plan.tiers, filters, request.limit)?;
        if !found.is_empty() || !filters.is_empty() && any_match(searcher, &plan.all)? {
            warnings.append(&mut exists);
            return Ok((plan, found));
        }
    }
    let items = words::plain(&request.text);
    let plan = tiers::plan(searcher, request.docs.target(&index.fields), &items)?;
    warnings.push(format!(
        "read as plain words: {}",
        items
            .iter()
            .map(|i| i.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    ));
    let found = tiers::ranked(searcher, statistics, &plan.tiers, filters, request.limit)?;
    Ok((plan, found))
}

/// Whether `query` alone, without filters, matches any paragraph.
fn any_match(searcher: &Searcher, query: &dyn Query) -> Result<bool> {
    Ok(searcher
        .search(query, &tantivy::collector::Count)
        .context("searching the index")?
        > 0)
}

/// Speaker, date and quote kind filters, each a clause every hit must satisfy.
fn filters(fields: &Fields, request: &Request) -> Vec<Box<dyn Query>> {
    let mut filters: Vec<Box<dyn Query>> = Vec::new();
    filters.extend(speaker_filter(fields, &request.speakers));
    filters.extend(date_filter(fields, request.since, request.until));
    if let Docs::Quotes(Some(kind)) = request.docs {
        filters.push(Box::new(TermQuery::new(
            Term::from_field_text(fields.quote.kind, quote_kind_value(kind)),
            IndexRecordOption::Basic,
        )));
    }
    // Filters keep or drop; they must not add to a document's score (a speaker's key terms
    // would, by their rarity).
    filters
        .into_iter()
        .map(|f| Box::new(ConstScoreQuery::new(f, 0.0)) as Box<dyn Query>)
        .collect()
}

/// Documents (paragraphs or quotes) of any of these speakers: a full name or a surname, any
/// case. None when no name has a word.
fn speaker_filter(fields: &Fields, names: &[String]) -> Option<Box<dyn Query>> {
    let speakers: Vec<(Occur, Box<dyn Query>)> = names
        .iter()
        .filter_map(|name| speaker::SpeakerQuery::new(fields, name))
        .map(|query| (Occur::Should, Box::new(query) as Box<dyn Query>))
        .collect();
    if speakers.is_empty() {
        return None;
    }
    Some(Box::new(BooleanQuery::new(speakers)))
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
