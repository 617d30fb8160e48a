//! `search stats`: what the index holds and where it is.
use std::io::{self, BufWriter, Write};

use anyhow::Result;

use crate::cli::StatsArgs;
use crate::config::Config;
use crate::exit::Exit;
use crate::index::SearchIndex;
use crate::render;

pub fn run(config: &Config, args: &StatsArgs) -> Result<Exit> {
    let stats = SearchIndex::open(&config.index)?.stats()?;
    let mut out = BufWriter::new(io::stdout().lock());
    render::stats::stats(&mut out, &stats, args.json)?;
    out.flush()?;
    Ok(Exit::Found)
}
