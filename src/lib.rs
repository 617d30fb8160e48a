//! `search`: paragraph-level full-text search over news articles, with speakers and dates.
//!
//! The data's path: `corpus` (files -> articles) -> `speakers` (paragraphs -> speakers) ->
//! `index` (tantivy) -> `search` (query -> hits) -> `render` (hits -> terminal or JSON).
//! `update` runs the first three as one stage, the incremental indexer (walk, plan against the
//! manifest, read on worker threads, one writer). A file's identity, its key and content hash,
//! is `corpus::{key, hash}`: the walk makes each file's key (`corpus::walk`). `commands` is
//! the only place where the stages meet. The plain types handed between them (`Hit`, counts,
//! stats, a check's report) are in `model`; every line to stderr goes through `messages`, and a
//! panic becomes one line through `crash`.
pub mod cli;
pub mod commands;
pub mod config;
pub mod corpus;
pub mod crash;
pub mod exit;
pub mod index;
pub mod messages;
pub mod model;
pub mod oom;
pub mod render;
pub mod search;
pub mod serve;
pub mod speakers;
#[cfg(any(test, feature = "testing"))]
pub mod testing;
pub mod update;
pub mod usage;

use cli::{Cli, Command};
use config::Config;
use exit::Exit;

/// Runs one command line; errors come back with their context for `main` to print once.
pub fn run(cli: Cli) -> anyhow::Result<Exit> {
    let cwd = std::env::current_dir()
        .map_err(|e| anyhow::anyhow!("cannot read the current directory: {e}"))?;
    let no_color = std::env::var("NO_COLOR").ok();
    let config = Config::resolve(&cli, &cwd, no_color.as_deref());
    crash::guard(&config.index, || dispatch(&cli, &config))
        .map_err(|err| index::failure::explain(err, &config.index))
}

fn dispatch(cli: &Cli, config: &Config) -> anyhow::Result<Exit> {
    match &cli.command {
        Command::Index(args) => commands::index::run(config, args),
        Command::Query(args) => commands::query::run(config, args),
        Command::Quotes(args) => commands::quotes::run(config, args),
        Command::Parse(args) => commands::parse::run(config, args),
        Command::Speakers(args) => commands::speakers::run(config, args),
        Command::Stats(args) => commands::stats::run(config, args),
        Command::Compact => commands::compact::run(config),
        Command::Check => commands::check::run(config),
        Command::Export(args) => commands::export::run(config, args),
        Command::Completions(args) => commands::completions::completions(args.shell),
        Command::Man => commands::man::man(),
        Command::Serve(args) => commands::serve::run(config, args),
    }
}
