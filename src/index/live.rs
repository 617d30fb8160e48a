//! An index kept open by a long-running process (`search serve`): one searcher shared by every
//! request, opened again when `search index` commits, so new paragraphs show without a restart.
//!
//! A commit replaces `meta.json` (written aside and renamed), and `search index --rebuild`
//! swaps in a new folder: either way the file at `meta.json`'s path is another one. Each request
//! compares that file's identity (inode, size, modification time: one `stat`) with the one the
//! searcher was opened at, and opens the index anew when it moved. tantivy's own reload watcher
//! would miss the swap (it watches the old folder's file) and polls on a thread of its own.
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use anyhow::Result;

use super::SearchIndex;

/// An opened index and a searcher over one commit of it.
pub struct Snapshot {
    pub index: SearchIndex,
    pub searcher: tantivy::Searcher,
}

/// What identifies one commit point: `meta.json`'s inode, size and modification time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Stamp {
    inode: u64,
    len: u64,
    modified: Option<SystemTime>,
}

impl Stamp {
    fn of(index: &Path) -> Option<Stamp> {
        let meta = std::fs::metadata(index.join("meta.json")).ok()?;
        Some(Stamp {
            inode: inode(&meta),
            len: meta.len(),
            modified: meta.modified().ok(),
        })
    }
}

#[cfg(unix)]
fn inode(meta: &std::fs::Metadata) -> u64 {
    std::os::unix::fs::MetadataExt::ino(meta)
}

#[cfg(not(unix))]
fn inode(_: &std::fs::Metadata) -> u64 {
    0
}

/// The index at one path, opened on demand and again after each commit.
pub struct LiveIndex {
    path: PathBuf,
    current: Mutex<Option<(Stamp, Arc<Snapshot>)>>,
}

impl LiveIndex {
    /// Nothing is opened yet: an index that is missing now may be made later.
    pub fn new(path: &Path) -> LiveIndex {
        LiveIndex {
            path: path.to_path_buf(),
            current: Mutex::new(None),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A searcher over the last commit: the one already open when nothing was committed since,
    /// else the index opened anew (the errors of `SearchIndex::open` when it cannot be).
    pub fn snapshot(&self) -> Result<Arc<Snapshot>> {
        let stamp = Stamp::of(&self.path);
        {
            let current = self.current.lock().unwrap_or_else(|e| e.into_inner());
            if let (Some(stamp), Some((seen, snapshot))) = (stamp, current.as_ref()) {
                if stamp == *seen {
                    return Ok(Arc::clone(snapshot));
                }
            }
        }
        let opened = Arc::new(self.open()?);
        let mut current = self.current.lock().unwrap_or_else(|e| e.into_inner());
        *current = stamp.map(|stamp| (stamp, Arc::clone(&opened)));
        Ok(opened)
    }

    fn open(&self) -> Result<Snapshot> {
        let index = SearchIndex::open(&self.path)?;
        let searcher = index.searcher()?;
        Ok(Snapshot { index, searcher })
    }
}
