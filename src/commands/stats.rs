//! `search stats`: what the index holds and where it is.
use std::io::{self, BufWriter, Write};

use anyhow::Result;
use serde::Serialize;
use tantivy::query::AllQuery;

use crate::cli::StatsArgs;
use crate::config::Config;
use crate::exit::Exit;
use crate::index::manifest::Stored;
use crate::index::SearchIndex;
use crate::search::aggregate;

#[derive(Debug, Serialize)]
struct Stats {
    index: String,
    files: u64,
    articles: u64,
    paragraphs: u64,
    speakers: usize,
    first_date: Option<String>,
    last_date: Option<String>,
    size_bytes: u64,
}

pub fn run(config: &Config, args: &StatsArgs) -> Result<Exit> {
    let index = SearchIndex::open(&config.index)?;
    let searcher = index.searcher()?;
    let (_, manifest) = index.manifest()?;
    let manifest = manifest.unwrap_or_else(|_| Stored::empty());
    let (first_date, last_date) = aggregate::date_span(&searcher, &AllQuery)?;
    let stats = Stats {
        index: index.path.display().to_string(),
        files: manifest.files,
        articles: manifest.articles,
        paragraphs: searcher.num_docs(),
        speakers: aggregate::speakers(&searcher, &AllQuery, aggregate::MAX_BUCKETS as usize)?.len(),
        first_date,
        last_date,
        size_bytes: folder_size(&index.path),
    };
    let mut out = BufWriter::new(io::stdout().lock());
    if args.json {
        serde_json::to_writer(&mut out, &stats)?;
        writeln!(out)?;
    } else {
        writeln!(out, "index:      {}", stats.index)?;
        writeln!(out, "size:       {:.1} MB", stats.size_bytes as f64 / 1e6)?;
        writeln!(out, "files:      {}", stats.files)?;
        writeln!(out, "articles:   {}", stats.articles)?;
        writeln!(out, "paragraphs: {}", stats.paragraphs)?;
        writeln!(out, "speakers:   {}", stats.speakers)?;
        writeln!(
            out,
            "dates:      {} to {}",
            stats.first_date.as_deref().unwrap_or("none"),
            stats.last_date.as_deref().unwrap_or("none")
        )?;
    }
    out.flush()?;
    Ok(Exit::Found)
}

fn folder_size(path: &std::path::Path) -> u64 {
    walkdir::WalkDir::new(path)
        .into_iter()
        .flatten()
        .filter_map(|e| e.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum()
}
