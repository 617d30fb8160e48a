//! `search index DIR...`: the wiring of the update pipeline (`crate::update`), which brings the
//! index up to date with the folders, reading only what changed.

use std::collections::BTreeMap;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Result};

use crate::cli::IndexArgs;
use crate::config::Config;
use crate::exit::Exit;
use crate::index::manifest::{FileKey, ManifestWriter, Stored};
use crate::index::{Kind, SearchIndex};
use crate::render::plural;
use crate::render::progress::Progress;
use crate::update::{self as plan, warn, Tally};

/// `search index` suggests `search compact` when it would remove at least this many segments
/// (1 GB of news: 16 -> 8, and a rare phrase 13 -> 9-10 ms).
const COMPACT_HINT_SAVES: usize = 4;

pub fn run(config: &Config, args: &IndexArgs) -> Result<Exit> {
    let started = Instant::now();
    // Every folder is checked before anything is written, so a typo changes nothing. A folder
    // that is gone (moved, deleted) but has files in the index is read as empty.
    let mut roots = Vec::new();
    let mut gone = Vec::new();
    let mut named = Vec::new();
    for dir in &args.dirs {
        let root = match dir.canonicalize() {
            Ok(root) => {
                roots.push(root.clone());
                root
            }
            Err(e) => match plan::gone_root(dir).filter(|_| e.kind() == ErrorKind::NotFound) {
                Some(root) => {
                    gone.push((dir, root.clone()));
                    root
                }
                None => bail!("cannot index {}: {e}", dir.display()),
            },
        };
        named.push((root, dir));
    }
    let moved = if gone.is_empty() {
        Vec::new()
    } else {
        check_gone(&config.index, &gone, &roots)?
    };
    roots.extend(gone.iter().map(|(_, root)| root.clone()));
    let roots = plan::outermost(roots);
    // What a root that yields no file holds in the index goes only when asked, or when it moved.
    let may_empty = if args.prune { roots.clone() } else { moved };
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
    let (generation, manifest) = index.manifest()?;
    let mut tally = Tally {
        progress: Some(Progress::new(config.progress && !args.quiet)),
        ..Tally::default()
    };
    for (dir, _) in gone.iter().filter(|(_, root)| may_empty.contains(root)) {
        let line = format!(
            "search: {} is gone: what the index holds of it is removed",
            dir.display()
        );
        tally.say(line);
    }
    let gone: Vec<PathBuf> = gone.into_iter().map(|(_, root)| root).collect();
    let old = if args.rebuild {
        writer.delete_all()?;
        Stored::empty()
    } else {
        manifest.unwrap_or_else(|unusable| {
            warn(&mut tally, format!("{unusable}; reading every file again"));
            Stored::lost()
        })
    };
    // Without a manifest listing a folder, what the index holds of it is unknown: everything
    // under it is deleted and read again.
    let mut header = old.header.clone();
    if header.reader != crate::corpus::READER_VERSION && old.files > 0 {
        tally.say(
            "search: this version of search reads articles differently from the one that made the index: every file is parsed again".to_owned(),
        );
        header.reader = crate::corpus::READER_VERSION;
    }
    let mut forgotten = Vec::new();
    for root in &roots {
        if !header.knows(root) {
            writer.delete_under(&FileKey::of(root))?;
            header.learn(root);
            forgotten.push(root.clone());
        }
    }
    let out = ManifestWriter::create(&index.path, generation + 1, &header)?;
    let index_dir = config.index.canonicalize().ok();
    let input = plan::Input {
        roots: &roots,
        forgotten: &forgotten,
        gone: &gone,
        exclude: index_dir.as_deref(),
        follow: args.follow,
        old: &old,
        may_empty: &may_empty,
        verbose: args.verbose,
        workers: threads,
    };
    let (manifest, changed) = plan::process(&input, out, &mut writer, &mut tally)?;
    let manifest_changed = changed || !forgotten.is_empty();

    if !tally.held.is_empty() {
        if let Some(manifest) = manifest {
            manifest.discard();
        }
        bail!(refusal(&tally.held, &roots, &named));
    }
    if args.strict && tally.warnings > 0 {
        if let Some(manifest) = manifest {
            manifest.discard();
        }
        bail!(
            "{} warning{} and --strict: the index was not changed",
            tally.warnings,
            plural(tally.warnings)
        );
    }
    let nothing_done = tally.failed > 0 && tally.added + tally.updated + tally.unchanged == 0;
    // A run that changed nothing leaves the index as it was: no commit, no new manifest.
    let mut outlook = None;
    match manifest {
        Some(manifest) if writer.has_changes() || manifest_changed => {
            writer.commit(manifest)?;
            outlook = index.compaction_outlook().ok();
            if let Some(swap) = swap {
                swap.finish()?;
            }
        }
        Some(manifest) => manifest.discard(),
        None => bail!("the run stopped before every file was settled; the index was not changed"),
    }
    tally.progress().finish();
    summary(&tally, &config.index, started);
    if let Some((now, compacted)) = outlook {
        // Worth saying once a run leaves many segments: each one costs every query its files.
        if now >= compacted + COMPACT_HINT_SAVES {
            crate::messages::say(format_args!(
                "the index has {now} segments; `search compact` would merge them into {compacted}, for faster queries"
            ));
        }
    }
    Ok(if nothing_done {
        Exit::Error
    } else {
        Exit::Found
    })
}

