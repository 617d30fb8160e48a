//! `search quotes TEXT`: quotes whose own words match, with who said them, where and when.
use std::io::{self, BufWriter, Write};

use anyhow::Result;

use crate::cli::QuotesArgs;
use crate::config::Config;
use crate::exit::Exit;
use crate::index::SearchIndex;
use crate::messages;
use crate::render::{self, Style, Unit};
use crate::search::{quotes, Docs, Request};
use crate::speakers::QuoteKind;

pub fn run(config: &Config, args: &QuotesArgs) -> Result<Exit> {
    args.dates.check().map_err(anyhow::Error::msg)?;
    let text = args.query.join(" ");
    let filtered =
        !(args.speaker.is_empty()) || args.dates.since.is_some() || args.dates.until.is_some();
    if text.trim().is_empty() && !filtered {
        anyhow::bail!(
            "the query is empty: give a word to search for, or a filter to list what it keeps"
        );
    }
    let index = SearchIndex::open(&config.index)?;
    let kind = match (args.direct, args.reported) {
        (true, _) => Some(QuoteKind::Direct),
        (_, true) => Some(QuoteKind::Reported),
        _ => None,
    };
    let request = Request {
        text,
        limit: args.limit as usize,
        speakers: args.speaker.clone(),
        since: args.dates.since,
        until: args.dates.until,
        facets: args.facets,
        base: Some(config.cwd.clone()),
        docs: Docs::Quotes(kind),
        ..Request::default()
    };
    let searcher = index.searcher()?;
    let outcome = quotes::run(&index, &searcher, &request)?;
    for warning in &outcome.warnings {
        messages::say(warning);
    }
    if let Some(why) = &outcome.why {
        messages::say(render::explain::line_of(why, Unit::Quotes));
    }
    let style = Style {
        color: config.color && !args.json,
        width: args.width as usize,
    };
    let mut out = BufWriter::new(io::stdout().lock());
    for hit in &outcome.hits {
        if args.json {
            render::quotes::json(&mut out, hit)?;
        } else {
            render::quotes::terminal(&mut out, hit, style, args.context)?;
        }
    }
    if let Some(facets) = &outcome.facets {
        render::facets(&mut out, facets, args.json, style, Unit::Quotes)?;
    }
    out.flush()?;
    std::mem::forget(searcher);
    Ok(if outcome.hits.is_empty() {
        Exit::NotFound
    } else {
        Exit::Found
    })
}
