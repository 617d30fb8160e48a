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
use crate::render::plural;
use crate::search::aggregate;

#[derive(Debug, Serialize)]
struct Stats {
    index: String,
    files: u64,
    articles: u64,
    paragraphs: u64,
    /// Paragraphs deleted or replaced whose space `search compact` would reclaim.
    deleted: u64,
    speakers: usize,
    first_date: Option<String>,
    last_date: Option<String>,
    segments: usize,
    size_bytes: u64,
    /// Made with `search index --lean`: no copy of the text, read back from the corpus.
    lean: bool,
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
        deleted: searcher
            .segment_readers()
            .iter()
            .map(|s| u64::from(s.num_deleted_docs()))
            .sum(),
        speakers: aggregate::speakers(&searcher, &AllQuery, aggregate::MAX_BUCKETS as usize)?.len(),
        first_date,
        last_date,
        segments: searcher.segment_readers().len(),
        size_bytes: index.disk_bytes(),
        lean: index.is_lean(),
    };
    let mut out = BufWriter::new(io::stdout().lock());
    if args.json {
        serde_json::to_writer(&mut out, &stats)?;
        writeln!(out)?;
    } else {
        writeln!(out, "index:      {}", stats.index)?;
        writeln!(
            out,
            "size:       {:.1} MB in {} segment{}",
            stats.size_bytes as f64 / 1e6,
            stats.segments,
            plural(stats.segments)
        )?;
        if stats.lean {
            let kept = match index.fields.lean.and_then(|lean| lean.kept_text) {
                Some(_) => "keeps a copy of HTML pages' text only",
                None => "keeps no copy",
            };
            writeln!(
                out,
                "text:       read back from the corpus files (a lean index {kept})"
            )?;
        } else {
            writeln!(
                out,
                "text:       a copy kept in the index (made with `search index --full`)"
            )?;
        }
        writeln!(out, "files:      {}", stats.files)?;
        writeln!(out, "articles:   {}", stats.articles)?;
        if stats.deleted > 0 {
            writeln!(
                out,
                "paragraphs: {} (and {} deleted, reclaimed by `search compact`)",
                stats.paragraphs, stats.deleted
            )?;
        } else {
            writeln!(out, "paragraphs: {}", stats.paragraphs)?;
        }
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
