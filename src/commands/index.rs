//! `search index DIR...`: read, attribute and index every article under the folders.
use std::collections::HashSet;
use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, Result};

use super::read::{attribute, read_file};
use crate::cli::IndexArgs;
use crate::config::Config;
use crate::corpus::{self, WalkEvent};
use crate::exit::Exit;
use crate::index::{IndexWriter, NewParagraph, SearchIndex};

#[derive(Debug, Default)]
struct Tally {
    articles: usize,
    paragraphs: usize,
    undated: usize,
    skipped: usize,
    unsupported: usize,
    warnings: usize,
    speakers: HashSet<String>,
}

pub fn run(config: &Config, args: &IndexArgs) -> Result<Exit> {
    let started = Instant::now();
    // Every folder is checked before anything is written, so a typo changes nothing.
    let roots = args
        .dirs
        .iter()
        .map(|dir| {
            dir.canonicalize()
                .with_context(|| format!("cannot index {}", dir.display()))
        })
        .collect::<Result<Vec<PathBuf>>>()?;
    let index = SearchIndex::open_or_create(&config.index)?;
    let index_dir = config.index.canonicalize().ok();
    let mut writer = index.writer()?;
    let mut tally = Tally::default();
    for root in &roots {
        writer.delete_under(root);
        for event in corpus::walk(root, index_dir.as_deref()) {
            match event {
                WalkEvent::File(file) => index_file(&mut writer, &file, &mut tally)?,
                WalkEvent::Unsupported(path) => {
                    tally.unsupported += 1;
                    if args.verbose {
                        eprintln!(
                            "search: skipped {} (not a supported format)",
                            path.display()
                        );
                    }
                }
                WalkEvent::Error { path, message } => {
                    tally.skipped += 1;
                    match path {
                        Some(path) => eprintln!("search: warning: {}: {message}", path.display()),
                        None => eprintln!("search: warning: {message}"),
                    }
                }
            }
        }
    }
    writer.commit()?;
    eprintln!(
        "search: indexed {} article{}, {} paragraph{}, {} speaker{} from {} folder{} into {}; {} file{} skipped, {} unsupported, {} undated; {:.2} s",
        tally.articles,
        plural(tally.articles),
        tally.paragraphs,
        plural(tally.paragraphs),
        tally.speakers.len(),
        plural(tally.speakers.len()),
        roots.len(),
        plural(roots.len()),
        config.index.display(),
        tally.skipped,
        plural(tally.skipped),
        tally.unsupported,
        tally.undated,
        started.elapsed().as_secs_f64()
    );
    Ok(Exit::Found)
}

fn index_file(
    writer: &mut IndexWriter,
    file: &corpus::SourceFile,
    tally: &mut Tally,
) -> Result<()> {
    let parsed = match read_file(file) {
        Ok(parsed) => parsed,
        Err(err) => {
            tally.skipped += 1;
            eprintln!("search: warning: {err:#}");
            return Ok(());
        }
    };
    for warning in &parsed.warnings {
        tally.warnings += 1;
        eprintln!("search: warning: {warning}");
    }
    if parsed.articles.is_empty() {
        tally.skipped += 1;
    }
    for article in &parsed.articles {
        let speakers = attribute(article);
        tally.articles += 1;
        tally.paragraphs += article.paragraphs.len();
        tally.undated += usize::from(article.date.is_none());
        tally
            .speakers
            .extend(speakers.iter().flat_map(|s| s.speakers.iter().cloned()));
        let paragraphs = article
            .paragraphs
            .iter()
            .zip(&speakers)
            .map(|(p, s)| NewParagraph {
                number: p.number,
                section: p.section.as_deref(),
                text: &p.text,
                speakers: &s.speakers,
            });
        writer.add(article, &file.path, paragraphs)?;
    }
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
