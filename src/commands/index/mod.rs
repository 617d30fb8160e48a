//! `search index DIR...`: bring the index up to date with the folders, reading only what changed.
//!
//! The main thread walks the folders and compares each file with the manifest (size and
//! modification time); files that may have changed go to worker threads (`files`) that read,
//! hash, parse and attribute them, and come back over a bounded channel to the one tantivy writer.
mod files;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};

use crate::cli::IndexArgs;
use crate::config::Config;
use crate::corpus::{self, WalkEvent};
use crate::exit::Exit;
use crate::index::{Manifest, SearchIndex};
use crate::render::progress::Progress;
use files::{process, stat, Job};

#[derive(Default)]
pub(super) struct Tally {
    pub(super) progress: Option<Progress>,
    pub(super) added: usize,
    pub(super) updated: usize,
    pub(super) removed: usize,
    pub(super) unchanged: usize,
    pub(super) failed: usize,
    pub(super) unsupported: usize,
    pub(super) warnings: usize,
    pub(super) articles: usize,
    pub(super) paragraphs: usize,
    pub(super) undated: usize,
    pub(super) speakers: HashSet<String>,
}

/// A file that may have changed since the manifest was written.
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
    let index = if args.rebuild {
        SearchIndex::open_for_rebuild(&config.index)?
    } else {
        SearchIndex::open_or_create(&config.index)?
    };
    let mut writer = index.writer()?;
    let (generation, manifest) = index.manifest()?;
    let mut tally = Tally {
        progress: Some(Progress::new(config.progress && !args.quiet)),
        ..Tally::default()
    };
    let mut manifest = match manifest {
        Some(m) if !args.rebuild => m,
        _ if args.rebuild => {
            writer.delete_all()?;
            Manifest::default()
        }
        _ => {
            warn(
                &mut tally,
                "the index's manifest is missing; reading every file again",
            );
            Manifest::lost()
        }
    };
    // Whether the manifest differs from the one loaded (tracked, not compared with a copy: a
    // copy of a large corpus's manifest is ~300 bytes a file of peak memory).
    let mut manifest_changed = false;
    let index_dir = config.index.canonicalize().ok();

    for root in &roots {
        // Without a manifest listing this folder, what the index holds of it is unknown:
        // everything under it is deleted and read again.
        if !manifest.knows(root) {
            writer.delete_under(root)?;
            manifest
                .files
                .retain(|key, _| !Path::new(key.as_str()).starts_with(root));
            manifest.learn(root);
            manifest_changed = true;
        }
        let mut seen = HashSet::new();
        let mut unwalked = Vec::new();
        let mut jobs = Vec::new();
        for event in corpus::walk(root, index_dir.as_deref()) {
            match event {
                WalkEvent::File(file) => {
                    let key = file.path.to_string_lossy().into_owned();
                    seen.insert(key.clone());
                    let old = manifest.files.get(&key).cloned();
                    let stat = stat(&file.path);
                    match (&old, &stat) {
                        (Some(old), Ok((size, mtime)))
                            if old.size == *size && old.mtime_ns == *mtime =>
                        {
                            tally.unchanged += 1;
                            if args.verbose {
                                tally.say(format!("search: unchanged {}", file.display));
                            }
                        }
                        _ => {
                            let size = stat.map_or(0, |(size, _)| size);
                            tally.progress().add_work(size);
                            jobs.push(Job {
                                file,
                                key,
                                old,
                                size,
                            });
                        }
                    }
                }
                WalkEvent::Unsupported(path) => {
                    tally.unsupported += 1;
                    if args.verbose {
                        tally.say(format!(
                            "search: skipped {} (not a supported format)",
                            path.display()
                        ));
                    }
                }
                WalkEvent::Error { path, message } => {
                    // What could not be walked is not taken for deleted.
                    unwalked.extend(path.clone());
                    tally.failed += 1;
                    match path {
                        Some(path) => warn(&mut tally, format!("{}: {message}", path.display())),
                        None => warn(&mut tally, message),
                    }
                }
            }
        }
        manifest_changed |= process(jobs, &mut writer, &mut manifest, &mut tally)?;

        let gone: Vec<String> = manifest
            .under(root)
            .map(|(key, _)| key)
            .filter(|key| !seen.contains(*key))
            .filter(|key| {
                !unwalked
                    .iter()
                    .any(|u| Path::new(key.as_str()).starts_with(u))
            })
            .cloned()
            .collect();
        for key in gone {
            writer.delete_file(Path::new(&key));
            manifest.files.remove(&key);
            manifest_changed = true;
            tally.removed += 1;
        }
    }

    if args.strict && tally.warnings > 0 {
        bail!(
            "{} warning{} and --strict: the index was not changed",
            tally.warnings,
            plural(tally.warnings)
        );
    }
    let nothing_done = tally.failed > 0 && tally.added + tally.updated + tally.unchanged == 0;
    // A run that changed nothing leaves the index as it was: no commit, no new manifest.
    if writer.has_changes() || manifest_changed {
        writer.commit(generation, &manifest)?;
    }
    tally.progress().finish();
    summary(&tally, &config.index, started);
    Ok(if nothing_done {
        Exit::Error
    } else {
        Exit::Found
    })
}

/// Reads, parses and attributes the jobs on worker threads; writes them here, in one writer.
pub(super) fn warn(tally: &mut Tally, message: impl std::fmt::Display) {
    tally.warnings += 1;
    tally.say(format!("search: warning: {message}"));
}

impl Tally {
    fn progress(&mut self) -> &mut Progress {
        self.progress.get_or_insert_with(|| Progress::new(false))
    }

    /// A line on stderr that does not tear the progress bar.
    fn say(&mut self, line: String) {
        self.progress().println(&line);
    }
}

fn summary(tally: &Tally, index: &Path, started: Instant) {
    eprintln!(
        "search: {} added, {} updated, {} removed, {} unchanged: {} article{}, {} paragraph{}, {} speaker{} indexed into {}; {} file{} skipped, {} unsupported, {} undated, {} warning{}; {:.2} s",
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
    );
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
