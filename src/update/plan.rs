//! What a run must do, found in one pass: the sorted walk of each folder against the old
//! manifest, both in path order, so neither the files seen nor the files to read are ever held
//! as a list.
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use anyhow::Result;

use crate::corpus::FileKey;
use crate::corpus::{self, SourceFile, WalkEvent, WalkOptions};
use crate::index::manifest::Node;
use crate::index::FileEntry;

/// A file that may have changed since the manifest was written.
pub(super) struct Job {
    /// The file, with its key (`file.key`).
    pub file: SourceFile,
    pub old: Option<FileEntry>,
    /// Size when walked, for the progress bar.
    pub size: u64,
}

impl Job {
    /// The file's manifest entry, counts and hash to be filled in.
    pub fn entry(&self, stat: Stat) -> FileEntry {
        FileEntry {
            key: self.file.key.clone(),
            display: self.file.display.clone(),
            size: stat.size,
            mtime_ns: stat.mtime_ns,
            node: stat.node,
            hash: String::new(),
            articles: 0,
            paragraphs: 0,
        }
    }
}

/// One step of a run, in path order.
pub(super) enum Step {
    /// A file to read: new, or its size, modification time, change time or inode moved.
    Read(Job),
    /// Anything else, known without reading a file.
    Known(Known),
}

pub(super) enum Known {
    /// A manifest entry carried over as it is: a file found unchanged (`true`), or one outside
    /// the folders being read (`false`).
    Keep(FileEntry, bool),
    /// A listed file not found any more: its paragraphs go.
    Gone(FileKey),
    /// A listed file below root number `.0`, which yielded no file at all: gone, moved, or an
    /// unplugged disk's empty mount point. Its paragraphs go only if the run may empty that root.
    Emptied(usize, FileEntry),
    Unsupported(PathBuf),
    /// A symbolic link not followed (without `--follow`): its display path.
    Link(String),
    /// An ignore file's line that could not be used.
    Warning(String),
    /// Something the walk could not read; what was listed below it is kept.
    Failed {
        path: Option<PathBuf>,
        message: String,
    },
}

/// Where a folder named to be indexed but not found was: the canonical path of its nearest
/// existing ancestor with the rest of its path joined on, as the manifest's keys are written.
/// `None` when no ancestor exists or the rest is not plain names (`..`).
pub(crate) fn gone_root(dir: &Path) -> Option<PathBuf> {
    let absolute = std::path::absolute(dir).ok()?;
    let mut rest = Vec::new();
    let mut at = absolute.as_path();
    loop {
        match at.canonicalize() {
            Ok(mut found) => {
                found.extend(rest.iter().rev());
                return Some(found);
            }
            Err(_) => {
                rest.push(at.file_name()?);
                at = at.parent()?;
            }
        }
    }
}

/// The folders to walk, in path order, without those inside another (walked with it).
pub(crate) fn outermost(mut roots: Vec<PathBuf>) -> Vec<PathBuf> {
    roots.sort();
    let mut kept: Vec<PathBuf> = Vec::with_capacity(roots.len());
    for root in roots {
        if !kept.last().is_some_and(|outer| root.starts_with(outer)) {
            kept.push(root);
        }
    }
    kept
}

/// The old manifest's entries with one looked ahead.
struct Old<I> {
    entries: I,
    next: Option<FileEntry>,
}

impl<I: Iterator<Item = Result<FileEntry>>> Old<I> {
    fn peek(&mut self) -> Result<Option<&FileEntry>> {
        if self.next.is_none() {
            self.next = self.entries.next().transpose()?;
        }
        Ok(self.next.as_ref())
    }

    /// The looked-ahead entry, if `take` wants it.
    fn take_if(&mut self, take: impl FnOnce(&FileEntry) -> bool) -> Result<Option<FileEntry>> {
        Ok(match self.peek()? {
            Some(entry) if take(entry) => self.next.take(),
            _ => None,
        })
    }
}

