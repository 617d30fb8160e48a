//! Counts over all matching paragraphs (not just the top hits): per speaker, per month, date span.
use std::collections::HashMap;

use anyhow::{Context, Result};
use serde_json::{json, Value};
use tantivy::aggregation::agg_req::Aggregations;
use tantivy::aggregation::{AggContextParams, AggregationCollector, AggregationLimitsGuard};
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{Searcher, Term};

use super::{periods, persons};
use crate::index::schema::{DATE, SPEAKER_NAME};
pub use crate::model::{Facets, MonthCount, SpeakerCount, Variant};

/// How many speakers `--facets` lists.
const FACET_SPEAKERS: usize = 20;

pub fn facets(searcher: &Searcher, query: &dyn Query) -> Result<Facets> {
    Ok(Facets {
        total: searcher
            .search(query, &tantivy::collector::Count)
            .context("counting matching paragraphs")?,
        speakers: speakers(searcher, query, FACET_SPEAKERS)?,
        months: months(searcher, query)?,
    })
}

/// The most buckets one request may make: counting every speaker of a large archive is the point.
pub const MAX_BUCKETS: u32 = 5_000_000;

fn collector(request: Value) -> Result<AggregationCollector> {
    let aggs: Aggregations =
        serde_json::from_value(request).context("building an aggregation request")?;
    let limits = AggregationLimitsGuard::new(Some(2_000_000_000), Some(MAX_BUCKETS));
    Ok(AggregationCollector::from_aggs(
        aggs,
        AggContextParams::new(limits, Default::default()),
    ))
}

fn run(searcher: &Searcher, query: &dyn Query, request: Value) -> Result<Value> {
    let results = searcher
        .search(query, &collector(request)?)
        .context("counting over the index")?;
    serde_json::to_value(&results).context("reading aggregation results")
}

/// Speakers by number of matching paragraphs, most first (ties by name), at most `limit`, each
/// with the first and last date it is quoted (`periods::span`) and the names it is quoted
/// under: one person's names are counted as one speaker (`persons`, issue 17).
///
/// Exact: tantivy's terms aggregation keeps only each segment's top `segment_size` speakers
/// (10 x `size` by default), so a speaker just below one segment's top lost that segment's
/// paragraphs, and counts changed with `limit` and the segment layout (issue 15). Every name
/// is counted in every segment, and the list is cut here, after the counts are summed, with ties
/// broken by name so that `-n N` is always the head of the full list. The days are asked for
/// only the speakers kept: with them for every speaker, `speakers -n 10` on the ~200 MB
/// benchmark corpus (19,697 speakers) took 253 ms and 102 MB, against 25 ms and 15 MB when
/// counts were approximate. A person quoted under several names is counted again, exactly, by
/// the paragraphs quoting any of them; the list is cut on the sum of their names' counts, which
/// is the same unless one paragraph quotes a person under two names.
pub fn speakers(searcher: &Searcher, query: &dyn Query, limit: usize) -> Result<Vec<SpeakerCount>> {
    let counted = speaker_counts(searcher, query)?;
    let corpus = if matches_all(query) {
        counted.clone()
    } else {
        speaker_counts(searcher, &AllQuery)?
    };
    let mut people = persons::gather(&corpus, &counted);
    let sum = |g: &persons::Gathered| g.variants.iter().map(|(_, n)| n).sum::<u64>();
    people.sort_by(|a, b| sum(b).cmp(&sum(a)).then(a.name.cmp(&b.name)));
    people.truncate(limit);
    let names: Vec<&str> = people
        .iter()
        .flat_map(|p| p.variants.iter().map(|(name, _)| name.as_str()))
        .collect();
    let spans = if names.len() <= NAMED_SPANS {
        speaker_spans(searcher, query, Some(&names))?
    } else {
        speaker_spans(searcher, query, None)?
    };
    let mut counts = people
        .into_iter()
        .map(|person| counted_person(searcher, query, &spans, person))
        .collect::<Result<Vec<_>>>()?;
    cut(&mut counts, limit);
    Ok(counts)
}

/// Whether `query` matches every paragraph as it is written (no query text and no filter):
/// then its counts are those of the whole index.
fn matches_all(query: &dyn Query) -> bool {
    if query.downcast_ref::<AllQuery>().is_some() {
        return true;
    }
    query.downcast_ref::<BooleanQuery>().is_some_and(|b| {
        b.clauses()
            .iter()
            .all(|(occur, clause)| *occur == Occur::Must && matches_all(clause.as_ref()))
    })
}

/// One person's count: the paragraphs quoting any of their names, and their first and last
/// date over all their names.
fn counted_person(
    searcher: &Searcher,
    query: &dyn Query,
    spans: &HashMap<String, Value>,
    person: persons::Gathered,
) -> Result<SpeakerCount> {
    let paragraphs = match person.variants.as_slice() {
        [(_, n)] => *n,
        names => quoting_any(searcher, query, names.iter().map(|(name, _)| name.as_str()))?,
    };
    let (mut first, mut last) = (f64::INFINITY, f64::NEG_INFINITY);
    for (name, _) in &person.variants {
        let bucket = spans.get(name);
        let value = |which: &str| bucket.and_then(|b| b[which]["value"].as_f64());
        first = value("first").map_or(first, |v| v.min(first));
        last = value("last").map_or(last, |v| v.max(last));
    }
    let value = |v: f64| if v.is_finite() { json!(v) } else { Value::Null };
    let (first, last) =
        periods::span(&json!({"first": {"value": value(first)}, "last": {"value": value(last)}}));
    Ok(SpeakerCount {
        speaker: person.name,
        paragraphs,
        first,
        last,
        variants: person
            .variants
            .into_iter()
            .map(|(name, paragraphs)| Variant { name, paragraphs })
            .collect(),
    })
}

