//! `search parse PATH...`: each article exactly as it would be indexed, without touching the index.
use std::io::{self, BufWriter, Write};

use anyhow::{Context, Result};

use crate::cli::ParseArgs;
use crate::config::Config;
use crate::corpus::{self, WalkEvent};
use crate::exit::Exit;
use crate::messages;
use crate::render;
use crate::update::read::{attribute, read_file};

pub fn run(config: &Config, args: &ParseArgs) -> Result<Exit> {
    let mut out = BufWriter::new(io::stdout().lock());
    let mut articles = 0usize;
    for path in &args.paths {
        let root = path
            .canonicalize()
            .with_context(|| format!("cannot read {}", path.display()))?;
        let options = corpus::WalkOptions {
            base: Some(&config.cwd),
            ..corpus::WalkOptions::default()
        };
        for event in corpus::walk(&root, &options) {
            let file = match event {
                WalkEvent::File(file) => file,
                WalkEvent::Unsupported(_) | WalkEvent::Link(_) => continue,
                WalkEvent::Error { path, message } => {
                    let said = corpus::describe_error(path.as_deref(), &message);
                    messages::say(format_args!("warning: {said}"));
                    continue;
                }
                WalkEvent::Warning(message) => {
                    messages::say(format_args!("warning: {message}"));
                    continue;
                }
            };
            let parsed = match read_file(&file) {
                Ok(parsed) => parsed,
                Err(err) => {
                    messages::say(format_args!("warning: {err:#}"));
                    continue;
                }
            };
            let mut warnings = parsed.warnings;
            let attributed: Vec<_> = parsed
                .articles
                .iter()
                .map(|article| attribute(article, &mut warnings))
                .collect();
            for warning in &warnings {
                messages::say(format_args!("warning: {warning}"));
            }
            for (article, speakers) in parsed.articles.iter().zip(attributed) {
                render::parse::article(&mut out, article, &speakers, args.json)?;
                articles += 1;
            }
        }
    }
    out.flush()?;
    Ok(if articles == 0 {
        Exit::NotFound
    } else {
        Exit::Found
    })
}
