//! `search compact`: merge the index's segments (see `index::compact`).
use std::time::Instant;

use anyhow::Result;

use crate::config::Config;
use crate::exit::Exit;
use crate::index::SearchIndex;
use crate::messages;
use crate::render::plural;

pub fn run(config: &Config) -> Result<Exit> {
    let started = Instant::now();
    let index = SearchIndex::open_to_write(&config.index)?;
    let before = index.disk_bytes();
    let done = index.compact(|at, of, segments| {
        if config.progress {
            messages::say(format_args!("merge {at} of {of} ({segments} segments)…"));
        }
    })?;
    let after = index.disk_bytes();
    messages::say(format_args!(
        "{} segment{} -> {} in {} merge{}, {} deleted paragraph{} reclaimed; {:.1} MB -> {:.1} MB; {:.2} s",
        done.segments_before,
        plural(done.segments_before),
        done.segments_after,
        done.merges,
        plural(done.merges),
        done.purged,
        plural(done.purged as usize),
        before as f64 / 1e6,
        after as f64 / 1e6,
        started.elapsed().as_secs_f64()
    ));
    Ok(Exit::Found)
}
