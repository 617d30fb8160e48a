//! From user text to ranked, highlighted hits: query parsing, filters, phrase-first ranking.
pub mod aggregate;
pub mod bounds;
mod closest;
mod context;
pub mod explain;
pub mod export;
pub mod highlight;
mod periods;
mod stats;

use std::collections::HashSet;
use std::ops::Bound;
use std::path::PathBuf;

use anyhow::{Context, Result};
use tantivy::collector::TopDocs;
use tantivy::query::{
    AllQuery, BooleanQuery, EmptyQuery, ExistsQuery, Occur, PhraseQuery, Query, QueryParser,
    RangeQuery, TermQuery,
};
use tantivy::schema::IndexRecordOption;
use tantivy::{DateTime, DocAddress, Score, Searcher, Term};
use time::Date;

use crate::index::{analyzers, Fields, ParagraphReader, SearchIndex};
use crate::model::{Explanation, Hit};
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
/// empty text matches every paragraph, so filters alone can select. The one error is a query
/// too long or too deeply nested to parse safely ([`bounds::TooComplex`]).
pub fn compile(index: &SearchIndex, request: &Request) -> Result<Compiled> {
    bounds::check(&request.text)?;
    let fields = index.fields;
    let mut parser = QueryParser::for_index(&index.index, vec![fields.text]);
    parser.set_conjunction_by_default();
    let (query, errors): (Box<dyn Query>, _) = if request.text.trim().is_empty() {
        (Box::new(AllQuery), Vec::new())
    } else {
        parser.parse_query_lenient(&request.text)
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
    let fields = index.fields;
    let Compiled {
        query,
        filters,
        mut warnings,
    } = compile(index, request)?;
    let phrase = plain_phrase(&request.text, &fields);
    let mut found = ranked(
        searcher,
        query.as_ref(),
        phrase.as_ref(),
        &filters,
        request.limit,
    )?;
    let mut matcher = Matcher::from_query(query.as_ref(), fields.text);
    let mut effective = query;
    let mut fallback = None;

    if found.is_empty()
        && is_plain(&request.text)
        && request.text.split_whitespace().nth(1).is_some()
    {
        let parser = QueryParser::for_index(&index.index, vec![fields.text]);
        let (any, _) = parser.parse_query_lenient(&request.text);
        found = ranked(searcher, any.as_ref(), None, &filters, request.limit)?;
        if !found.is_empty() {
            warnings.push("no passage has all the words; showing passages with any of them".into());
            matcher = Matcher::from_query(any.as_ref(), fields.text);
            effective = any;
        } else {
            fallback = Some(any);
        }
    }
    let why = if found.is_empty() && !filters.is_empty() {
        explain::why(
            searcher,
            &fields,
            request,
            effective.as_ref(),
            fallback.as_deref(),
        )?
    } else {
        None
    };

    let mut analyzer = analyzers::news();
    let mut reader = ParagraphReader::new(searcher, fields, request.base.clone());
    let mut hits = Vec::with_capacity(found.len());
    for (rank, (score, address)) in found.into_iter().enumerate() {
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
            before,
            after,
        });
    }
    warnings.append(&mut reader.warnings);
    let facets = if request.facets {
        let all = Compiled {
            query: effective,
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

/// Paragraphs holding the exact phrase first, then the rest by BM25.
fn ranked(
    searcher: &Searcher,
    query: &dyn Query,
    phrase: Option<&PhraseQuery>,
    filters: &[Box<dyn Query>],
    limit: usize,
) -> Result<Vec<(Score, DocAddress)>> {
    let top = |extra: Option<Box<dyn Query>>, n: usize| -> Result<Vec<(Score, DocAddress)>> {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, query.box_clone())];
        clauses.extend(extra.map(|q| (Occur::Must, q)));
        clauses.extend(filters.iter().map(|f| (Occur::Must, f.box_clone())));
        let combined = BooleanQuery::new(clauses);
        searcher
            .search(&combined, &TopDocs::with_limit(n).order_by_score())
            .context("searching the index")
    };
    let Some(phrase) = phrase else {
        return top(None, limit);
    };
    let first = top(Some(Box::new(phrase.clone())), limit)?;
    let seen: HashSet<DocAddress> = first.iter().map(|(_, a)| *a).collect();
    let rest = top(None, limit + first.len())?;
    Ok(first
        .into_iter()
        .chain(rest.into_iter().filter(|(_, a)| !seen.contains(a)))
        .take(limit)
        .collect())
}

/// Speaker and date filters, each a clause every hit must satisfy.
fn filters(fields: &Fields, request: &Request) -> Vec<Box<dyn Query>> {
    let mut filters: Vec<Box<dyn Query>> = Vec::new();
    let speakers: Vec<(Occur, Box<dyn Query>)> = request
        .speakers
        .iter()
        .filter_map(|name| {
            let words = analyzers::name_words(name);
            let term = match words.as_slice() {
                [] => return None,
                [surname] => Term::from_field_text(fields.speaker_surname, surname),
                _ => Term::from_field_text(fields.speaker_key, &words.join(" ")),
            };
            Some((
                Occur::Should,
                Box::new(TermQuery::new(term, IndexRecordOption::Basic)) as Box<dyn Query>,
            ))
        })
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

/// Plain words, without any query syntax: the case where the exact phrase is ranked first.
fn is_plain(text: &str) -> bool {
    let syntax = |c: char| {
        matches!(
            c,
            '"' | ':' | '+' | '(' | ')' | '[' | ']' | '{' | '}' | '^' | '~' | '*' | '\\'
        )
    };
    !text.contains(syntax)
        && text
            .split_whitespace()
            .all(|w| !w.starts_with('-') && !matches!(w, "AND" | "OR" | "NOT" | "IN"))
}

fn plain_phrase(text: &str, fields: &Fields) -> Option<PhraseQuery> {
    if !is_plain(text) {
        return None;
    }
    let mut analyzer = analyzers::news();
    let mut stream = analyzer.token_stream(text);
    let mut terms = Vec::new();
    while let Some(token) = stream.next() {
        terms.push(Term::from_field_text(fields.text, &token.text));
    }
    (terms.len() > 1).then(|| PhraseQuery::new(terms))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_told_from_query_syntax() {
        assert!(is_plain("reassurance force"));
        assert!(is_plain("Kyiv's well-known troops"));
        assert!(!is_plain("\"reassurance force\""));
        assert!(!is_plain("troops -nato"));
        assert!(!is_plain("troops OR soldiers"));
        assert!(!is_plain("speaker:macron"));
    }
}