/// Accepts folders that are gone only when the index holds files from them (nothing is written
/// before this check): a mistyped name is still an error. Returns those that moved: all of them
/// when a folder named that is there is new to the index (`search index OLD NEW`), else none (a
/// gone folder beside folders already indexed is an unplugged disk as much as a move).
fn check_gone(
    index: &Path,
    gone: &[(&PathBuf, PathBuf)],
    there: &[PathBuf],
) -> Result<Vec<PathBuf>> {
    let stored = SearchIndex::open(index)
        .ok()
        .and_then(|index| index.manifest().ok())
        .and_then(|(_, manifest)| manifest.ok());
    let holds = |root: &Path| -> Result<bool> {
        let key = FileKey::of(root);
        Ok(match &stored {
            Some(stored) => stored
                .entries()?
                .any(|entry| entry.is_ok_and(|e| e.key.is_under(&key))),
            None => false,
        })
    };
    for (dir, root) in gone {
        if !holds(root)? {
            bail!(
                "cannot index {}: no such file or folder (and the index holds nothing from it)",
                dir.display()
            );
        }
    }
    let mut new_place = false;
    for root in there {
        new_place |= !holds(root)?;
    }
    Ok(if new_place {
        gone.iter().map(|(_, root)| root.clone()).collect()
    } else {
        Vec::new()
    })
}

/// Why a run that would have emptied folders of the index was refused, and how to ask for it.
fn refusal(
    held: &BTreeMap<usize, (usize, u64)>,
    roots: &[PathBuf],
    named: &[(PathBuf, &PathBuf)],
) -> String {
    let lines: Vec<String> = held
        .iter()
        .map(|(&at, &(files, paragraphs))| {
            let root = roots.get(at);
            let dir = named
                .iter()
                .find(|(r, _)| Some(r) == root)
                .map_or_else(|| root.cloned().unwrap_or_default(), |(_, dir)| (*dir).clone());
            let dir = dir.display();
            format!(
                "{dir} is gone or holds no file to read, but the index holds {files} file{} ({paragraphs} paragraph{}) from it: the index was not changed (is a disk unplugged?); `search index --prune {dir}` removes them",
                plural(files),
                plural(usize::try_from(paragraphs).unwrap_or(usize::MAX)),
            )
        })
        .collect();
    lines.join("\nsearch: ")
}

fn summary(tally: &Tally, index: &Path, started: Instant) {
    crate::messages::say(format_args!(
        "{} added, {} updated, {} removed, {} unchanged: {} article{}, {} paragraph{}, {} speaker{} indexed into {}; {} file{} skipped, {} unsupported, {} undated, {} warning{}; {:.2} s",
        tally.added,
        tally.updated,
        tally.removed,
        tally.unchanged,
        tally.articles,
        plural(tally.articles),
        tally.paragraphs,
        plural(tally.paragraphs),
        tally.speakers.len(),
        plural(tally.speakers.len()),
        index.display(),
        tally.failed,
        plural(tally.failed),
        tally.unsupported,
        tally.undated,
        tally.warnings,
        plural(tally.warnings),
        started.elapsed().as_secs_f64()
    ));
}
