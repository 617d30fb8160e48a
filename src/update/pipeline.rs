//! Running a plan: the threads and what goes between them. A planning thread walks beside the
//! old manifest (`plan`), worker threads read, hash, parse and attribute the files to read
//! (`prepare`), and the calling thread, the one tantivy writer, writes their paragraphs and the
//! new manifest (`ledger`).
use std::collections::HashMap;
use std::mem::take;
use std::sync::Arc;

use anyhow::Result;
use crossbeam_channel::{Receiver, Sender};

use super::ledger::{Ledger, Window, WINDOW};
use super::plan::{plan, Job, Known, Step};
use super::prepare::{prepare, Attributed, Prepared};
use super::Tally;
use crate::corpus::WalkOptions;
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
    /// From planning, in batches (one message each cost a thread wake-up): steps known without
    /// reading, and how many files to read (and bytes) it sends the workers after this, for the
    /// progress bar; `last` once planning is done.
    Planned {
        known: Vec<(u64, Known)>,
        files: usize,
        bytes: u64,
        last: bool,
    },
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
    pub walk: WalkOptions<'a>,
    pub old: &'a Stored,
    /// Roots whose every listed file may go when they yield none (`--prune`, or moved).
    pub may_empty: &'a [std::path::PathBuf],
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
    let mut sink = Sink {
        input,
        writer,
        ledger: Ledger::new(out, &window),
        tally,
        started: HashMap::new(),
        changed: false,
    };
    let outcome = std::thread::scope(|scope| -> Result<()> {
        let (send, receive) = crossbeam_channel::bounded::<Message>(workers * 4);
        let (job_send, job_receive) = crossbeam_channel::bounded::<Jobs>(workers);
        for _ in 0..workers {
            let (send, jobs) = (send.clone(), job_receive.clone());
            scope.spawn(move || work(&jobs, &send));
        }
        drop(job_receive);
        let planner = send;
        let window = &window;
        scope.spawn(move || {
            if let Err(err) = run_plan(input, window, &planner, &job_send) {
                let _ = planner.send(Message::PlanFailed(err));
            }
        });
        let outcome = receive.iter().try_for_each(|message| sink.receive(message));
        // Stops planning and the workers if the loop ended early.
        window.close();
        drop(receive);
        outcome
    });
    let changed = sink.changed;
    let manifest = sink.ledger.finish();
    match outcome {
        Ok(()) => Ok((manifest, changed)),
        Err(err) => {
            if let Some(manifest) = manifest {
                manifest.discard();
            }
            Err(err)
        }
    }
}

/// A worker thread: prepares the files of each batch it receives, sending on what it made of
/// them, until the batches or the writer stop.
fn work(jobs: &Receiver<Jobs>, send: &Sender<Message>) {
    for batch in jobs {
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
    }
}

/// The writer's side: what comes back from planning and the workers, written to the index and
/// the ledger.
struct Sink<'a, 'w> {
    input: &'a Input<'a>,
    writer: &'a mut IndexWriter,
    ledger: Ledger<'w>,
    tally: &'a mut Tally,
    /// Jobs whose first part is written (their old paragraphs are already deleted), with the
    /// paragraph count before it, for the progress bar.
    started: HashMap<u64, usize>,
    /// Whether the manifest changed.
    changed: bool,
}

impl Sink<'_, '_> {
    fn receive(&mut self, message: Message) -> Result<()> {
        match message {
            Message::Planned {
                known,
                files,
                bytes,
                last,
            } => {
                self.tally.planned(files, bytes, last);
                for (at, known) in known {
                    let changed = settle_known(
                        at,
                        known,
                        self.input,
                        self.writer,
                        &mut self.ledger,
                        self.tally,
                    )?;
                    self.changed |= changed;
                }
            }
            Message::Part(at, job, articles) => {
                let (writer, tally) = (&mut *self.writer, &mut *self.tally);
                self.started.entry(at).or_insert_with(|| {
                    let before = tally.paragraphs();
                    begin(&job, writer, tally);
                    before
                });
                write(&job, &articles, self.writer, self.tally)?;
            }
            Message::Done(at, job, prepared) => {
                let first_part = self.started.remove(&at);
                let before = first_part.unwrap_or(self.tally.paragraphs());
                let applied = apply(
                    &job,
                    prepared,
                    first_part.is_some(),
                    self.writer,
                    self.tally,
                );
                let paragraphs = self.tally.paragraphs() - before;
                self.tally.file_done(job.size, paragraphs);
                let (entry, changed) = applied?;
                self.ledger.settle(at, entry)?;
                self.changed |= changed;
            }
            Message::PlanFailed(err) => return Err(err),
        }
        Ok(())
    }
}

