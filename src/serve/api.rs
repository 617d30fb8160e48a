//! The API's answers: each endpoint runs the same search code as its command and returns the
//! same JSON objects (`search query --json`'s and `search quotes --json`'s hits, `search
//! speakers --json`'s counts, `search stats --json`), or an error said as the command line says
//! it.
use std::path::PathBuf;

use serde::Serialize;

use super::params::{BadParam, QuotesParams, SearchParams, SpeakersParams};
use crate::crash;
use crate::index::failure;
use crate::index::live::LiveIndex;
use crate::model::{Facets, Hit, MonthCount, QuoteHit, SpeakerCount};
use crate::render::{self, Unit};
use crate::search::{self, aggregate, bounds, quotes, tiers, Docs, Request};

/// What every request reads: the index (opened again after each commit) and the folder paths
/// are shown relative to, as for the command line.
pub struct Api {
    pub live: LiveIndex,
    pub base: PathBuf,
}

/// `GET /api/search`'s answer. Fields keep their order, as the command line's JSON does.
#[derive(Serialize)]
struct Found<'a> {
    hits: &'a [Hit],
    facets: Option<&'a Facets>,
    timeline: Option<Vec<MonthCount>>,
    warnings: &'a [String],
    why: Option<String>,
}

/// `GET /api/quotes`'s answer: the counts are of quotes, named so as `search quotes --json
/// --facets` names them (`"quotes"` for `"paragraphs"`).
#[derive(Serialize)]
struct FoundQuotes<'a> {
    hits: &'a [QuoteHit],
    facets: Option<serde_json::Value>,
    timeline: Option<serde_json::Value>,
    warnings: &'a [String],
    why: Option<String>,
}

/// `GET /api/speakers`'s answer.
#[derive(Serialize)]
struct Quoted<'a> {
    speakers: &'a [SpeakerCount],
    warnings: &'a [String],
}

/// Counts as JSON, named for quotes.
fn in_quotes(counts: &impl Serialize) -> serde_json::Result<serde_json::Value> {
    let mut value = serde_json::to_value(counts)?;
    Unit::Quotes.rename(&mut value);
    Ok(value)
}

/// The months of every match whatever period was asked for, as the page's timeline shows
/// them: the facets' own months when no period was given, else those of the same search
/// (`run`) without one. None without facets.
fn whole_timeline(
    request: &Request,
    facets: Option<&Facets>,
    run: impl FnOnce(&Request) -> anyhow::Result<Option<Facets>>,
) -> anyhow::Result<Option<Vec<MonthCount>>> {
    let Some(facets) = facets else {
        return Ok(None);
    };
    if request.since.is_none() && request.until.is_none() {
        return Ok(Some(facets.months.clone()));
    }
    let undated = Request {
        limit: 1,
        since: None,
        until: None,
        context: 0,
        ..request.clone()
    };
    Ok(run(&undated)?.map(|f| f.months))
}

/// JSON, serialized once.
pub type Json = Vec<u8>;

/// Why a request got no answer, as its HTTP status says it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// 400: a parameter that cannot be used, named.
    BadParam(BadParam),
    /// 503: the index is missing, damaged or unreadable: the command line's one-line message.
    Unavailable(String),
    /// 500: a bug of ours.
    Internal(String),
}

impl From<BadParam> for Failure {
    fn from(bad: BadParam) -> Failure {
        Failure::BadParam(bad)
    }
}

