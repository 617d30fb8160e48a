//! The manifest: which files the index holds (size, modification time, content hash, counts).
//! A file's identity, its key and content hash, is `key.rs` and `hash.rs` beside it: the walk's
//! files are keyed there, and the plan, this manifest and the writer all use that one key.
//!
//! Generation G is `manifest-G.jsonl` beside the index: a header line, then one line per file in
//! path order (`FileKey`'s: component by component, the order of the sorted walk). An indexing run reads the
//! old generation and writes the new one as two streams beside the walk, so its memory does not
//! grow with the number of files (a manifest held whole cost ~300 bytes a file, and the set of
//! files seen ~110 more).
//!
//! A generation is written *before* the tantivy commit whose payload names it, and older ones are
//! removed only after that commit. So a run killed at any moment leaves a committed index and the
//! manifest that describes it.
use std::collections::BTreeSet;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::corpus::FileKey;

/// Bumped when a line's meaning changes; an older manifest is read as lost.
const VERSION: u32 = 2;

/// One indexed file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    /// The canonical absolute path: the file's key in the manifest and the index.
    pub key: FileKey,
    pub display: String,
    pub size: u64,
    /// Modification time, nanoseconds since the Unix epoch.
    pub mtime_ns: u64,
    /// Where the file is and when its inode last changed; `None` in a manifest written before
    /// they were recorded (or where there are none): the file is then hashed to know.
    #[serde(default)]
    pub node: Option<Node>,
    /// xxh3-64 of the file's bytes, in hex.
    pub hash: String,
    pub articles: u32,
    pub paragraphs: u32,
}

impl FileEntry {
    /// The entry of a file parsed by other readers: no modification time or content matches
    /// it, so the file is parsed again when its folder is indexed (the entry is kept as it is
    /// until then).
    pub fn stale(self) -> FileEntry {
        FileEntry {
            mtime_ns: u64::MAX,
            hash: String::new(),
            ..self
        }
    }
}

/// What else the file system says of a file: an edit that keeps size and modification time
/// (`cp -p`, `rsync -t`, `touch -r`) still moves the change time, or makes another inode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Node {
    pub device: u64,
    pub inode: u64,
    /// Change time (of the inode: contents, times, permissions), nanoseconds since the epoch.
    pub ctime_ns: u64,
}

/// The first line of a manifest.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    pub version: u32,
    /// The readers' version (`corpus::READER_VERSION`) that parsed the files listed; 0 before it
    /// was recorded. Another one means every file must be parsed again.
    #[serde(default)]
    pub reader: u32,
    /// `None`: the manifest lists every file the index holds. After a lost manifest it is the
    /// folders read again since; paragraphs from anywhere else may be in the index unlisted.
    pub known_roots: Option<BTreeSet<String>>,
}

impl Header {
    /// The header of a manifest listing everything the index holds.
    pub fn complete() -> Header {
        Header {
            version: VERSION,
            reader: crate::corpus::READER_VERSION,
            known_roots: None,
        }
    }

    /// The header for an index whose manifest was lost: it knows no folder yet.
    pub fn lost() -> Header {
        Header {
            version: VERSION,
            reader: crate::corpus::READER_VERSION,
            known_roots: Some(BTreeSet::new()),
        }
    }

    /// Whether every file of the index at or below `root` is listed.
    pub fn knows(&self, root: &Path) -> bool {
        let root = FileKey::of(root);
        self.known_roots.as_ref().is_none_or(|roots| {
            roots.iter().any(|known| {
                FileKey::from_text(known.clone()).is_some_and(|known| root.is_under(&known))
            })
        })
    }

    /// Records that `root` is read again after a lost manifest.
    pub fn learn(&mut self, root: &Path) {
        if let Some(roots) = &mut self.known_roots {
            roots.insert(FileKey::of(root).text().into_owned());
        }
    }
}

/// A generation on disk, checked whole: every line parses and the paths are in order.
#[derive(Debug)]
pub struct Stored {
    pub header: Header,
    /// `None` for the empty manifest of a new index.
    path: Option<PathBuf>,
    pub files: u64,
    pub articles: u64,
}

/// Why there is no usable manifest (the caller then reads every file again: slower, but
/// nothing is lost).
#[derive(Debug, PartialEq, Eq)]
pub enum Unusable {
    Missing,
    /// Written by an earlier `search` (one JSON object, before manifests were streamed).
    Outdated,
    Damaged(String),
}

impl std::fmt::Display for Unusable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unusable::Missing => write!(f, "the index's manifest is missing"),
            Unusable::Outdated => {
                write!(
                    f,
                    "the index's manifest is from an earlier version of search"
                )
            }
            Unusable::Damaged(why) => write!(f, "the index's manifest is damaged ({why})"),
        }
    }
}

impl Stored {
    /// The manifest of an index that holds nothing yet.
    pub fn empty() -> Stored {
        Stored {
            header: Header::complete(),
            path: None,
            files: 0,
            articles: 0,
        }
    }

    /// In place of a lost manifest: it lists nothing and knows no folder.
    pub fn lost() -> Stored {
        Stored {
            header: Header::lost(),
            ..Stored::empty()
        }
    }

