//! The update pipeline: the stage that brings an index up to date with folders, reading only what
//! changed. `commands/index.rs` wires it to the command line.
//!
//! A planning thread walks the folders in path order beside the old manifest (`plan`); files
//! that may have changed go to worker threads (`pipeline`, `prepare`) that read, hash, parse and
//! attribute them, and come back over a bounded channel to the one tantivy writer, which also
//! writes the new manifest in path order (`ledger`). Nothing is held per file of the corpus.
//! `roots` resolves the folders named; `tally` counts what the run did; `read` turns one file
//! into articles with their speakers (what `search parse` shows too).
mod ledger;
mod pipeline;
mod plan;
mod prepare;
pub mod read;
mod roots;
mod tally;

use std::path::PathBuf;

use anyhow::Result;

use crate::corpus::FileKey;
use crate::corpus::WalkOptions;
use crate::index::manifest::{ManifestWriter, Stored};
use crate::index::{IndexWriter, SearchIndex};
pub use roots::Roots;
pub use tally::Tally;

/// How a run reads the folders.
pub struct Options<'a> {
    /// Start from an empty index: every file is read as new.
    pub rebuild: bool,
    /// What the walk skips and follows.
    pub walk: WalkOptions<'a>,
    /// Threads reading files.
    pub workers: usize,
}

/// A run's new manifest, not yet durable: the caller commits it with the index or discards it.
pub struct Update {
    /// `None` if the run stopped before every file was settled.
    pub manifest: Option<ManifestWriter>,
    /// Whether the manifest differs from the old one.
    pub changed: bool,
}

impl Update {
    pub fn discard(self) {
        if let Some(manifest) = self.manifest {
            manifest.discard();
        }
    }
}

/// Brings `index` up to date with `roots` through `writer`, without committing.
pub fn run(
    index: &SearchIndex,
    writer: &mut IndexWriter,
    roots: &Roots,
    options: &Options,
    tally: &mut Tally,
) -> Result<Update> {
    let (generation, manifest) = index.manifest()?;
    let old = if options.rebuild {
        writer.delete_all()?;
        Stored::empty()
    } else {
        manifest.unwrap_or_else(|unusable| {
            tally.warn(format_args!("{unusable}; reading every file again"));
            Stored::lost()
        })
    };
    let mut header = old.header.clone();
    if header.reader != crate::corpus::READER_VERSION && old.files > 0 {
        tally.say(
            "search: this version of search reads articles differently from the one that made the index: every file is parsed again",
        );
        header.reader = crate::corpus::READER_VERSION;
    }
    // Without a manifest listing a folder, what the index holds of it is unknown: everything
    // under it is deleted and read again.
    let mut forgotten = Vec::new();
    for root in &roots.all {
        if !header.knows(root) {
            writer.delete_under(&FileKey::of(root))?;
            header.learn(root);
            forgotten.push(root.clone());
        }
    }
    let out = ManifestWriter::create(&index.path, generation + 1, &header)?;
    let gone: Vec<PathBuf> = roots.gone();
    let input = pipeline::Input {
        roots: &roots.all,
        forgotten: &forgotten,
        gone: &gone,
        walk: options.walk,
        old: &old,
        may_empty: &roots.may_empty,
        workers: options.workers,
    };
    let (manifest, changed) = pipeline::process(&input, out, writer, tally)?;
    Ok(Update {
        manifest,
        changed: changed || !forgotten.is_empty(),
    })
}
