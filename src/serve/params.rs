//! The API's query strings read into requests, checked as the command line checks its options:
//! a bad value is an error naming the parameter, never a guess.
use std::collections::BTreeMap;
use std::fmt;

use time::Date;

use crate::cli;
use crate::speakers::QuoteKind;

/// A parameter the request cannot be answered with: HTTP 400, naming it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadParam {
    pub parameter: String,
    pub message: String,
}

impl BadParam {
    pub fn new(parameter: &str, message: impl Into<String>) -> BadParam {
        BadParam {
            parameter: parameter.to_owned(),
            message: message.into(),
        }
    }
}

impl fmt::Display for BadParam {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.parameter, self.message)
    }
}

/// `GET /api/search`: what `search query` takes, plus paging and whether to count facets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchParams {
    pub text: String,
    pub speakers: Vec<String>,
    pub since: Option<Date>,
    pub until: Option<Date>,
    pub limit: usize,
    pub offset: usize,
    pub context: u32,
    pub facets: bool,
}

/// `GET /api/quotes`: what `search quotes` takes (`kind` for `--direct` or `--reported`), plus
/// paging and whether to count facets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuotesParams {
    /// Empty when a speaker or a date is given: the listing of what they keep.
    pub text: String,
    pub speakers: Vec<String>,
    pub since: Option<Date>,
    pub until: Option<Date>,
    pub kind: Option<QuoteKind>,
    pub limit: usize,
    pub offset: usize,
    pub facets: bool,
}

/// `GET /api/speakers`: what `search speakers` takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakersParams {
    pub text: String,
    pub since: Option<Date>,
    pub until: Option<Date>,
    pub limit: usize,
}

/// Hits on one page at most: a page is read, not exported (`search export` is for that).
pub const MAX_LIMIT: usize = 100;
/// How deep paging goes: the ranking is computed down to offset + limit.
pub const MAX_OFFSET: usize = 1_000;
/// Neighbouring passages on each side at most, as `-C`.
pub const MAX_CONTEXT: u32 = 10;

impl SearchParams {
    pub fn parse(query: Option<&str>) -> Result<SearchParams, BadParam> {
        let params = Params::read(
            query,
            &[
                "q", "speaker", "since", "until", "limit", "offset", "context", "facets",
            ],
        )?;
        let (since, until) = params.dates()?;
        Ok(SearchParams {
            text: params.query_text()?,
            speakers: params.speakers()?,
            since,
            until,
            limit: params.number("limit", 10, 1, MAX_LIMIT)?,
            offset: params.number("offset", 0, 0, MAX_OFFSET)?,
            context: params.number("context", 0, 0, MAX_CONTEXT as usize)? as u32,
            facets: params.flag("facets", true)?,
        })
    }
}

impl QuotesParams {
    pub fn parse(query: Option<&str>) -> Result<QuotesParams, BadParam> {
        let params = Params::read(
            query,
            &[
                "q", "speaker", "since", "until", "kind", "limit", "offset", "facets",
            ],
        )?;
        let (since, until) = params.dates()?;
        let speakers = params.speakers()?;
        let text = params.one("q")?.unwrap_or_default().to_owned();
        // As `search quotes`: without words, a speaker or a date lists what it keeps.
        let filtered = !speakers.is_empty() || since.is_some() || until.is_some();
        if text.trim().is_empty() && !filtered {
            return Err(BadParam::new(
                "q",
                "the query is empty: give a word to search for, or a filter to list what it keeps",
            ));
        }
        Ok(QuotesParams {
            text,
            speakers,
            since,
            until,
            kind: params.kind()?,
            limit: params.number("limit", 10, 1, MAX_LIMIT)?,
            offset: params.number("offset", 0, 0, MAX_OFFSET)?,
            facets: params.flag("facets", true)?,
        })
    }
}

