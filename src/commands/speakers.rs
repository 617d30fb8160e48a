//! `search speakers [QUERY]`: who is quoted most, and over which days; with `--quotes`, whose
//! quotes match most.
use std::io::{self, BufWriter, Write};

use anyhow::Result;

use crate::cli::SpeakersArgs;
use crate::config::Config;
use crate::exit::Exit;
use crate::index::SearchIndex;
use crate::messages;
use crate::render::{self, Unit};
use crate::search::{aggregate, compile, explain, Docs, Request};

pub fn run(config: &Config, args: &SpeakersArgs) -> Result<Exit> {
    args.dates.check().map_err(anyhow::Error::msg)?;
    let index = SearchIndex::open(&config.index)?;
    let request = Request {
        text: args.query.join(" "),
        since: args.dates.since,
        until: args.dates.until,
        docs: if args.quotes {
            Docs::Quotes(None)
        } else {
            Docs::Paragraphs
        },
        ..Request::default()
    };
    let unit = if args.quotes {
        Unit::Quotes
    } else {
        Unit::Paragraphs
    };
    let compiled = compile(&index, &request)?;
    for warning in &compiled.warnings {
        messages::say(warning);
    }
    let searcher = index.searcher()?;
    let counts = aggregate::speakers(&searcher, &compiled.combined(), args.limit as usize)?;
    let mut out = BufWriter::new(io::stdout().lock());
    for count in &counts {
        render::speakers::count(&mut out, count, args.json, unit)?;
    }
    out.flush()?;
    if counts.is_empty() {
        if let Some(why) = explain::nothing_found(&index, &searcher, &request)? {
            messages::say(render::explain::line_of(&why, unit));
        }
        return Ok(Exit::NotFound);
    }
    Ok(Exit::Found)
}
