//! Running a plan: worker threads read, hash, parse and attribute the files to read; the one
//! tantivy writer, here, writes their paragraphs and the new manifest.
use std::collections::HashMap;
use std::mem::take;
use std::path::Path;
use std::sync::mpsc;
use std::sync::{Arc, Mutex, PoisonError};

use anyhow::Result;

use super::ledger::{Ledger, Window, WINDOW};
use super::plan::{plan, Job, Known, Step};
use super::prepare::{prepare, Attributed, Prepared};
use super::{warn, Tally};
use crate::index::manifest::{ManifestWriter, Stored};
use crate::index::{FileEntry, IndexWriter, NewParagraph};

/// Steps known without reading go to the writer this many at a time. Less than the ledger's
/// window, or planning could wait for a step it still holds.
const KNOWN_BATCH: usize = 256;
/// Files to read go to the workers up to this many, or this many bytes, at a time: one channel
/// hand-over per file cost a thread wake-up each (+13,000 context switches and ~3% of the CPU
/// of indexing ~200 MB in 11,000 files). Bytes bound the work a worker can be left with at the end.
const READ_BATCH: usize = 16;
const READ_BATCH_BYTES: u64 = 1 << 20;
// Planning holds back fewer steps than the ledger's window, or it could wait for a step it holds.
const _: () = assert!(((KNOWN_BATCH + READ_BATCH) as u64) < WINDOW);

type Jobs = Vec<(u64, Arc<Job>)>;

/// To the writer, each with its step number: from planning, a step known without reading;
/// from a worker, some of a changed file's articles, or at last what it made of the file.
enum Message {
    /// Files the run will read and their bytes (for the progress bar, counted beside the run),
    /// and whether that is the last of them.
    Work(usize, u64, bool),
    /// Steps known without reading, in batches (one message each cost a thread wake-up).
    Known(Vec<(u64, Known)>),
    Part(u64, Arc<Job>, Vec<Attributed>),
    Done(u64, Arc<Job>, Prepared),
    PlanFailed(anyhow::Error),
}

/// What to walk and what the index listed before.
pub(crate) struct Input<'a> {
    pub roots: &'a [std::path::PathBuf],
    pub forgotten: &'a [std::path::PathBuf],
    /// Named folders no longer there: what the index holds of them goes.
    pub gone: &'a [std::path::PathBuf],
    pub exclude: Option<&'a Path>,
    /// Whether symbolic links met in the walk are followed.
    pub follow: bool,
    pub old: &'a Stored,
    /// Roots whose every listed file may go when they yield none (`--prune`, or moved).
    pub may_empty: &'a [std::path::PathBuf],
    pub verbose: bool,
    /// Threads reading files.
    pub workers: usize,
}

