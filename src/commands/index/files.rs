//! Reading changed files on worker threads and writing what they yield into the index.
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
    let (send, receive) = mpsc::sync_channel::<(usize, Prepared)>(workers * 4);
    std::thread::scope(|scope| -> Result<bool> {
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
        let mut outcome = Ok(false);
        for (at, prepared) in receive.iter() {
            // Keep draining after an error so the workers can finish.
            if let (Ok(changed), Some(job)) = (&outcome, jobs.get(at)) {
                let before = tally.paragraphs;
                let changed = *changed;
                outcome = apply(job, prepared, writer, manifest, tally).map(|c| changed || c);
                let paragraphs = tally.paragraphs - before;
                tally.progress().file_done(job.size, paragraphs);
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
    let mut parsed = corpus::parse_bytes(&job.file.display, job.file.format, &bytes);
    drop(bytes);
    entry.articles = u32::try_from(parsed.articles.len()).unwrap_or(u32::MAX);
    entry.paragraphs = parsed
        .articles
        .iter()
        .map(|a| u32::try_from(a.paragraphs.len()).unwrap_or(u32::MAX))
        .fold(0u32, u32::saturating_add);
    let warnings = &mut parsed.warnings;
    let articles = parsed
        .articles
        .into_iter()
        .map(|article| {
            let speakers = attribute(&article, warnings);
            (article, speakers)
        })
        .collect();
    Prepared::Changed {
        entry,
        articles,
        warnings: parsed.warnings,
    }
}

/// Writes what a worker prepared; returns whether the file's manifest entry changed.
fn apply(
    job: &Job,
    prepared: Prepared,
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
            if articles.is_empty() {
                tally.failed += 1;
            }
            // A new file has nothing to delete: the manifest is written with every commit, so
            // a file missing from it has no paragraphs (or its whole folder was already
            // deleted because the manifest was lost). Skipping the delete keeps a large first
            // run from queueing one delete per file.
            if job.old.is_some() {
                tally.updated += 1;
                writer.delete_file(&job.file.path);
            } else {
                tally.added += 1;
            }
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
