//! The update pipeline: the stage that brings an index up to date with folders, reading only what
//! changed (issue 21 item 3: it was `commands/index/`).
//!
//! A planning thread walks the folders in path order beside the old manifest (`plan`); files
//! that may have changed go to worker threads (`pipeline`, `prepare`) that read, hash, parse and
//! attribute them, and come back over a bounded channel to the one tantivy writer, which also
//! writes the new manifest in path order (`ledger`). Nothing is held per file of the corpus.
mod ledger;
mod pipeline;
mod plan;
mod prepare;

use std::collections::{BTreeMap, HashSet};

use crate::render::progress::Progress;

pub(crate) use pipeline::{process, Input};
pub(crate) use plan::{gone_root, outermost};

#[derive(Default)]
pub(crate) struct Tally {
    pub(crate) progress: Option<Progress>,
    pub(crate) added: usize,
    pub(crate) updated: usize,
    pub(crate) removed: usize,
    pub(crate) unchanged: usize,
    pub(crate) failed: usize,
    pub(crate) unsupported: usize,
    pub(crate) warnings: usize,
    pub(crate) articles: usize,
    pub(crate) paragraphs: usize,
    pub(crate) undated: usize,
    /// Distinct speakers, by a 64-bit hash of the name (8 bytes each, not the names).
    pub(crate) speakers: HashSet<u64>,
    /// By root: the files (and their paragraphs) listed under a root that yielded no file, kept
    /// because the run may not empty it.
    pub(crate) held: BTreeMap<usize, (usize, u64)>,
}

pub(crate) fn warn(tally: &mut Tally, message: impl std::fmt::Display) {
    tally.warnings += 1;
    tally.say(format!("search: warning: {message}"));
}

impl Tally {
    pub(crate) fn progress(&mut self) -> &mut Progress {
        self.progress.get_or_insert_with(|| Progress::new(false))
    }

    /// A line on stderr that does not tear the progress bar.
    pub(crate) fn say(&mut self, line: String) {
        self.progress().println(&line);
    }
}
