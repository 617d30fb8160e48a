//! `search check`: verify every file of the index (see `index::check`).
use std::io::{self, BufWriter, Write};

use anyhow::Result;

use crate::config::Config;
use crate::exit::Exit;
use crate::index::{failure, SearchIndex};
use crate::render;

pub fn run(config: &Config) -> Result<Exit> {
    let index = SearchIndex::open(&config.index)?;
    let report = index.check();
    let mut out = BufWriter::new(io::stdout().lock());
    render::check::report(&mut out, &index.path.display().to_string(), &report)?;
    out.flush()?;
    match report.problems.len() {
        0 => Ok(Exit::Found),
        n => Err(failure::damaged(
            &index.path,
            &format!("{n} problem{}", render::plural(n)),
        )),
    }
}
