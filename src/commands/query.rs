//! `search query TEXT`: ranked, highlighted passages with their speakers and dates.
use std::io::{self, BufWriter, Write};

use anyhow::Result;

use crate::cli::QueryArgs;
use crate::config::Config;
use crate::exit::Exit;
use crate::index::SearchIndex;
use crate::messages;
use crate::render::{self, Style, Unit};
use crate::search::{self, Docs, Request};

pub fn run(config: &Config, args: &QueryArgs) -> Result<Exit> {
    args.dates.check().map_err(anyhow::Error::msg)?;
    let text = args.query.join(" ");
    let filtered = !(args.speaker.is_empty() && args.said_by.is_empty())
        || args.dates.since.is_some()
        || args.dates.until.is_some();
    if text.trim().is_empty() && !filtered {
        anyhow::bail!(
            "the query is empty: give a word to search for, or a filter to list what it keeps"
        );
    }
    let index = SearchIndex::open(&config.index)?;
    let request = Request {
        text,
        limit: args.limit as usize,
        speakers: args.speaker.clone(),
        since: args.dates.since,
        until: args.dates.until,
        context: args.context,
        facets: args.facets,
        base: Some(config.cwd.clone()),
        docs: Docs::Paragraphs,
        said_by: args.said_by.clone(),
    };
    let searcher = index.searcher()?;
    let outcome = search::run(&index, &searcher, &request)?;
    for warning in &outcome.warnings {
        messages::say(warning);
    }
    if let Some(why) = &outcome.why {
        messages::say(render::explain::line(why));
    }
    let style = Style {
        color: config.color && !args.json,
        width: args.width as usize,
    };
    let mut out = BufWriter::new(io::stdout().lock());
    let mut previous = None;
    for hit in &outcome.hits {
        if args.json {
            render::json(&mut out, hit)?;
        } else {
            if render::starts_partial(previous, hit) {
                render::partial_marker(&mut out, style)?;
            }
            render::terminal(&mut out, hit, style)?;
        }
        previous = Some(hit);
    }
    if let Some(facets) = &outcome.facets {
        render::facets(&mut out, facets, args.json, style, Unit::Paragraphs)?;
    }
    out.flush()?;
    // Dropping the searcher unmaps every segment file with its own munmap: ~2 ms of CPU out of
    // ~11 at 1 GB (BENCHMARKS.md). The process ends right after this command, and the kernel
    // frees the mappings far faster in one sweep at exit, so the searcher is never dropped.
    std::mem::forget(searcher);
    Ok(if outcome.hits.is_empty() {
        Exit::NotFound
    } else {
        Exit::Found
    })
}
