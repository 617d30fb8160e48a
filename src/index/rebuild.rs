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
                let old = Self::open_to_write(path)?;
                match asked {
                    Some(kind) if kind != old.kind() => {
                        let (index, swap) = old.rebuild_beside(kind)?;
                        return Ok((index, Some(swap)));
                    }
                    _ => return Ok((old, None)),
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
        let index = Self::open_or_create(&built, Some(kind))?;
        let swap = Swap {
            target: self.path.clone(),
            built,
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
    _lock: DirectoryLock,
    done: bool,
}

impl Swap {
    /// Puts the committed new index in the old one's place, and removes the old one.
    pub fn finish(mut self) -> Result<()> {
        let mut aside = self.target.clone().into_os_string();
        aside.push(".replaced");
        let aside = PathBuf::from(aside);
        if aside.exists() {
            std::fs::remove_dir_all(&aside)
                .with_context(|| format!("removing {}", aside.display()))?;
        }
        std::fs::rename(&self.target, &aside)
            .with_context(|| format!("moving the old index to {}", aside.display()))?;
        std::fs::rename(aside.join(REBUILD_DIR), &self.target).with_context(|| {
            format!(
                "moving the new index to {}; the old one is in {}",
                self.target.display(),
                aside.display()
            )
        })?;
        self.done = true;
        std::fs::remove_dir_all(&aside)
            .with_context(|| format!("removing the old index at {}", aside.display()))
    }
}

impl Drop for Swap {
    fn drop(&mut self) {
        if !self.done {
            let _ = std::fs::remove_dir_all(&self.built);
        }
    }
}
