//! `search index --rebuild`: an empty index in place of the old one, the old one kept until the
//! new one is committed.
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use tantivy::directory::{Directory, DirectoryLock, INDEX_WRITER_LOCK};

use super::{check_format, Kind, SearchIndex, FORMAT_FILE};

/// Where a rebuild into the other kind of index is made: inside the old index, which the walk
/// of the corpus already leaves out.
const REBUILD_DIR: &str = "rebuilding";

impl SearchIndex {
    /// An empty index at `path` for `--rebuild`, of the kind asked, or else of the current
    /// index's kind (the default when there is none). A current index of that kind is emptied
    /// inside the next commit, so a run that stops keeps the old one. One of the other kind
    /// cannot be (the schema differs): the new index is made beside it, and the `Swap` puts it
    /// in place once committed. An index of an incompatible format is removed.
    pub fn open_for_rebuild(
        path: &Path,
        asked: Option<Kind>,
    ) -> Result<(SearchIndex, Option<Swap>)> {
        if path.join("meta.json").is_file() {
            if check_format(path).is_err() {
                if !path.join(FORMAT_FILE).exists() {
                    bail!(
                        "{} is not an index made by search; choose another --index",
                        path.display()
                    );
                }
                std::fs::remove_dir_all(path)
                    .with_context(|| format!("removing the old index at {}", path.display()))?;
            } else {
                match Self::open_to_write(path) {
                    Ok(old) => match asked {
                        Some(kind) if kind != old.kind() => {
                            let (index, swap) = old.rebuild_beside(kind)?;
                            return Ok((index, Some(swap)));
                        }
                        _ => return Ok((old, None)),
                    },
                    // Its own format file says the folder is this tool's: what tantivy cannot
                    // open any more (a damaged meta.json or .managed.json) is made anew.
                    Err(_) => {
                        let kind = asked.or_else(|| Kind::recorded(path));
                        std::fs::remove_dir_all(path).with_context(|| {
                            format!("removing the damaged index at {}", path.display())
                        })?;
                        return Ok((Self::open_or_create(path, kind)?, None));
                    }
                }
            }
        }
        Ok((Self::open_or_create(path, asked)?, None))
    }

    fn rebuild_beside(self, kind: Kind) -> Result<(SearchIndex, Swap)> {
        // The old index stays locked until it is replaced: no other run writes to it meanwhile.
        let lock = self
            .index
            .directory()
            .acquire_lock(&INDEX_WRITER_LOCK)
            .map_err(|_| self.busy())?;
        let built = self.path.join(REBUILD_DIR);
        if built.exists() {
            // Left by a rebuild that stopped before its commit.
            std::fs::remove_dir_all(&built)
                .with_context(|| format!("removing {}", built.display()))?;
        }
        remove_left_swaps(&self.path);
        let index = Self::open_or_create(&built, Some(kind))?;
        let swap = Swap {
            target: self.path.clone(),
            built,
            folder: None,
            _lock: lock,
            done: false,
        };
        Ok((index, swap))
    }
}

/// A new index built inside the old one, waiting to replace it. Dropped without `finish`, it
/// removes the new index and leaves the old one as it was.
pub struct Swap {
    target: PathBuf,
    built: PathBuf,
    /// The folder of this swap beside the index, once made (see `SwapFolder`).
    folder: Option<SwapFolder>,
    _lock: DirectoryLock,
    done: bool,
}

impl Swap {
    /// Puts the committed new index in the old one's place, and removes the old one. The new
    /// index first moves out of the old one into a folder of this swap's own; then the two are
    /// exchanged in one step where the system can (Linux), so a kill at any moment leaves an
    /// index in place; elsewhere the old one is moved aside first.
    pub fn finish(mut self) -> Result<()> {
        let folder = SwapFolder::create(&self.target)?;
        let new = folder.path.join("new");
        self.folder = Some(folder);
        std::fs::rename(&self.built, &new)
            .with_context(|| format!("moving the new index out of {}", self.target.display()))?;
        self.built = new.clone();
        if exchange(&new, &self.target).is_err() {
            self.replace_in_two_steps(&new)?;
        }
        self.done = true;
        // What is left in the swap's folder is the old index.
        if let Some(folder) = self.folder.take() {
            folder.remove()?;
        }
        Ok(())
    }

    fn replace_in_two_steps(&self, new: &Path) -> Result<()> {
        let old = new.with_file_name("old");
        std::fs::rename(&self.target, &old)
            .with_context(|| format!("moving the old index {} aside", self.target.display()))?;
        if let Err(err) = std::fs::rename(new, &self.target) {
            let _ = std::fs::rename(&old, &self.target);
            return Err(err)
                .with_context(|| format!("moving the new index to {}", self.target.display()));
        }
        Ok(())
    }
}

impl Drop for Swap {
    fn drop(&mut self) {
        if !self.done {
            let _ = std::fs::remove_dir_all(&self.built);
            if let Some(folder) = self.folder.take() {
                let _ = folder.remove();
            }
        }
    }
}

/// Swaps two paths in one step (`renameat2` with `RENAME_EXCHANGE`).
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(std::io::Error::from)
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> std::io::Result<()> {
    Err(std::io::ErrorKind::Unsupported.into())
}

/// A folder beside the index that only this swap uses: made new (never an existing one), and
/// marked inside, so that a later run can tell one a killed swap left from anything else.
struct SwapFolder {
    path: PathBuf,
}

/// The file that marks a folder as a swap's own.
const SWAP_MARK: &str = "search-swap";

impl SwapFolder {
    fn create(target: &Path) -> Result<SwapFolder> {
        let (parent, prefix) = swap_prefix(target);
        for attempt in 0..1000u32 {
            let path = parent.join(format!("{prefix}{}-{attempt}", std::process::id()));
            match std::fs::create_dir(&path) {
                Ok(()) => {
                    std::fs::write(path.join(SWAP_MARK), "")
                        .with_context(|| format!("writing in {}", path.display()))?;
                    return Ok(SwapFolder { path });
                }
                Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(err) => {
                    return Err(err).with_context(|| format!("creating {}", path.display()))
                }
            }
        }
        bail!("no free name for a folder beside {}", target.display())
    }

    fn remove(self) -> Result<()> {
        std::fs::remove_dir_all(&self.path)
            .with_context(|| format!("removing {}", self.path.display()))
    }
}

/// The folder beside `target` where swap folders go, and how their names start.
fn swap_prefix(target: &Path) -> (PathBuf, String) {
    let parent = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    (parent, format!(".{name}.search-swap-"))
}

/// Removes the swap folders that killed rebuilds left beside `target`: only folders with this
/// tool's name pattern *and* its mark inside.
fn remove_left_swaps(target: &Path) {
    let (parent, prefix) = swap_prefix(target);
    let Ok(entries) = std::fs::read_dir(&parent) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let ours = entry.file_name().to_string_lossy().starts_with(&prefix)
            && entry.file_type().is_ok_and(|t| t.is_dir())
            && path.join(SWAP_MARK).is_file();
        if ours {
            let _ = std::fs::remove_dir_all(&path);
        }
    }
}
