//! Reading changed files on worker threads and writing what they yield into the index.
use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::UNIX_EPOCH;

use anyhow::Result;

use super::{warn, Tally};
use crate::commands::read::attribute;
use crate::corpus::{self, Article, SourceFile};
use crate::index::manifest::content_hash;
use crate::index::{FileEntry, IndexWriter, Manifest, NewParagraph};
use crate::speakers::ParagraphSpeakers;

pub(super) struct Job {
    pub file: SourceFile,
    pub key: String,
    pub old: Option<FileEntry>,
    /// Size when walked, for the progress bar.
    pub size: u64,
}

/// Articles of a JSON Lines file sent on while the rest is still being read, so that a large
/// file is never held parsed whole (peak memory grew with the largest file: the 17.7 MB of
/// Reuters in one file peaked at 131 MB, against 112 MB as 22 files).
const BATCH_ARTICLES: usize = 256;

/// What a worker made of one job.
enum Prepared {
    /// Same bytes as before (only the modification time moved).
    Same(FileEntry),
    Changed {
        entry: FileEntry,
        articles: Vec<Attributed>,
        warnings: Vec<String>,
    },
    Failed(String),
}

type Attributed = (Article, Vec<ParagraphSpeakers>);

/// From a worker: some of a changed file's articles, or at last what it made of the file.
enum Message {
    Part(Vec<Attributed>),
    Done(Prepared),
}

/// Returns whether the manifest changed.
pub(super) fn process(
    jobs: Vec<Job>,
    writer: &mut IndexWriter,
    manifest: &mut Manifest,
    tally: &mut Tally,
) -> Result<bool> {
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(jobs.len().max(1));
    let next = AtomicUsize::new(0);
    let (send, receive) = mpsc::sync_channel::<(usize, Message)>(workers * 4);
    std::thread::scope(|scope| -> Result<bool> {
        for _ in 0..workers {
            let send = send.clone();
            let (jobs, next) = (&jobs, &next);
            scope.spawn(move || loop {
                let at = next.fetch_add(1, Ordering::Relaxed);
                let Some(job) = jobs.get(at) else { break };
                let mut part = |articles| send.send((at, Message::Part(articles))).is_ok();
                let prepared = prepare(job, &mut part);
                if send.send((at, Message::Done(prepared))).is_err() {
                    break;
                }
            });
        }
        drop(send);
        let mut outcome = Ok(false);
        // Jobs whose first part is written (their old paragraphs are already deleted), with the
        // paragraph count before it, for the progress bar.
        let mut started: HashMap<usize, usize> = HashMap::new();
        for (at, message) in receive.iter() {
            // Keep draining after an error so the workers can finish.
            if let (Ok(changed), Some(job)) = (&outcome, jobs.get(at)) {
                let changed = *changed;
                let prepared = match message {
                    Message::Part(articles) => {
                        if let Entry::Vacant(first) = started.entry(at) {
                            first.insert(tally.paragraphs);
                            begin(job, writer, tally);
                        }
                        outcome = write(job, &articles, writer, tally).map(|()| changed);
                        continue;
                    }
                    Message::Done(prepared) => prepared,
                };
                let first_part = started.remove(&at);
                let before = first_part.unwrap_or(tally.paragraphs);
                outcome = apply(job, prepared, first_part.is_some(), writer, manifest, tally)
                    .map(|c| changed || c);
                let paragraphs = tally.paragraphs - before;
                tally.progress().file_done(job.size, paragraphs);
            }
        }
        outcome
    })
}

/// Reads, parses and attributes one file; a JSON Lines file's articles go to `part` in batches
/// (while it accepts them), the last of them in what this returns.
fn prepare(job: &Job, part: &mut dyn FnMut(Vec<Attributed>) -> bool) -> Prepared {
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
    let mut warnings = Vec::new();
    let mut accepted = true;
    let parsed = corpus::parse_bytes_in_batches(
        &job.file.display,
        job.file.format,
        &bytes,
        BATCH_ARTICLES,
        &mut |articles| {
            count(&mut entry, &articles);
            // A refused part means the run is ending (the writer stopped): nothing more to do.
            if accepted {
                accepted = part(attributed(articles, &mut warnings));
            }
        },
    );
    drop(bytes);
    count(&mut entry, &parsed.articles);
    let articles = attributed(parsed.articles, &mut warnings);
    let mut all_warnings = parsed.warnings;
    all_warnings.append(&mut warnings);
    Prepared::Changed {
        entry,
        articles,
        warnings: all_warnings,
    }
}

fn count(entry: &mut FileEntry, articles: &[Article]) {
    entry.articles = entry.articles.saturating_add(len32(articles.len()));
    for a in articles {
        entry.paragraphs = entry.paragraphs.saturating_add(len32(a.paragraphs.len()));
    }
}

fn attributed(articles: Vec<Article>, warnings: &mut Vec<String>) -> Vec<Attributed> {
    articles
        .into_iter()
        .map(|article| {
            let speakers = attribute(&article, warnings);
            (article, speakers)
        })
        .collect()
}

fn len32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Once per changed file, before its first article is written: its old paragraphs go.
fn begin(job: &Job, writer: &mut IndexWriter, tally: &mut Tally) {
    // A new file has nothing to delete: the manifest is written with every commit, so a file
    // missing from it has no paragraphs (or its whole folder was already deleted because the
    // manifest was lost). Skipping the delete keeps a large first run from queueing one
    // delete per file.
    if job.old.is_some() {
        tally.updated += 1;
        writer.delete_file(&job.file.path);
    } else {
        tally.added += 1;
    }
}

fn write(
    job: &Job,
    articles: &[Attributed],
    writer: &mut IndexWriter,
    tally: &mut Tally,
) -> Result<()> {
    for (article, speakers) in articles {
        tally.articles += 1;
        tally.paragraphs += article.paragraphs.len();
        tally.undated += usize::from(article.date.is_none());
        tally
            .speakers
            .extend(speakers.iter().flat_map(|s| s.speakers.iter().cloned()));
        let paragraphs = article
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
    Ok(())
}

/// Writes what a worker prepared (after its parts, if `started`); returns whether the file's
/// manifest entry changed.
fn apply(
    job: &Job,
    prepared: Prepared,
    started: bool,
    writer: &mut IndexWriter,
    manifest: &mut Manifest,
    tally: &mut Tally,
) -> Result<bool> {
    match prepared {
        Prepared::Same(entry) => {
            tally.unchanged += 1;
            let changed = job.old.as_ref() != Some(&entry);
            manifest.files.insert(job.key.clone(), entry);
            Ok(changed)
        }
        Prepared::Failed(message) => {
            // The file's previous paragraphs, if any, stay in the index.
            tally.failed += 1;
            warn(tally, message);
            Ok(false)
        }
        Prepared::Changed {
            entry,
            articles,
            warnings,
        } => {
            for warning in warnings {
                warn(tally, warning);
            }
            if !started {
                if articles.is_empty() {
                    tally.failed += 1;
                }
                begin(job, writer, tally);
            }
            write(job, &articles, writer, tally)?;
            manifest.files.insert(job.key.clone(), entry);
            Ok(true)
        }
    }
}

/// Size and modification time (nanoseconds since the epoch) of a file.
pub(super) fn stat(path: &Path) -> std::io::Result<(u64, u64)> {
    let meta = std::fs::metadata(path)?;
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX));
    Ok((meta.len(), mtime))
}
