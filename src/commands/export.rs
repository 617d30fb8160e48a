//! `search export`: every indexed paragraph, then every quote, ready for a search cluster.
use std::io::{self, BufWriter, Write};

use anyhow::Result;

use crate::cli::{ExportArgs, ExportFormat};
use crate::config::Config;
use crate::exit::Exit;
use crate::index::SearchIndex;
use crate::messages;
use crate::render::{self, export};
use crate::search::export::{each_paragraph, each_quote};
use crate::search::{explain, Request};

pub fn run(config: &Config, args: &ExportArgs) -> Result<Exit> {
    args.dates.check().map_err(anyhow::Error::msg)?;
    let index = SearchIndex::open(&config.index)?;
    let request = Request {
        since: args.dates.since,
        until: args.dates.until,
        base: Some(config.cwd.clone()),
        ..Request::default()
    };
    let mut out = BufWriter::new(io::stdout().lock());
    let written = each_paragraph(
        &index,
        &request,
        |p| {
            match args.format {
                ExportFormat::Quickwit => export::quickwit(&mut out, &p)?,
                ExportFormat::Elasticsearch => export::elasticsearch(&mut out, &p)?,
            }
            Ok(())
        },
        messages::say,
    )?;
    each_quote(
        &index,
        &request,
        |q, p| {
            match args.format {
                ExportFormat::Quickwit => export::quickwit_quote(&mut out, &q, &p)?,
                ExportFormat::Elasticsearch => export::elasticsearch_quote(&mut out, &q, &p)?,
            }
            Ok(())
        },
        messages::say,
    )?;
    out.flush()?;
    if written == 0 {
        if let Some(why) = explain::nothing_found(&index, &index.searcher()?, &request)? {
            messages::say(render::explain::line(&why));
        }
        return Ok(Exit::NotFound);
    }
    Ok(Exit::Found)
}
