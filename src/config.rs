//! The command line resolved once into plain settings: index location, colour, and the current
//! directory that paths are shown from.
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use crate::cli::{Cli, ColorChoice};

/// The folder name of an index found by walking up from the current directory.
pub const INDEX_DIR_NAME: &str = ".search";

#[derive(Debug, Clone)]
pub struct Config {
    pub index: PathBuf,
    pub color: bool,
    /// Draw progress bars: stderr is a terminal.
    pub progress: bool,
    /// The current directory, canonical (as the index's paths are): paths below it are shown
    /// relative to it (`corpus::shown`).
    pub cwd: PathBuf,
}

impl Config {
    /// `no_color` is the value of NO_COLOR; `cwd` is where the walk up for `.search` starts.
    pub fn resolve(cli: &Cli, cwd: &Path, no_color: Option<&str>) -> Config {
        let index = match &cli.index {
            Some(path) if !path.as_os_str().is_empty() => path.clone(),
            _ => find_index(cwd).unwrap_or_else(|| cwd.join(INDEX_DIR_NAME)),
        };
        let color = match cli.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::io::stdout().is_terminal() && no_color.is_none_or(str::is_empty)
            }
        };
        Config {
            index,
            color,
            progress: std::io::stderr().is_terminal(),
            cwd: cwd.canonicalize().unwrap_or_else(|_| cwd.to_path_buf()),
        }
    }
}

/// The nearest `.search` folder in `start` or above it, as git finds `.git`.
pub fn find_index(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|dir| dir.join(INDEX_DIR_NAME))
        .find(|candidate| candidate.is_dir())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_index_in_an_ancestor() {
        let tmp = tempfile::tempdir().unwrap();
        let index = tmp.path().join(INDEX_DIR_NAME);
        std::fs::create_dir(&index).unwrap();
        let deep = tmp.path().join("a/b");
        std::fs::create_dir_all(&deep).unwrap();
        assert_eq!(find_index(&deep), Some(index));
    }
}
