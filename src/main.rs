//! Entry point: parse arguments, run, map the outcome to an exit code.
use std::process::ExitCode;

use clap::Parser;
use search::{cli::Cli, exit::Exit};

/// The system's allocator, but a failed allocation is one line and exit 2, not an abort.
#[global_allocator]
static ALLOCATOR: search::oom::Allocator = search::oom::Allocator;

fn main() -> ExitCode {
    search::crash::install();
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return search::usage::report(&err, &args),
    };
    match search::run(cli) {
        Ok(exit) => exit.into(),
        Err(err) if search::exit::is_broken_pipe(&err) => Exit::Found.into(),
        Err(err) => {
            search::messages::say(format_args!("{err:#}"));
            Exit::Error.into()
        }
    }
}
