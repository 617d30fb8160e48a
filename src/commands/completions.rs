//! `search completions SHELL` and `search man`: generated from the clap definitions.
use std::io::{self, Write};

use anyhow::Result;
use clap::CommandFactory;

use crate::cli::Cli;
use crate::exit::Exit;

pub fn completions(shell: clap_complete::Shell) -> Result<Exit> {
    let mut out = io::stdout().lock();
    clap_complete::generate(shell, &mut Cli::command(), "search", &mut out);
    out.flush()?;
    Ok(Exit::Found)
}

pub fn man() -> Result<Exit> {
    let mut out = io::stdout().lock();
    clap_mangen::Man::new(Cli::command()).render(&mut out)?;
    out.flush()?;
    Ok(Exit::Found)
}