impl SpeakersParams {
    pub fn parse(query: Option<&str>) -> Result<SpeakersParams, BadParam> {
        let params = Params::read(query, &["q", "since", "until", "limit"])?;
        let (since, until) = params.dates()?;
        Ok(SpeakersParams {
            text: params.one("q")?.unwrap_or_default().to_owned(),
            since,
            until,
            limit: params.number("limit", 20, 1, 1_000)?,
        })
    }
}

/// A query string's values by name, only names that the endpoint knows.
struct Params(BTreeMap<String, Vec<String>>);

impl Params {
    fn read(query: Option<&str>, known: &[&str]) -> Result<Params, BadParam> {
        let mut values: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (name, value) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
            if !known.contains(&name.as_ref()) {
                return Err(BadParam::new(
                    &name,
                    format!(
                        "unknown parameter; this endpoint takes {}",
                        known.join(", ")
                    ),
                ));
            }
            values
                .entry(name.into_owned())
                .or_default()
                .push(value.into_owned());
        }
        Ok(Params(values))
    }

    fn all(&self, name: &str) -> &[String] {
        self.0.get(name).map_or(&[], Vec::as_slice)
    }

    /// A parameter given at most once.
    fn one(&self, name: &str) -> Result<Option<&str>, BadParam> {
        match self.all(name) {
            [] => Ok(None),
            [value] => Ok(Some(value)),
            _ => Err(BadParam::new(name, "given more than once")),
        }
    }

    fn query_text(&self) -> Result<String, BadParam> {
        let text = self.one("q")?.unwrap_or_default();
        if text.trim().is_empty() {
            return Err(BadParam::new(
                "q",
                "the query is empty: give a word to search for",
            ));
        }
        Ok(text.to_owned())
    }

    fn speakers(&self) -> Result<Vec<String>, BadParam> {
        self.all("speaker")
            .iter()
            .map(|name| cli::speaker_name(name).map_err(|e| BadParam::new("speaker", e)))
            .collect()
    }

    /// `since` and `until` as `--since` and `--until` read them, in an order some day can meet.
    fn dates(&self) -> Result<(Option<Date>, Option<Date>), BadParam> {
        let bound = |name: &str, parse: fn(&str) -> Result<Date, String>| {
            self.one(name)?
                .filter(|text| !text.is_empty())
                .map(|text| parse(text).map_err(|e| BadParam::new(name, e)))
                .transpose()
        };
        let dates = cli::Dates {
            since: bound("since", cli::parse_since)?,
            until: bound("until", cli::parse_until)?,
        };
        dates.check().map_err(|e| BadParam::new("since", e))?;
        Ok((dates.since, dates.until))
    }

    /// `kind`: `direct` or `reported` as `--direct` and `--reported`; absent or empty: both.
    fn kind(&self) -> Result<Option<QuoteKind>, BadParam> {
        match self.one("kind")? {
            None | Some("") => Ok(None),
            Some("direct") => Ok(Some(QuoteKind::Direct)),
            Some("reported") => Ok(Some(QuoteKind::Reported)),
            Some(other) => Err(BadParam::new(
                "kind",
                format!("`{other}` is not one of direct, reported"),
            )),
        }
    }

    /// A whole number in `min..=max`, `default` when absent.
    fn number(
        &self,
        name: &str,
        default: usize,
        min: usize,
        max: usize,
    ) -> Result<usize, BadParam> {
        let Some(text) = self.one(name)? else {
            return Ok(default);
        };
        match text.parse::<usize>() {
            Ok(n) if (min..=max).contains(&n) => Ok(n),
            _ => Err(BadParam::new(
                name,
                format!("`{text}` is not a whole number from {min} to {max}"),
            )),
        }
    }

    fn flag(&self, name: &str, default: bool) -> Result<bool, BadParam> {
        match self.one(name)? {
            None => Ok(default),
            Some("1" | "true") => Ok(true),
            Some("0" | "false") => Ok(false),
            Some(other) => Err(BadParam::new(
                name,
                format!("`{other}` is not one of true, false, 1, 0"),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bad(query: &str) -> BadParam {
        SearchParams::parse(Some(query)).expect_err(query)
    }

    #[test]
    fn a_search_reads_every_parameter() {
        let p = SearchParams::parse(Some(
            "q=reassurance+force&speaker=Macron&speaker=rutte&since=2025-09&until=2025&limit=5&offset=10&context=2&facets=0",
        ))
        .unwrap();
        assert_eq!(p.text, "reassurance force");
        assert_eq!(p.speakers, ["Macron", "rutte"]);
        assert_eq!(
            p.since.map(|d| d.to_string()).as_deref(),
            Some("2025-09-01")
        );
        assert_eq!(
            p.until.map(|d| d.to_string()).as_deref(),
            Some("2025-12-31")
        );
        assert_eq!((p.limit, p.offset, p.context, p.facets), (5, 10, 2, false));
        let p = SearchParams::parse(Some("q=%22a+b%22&since=")).unwrap();
        assert_eq!(p.text, "\"a b\"");
        assert_eq!((p.since, p.limit, p.facets), (None, 10, true));
    }

    #[test]
    fn a_bad_parameter_is_named() {
        assert_eq!(bad("").parameter, "q");
        assert_eq!(bad("q=+").parameter, "q");
        assert_eq!(bad("q=a&q=b").parameter, "q");
        assert_eq!(bad("q=a&limit=0").parameter, "limit");
        assert_eq!(bad("q=a&limit=101").parameter, "limit");
        assert_eq!(bad("q=a&limit=ten").parameter, "limit");
        assert_eq!(bad("q=a&offset=-1").parameter, "offset");
        assert_eq!(bad("q=a&since=yesterday").parameter, "since");
        assert_eq!(bad("q=a&until=2025-02-30").parameter, "until");
        assert_eq!(bad("q=a&since=2025&until=2024").parameter, "since");
        assert_eq!(bad("q=a&speaker=").parameter, "speaker");
        assert_eq!(bad("q=a&facets=maybe").parameter, "facets");
        assert_eq!(bad("q=a&limt=3").parameter, "limt");
    }

    #[test]
    fn quotes_read_every_parameter_and_list_without_words() {
        let p = QuotesParams::parse(Some(
            "q=troops&speaker=Berg&since=2024&until=2025-09&kind=reported&limit=5&offset=2&facets=0",
        ))
        .unwrap();
        assert_eq!(
            (p.text.as_str(), p.speakers.as_slice()),
            ("troops", &["Berg".to_owned()][..])
        );
        assert_eq!(p.kind, Some(QuoteKind::Reported));
        assert_eq!((p.limit, p.offset, p.facets), (5, 2, false));
        assert!(p.since.is_some() && p.until.is_some());
        let listing = QuotesParams::parse(Some("speaker=Berg&kind=")).unwrap();
        assert_eq!((listing.text.as_str(), listing.kind), ("", None));
        assert!(QuotesParams::parse(Some("since=2024")).is_ok());
        let quotes_bad = |query: &str| QuotesParams::parse(Some(query)).expect_err(query).parameter;
        assert_eq!(quotes_bad(""), "q");
        assert_eq!(quotes_bad("q=+&kind=direct"), "q");
        assert_eq!(quotes_bad("q=a&kind=said"), "kind");
        assert_eq!(quotes_bad("q=a&kind=direct&kind=reported"), "kind");
        assert_eq!(quotes_bad("q=a&context=1"), "context");
    }

    #[test]
    fn speakers_take_an_empty_query() {
        let p = SpeakersParams::parse(None).unwrap();
        assert_eq!((p.text.as_str(), p.limit), ("", 20));
        assert!(SpeakersParams::parse(Some("q=a&speaker=b")).is_err());
    }
}
