//! `search serve`: the page and the JSON API over the index, until Ctrl-C.
use anyhow::Result;

use crate::cli::ServeArgs;
use crate::config::Config;
use crate::exit::Exit;
use crate::serve::{self, Settings};

pub fn run(config: &Config, args: &ServeArgs) -> Result<Exit> {
    let settings = Settings {
        bind: args.bind,
        port: args.port,
        open: args.open,
    };
    serve::run(config.index.clone(), config.cwd.clone(), settings)?;
    Ok(Exit::Found)
}