/// Walks `roots` (from `outermost`, as `walk` says) against the old
/// manifest's `entries` and hands each step to `emit` in path order, stopping early when `emit`
/// returns false. Entries under a `forgotten`
/// root are dropped (its paragraphs were all deleted; every file below it is read as new). A
/// `gone` root (named, but no longer there: see `gone_root`) is not walked, so every file
/// listed under it is `Emptied`, as is every file listed under a root that yields no file.
pub(super) fn plan(
    roots: &[PathBuf],
    forgotten: &[PathBuf],
    gone: &[PathBuf],
    walk: &WalkOptions,
    entries: impl Iterator<Item = Result<FileEntry>>,
    emit: &mut dyn FnMut(Step) -> bool,
) -> Result<()> {
    let mut old = Old {
        entries,
        next: None,
    };
    for (at, root) in roots.iter().enumerate() {
        let root_key = FileKey::of(root);
        // Listed files before this folder and outside every folder read: kept as they are.
        while let Some(entry) = old.take_if(|e| e.key < root_key)? {
            if !emit(Step::Known(Known::Keep(entry, false))) {
                return Ok(());
            }
        }
        if forgotten.contains(root) {
            while old.take_if(|e| e.key.is_under(&root_key))?.is_some() {}
        }
        let mut unwalked: Vec<FileKey> = Vec::new();
        let walked = (!gone.contains(root)).then(|| corpus::walk(root, walk));
        let mut found = false;
        for event in walked.into_iter().flatten() {
            let step = match event {
                WalkEvent::File(file) => {
                    found = true;
                    // Listed files the walk has passed without finding them.
                    while let Some(entry) =
                        old.take_if(|e| e.key.is_under(&root_key) && e.key < file.key)?
                    {
                        if !emit(vanished(entry, &unwalked, None)) {
                            return Ok(());
                        }
                    }
                    let listed = old.take_if(|e| e.key == file.key)?;
                    compare(file, listed)
                }
                WalkEvent::Unsupported(path) => Step::Known(Known::Unsupported(path)),
                WalkEvent::Link(display) => Step::Known(Known::Link(display)),
                WalkEvent::Warning(message) => Step::Known(Known::Warning(message)),
                WalkEvent::Error { path, message } => {
                    unwalked.extend(path.as_deref().map(FileKey::of));
                    Step::Known(Known::Failed { path, message })
                }
            };
            if !emit(step) {
                return Ok(());
            }
        }
        while let Some(entry) = old.take_if(|e| e.key.is_under(&root_key))? {
            let emptied = (!found).then_some(at);
            if !emit(vanished(entry, &unwalked, emptied)) {
                return Ok(());
            }
        }
    }
    while let Some(entry) = old.take_if(|_| true)? {
        if !emit(Step::Known(Known::Keep(entry, false))) {
            return Ok(());
        }
    }
    Ok(())
}

/// A walked file against its manifest entry: unchanged when size, modification time, change time
/// and inode match (an entry without the last two is hashed: see `prepare`).
fn compare(file: SourceFile, listed: Option<FileEntry>) -> Step {
    let stat = stat(&file.path);
    match (listed, stat) {
        // Shown as this run shows it: the manifest's display is from the run that read it,
        // perhaps made from another directory.
        (Some(listed), Ok(stat)) if stat.matches(&listed) => Step::Known(Known::Keep(
            FileEntry {
                display: file.display,
                ..listed
            },
            true,
        )),
        (old, stat) => Step::Read(Job {
            file,
            old,
            size: stat.map_or(0, |stat| stat.size),
        }),
    }
}

/// A listed file the walk did not find: gone (or emptied, below root number `emptied`), unless
/// it is below something the walk could not read.
fn vanished(entry: FileEntry, unwalked: &[FileKey], emptied: Option<usize>) -> Step {
    Step::Known(if unwalked.iter().any(|u| entry.key.is_under(u)) {
        Known::Keep(entry, false)
    } else if let Some(root) = emptied {
        Known::Emptied(root, entry)
    } else {
        Known::Gone(entry.key)
    })
}

/// What a file's metadata says of its content without reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Stat {
    pub size: u64,
    /// Nanoseconds since the epoch.
    pub mtime_ns: u64,
    pub node: Option<Node>,
}

impl Stat {
    /// What no file on disk matches: its file is read again by the next run.
    pub const NONE: Stat = Stat {
        size: u64::MAX,
        mtime_ns: 0,
        node: None,
    };

    /// Whether the file is as `listed` says, without reading it.
    fn matches(&self, listed: &FileEntry) -> bool {
        listed.size == self.size && listed.mtime_ns == self.mtime_ns && listed.node == self.node
    }
}

/// Size, modification time, and (on Unix) device, inode and change time of a file.
pub(super) fn stat(path: &Path) -> std::io::Result<Stat> {
    let meta = std::fs::metadata(path)?;
    let mtime_ns = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX));
    Ok(Stat {
        size: meta.len(),
        mtime_ns,
        node: node(&meta),
    })
}

#[cfg(unix)]
fn node(meta: &std::fs::Metadata) -> Option<Node> {
    use std::os::unix::fs::MetadataExt;
    let seconds = u64::try_from(meta.ctime()).unwrap_or(0);
    let nanos = u64::try_from(meta.ctime_nsec()).unwrap_or(0);
    Some(Node {
        device: meta.dev(),
        inode: meta.ino(),
        ctime_ns: seconds.saturating_mul(1_000_000_000).saturating_add(nanos),
    })
}

/// Elsewhere, size and modification time only, as before.
#[cfg(not(unix))]
fn node(_: &std::fs::Metadata) -> Option<Node> {
    None
}

#[cfg(test)]
mod tests;
