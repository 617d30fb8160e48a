//! Dates in counts over the index, with their precision: the aggregation requests and what
//! their results say (the first and last date, the counts per year or month), labelled as the
//! articles gave them.
use std::collections::BTreeMap;

use serde_json::{json, Value};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use crate::corpus::{ArticleDate, Precision};
use crate::index::dates::{self, precision_of_code};
use crate::index::schema::{DATE, DATE_FIRST, DATE_LAST, DATE_PRECISION};
use crate::model::MonthCount;

/// Two (sub-)aggregations, `first` and `last`, whose results `span` reads: the least first key
/// and the greatest last key (`index::dates`).
pub fn span_request() -> Value {
    json!({
        "first": {"min": {"field": DATE_FIRST}},
        "last": {"max": {"field": DATE_LAST}}
    })
}

/// The first and last dates of the results of `span_request` (in `result`), labelled with their precision (to the
/// day at most: a span reads as days, as it did before dates had a precision): the period that
/// starts first and the one that ends last (on a tie, the coarser, which holds the other: a
/// year-only 1990 is both before and after 1990-01-01).
pub fn span(result: &Value) -> (Option<String>, Option<String>) {
    let label =
        |d: ArticleDate| ArticleDate::new(d.start(), d.precision.min(Precision::Day)).label();
    let first = key(&result["first"]).and_then(dates::of_first_key);
    let last = key(&result["last"]).and_then(dates::of_last_key);
    (first.map(label), last.map(label))
}

/// A min or max result on a key field. The keys are exact as f64 (`index::dates`).
fn key(metric: &Value) -> Option<i64> {
    let value = metric["value"].as_f64().filter(|v| v.is_finite())?;
    Some(value.round() as i64)
}

/// An aggregation whose result `months` reads: paragraphs by date precision, and per day.
/// tantivy's date histogram has fixed intervals only, so days are counted and summed.
pub fn months_request() -> Value {
    json!({
        "terms": {"field": DATE_PRECISION, "size": 4, "min_doc_count": 1},
        "aggs": {
            "days": {"date_histogram": {"field": DATE, "fixed_interval": "1d", "min_doc_count": 1}}
        }
    })
}

/// Matching paragraphs per month (`1990-09`) in date order, those dated only by their year
/// under the year (`1990`, before its months); undated paragraphs are not counted.
pub fn months(result: &Value) -> Vec<MonthCount> {
    let mut counts: BTreeMap<String, u64> = BTreeMap::new();
    for (precision, bucket) in buckets(result) {
        let by = match precision {
            Precision::Year => Precision::Year,
            _ => Precision::Month,
        };
        let days = bucket["days"]["buckets"].as_array().cloned();
        for day in days.unwrap_or_default() {
            let (Some(at), Some(count)) = (instant_key(&day), day["doc_count"].as_u64()) else {
                continue;
            };
            *counts.entry(ArticleDate::new(at, by).label()).or_default() += count;
        }
    }
    counts
        .into_iter()
        .map(|(month, paragraphs)| MonthCount { month, paragraphs })
        .collect()
}

/// The buckets of a `months_request` result, each with its precision.
fn buckets(result: &Value) -> Vec<(Precision, Value)> {
    let buckets = result["buckets"].as_array().cloned().unwrap_or_default();
    buckets
        .into_iter()
        .filter_map(|b| {
            let code = b["key"].as_u64().or_else(|| {
                b["key"]
                    .as_f64()
                    .filter(|k| k.fract() == 0.0 && *k >= 0.0)
                    .map(|k| k as u64)
            })?;
            Some((precision_of_code(code)?, b))
        })
        .collect()
}

/// A date histogram bucket's key, as an instant.
fn instant_key(bucket: &Value) -> Option<OffsetDateTime> {
    if let Some(text) = bucket["key_as_string"].as_str() {
        return OffsetDateTime::parse(text, &Rfc3339).ok();
    }
    let millis = bucket["key"].as_f64()?;
    OffsetDateTime::from_unix_timestamp_nanos(millis as i128 * 1_000_000).ok()
}