/// Runs the plan; returns the new manifest (`None` if the run stopped before its end) and
/// whether it differs from the old one.
pub(crate) fn process(
    input: &Input,
    out: ManifestWriter,
    writer: &mut IndexWriter,
    tally: &mut Tally,
) -> Result<(Option<ManifestWriter>, bool)> {
    let workers = input.workers.max(1);
    let window = Window::default();
    let mut ledger = Ledger::new(out, &window);
    let count_first = tally.progress().is_shown();
    let outcome = std::thread::scope(|scope| -> Result<bool> {
        let (send, receive) = mpsc::sync_channel::<Message>(workers * 4);
        let (job_send, job_receive) = mpsc::sync_channel::<Jobs>(workers);
        let job_receive = Arc::new(Mutex::new(job_receive));
        for _ in 0..workers {
            let send = send.clone();
            let jobs = Arc::clone(&job_receive);
            scope.spawn(move || loop {
                let next = jobs.lock().unwrap_or_else(PoisonError::into_inner).recv();
                let Ok(batch) = next else { break };
                for (step, job) in batch {
                    let mut part = |articles| {
                        send.send(Message::Part(step, Arc::clone(&job), articles))
                            .is_ok()
                    };
                    let prepared = prepare(&job, &mut part);
                    if send.send(Message::Done(step, job, prepared)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(job_receive);
        if count_first {
            // Beside the planning: the bar's total comes in while the first files are read.
            let counter = send.clone();
            scope.spawn(move || count_work(input, &counter));
        }
        let planner = send.clone();
        let window = &window;
        scope.spawn(move || {
            if let Err(err) = run_plan(input, window, &planner, &job_send) {
                let _ = planner.send(Message::PlanFailed(err));
            }
        });
        drop(send);
        let mut outcome = Ok(false);
        // Jobs whose first part is written (their old paragraphs are already deleted), with the
        // paragraph count before it, for the progress bar.
        let mut started: HashMap<u64, usize> = HashMap::new();
        for message in receive.iter() {
            let changed = match &outcome {
                Ok(changed) => *changed,
                Err(_) => break,
            };
            outcome = match message {
                Message::Work(files, bytes, last) => {
                    tally.progress().add_work(files, bytes, last);
                    Ok(changed)
                }
                Message::Known(steps) => {
                    steps.into_iter().try_fold(changed, |changed, (at, known)| {
                        settle_known(at, known, input, writer, &mut ledger, tally)
                            .map(|c| changed || c)
                    })
                }
                Message::Part(at, job, articles) => {
                    started.entry(at).or_insert_with(|| {
                        let before = tally.paragraphs;
                        begin(&job, writer, tally);
                        before
                    });
                    write(&job, &articles, writer, tally).map(|()| changed)
                }
                Message::Done(at, job, prepared) => {
                    let first_part = started.remove(&at);
                    let before = first_part.unwrap_or(tally.paragraphs);
                    let applied = apply(&job, prepared, first_part.is_some(), writer, tally);
                    let paragraphs = tally.paragraphs - before;
                    tally.progress().file_done(job.size, paragraphs);
                    applied.and_then(|(entry, c)| {
                        ledger.settle(at, entry)?;
                        Ok(changed || c)
                    })
                }
                Message::PlanFailed(err) => Err(err),
            };
        }
        // Stops planning and the workers if the loop ended early.
        window.close();
        drop(receive);
        outcome
    });
    let manifest = ledger.finish();
    match outcome {
        Ok(changed) => Ok((manifest, changed)),
        Err(err) => {
            if let Some(manifest) = manifest {
                manifest.discard();
            }
            Err(err)
        }
    }
}

/// For the progress bar: a planning pass that only counts the files to read and their bytes.
/// (Its errors are the planning thread's to report.)
fn count_work(input: &Input, send: &mpsc::SyncSender<Message>) {
    let (mut files, mut bytes) = (0, 0);
    // Sent soon at first (1, 2, 4... files), so that the bar has a total from the start.
    let mut batch = 1;
    let mut count = |step| match step {
        Step::Read(job) => {
            files += 1;
            bytes += job.size;
            if files < batch {
                return true;
            }
            batch = (batch * 2).min(KNOWN_BATCH);
            let work = Message::Work(take(&mut files), take(&mut bytes), false);
            send.send(work).is_ok()
        }
        Step::Known(_) => true,
    };
    if let Ok(entries) = input.old.entries() {
        let _ = plan(
            input.roots,
            input.forgotten,
            input.gone,
            input.exclude,
            input.follow,
            entries,
            &mut count,
        );
    }
    let _ = send.send(Message::Work(files, bytes, true));
}

/// The planning thread: numbers the steps, sends files to read to the workers and the rest to
/// the writer.
fn run_plan(
    input: &Input,
    window: &Window,
    send: &mpsc::SyncSender<Message>,
    jobs: &mpsc::SyncSender<Jobs>,
) -> Result<()> {
    let (roots, forgotten, gone) = (input.roots, input.forgotten, input.gone);
    let mut next = 0u64;
    let (mut known, mut reads, mut read_bytes) = (Vec::new(), Vec::new(), 0);
    // Both kinds go together, steps known first (a file's old paragraphs may be deleted by an
    // earlier step), so that planning never holds back a step far behind the others.
    let flush = |known: &mut Vec<_>, reads: &mut Jobs| {
        (known.is_empty() || send.send(Message::Known(take(known))).is_ok())
            && (reads.is_empty() || jobs.send(take(reads)).is_ok())
    };
    let mut route = |step| {
        let at = next;
        next += 1;
        if !window.admit(at) {
            return false;
        }
        match step {
            Step::Read(job) => {
                read_bytes += job.size;
                reads.push((at, Arc::new(job)));
            }
            Step::Known(step) => known.push((at, step)),
        }
        let full = known.len() >= KNOWN_BATCH
            || reads.len() >= READ_BATCH
            || read_bytes >= READ_BATCH_BYTES;
        if full {
            read_bytes = 0;
        }
        !full || flush(&mut known, &mut reads)
    };
    let entries = input.old.entries()?;
    let (exclude, follow) = (input.exclude, input.follow);
    plan(roots, forgotten, gone, exclude, follow, entries, &mut route)?;
    flush(&mut known, &mut reads);
    Ok(())
}

/// A step known without reading a file; returns whether the manifest changed.
fn settle_known(
    at: u64,
    known: Known,
    input: &Input,
    writer: &mut IndexWriter,
    ledger: &mut Ledger,
    tally: &mut Tally,
) -> Result<bool> {
    let verbose = input.verbose;
    let (entry, changed) = match known {
        Known::Keep(entry, unchanged) => {
            if unchanged {
                tally.unchanged += 1;
                if verbose {
                    tally.say(format!("search: unchanged {}", entry.display));
                }
            }
            (Some(entry), false)
        }
        Known::Gone(key) => {
            writer.delete_file(&key);
            tally.removed += 1;
            (None, true)
        }
        Known::Emptied(root, entry) => {
            let root_path = input.roots.get(root);
            if root_path.is_some_and(|r| input.may_empty.contains(r)) {
                writer.delete_file(&entry.key);
                tally.removed += 1;
                (None, true)
            } else {
                // Kept, and the run refused at its end (`super::refuse_emptied`).
                let held = tally.held.entry(root).or_default();
                held.0 += 1;
                held.1 += u64::from(entry.paragraphs);
                (Some(entry), false)
            }
        }
        Known::Unsupported(path) => {
            tally.unsupported += 1;
            if verbose {
                tally.say(format!(
                    "search: skipped {} (not a supported format)",
                    path.display()
                ));
            }
            (None, false)
        }
        Known::Link(display) => {
            if verbose {
                tally.say(format!(
                    "search: skipped {display} (a symbolic link; --follow reads it)"
                ));
            }
            (None, false)
        }
        Known::Failed { path, message } => {
            tally.failed += 1;
            warn(
                tally,
                crate::corpus::describe_error(path.as_deref(), &message),
            );
            (None, false)
        }
    };
    ledger.settle(at, entry)?;
    Ok(changed)
}

/// Once per changed file, before its first article is written: its old paragraphs go.
fn begin(job: &Job, writer: &mut IndexWriter, tally: &mut Tally) {
    // A new file has nothing to delete: the manifest is written with every commit, so a file
    // missing from it has no paragraphs (or its whole folder was already deleted because the
    // manifest was lost). Skipping the delete keeps a large first run from queueing one
    // delete per file.
    if job.old.is_some() {
        tally.updated += 1;
        writer.delete_file(&job.key);
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
        tally.speakers.extend(
            speakers
                .iter()
                .flat_map(|s| s.speakers.iter())
                .map(|name| xxhash_rust::xxh3::xxh3_64(name.as_bytes())),
        );
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
        writer.add(article, &job.key, paragraphs)?;
    }
    Ok(())
}

/// Writes what a worker prepared (after its parts, if `started`); returns the file's manifest
/// entry and whether it changed.
fn apply(
    job: &Job,
    prepared: Prepared,
    started: bool,
    writer: &mut IndexWriter,
    tally: &mut Tally,
) -> Result<(Option<FileEntry>, bool)> {
    match prepared {
        Prepared::Same(entry) => {
            tally.unchanged += 1;
            let changed = job.old.as_ref() != Some(&entry);
            Ok((Some(entry), changed))
        }
        Prepared::Failed(message) if started => {
            // Failed part way (a JSON Lines file that could not be read to its end): its old
            // paragraphs are gone and some new ones written. An entry that matches no file on
            // disk has it read again by the next run.
            tally.failed += 1;
            warn(tally, message);
            Ok((Some(job.entry(super::plan::Stat::NONE)), true))
        }
        Prepared::Failed(message) => {
            // The file's previous paragraphs, if any, stay in the index, and so does its entry.
            tally.failed += 1;
            warn(tally, message);
            Ok((job.old.clone(), false))
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
            Ok((Some(entry), true))
        }
    }
}

#[cfg(test)]
mod tests;