/// How many paragraphs matching `query` quote any of `names`.
fn quoting_any<'a>(
    searcher: &Searcher,
    query: &dyn Query,
    names: impl Iterator<Item = &'a str>,
) -> Result<u64> {
    let field = searcher
        .schema()
        .get_field(SPEAKER_NAME)
        .context("reading the index schema")?;
    let any: Vec<(Occur, Box<dyn Query>)> = names
        .map(|name| {
            let term = Term::from_field_text(field, name);
            let one: Box<dyn Query> = Box::new(TermQuery::new(term, IndexRecordOption::Basic));
            (Occur::Should, one)
        })
        .collect();
    let both = BooleanQuery::new(vec![
        (Occur::Must, query.box_clone()),
        (Occur::Must, Box::new(BooleanQuery::new(any))),
    ]);
    let count = searcher
        .search(&both, &tantivy::collector::Count)
        .context("counting a speaker's paragraphs")?;
    Ok(count as u64)
}

/// Most paragraphs first, ties by name, at most `limit`.
fn cut(counts: &mut Vec<SpeakerCount>, limit: usize) {
    counts.sort_by(|a, b| {
        b.paragraphs
            .cmp(&a.paragraphs)
            .then(a.speaker.cmp(&b.speaker))
    });
    counts.truncate(limit);
}

/// How many different speakers the matching paragraphs quote.
pub fn speaker_total(searcher: &Searcher, query: &dyn Query) -> Result<usize> {
    Ok(speaker_counts(searcher, query)?.len())
}

/// Every speaker name of the matching paragraphs with the number of paragraphs quoting it,
/// exact (see `speakers`), in no order.
fn speaker_counts(searcher: &Searcher, query: &dyn Query) -> Result<Vec<(String, u64)>> {
    let request = json!({
        "speakers": {
            "terms": {
                "field": SPEAKER_NAME,
                "size": MAX_BUCKETS,
                "segment_size": MAX_BUCKETS,
                "show_term_doc_count_error": false,
                "min_doc_count": 1
            }
        }
    });
    let value = run(searcher, query, request)?;
    Ok(buckets(&value["speakers"])
        .iter()
        .filter_map(|b| Some((b["key"].as_str()?.to_string(), b["doc_count"].as_u64()?)))
        .collect())
}

/// Up to this many names, their days are asked for by name (see `speakers`).
const NAMED_SPANS: usize = 1_000;

/// Each of `names` (every speaker name when `None`) among the matching paragraphs, with the
/// results of `periods::span_request` for it (its first and last date).
fn speaker_spans(
    searcher: &Searcher,
    query: &dyn Query,
    names: Option<&[&str]>,
) -> Result<HashMap<String, Value>> {
    let mut terms = json!({
        "field": SPEAKER_NAME,
        "size": MAX_BUCKETS,
        "segment_size": MAX_BUCKETS,
        "min_doc_count": 1
    });
    if let Some(names) = names {
        terms["include"] = json!(names);
    }
    let request = json!({
        "speakers": {
            "terms": terms,
            "aggs": periods::span_request()
        }
    });
    let value = run(searcher, query, request)?;
    Ok(buckets(&value["speakers"])
        .into_iter()
        .filter_map(|b| Some((b["key"].as_str()?.to_string(), b)))
        .collect())
}

/// The buckets of one aggregation's result.
fn buckets(result: &Value) -> Vec<Value> {
    result["buckets"].as_array().cloned().unwrap_or_default()
}

/// Matching paragraphs per month, in date order; those dated only by their year under the year
/// (`periods::months`); undated paragraphs are not counted.
pub fn months(searcher: &Searcher, query: &dyn Query) -> Result<Vec<MonthCount>> {
    let value = run(
        searcher,
        query,
        json!({"months": periods::months_request()}),
    )?;
    Ok(periods::months(&value["months"]))
}

/// The first and last date among matching paragraphs, labelled with their precision
/// (`periods::span`).
pub fn date_span(
    searcher: &Searcher,
    query: &dyn Query,
) -> Result<(Option<String>, Option<String>)> {
    let value = run(searcher, query, periods::span_request())?;
    Ok(periods::span(&value))
}

/// How many matching paragraphs have a date, and the first and last date among them
/// (`periods::span`): one pass.
pub fn dated(searcher: &Searcher, query: &dyn Query) -> Result<(u64, Option<(String, String)>)> {
    let mut request = periods::span_request();
    request["dated"] = json!({"value_count": {"field": DATE}});
    let value = run(searcher, query, request)?;
    let dated = value["dated"]["value"].as_f64().unwrap_or(0.0) as u64;
    let (first, last) = periods::span(&value);
    Ok((dated, first.zip(last)))
}
