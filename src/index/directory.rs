//! The folder tantivy reads and writes, as `search` needs it: readable without write access,
//! its files as readable as the folder's own, and a test-only way to stop a commit part way.
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tantivy::directory::error::{DeleteError, LockError, OpenReadError, OpenWriteError};
use tantivy::directory::{
    Directory, DirectoryLock, FileHandle, Lock, MmapDirectory, WatchCallback, WatchHandle, WritePtr,
};

/// tantivy's commit point: written last, atomically, by every commit.
const META_FILE: &str = "meta.json";
/// tantivy's list of the files it made, read when an index is opened.
const MANAGED_FILE: &str = ".managed.json";

/// The environment variable that stops a run at a chosen point, for the tests of crash safety.
/// Not documented to users: it exists so a test can stop a commit at an exact moment instead of
/// killing at a random time and hoping.
pub const FAULT_VAR: &str = "SEARCH_TEST_FAULT";

/// A point where a test stops or breaks a run (see `FAULT_VAR`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// The process dies (as `kill -9` would) when a commit is about to write `meta.json`: every
    /// segment and delete file of the commit is written, the commit point is not.
    DieBeforeMeta,
    /// Writing any new index file fails as a full disk does.
    DiskFull,
}

impl Fault {
    /// The fault asked for by `FAULT_VAR`'s value, if any.
    pub fn parse(value: &str) -> Option<Fault> {
        match value {
            "die-before-meta" => Some(Fault::DieBeforeMeta),
            "disk-full" => Some(Fault::DiskFull),
            _ => None,
        }
    }

    fn from_env() -> Option<Fault> {
        std::env::var(FAULT_VAR)
            .ok()
            .as_deref()
            .and_then(Fault::parse)
    }
}

/// How the index is opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Queries, stats, export: nothing is written, so a read-only mount or another user's index
    /// works. Locks that cannot be taken for want of write access are done without.
    Read,
    /// `search index`, `search compact`.
    Write,
}

/// tantivy's memory-mapped folder with `search`'s rules around it.
#[derive(Clone)]
pub struct IndexDirectory {
    inner: MmapDirectory,
    root: PathBuf,
    access: Access,
    fault: Option<Fault>,
}

impl fmt::Debug for IndexDirectory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "IndexDirectory({:?}, {:?})", self.root, self.access)
    }
}

impl IndexDirectory {
    pub fn open(root: &Path, access: Access) -> tantivy::Result<IndexDirectory> {
        Ok(IndexDirectory {
            inner: MmapDirectory::open(root)?,
            root: root.to_path_buf(),
            access,
            fault: Fault::from_env(),
        })
    }

    /// tantivy writes its small files through a temporary file, created only readable by its
    /// owner; they get the permissions of the folder's `search-format` file (made with the
    /// user's umask), so whoever may read the index may open it.
    fn share_permissions(&self, path: &Path) {
        let model = self.root.join(super::FORMAT_FILE);
        if let Ok(meta) = std::fs::metadata(model) {
            let _ = std::fs::set_permissions(self.root.join(path), meta.permissions());
        }
    }
}

fn is_read_only_error(err: &io::Error) -> bool {
    matches!(
        err.kind(),
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem
    )
}

impl Directory for IndexDirectory {
    fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
        self.inner.get_file_handle(path)
    }

    fn delete(&self, path: &Path) -> Result<(), DeleteError> {
        self.inner.delete(path)
    }

    fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
        self.inner.exists(path)
    }

    fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
        if self.fault == Some(Fault::DiskFull) {
            return Err(OpenWriteError::wrap_io_error(
                io::Error::from_raw_os_error(NO_SPACE),
                path.to_path_buf(),
            ));
        }
        self.inner.open_write(path)
    }

    fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
        match self.inner.atomic_read(path) {
            // Only tantivy's writer needs its list of files; a reader that may not read it
            // does without (an index made with an older `search` has it owner-only).
            Err(OpenReadError::IoError { io_error, .. })
                if self.access == Access::Read
                    && path == Path::new(MANAGED_FILE)
                    && io_error.kind() == io::ErrorKind::PermissionDenied =>
            {
                Err(OpenReadError::FileDoesNotExist(path.to_path_buf()))
            }
            other => other,
        }
    }

    fn atomic_write(&self, path: &Path, data: &[u8]) -> io::Result<()> {
        if self.fault == Some(Fault::DieBeforeMeta) && path == Path::new(META_FILE) {
            // As `kill -9`: no destructor runs, no buffer is flushed.
            std::process::abort();
        }
        self.inner.atomic_write(path, data)?;
        self.share_permissions(path);
        Ok(())
    }

    fn sync_directory(&self) -> io::Result<()> {
        self.inner.sync_directory()
    }

    fn acquire_lock(&self, lock: &Lock) -> Result<DirectoryLock, LockError> {
        match self.inner.acquire_lock(lock) {
            // A reader takes tantivy's meta lock only to keep a writer's clean-up from removing
            // files while it opens them; where it cannot write, no writer of this user can run.
            Err(LockError::IoError(err))
                if self.access == Access::Read && is_read_only_error(&err) =>
            {
                Ok(DirectoryLock::from(Box::new(())))
            }
            other => other,
        }
    }

    fn watch(&self, watch_callback: WatchCallback) -> tantivy::Result<WatchHandle> {
        self.inner.watch(watch_callback)
    }
}

/// `ENOSPC` on Linux and the BSDs.
const NO_SPACE: i32 = 28;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faults_are_named_exactly() {
        assert_eq!(Fault::parse("die-before-meta"), Some(Fault::DieBeforeMeta));
        assert_eq!(Fault::parse("disk-full"), Some(Fault::DiskFull));
        assert_eq!(Fault::parse(""), None);
        assert_eq!(Fault::parse("die"), None);
    }
}
