//! Why a filtered search found nothing: its query counted again without the filters, and with
//! each filter alone, built by the same `filters` as the search itself.
use anyhow::{Context, Result};
use tantivy::collector::Count;
use tantivy::query::{BooleanQuery, Query};
use tantivy::Searcher;

use super::{aggregate, closest, compile, every, filters, Compiled, Request};
use crate::index::{Fields, SearchIndex};
use crate::model::{AskedSpeaker, DateFilter, Explanation, Scope, SpeakerFilter};

/// For a command that found nothing with `request`: why, when its filters removed every match
/// of its query. `None` when the request has no filter, when the filtered query does match, or
/// when the query alone matches nothing.
pub fn nothing_found(
    index: &SearchIndex,
    searcher: &Searcher,
    request: &Request,
) -> Result<Option<Explanation>> {
    if !filtered(request) {
        return Ok(None);
    }
    let compiled = compile(index, request)?;
    if count(searcher, &compiled.combined())? > 0 {
        return Ok(None);
    }
    why(
        searcher,
        &index.fields,
        request,
        compiled.query.as_ref(),
        None,
    )
}

/// Why the filters removed every match of `query` (or, when it matches nothing, of `fallback`,
/// its words as alternatives); the caller knows that with the filters both found nothing.
pub(super) fn why(
    searcher: &Searcher,
    fields: &Fields,
    request: &Request,
    query: &dyn Query,
    fallback: Option<&dyn Query>,
) -> Result<Option<Explanation>> {
    if !filtered(request) {
        return Ok(None);
    }
    let scope = if request.text.trim().is_empty() {
        Scope::Index
    } else {
        Scope::Query
    };
    let tried = std::iter::once((scope, query)).chain(fallback.map(|q| (Scope::SomeWords, q)));
    for (scope, query) in tried {
        let matches = count(searcher, query)?;
        if matches > 0 {
            return Ok(Some(Explanation {
                scope,
                matches,
                speakers: speaker_filter(searcher, fields, request, query)?,
                dates: date_filter(searcher, fields, request, query, matches)?,
            }));
        }
    }
    Ok(None)
}

/// Whether the request has a filter that could have removed matches.
fn filtered(request: &Request) -> bool {
    !request.speakers.is_empty() || request.since.is_some() || request.until.is_some()
}

/// What the speaker filter alone keeps of the matches, and how the index knows each speaker
/// asked for.
fn speaker_filter(
    searcher: &Searcher,
    fields: &Fields,
    request: &Request,
    query: &dyn Query,
) -> Result<Option<SpeakerFilter>> {
    if request.speakers.is_empty() {
        return Ok(None);
    }
    let alone = Request {
        since: None,
        until: None,
        ..request.clone()
    };
    let kept = count(searcher, &filtered_by(query, fields, &alone))?;
    let asked = request
        .speakers
        .iter()
        .map(|name| asked(searcher, fields, name, request.docs, kept == 0))
        .collect::<Result<_>>()?;
    Ok(Some(SpeakerFilter { kept, asked }))
}

/// How many paragraphs of the whole index quote `name`; when none, and `suggest`, the nearest
/// names.
fn asked(
    searcher: &Searcher,
    fields: &Fields,
    name: &str,
    request_docs: super::Docs,
    suggest: bool,
) -> Result<AskedSpeaker> {
    let one = Request {
        speakers: vec![name.to_owned()],
        docs: request_docs,
        ..Request::default()
    };
    let all = every(fields, request_docs);
    let paragraphs = count(searcher, &filtered_by(all.as_ref(), fields, &one))?;
    let closest = if paragraphs == 0 && suggest {
        closest::speakers(searcher, fields, name)?
    } else {
        Vec::new()
    };
    Ok(AskedSpeaker {
        name: name.to_owned(),
        paragraphs,
        closest,
    })
}

/// What the date filter alone keeps of the matches; when nothing, how many have no date and
/// which days the others span.
fn date_filter(
    searcher: &Searcher,
    fields: &Fields,
    request: &Request,
    query: &dyn Query,
    matches: u64,
) -> Result<Option<DateFilter>> {
    if request.since.is_none() && request.until.is_none() {
        return Ok(None);
    }
    let alone = Request {
        speakers: Vec::new(),
        ..request.clone()
    };
    let kept = count(searcher, &filtered_by(query, fields, &alone))?;
    let (undated, span) = if kept > 0 {
        (0, None)
    } else {
        let (dated, span) = aggregate::dated(searcher, query)?;
        (matches.saturating_sub(dated), span)
    };
    Ok(Some(DateFilter {
        since: request.since.map(|day| day.to_string()),
        until: request.until.map(|day| day.to_string()),
        kept,
        undated,
        span,
    }))
}

/// `query` with the filters of `request`.
fn filtered_by(query: &dyn Query, fields: &Fields, request: &Request) -> BooleanQuery {
    Compiled {
        query: query.box_clone(),
        filters: filters(fields, request),
        warnings: Vec::new(),
    }
    .combined()
}

fn count(searcher: &Searcher, query: &dyn Query) -> Result<u64> {
    let n = searcher
        .search(query, &Count)
        .context("counting matching paragraphs")?;
    Ok(n as u64)
}
