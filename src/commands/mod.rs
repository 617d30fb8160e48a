//! One file per subcommand: the only place where the pipeline's stages meet.
pub mod check;
pub mod compact;
pub mod completions;
pub mod export;
pub mod index;
pub mod man;
pub mod parse;
pub mod query;
pub mod quotes;
pub mod serve;
pub mod speakers;
pub mod stats;
