//! What a run did, counted as it goes, and the lines it says on stderr (beside the progress bar)
//! on the way: the one place that changes the counts the summary line shows.
use std::collections::{BTreeMap, HashSet};
use std::path::Path;
use std::time::Instant;

use crate::corpus::Article;
use crate::index::FileEntry;
use crate::render::plural;
use crate::render::progress::Progress;
use crate::speakers::ParagraphSpeakers;

/// How many warnings a run says before it only counts them.
const SHOWN_WARNINGS: usize = 50;

#[derive(Default)]
pub struct Tally {
    progress: Option<Progress>,
    /// Whether unsupported files, links not followed and unchanged files are listed.
    verbose: bool,
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
    /// Distinct speakers, by a 64-bit hash of the name (8 bytes each, not the names).
    speakers: HashSet<u64>,
    /// By root: the files (and their paragraphs) listed under a root that yielded no file, kept
    /// because the run may not empty it.
    held: BTreeMap<usize, (usize, u64)>,
}

impl Tally {
    pub fn new(progress: Progress, verbose: bool) -> Tally {
        Tally {
            progress: Some(progress),
            verbose,
            ..Tally::default()
        }
    }

    fn progress(&mut self) -> &mut Progress {
        self.progress.get_or_insert_with(|| Progress::new(false))
    }

    /// A line on stderr that does not tear the progress bar.
    pub fn say(&mut self, line: impl std::fmt::Display) {
        let line = line.to_string();
        self.progress().println(&line);
    }

    /// A line only `--verbose` shows.
    fn mention(&mut self, line: impl FnOnce() -> String) {
        if self.verbose {
            self.say(line());
        }
    }

    /// A warning, counted; the first `SHOWN_WARNINGS` are said (all with `--verbose`), so that a
    /// folder of thousands of empty records does not bury the summary.
    pub fn warn(&mut self, message: impl std::fmt::Display) {
        self.warnings += 1;
        if self.verbose || self.warnings <= SHOWN_WARNINGS {
            self.say(format!("search: warning: {message}"));
        } else if self.warnings == SHOWN_WARNINGS + 1 {
            self.say(format!(
                "search: more than {SHOWN_WARNINGS} warnings: the rest are counted in the summary, not shown (--verbose shows them all)"
            ));
        }
    }

    /// A file that could not be read or walked: skipped, with a warning.
    pub fn failed(&mut self, message: impl std::fmt::Display) {
        self.failed += 1;
        self.warn(message);
    }

    /// A file read to no article at all (its reader's warnings said why).
    pub fn yielded_nothing(&mut self) {
        self.failed += 1;
    }

    pub fn unchanged(&mut self, display: &str) {
        self.unchanged += 1;
        self.mention(|| format!("search: unchanged {display}"));
    }

    /// A file whose bytes are as listed though its metadata moved.
    pub fn same_bytes(&mut self) {
        self.unchanged += 1;
    }

    pub fn removed(&mut self) {
        self.removed += 1;
    }

    /// A changed file's first articles are written: a file listed before (`updated`) or new.
    pub fn begun(&mut self, updated: bool) {
        if updated {
            self.updated += 1;
        } else {
            self.added += 1;
        }
    }

    /// A listed file kept under root number `root`, which yielded no file and may not be emptied.
    pub fn hold(&mut self, root: usize, entry: &FileEntry) {
        let held = self.held.entry(root).or_default();
        held.0 += 1;
        held.1 += u64::from(entry.paragraphs);
    }

    pub fn unsupported(&mut self, path: &Path) {
        self.unsupported += 1;
        self.mention(|| {
            format!(
                "search: skipped {} (not a supported format)",
                path.display()
            )
        });
    }

    pub fn link(&mut self, display: &str) {
        self.mention(|| format!("search: skipped {display} (a symbolic link; --follow reads it)"));
    }

    /// One article written, with the speakers of its paragraphs.
    pub fn article(&mut self, article: &Article, speakers: &[ParagraphSpeakers]) {
        self.articles += 1;
        self.paragraphs += article.paragraphs.len();
        self.undated += usize::from(article.date.is_none());
        self.speakers.extend(
            speakers
                .iter()
                .flat_map(|s| s.speakers.iter())
                .map(|name| xxhash_rust::xxh3::xxh3_64(name.as_bytes())),
        );
    }

    /// Paragraphs written so far.
    pub fn paragraphs(&self) -> usize {
        self.paragraphs
    }

    /// More files to read, for the progress bar; `last` when planning has found them all.
    pub fn planned(&mut self, files: usize, bytes: u64, last: bool) {
        self.progress().add_work(files, bytes, last);
    }

    /// A file read, of `bytes` bytes, that gave `paragraphs` paragraphs, for the progress bar.
    pub fn file_done(&mut self, bytes: u64, paragraphs: usize) {
        self.progress().file_done(bytes, paragraphs);
    }

    pub fn warnings(&self) -> usize {
        self.warnings
    }

    /// By root number: the files and paragraphs kept under roots that yielded no file.
    pub fn held(&self) -> &BTreeMap<usize, (usize, u64)> {
        &self.held
    }

    /// Whether files failed and none was read or found unchanged.
    pub fn nothing_done(&self) -> bool {
        self.failed > 0 && self.added + self.updated + self.unchanged == 0
    }

    /// Clears the progress bar and says the summary line.
    pub fn finish(&mut self, index: &Path, started: Instant) {
        self.progress().finish();
        crate::messages::say(format_args!(
            "{} added, {} updated, {} removed, {} unchanged: {} article{}, {} paragraph{}, {} speaker{} indexed into {}; {} file{} skipped, {} unsupported, {} undated, {} warning{}; {:.2} s",
            self.added,
            self.updated,
            self.removed,
            self.unchanged,
            self.articles,
            plural(self.articles),
            self.paragraphs,
            plural(self.paragraphs),
            self.speakers.len(),
            plural(self.speakers.len()),
            index.display(),
            self.failed,
            plural(self.failed),
            self.unsupported,
            self.undated,
            self.warnings,
            plural(self.warnings),
            started.elapsed().as_secs_f64()
        ));
    }

    #[cfg(test)]
    pub fn failures(&self) -> usize {
        self.failed
    }
}
