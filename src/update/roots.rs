//! The folders a run brings up to date: named ones resolved, gone ones accepted only when the
//! index holds files from them, and why a run that would empty one is refused.
use std::collections::BTreeMap;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use anyhow::{bail, Result};

use super::plan::{gone_root, outermost};
use super::Tally;
use crate::corpus::FileKey;
use crate::index::SearchIndex;
use crate::render::plural;

/// The folders (or files) named, as the run reads them.
pub struct Roots {
    /// Canonical, in path order, none inside another.
    pub(super) all: Vec<PathBuf>,
    /// Named folders no longer there (where they were: see `plan::gone_root`), as named.
    gone: Vec<(PathBuf, PathBuf)>,
    /// Roots whose every listed file may go when they yield none (`--prune`, or moved).
    pub(super) may_empty: Vec<PathBuf>,
    /// Each root as named on the command line, to name it back.
    named: Vec<(PathBuf, PathBuf)>,
}

impl Roots {
    /// Every folder is checked before anything is written, so a typo changes nothing. A folder
    /// that is gone (moved, deleted) but has files in the index is read as empty. What a root
    /// that yields no file holds in the index goes only when `prune`, or when it moved.
    pub fn resolve(index: &Path, dirs: &[PathBuf], prune: bool) -> Result<Roots> {
        let mut there = Vec::new();
        let mut gone = Vec::new();
        let mut named = Vec::new();
        for dir in dirs {
            let root = match dir.canonicalize() {
                Ok(root) => {
                    there.push(root.clone());
                    root
                }
                Err(e) => match gone_root(dir).filter(|_| e.kind() == ErrorKind::NotFound) {
                    Some(root) => {
                        gone.push((dir.clone(), root.clone()));
                        root
                    }
                    None => bail!("cannot index {}: {e}", dir.display()),
                },
            };
            named.push((root, dir.clone()));
        }
        let moved = if gone.is_empty() {
            Vec::new()
        } else {
            check_gone(index, &gone, &there)?
        };
        there.extend(gone.iter().map(|(_, root)| root.clone()));
        let all = outermost(there);
        let may_empty = if prune { all.clone() } else { moved };
        Ok(Roots {
            all,
            gone,
            may_empty,
            named,
        })
    }

    /// Says which gone folders lose what the index holds of them.
    pub fn announce(&self, tally: &mut Tally) {
        for (dir, _) in self.gone.iter().filter(|(_, r)| self.may_empty.contains(r)) {
            tally.say(format_args!(
                "search: {} is gone: what the index holds of it is removed",
                dir.display()
            ));
        }
    }

    /// The canonical paths of the named folders that are gone.
    pub(super) fn gone(&self) -> Vec<PathBuf> {
        self.gone.iter().map(|(_, root)| root.clone()).collect()
    }

    /// Why a run that would have emptied folders of the index (`held`, by root number: see
    /// `Tally::held`) is refused, and how to ask for it; `None` when it would not.
    pub fn refusal(&self, held: &BTreeMap<usize, (usize, u64)>) -> Option<String> {
        if held.is_empty() {
            return None;
        }
        let lines: Vec<String> = held
            .iter()
            .map(|(&at, &(files, paragraphs))| {
                let root = self.all.get(at);
                let dir = self
                    .named
                    .iter()
                    .find(|(r, _)| Some(r) == root)
                    .map_or_else(|| root.cloned().unwrap_or_default(), |(_, dir)| dir.clone());
                let dir = dir.display();
                format!(
                    "{dir} is gone or holds no file to read, but the index holds {files} file{} ({paragraphs} paragraph{}) from it: the index was not changed (is a disk unplugged?); `search index --prune {dir}` removes them",
                    plural(files),
                    plural(usize::try_from(paragraphs).unwrap_or(usize::MAX)),
                )
            })
            .collect();
        Some(lines.join("\nsearch: "))
    }
}

/// Accepts folders that are gone only when the index holds files from them (nothing is written
/// before this check): a mistyped name is still an error. Returns those that moved: all of them
/// when a folder named that is there is new to the index (`search index OLD NEW`), else none (a
/// gone folder beside folders already indexed is an unplugged disk as much as a move).
fn check_gone(
    index: &Path,
    gone: &[(PathBuf, PathBuf)],
    there: &[PathBuf],
) -> Result<Vec<PathBuf>> {
    let stored = SearchIndex::open(index)
        .ok()
        .and_then(|index| index.manifest().ok())
        .and_then(|(_, manifest)| manifest.ok());
    let holds = |root: &Path| -> Result<bool> {
        let key = FileKey::of(root);
        Ok(match &stored {
            Some(stored) => stored
                .entries()?
                .any(|entry| entry.is_ok_and(|e| e.key.is_under(&key))),
            None => false,
        })
    };
    for (dir, root) in gone {
        if !holds(root)? {
            bail!(
                "cannot index {}: no such file or folder (and the index holds nothing from it)",
                dir.display()
            );
        }
    }
    let mut new_place = false;
    for root in there {
        new_place |= !holds(root)?;
    }
    Ok(if new_place {
        gone.iter().map(|(_, root)| root.clone()).collect()
    } else {
        Vec::new()
    })
}