    /// The entries, in path order, read from disk as they are consumed.
    pub fn entries(&self) -> Result<Entries> {
        let lines = match &self.path {
            None => None,
            Some(path) => {
                let file =
                    File::open(path).with_context(|| format!("reading {}", path.display()))?;
                let mut lines = BufReader::new(file).lines();
                lines.next(); // the header, checked when loaded
                Some(lines)
            }
        };
        let stale = self.header.reader != crate::corpus::READER_VERSION;
        Ok(Entries {
            lines,
            line: 1,
            stale,
        })
    }
}

/// The entries of a stored manifest, in path order.
pub struct Entries {
    lines: Option<std::io::Lines<BufReader<File>>>,
    line: usize,
    /// Listed by other readers: no entry matches its file any more (see `FileEntry::stale`).
    stale: bool,
}

impl Iterator for Entries {
    type Item = Result<FileEntry>;

    fn next(&mut self) -> Option<Result<FileEntry>> {
        let line = self.lines.as_mut()?.next()?;
        self.line += 1;
        let at = self.line;
        let stale = self.stale;
        Some(
            line.context("reading the manifest")
                .and_then(|line| serde_json::from_str(&line).map_err(Into::into))
                .map(|entry: FileEntry| if stale { entry.stale() } else { entry })
                .with_context(|| format!("the manifest's line {at}")),
        )
    }
}

fn file_for(dir: &Path, generation: u64) -> PathBuf {
    dir.join(format!("manifest-{generation}.jsonl"))
}

/// Opens generation `generation` and checks it whole (one streaming pass).
pub fn load(dir: &Path, generation: u64) -> Result<Stored, Unusable> {
    if generation == 0 {
        return Ok(Stored::empty());
    }
    let path = file_for(dir, generation);
    let Ok(file) = File::open(&path) else {
        return Err(
            if dir.join(format!("manifest-{generation}.json")).is_file() {
                Unusable::Outdated
            } else {
                Unusable::Missing
            },
        );
    };
    let mut lines = BufReader::new(file).lines();
    let header: Header = match lines.next() {
        Some(Ok(line)) => {
            serde_json::from_str(&line).map_err(|e| Unusable::Damaged(format!("header: {e}")))?
        }
        _ => return Err(Unusable::Damaged("no header".into())),
    };
    if header.version != VERSION {
        return Err(Unusable::Outdated);
    }
    let mut stored = Stored {
        header,
        path: Some(path.clone()),
        files: 0,
        articles: 0,
    };
    let mut entries = Entries {
        lines: Some(lines),
        line: 1,
        stale: false,
    };
    let mut previous: Option<FileKey> = None;
    for entry in &mut entries {
        let entry = entry.map_err(|e| Unusable::Damaged(format!("{e:#}")))?;
        if let Some(previous) = &previous {
            // Not `>=`: a manifest written before keys kept every byte may list a key twice
            // (two names that read the same as lossy text); both then go as files gone.
            if *previous > entry.key {
                return Err(Unusable::Damaged(format!(
                    "line {}: out of order",
                    entries.line
                )));
            }
        }
        stored.files += 1;
        stored.articles += u64::from(entry.articles);
        previous = Some(entry.key);
    }
    Ok(stored)
}

/// A generation being written, line by line, in path order.
pub struct ManifestWriter {
    path: PathBuf,
    tmp: PathBuf,
    out: BufWriter<File>,
    pub generation: u64,
}

impl ManifestWriter {
    pub fn create(dir: &Path, generation: u64, header: &Header) -> Result<ManifestWriter> {
        let path = file_for(dir, generation);
        let tmp = path.with_extension("jsonl.tmp");
        let file = File::create(&tmp).with_context(|| format!("writing {}", tmp.display()))?;
        let mut writer = ManifestWriter {
            path,
            tmp,
            out: BufWriter::new(file),
            generation,
        };
        writer.line(header)?;
        Ok(writer)
    }

    /// The next file, which must come after the last in path order.
    pub fn push(&mut self, entry: &FileEntry) -> Result<()> {
        self.line(entry)
    }

    fn line(&mut self, value: &impl Serialize) -> Result<()> {
        serde_json::to_writer(&mut self.out, value)
            .map_err(std::io::Error::from)
            .and_then(|()| self.out.write_all(b"\n"))
            .with_context(|| format!("writing {}", self.tmp.display()))
    }

    /// Makes the generation durable under its final name (flush, fsync, rename).
    pub fn finish(self) -> Result<()> {
        let finish = || -> std::io::Result<()> {
            let file = self
                .out
                .into_inner()
                .map_err(std::io::IntoInnerError::into_error)?;
            file.sync_all()?;
            std::fs::rename(&self.tmp, &self.path)
        };
        finish().with_context(|| format!("writing {}", self.path.display()))
    }

    /// Throws the unfinished generation away (the run changed nothing or failed).
    pub fn discard(self) {
        let _ = std::fs::remove_file(&self.tmp);
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct Payload {
    generation: u64,
}

/// The generation a commit payload names (0 for an index committed before any manifest).
pub fn generation_of(payload: Option<&str>) -> u64 {
    payload
        .and_then(|p| serde_json::from_str::<Payload>(p).ok())
        .map_or(0, |p| p.generation)
}

pub fn payload_for(generation: u64) -> String {
    serde_json::to_string(&Payload { generation }).unwrap_or_default()
}

/// Removes every manifest generation but `keep` (and stray temporary files).
pub fn prune(dir: &Path, keep: u64) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let kept = format!("manifest-{keep}.jsonl");
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with("manifest-") && name != kept {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests;
