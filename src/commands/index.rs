//! `search index DIR...`: the wiring of the update pipeline (`crate::update`), which brings the
//! index up to date with the folders, reading only what changed.
use std::time::Instant;

use anyhow::{bail, Result};

use crate::cli::IndexArgs;
use crate::config::Config;
use crate::corpus::WalkOptions;
use crate::exit::Exit;
use crate::index::{Kind, SearchIndex};
use crate::render::plural;
use crate::render::progress::Progress;
use crate::update::{self, Options, Roots, Tally};

/// `search index` suggests `search compact` when it would remove at least this many segments
/// (1 GB of news: 16 -> 8, and a rare phrase 13 -> 9-10 ms).
const COMPACT_HINT_SAVES: usize = 4;

pub fn run(config: &Config, args: &IndexArgs) -> Result<Exit> {
    let started = Instant::now();
    let roots = Roots::resolve(&config.index, &args.dirs, args.prune)?;
    let kind = match (args.lean, args.full) {
        (true, _) => Some(Kind::Lean),
        (_, true) => Some(Kind::Full),
        _ => None,
    };
    let (index, swap) = if args.rebuild {
        SearchIndex::open_for_rebuild(&config.index, kind)?
    } else {
        let index = SearchIndex::open_or_create(&config.index, kind)?;
        // Files the index lost would otherwise go unnoticed: every file would be "unchanged".
        index.verify_present()?;
        (index, None)
    };
    let threads = args
        .threads
        .map_or_else(SearchIndex::default_threads, usize::from);
    let mut writer = index.writer(threads)?;
    let progress = Progress::new(config.progress && !args.quiet);
    let mut tally = Tally::new(progress, args.verbose);
    roots.announce(&mut tally);
    let index_dir = config.index.canonicalize().ok();
    let options = Options {
        rebuild: args.rebuild,
        walk: WalkOptions {
            exclude: index_dir.as_deref(),
            follow: args.follow,
            no_ignore: args.no_ignore,
            base: Some(&config.cwd),
        },
        workers: threads,
    };
    let done = update::run(&index, &mut writer, &roots, &options, &mut tally)?;

    if let Some(refusal) = roots.refusal(tally.held()) {
        done.discard();
        bail!(refusal);
    }
    if args.strict && tally.warnings() > 0 {
        done.discard();
        bail!(
            "{} warning{} and --strict: the index was not changed",
            tally.warnings(),
            plural(tally.warnings())
        );
    }
    // A run that changed nothing leaves the index as it was: no commit, no new manifest.
    let mut outlook = None;
    match done.manifest {
        Some(manifest) if writer.has_changes() || done.changed => {
            writer.commit(manifest)?;
            outlook = index.compaction_outlook().ok();
            if let Some(swap) = swap {
                swap.finish()?;
            }
        }
        Some(manifest) => manifest.discard(),
        None => bail!("the run stopped before every file was settled; the index was not changed"),
    }
    tally.finish(&config.index, started);
    if let Some((now, compacted)) = outlook {
        // Worth saying once a run leaves many segments: each one costs every query its files.
        if now >= compacted + COMPACT_HINT_SAVES {
            crate::messages::say(format_args!(
                "the index has {now} segments; `search compact` would merge them into {compacted}, for faster queries"
            ));
        }
    }
    Ok(if tally.nothing_done() {
        Exit::Error
    } else {
        Exit::Found
    })
}