/// The planning thread: numbers the steps, sends files to read to the workers and the rest to
/// the writer.
fn run_plan(
    input: &Input,
    window: &Window,
    send: &Sender<Message>,
    jobs: &Sender<Jobs>,
) -> Result<()> {
    let (roots, forgotten, gone) = (input.roots, input.forgotten, input.gone);
    let mut next = 0u64;
    let (mut known, mut reads, mut read_bytes) = (Vec::new(), Vec::new(), 0);
    // Both kinds go together, steps known first (a file's old paragraphs may be deleted by an
    // earlier step), so that planning never holds back a step far behind the others. The files
    // to read are counted for the progress bar on the way (its total grows as planning goes),
    // before they go to the workers, so the bar never hears of a file done before it is counted.
    let flush = |known: &mut Vec<_>, reads: &mut Jobs, bytes: &mut u64, last: bool| {
        let planned = Message::Planned {
            known: take(known),
            files: reads.len(),
            bytes: take(bytes),
            last,
        };
        send.send(planned).is_ok() && (reads.is_empty() || jobs.send(take(reads)).is_ok())
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
        !full || flush(&mut known, &mut reads, &mut read_bytes, false)
    };
    let entries = input.old.entries()?;
    plan(roots, forgotten, gone, &input.walk, entries, &mut route)?;
    flush(&mut known, &mut reads, &mut read_bytes, true);
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
    let (entry, changed) = match known {
        Known::Keep(entry, unchanged) => {
            if unchanged {
                tally.unchanged(&entry.display);
            }
            (Some(entry), false)
        }
        Known::Gone(key) => {
            writer.delete_file(&key);
            tally.removed();
            (None, true)
        }
        Known::Emptied(root, entry) => {
            let root_path = input.roots.get(root);
            if root_path.is_some_and(|r| input.may_empty.contains(r)) {
                writer.delete_file(&entry.key);
                tally.removed();
                (None, true)
            } else {
                // Kept, and the run refused at its end (`Roots::refusal`).
                tally.hold(root, &entry);
                (Some(entry), false)
            }
        }
        Known::Unsupported(path) => {
            tally.unsupported(&path);
            (None, false)
        }
        Known::Link(display) => {
            tally.link(&display);
            (None, false)
        }
        Known::Warning(message) => {
            tally.warn(message);
            (None, false)
        }
        Known::Failed { path, message } => {
            tally.failed(crate::corpus::describe_error(path.as_deref(), &message));
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
    tally.begun(job.old.is_some());
    if job.old.is_some() {
        writer.delete_file(&job.file.key);
    }
}

fn write(
    job: &Job,
    articles: &[Attributed],
    writer: &mut IndexWriter,
    tally: &mut Tally,
) -> Result<()> {
    for (article, speakers) in articles {
        tally.article(article, speakers);
        let paragraphs = article
            .paragraphs
            .iter()
            .zip(speakers)
            .map(|(p, s)| NewParagraph::of(p, s));
        writer.add(article, &job.file.key, job.file.format, paragraphs)?;
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
            tally.same_bytes();
            let changed = job.old.as_ref() != Some(&entry);
            Ok((Some(entry), changed))
        }
        Prepared::Failed(message) if started => {
            // Failed part way (a JSON Lines file that could not be read to its end): its old
            // paragraphs are gone and some new ones written. An entry that matches no file on
            // disk has it read again by the next run.
            tally.failed(message);
            Ok((Some(job.entry(super::plan::Stat::NONE)), true))
        }
        Prepared::Failed(message) => {
            // The file's previous paragraphs, if any, stay in the index, and so does its entry.
            tally.failed(message);
            Ok((job.old.clone(), false))
        }
        Prepared::Changed {
            entry,
            articles,
            warnings,
        } => {
            for warning in warnings {
                tally.warn(warning);
            }
            if !started {
                if articles.is_empty() {
                    tally.yielded_nothing();
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