impl Api {
    /// `GET /api/search`: the hits, best first from `offset`, with the counts of every matching
    /// paragraph per speaker and per month (`facets`, as `--facets`) and the months of the
    /// matching paragraphs whatever their dates (`timeline`), so a chosen range shows in its
    /// whole.
    pub fn search(&self, params: &SearchParams) -> Result<Json, Failure> {
        self.guarded(|| {
            let snapshot = self.live.snapshot()?;
            let request = Request {
                text: params.text.clone(),
                limit: params.offset + params.limit,
                speakers: params.speakers.clone(),
                since: params.since,
                until: params.until,
                context: params.context,
                facets: params.facets,
                base: Some(self.base.clone()),
                docs: Docs::Paragraphs,
                said_by: Vec::new(),
            };
            let outcome = search::run(&snapshot.index, &snapshot.searcher, &request)?;
            let timeline = whole_timeline(&request, outcome.facets.as_ref(), |undated| {
                Ok(search::run(&snapshot.index, &snapshot.searcher, undated)?.facets)
            })?;
            let found = Found {
                hits: outcome.hits.get(params.offset..).unwrap_or_default(),
                facets: outcome.facets.as_ref(),
                timeline,
                warnings: &outcome.warnings,
                why: outcome.why.as_ref().map(render::explain::line),
            };
            Ok(serde_json::to_vec(&found)?)
        })
    }

    /// `GET /api/quotes`: the quotes, best first from `offset` (with no words, the listing of
    /// what the filters keep), with their counts per speaker and per month (`facets`) and the
    /// months of the matching quotes whatever their dates (`timeline`), as `search` counts
    /// paragraphs.
    pub fn quotes(&self, params: &QuotesParams) -> Result<Json, Failure> {
        self.guarded(|| {
            let snapshot = self.live.snapshot()?;
            let request = Request {
                text: params.text.clone(),
                limit: params.offset + params.limit,
                speakers: params.speakers.clone(),
                since: params.since,
                until: params.until,
                facets: params.facets,
                base: Some(self.base.clone()),
                docs: Docs::Quotes(params.kind),
                ..Request::default()
            };
            let outcome = quotes::run(&snapshot.index, &snapshot.searcher, &request)?;
            let timeline = whole_timeline(&request, outcome.facets.as_ref(), |undated| {
                Ok(quotes::run(&snapshot.index, &snapshot.searcher, undated)?.facets)
            })?;
            let found = FoundQuotes {
                hits: outcome.hits.get(params.offset..).unwrap_or_default(),
                facets: outcome.facets.as_ref().map(in_quotes).transpose()?,
                timeline: timeline.as_ref().map(in_quotes).transpose()?,
                warnings: &outcome.warnings,
                why: outcome
                    .why
                    .as_ref()
                    .map(|why| render::explain::line_of(why, Unit::Quotes)),
            };
            Ok(serde_json::to_vec(&found)?)
        })
    }

    /// `GET /api/speakers`: speakers of the paragraphs matching `q` (all when empty), most
    /// quoted first, as `search speakers --json` lists them.
    pub fn speakers(&self, params: &SpeakersParams) -> Result<Json, Failure> {
        self.guarded(|| {
            let snapshot = self.live.snapshot()?;
            let request = Request {
                text: params.text.clone(),
                since: params.since,
                until: params.until,
                ..Request::default()
            };
            let compiled = search::compile(&snapshot.index, &request)?;
            let counts =
                aggregate::speakers(&snapshot.searcher, &compiled.combined(), params.limit)?;
            Ok(serde_json::to_vec(&Quoted {
                speakers: &counts,
                warnings: &compiled.warnings,
            })?)
        })
    }

    /// `GET /api/stats`: `search stats --json`.
    pub fn stats(&self) -> Result<Json, Failure> {
        self.guarded(|| {
            let snapshot = self.live.snapshot()?;
            Ok(serde_json::to_vec(&snapshot.index.stats()?)?)
        })
    }

    /// Runs `work` as `run` runs a command: a panic or a damaged index becomes the same one
    /// line, and a query that cannot be run is the fault of parameter `q`.
    fn guarded(&self, work: impl FnOnce() -> anyhow::Result<Json>) -> Result<Json, Failure> {
        let index = self.live.path();
        crash::guard(index, work).map_err(|err| {
            let query_error = err.downcast_ref::<bounds::TooComplex>().is_some()
                || err.downcast_ref::<tiers::NoWord>().is_some();
            if query_error {
                return Failure::BadParam(BadParam::new("q", format!("{err:#}")));
            }
            let said = format!("{:#}", failure::explain(err, index));
            if said.starts_with("internal error") {
                Failure::Internal(said)
            } else {
                Failure::Unavailable(said)
            }
        })
    }
}
