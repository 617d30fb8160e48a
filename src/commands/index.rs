//! `search index DIR...`: bring the index up to date with the folders, reading only what changed.
//!
//! The main thread walks the folders and compares each file with the manifest (size and
//! modification time); files that may have changed go to worker threads that read, hash, parse
//! and attribute them, and come back over a bounded channel to the one tantivy writer.
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Instant, UNIX_EPOCH};

use anyhow::{bail, Context, Result};

use super::read::attribute;
use crate::cli::IndexArgs;
use crate::config::Config;
use crate::corpus::{self, Article, SourceFile, WalkEvent};
use crate::exit::Exit;
use crate::index::manifest::content_hash;
use crate::index::{FileEntry, IndexWriter, Manifest, NewParagraph, SearchIndex};
use crate::render::progress::Progress;
use crate::speakers::ParagraphSpeakers;

#[derive(Default)]
struct Tally {
    progress: Option<Progress>,
    added: usize,
    updated: usize,
    removed: usize,
    unchanged: usize,
    failed: usize,
    unsupported: usize,
    warnings: usize,
    articles: usize,
    paragraphs: usize,
    undated: usize,
    speakers: HashSet<String>,
}

/// A file that may have changed since the manifest was written.
struct Job {
    file: SourceFile,
    key: String,
    old: Option<FileEntry>,
    /// Size when walked, for the progress bar.
    size: u64,
}

/// What a worker made of one job.
enum Prepared {
    /// Same bytes as before (only the modification time moved).
    Same(FileEntry),
    Changed {
        entry: FileEntry,
        articles: Vec<(Article, Vec<ParagraphSpeakers>)>,
        warnings: Vec<String>,
    },
    Failed(String),
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
    let (mut manifest, trusted) = match manifest {
        Some(m) if !args.rebuild => (m, true),
        _ if args.rebuild => {
            writer.delete_all()?;
            (Manifest::default(), true)
        }
        _ => {
            warn(
                &mut tally,
                "the index's manifest is missing; reading every file again",
            );
            (Manifest::default(), false)
        }
    };
    let index_dir = config.index.canonicalize().ok();

    for root in &roots {
        if !trusted {
            writer.delete_under(root);
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
        process(jobs, &mut writer, &mut manifest, &mut tally)?;

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
            writer.delete_under(Path::new(&key));
            manifest.files.remove(&key);
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
    writer.commit(generation, &manifest)?;
    tally.progress().finish();
    summary(&tally, &config.index, started);
    Ok(if nothing_done {
        Exit::Error
    } else {
        Exit::Found
    })
}

/// Reads, parses and attributes the jobs on worker threads; writes them here, in one writer.
fn process(
    jobs: Vec<Job>,
    writer: &mut IndexWriter,
    manifest: &mut Manifest,
    tally: &mut Tally,
) -> Result<()> {
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(jobs.len().max(1));
    let next = AtomicUsize::new(0);
    let (send, receive) = mpsc::sync_channel::<(usize, Prepared)>(workers * 4);
    std::thread::scope(|scope| -> Result<()> {
        for _ in 0..workers {
            let send = send.clone();
            let (jobs, next) = (&jobs, &next);
            scope.spawn(move || loop {
                let at = next.fetch_add(1, Ordering::Relaxed);
                let Some(job) = jobs.get(at) else { break };
                if send.send((at, prepare(job))).is_err() {
                    break;
                }
            });
        }
        drop(send);
        let mut outcome = Ok(());
        for (at, prepared) in receive.iter() {
            // Keep draining after an error so the workers can finish.
            if let (Ok(()), Some(job)) = (&outcome, jobs.get(at)) {
                outcome = apply(job, prepared, writer, manifest, tally);
            }
        }
        outcome
    })
}

fn prepare(job: &Job) -> Prepared {
    let (size, mtime_ns) = match stat(&job.file.path) {
        Ok(stat) => stat,
        Err(err) => return Prepared::Failed(format!("{}: {err}", job.file.display)),
    };
    let bytes = match std::fs::read(&job.file.path) {
        Ok(bytes) => bytes,
        Err(err) => return Prepared::Failed(format!("{}: cannot read: {err}", job.file.display)),
    };
    let hash = content_hash(&bytes);
    let mut entry = FileEntry {
        display: job.file.display.clone(),
        size,
        mtime_ns,
        hash,
        articles: 0,
        paragraphs: 0,
    };
    if let Some(old) = &job.old {
        if old.hash == entry.hash {
            entry.articles = old.articles;
            entry.paragraphs = old.paragraphs;
            return Prepared::Same(entry);
        }
    }
    let parsed = corpus::parse_bytes(&job.file.display, job.file.format, &bytes);
    drop(bytes);
    entry.articles = u32::try_from(parsed.articles.len()).unwrap_or(u32::MAX);
    entry.paragraphs = parsed
        .articles
        .iter()
        .map(|a| u32::try_from(a.paragraphs.len()).unwrap_or(u32::MAX))
        .fold(0u32, u32::saturating_add);
    let articles = parsed
        .articles
        .into_iter()
        .map(|article| {
            let speakers = attribute(&article);
            (article, speakers)
        })
        .collect();
    Prepared::Changed {
        entry,
        articles,
        warnings: parsed.warnings,
    }
}

fn apply(
    job: &Job,
    prepared: Prepared,
    writer: &mut IndexWriter,
    manifest: &mut Manifest,
    tally: &mut Tally,
) -> Result<()> {
    let total = tally.added + tally.updated + tally.unchanged + tally.failed;
    let before = tally.paragraphs;
    let outcome = apply_prepared(job, prepared, writer, manifest, tally);
    let done = tally.paragraphs - before;
    tally.progress().file_done(job.size, done, total);
    outcome
}

fn apply_prepared(
    job: &Job,
    prepared: Prepared,
    writer: &mut IndexWriter,
    manifest: &mut Manifest,
    tally: &mut Tally,
) -> Result<()> {
    match prepared {
        Prepared::Same(entry) => {
            tally.unchanged += 1;
            manifest.files.insert(job.key.clone(), entry);
        }
        Prepared::Failed(message) => {
            // The file's previous paragraphs, if any, stay in the index.
            tally.failed += 1;
            warn(tally, message);
        }
        Prepared::Changed {
            entry,
            articles,
            warnings,
        } => {
            for warning in warnings {
                warn(tally, warning);
            }
            if articles.is_empty() {
                tally.failed += 1;
            }
            if job.old.is_some() {
                tally.updated += 1;
            } else {
                tally.added += 1;
            }
            writer.delete_under(&job.file.path);
            for (article, speakers) in &articles {
                tally.articles += 1;
                tally.paragraphs += article.paragraphs.len();
                tally.undated += usize::from(article.date.is_none());
                tally
                    .speakers
                    .extend(speakers.iter().flat_map(|s| s.speakers.iter().cloned()));
                let paragraphs =
                    article
                        .paragraphs
                        .iter()
                        .zip(speakers)
                        .map(|(p, s)| NewParagraph {
                            number: p.number,
                            section: p.section.as_deref(),
                            text: &p.text,
                            speakers: &s.speakers,
                        });
                writer.add(article, &job.file.path, paragraphs)?;
            }
            manifest.files.insert(job.key.clone(), entry);
        }
    }
    Ok(())
}

/// Size and modification time (nanoseconds since the epoch) of a file.
fn stat(path: &Path) -> std::io::Result<(u64, u64)> {
    let meta = std::fs::metadata(path)?;
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX));
    Ok((meta.len(), mtime))
}

fn warn(tally: &mut Tally, message: impl std::fmt::Display) {
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
