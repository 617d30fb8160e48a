//! What the readers make of a corpus, as a Markdown table row per folder: files read and skipped,
//! articles, paragraphs, passages (a paragraph over the cap is several), the median and largest
//! passage in characters, and the share of articles dated at each precision.
//!
//!     cargo run --release --example corpus_table -- [NAME=]DIR...
//!
//! `scripts/corpus-table.sh` runs it; the README's table under "Passages" comes from it.
use std::path::Path;

use anyhow::{Context, Result};
use search::corpus::{self, WalkEvent, WalkOptions};
use search::update::read::read_file;

#[derive(Default)]
struct Tally {
    files: usize,
    /// Files of a format search reads that gave no article (binary, empty, unreadable).
    skipped: usize,
    /// Files of other formats, left alone.
    other: usize,
    articles: usize,
    paragraphs: usize,
    /// Characters of each passage.
    passages: Vec<usize>,
    /// Articles dated to the year, month, day, and with a time.
    dated: [usize; 4],
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    anyhow::ensure!(!args.is_empty(), "usage: corpus_table [NAME=]DIR...");
    println!("| corpus | files | skipped | articles | paragraphs | passages | median chars | max chars | dated | year | month | day | time |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for arg in &args {
        let (name, dir) = arg.split_once('=').unwrap_or((arg, arg));
        let tally = tally(Path::new(dir)).with_context(|| format!("reading {dir}"))?;
        println!("{}", row(name, tally));
    }
    Ok(())
}

fn tally(dir: &Path) -> Result<Tally> {
    let mut tally = Tally::default();
    for event in corpus::walk(dir, &WalkOptions::default()) {
        let file = match event {
            WalkEvent::File(file) => file,
            WalkEvent::Unsupported(_) | WalkEvent::Link(_) => {
                tally.other += 1;
                continue;
            }
            WalkEvent::Error { path, message } => {
                anyhow::bail!("{}", corpus::describe_error(path.as_deref(), &message))
            }
            WalkEvent::Warning(_) => continue,
        };
        tally.files += 1;
        let articles = read_file(&file).map(|p| p.articles).unwrap_or_default();
        if articles.is_empty() {
            tally.skipped += 1;
        }
        for article in articles {
            tally.articles += 1;
            tally.paragraphs += article
                .paragraphs
                .iter()
                .filter(|p| p.part.is_none_or(|part| part == 1))
                .count();
            tally
                .passages
                .extend(article.paragraphs.iter().map(|p| p.text.chars().count()));
            if let Some(date) = article.date {
                tally.dated[precision(&date.label())] += 1;
            }
        }
    }
    Ok(tally)
}

/// 0 for a year (`1990`), 1 for a month (`1990-09`), 2 for a day, 3 with a time.
fn precision(label: &str) -> usize {
    match label.len() {
        0..=4 => 0,
        5..=7 => 1,
        8..=10 => 2,
        _ => 3,
    }
}

fn row(name: &str, mut t: Tally) -> String {
    t.passages.sort_unstable();
    let median = t.passages.get(t.passages.len() / 2).copied().unwrap_or(0);
    let max = t.passages.last().copied().unwrap_or(0);
    let share = |n: usize| match t.articles {
        0 => "-".to_string(),
        all => format!("{:.1}%", 100.0 * n as f64 / all as f64),
    };
    let dated: usize = t.dated.iter().sum();
    format!(
        "| {name} | {} | {} | {} | {} | {} | {median} | {max} | {} | {} | {} | {} | {} |",
        t.files,
        t.skipped,
        t.articles,
        t.paragraphs,
        t.passages.len(),
        share(dated),
        share(t.dated[0]),
        share(t.dated[1]),
        share(t.dated[2]),
        share(t.dated[3]),
    )
}
