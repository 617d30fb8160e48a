//! Where an index's bytes go, per field and per part (term dictionary, postings, positions,
//! field norms, fast fields) plus the document store, summed over its segments.
//!
//!     cargo run --release --example space_usage -- INDEX_DIR [CORPUS_BYTES]
//!
//! With the corpus size in bytes it also prints each figure as a share of the corpus.
use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, Result};
use search::index::SearchIndex;

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = args
        .next()
        .context("usage: space_usage INDEX_DIR [CORPUS_BYTES]")?;
    let corpus: Option<f64> = args.next().and_then(|b| b.parse().ok());
    let index = SearchIndex::open(Path::new(&dir))?;
    let usage = index
        .searcher()?
        .space_usage()
        .context("measuring the index")?;

    // (field, part) -> bytes
    let mut parts: BTreeMap<(String, &str), u64> = BTreeMap::new();
    let mut store = 0u64;
    for segment in usage.segments() {
        for (part, per_field) in [
            ("terms", segment.termdict()),
            ("postings", segment.postings()),
            ("positions", segment.positions()),
            ("norms", segment.fieldnorms()),
            ("fast", segment.fast_fields()),
        ] {
            for field in per_field.fields() {
                *parts
                    .entry((field.field_name().to_string(), part))
                    .or_default() += field.total().get_bytes();
            }
        }
        store += segment.store().total().get_bytes();
    }
    let total = usage.total().get_bytes();
    let mb = |b: u64| b as f64 / 1e6;
    let share = |b: u64| match corpus {
        Some(c) => format!("{:>6.3}x corpus", b as f64 / c),
        None => String::new(),
    };
    println!(
        "{} segments, {:.1} MB {}",
        usage.segments().len(),
        mb(total),
        share(total)
    );
    println!("{:<18} {:<10} {:>9}", "field", "part", "MB");
    println!(
        "{:<18} {:<10} {:>9.1} {}",
        "(all)",
        "store",
        mb(store),
        share(store)
    );
    let mut rows: Vec<_> = parts.into_iter().filter(|(_, b)| *b > 0).collect();
    rows.sort_by_key(|row| std::cmp::Reverse(row.1));
    for ((field, part), bytes) in rows {
        println!("{field:<18} {part:<10} {:>9.1} {}", mb(bytes), share(bytes));
    }
    Ok(())
}
