//! Counts over all matching paragraphs (not just the top hits): per speaker, per month, date span.
use std::collections::HashMap;

use anyhow::{Context, Result};
use serde_json::{json, Value};
use tantivy::aggregation::agg_req::Aggregations;
use tantivy::aggregation::{AggContextParams, AggregationCollector, AggregationLimitsGuard};
use tantivy::query::Query;
use tantivy::Searcher;

use super::periods;
use crate::index::schema::{DATE, SPEAKER_NAME};
pub use crate::model::{Facets, MonthCount, SpeakerCount};

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
/// with the first and last date it is quoted (`periods::span`).
///
/// Exact: tantivy's terms aggregation keeps only each segment's top `segment_size` speakers
/// (10 x `size` by default), so a speaker just below one segment's top lost that segment's
/// paragraphs, and counts changed with `limit` and the segment layout (issue 15). Every speaker
/// is counted in every segment, and the list is cut here, after the counts are summed, with ties
/// broken by name so that `-n N` is always the head of the full list. The days are asked for
/// only the speakers kept: with them for every speaker, `speakers -n 10` on the ~200 MB
/// benchmark corpus (19,697 speakers) took 253 ms and 102 MB, against 25 ms and 15 MB when
/// counts were approximate.
pub fn speakers(searcher: &Searcher, query: &dyn Query, limit: usize) -> Result<Vec<SpeakerCount>> {
    let mut counts = if limit <= NAMED_SPANS {
        // Counted first, then the days of the few kept, by name.
        let mut counts = speaker_counts(searcher, query)?;
        cut(&mut counts, limit);
        let names: Vec<&str> = counts.iter().map(|c| c.speaker.as_str()).collect();
        let mut spans = speaker_spans(searcher, query, Some(&names))?;
        for count in &mut counts {
            if let Some(span) = spans.remove(&count.speaker) {
                (count.first, count.last) = (span.first, span.last);
            }
        }
        counts
    } else {
        // Many: counts and days in one pass (every speaker of that corpus: 253 ms in one pass,
        // 363 ms counted and then named).
        speaker_spans(searcher, query, None)?
            .into_values()
            .collect()
    };
    cut(&mut counts, limit);
    Ok(counts)
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

/// Every speaker of the matching paragraphs with the number of paragraphs quoting them, exact
/// (see `speakers`), in no order, without days.
fn speaker_counts(searcher: &Searcher, query: &dyn Query) -> Result<Vec<SpeakerCount>> {
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
        .filter_map(|b| {
            Some(SpeakerCount {
                speaker: b["key"].as_str()?.to_string(),
                paragraphs: b["doc_count"].as_u64()?,
                first: None,
                last: None,
            })
        })
        .collect())
}

/// Up to this many speakers, their days are asked for by name (see `speakers`).
const NAMED_SPANS: usize = 1_000;

/// Each of `names` (every speaker when `None`) among the matching paragraphs, counted, with the
/// first and last date it is quoted.
fn speaker_spans(
    searcher: &Searcher,
    query: &dyn Query,
    names: Option<&[&str]>,
) -> Result<HashMap<String, SpeakerCount>> {
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
        .iter()
        .filter_map(|b| {
            let speaker = b["key"].as_str()?.to_string();
            let (first, last) = periods::span(b);
            let count = SpeakerCount {
                speaker: speaker.clone(),
                paragraphs: b["doc_count"].as_u64()?,
                first,
                last,
            };
            Some((speaker, count))
        })
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
