//! Entry point: parse arguments, run, map the outcome to an exit code.
use std::process::ExitCode;

use clap::Parser;
use search::{cli::Cli, exit::Exit};

fn main() -> ExitCode {
    search::crash::install();
    match search::run(Cli::parse()) {
        Ok(exit) => exit.into(),
        Err(err) if search::exit::is_broken_pipe(&err) => Exit::Found.into(),
        Err(err) => {
            search::messages::say(format_args!("{err:#}"));
            Exit::Error.into()
        }
    }
}
