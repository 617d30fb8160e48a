//! The manifest: which files the index holds (size, modification time, content hash, counts).
//!
//! It is written beside the index as `manifest-G.json` *before* the tantivy commit whose payload
//! names generation G, and older generations are removed only after that commit. So a run killed
//! at any moment leaves a committed index and the manifest that describes it.
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

/// One indexed file, keyed in the manifest by its canonical absolute path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    pub display: String,
    pub size: u64,
    /// Modification time, nanoseconds since the Unix epoch.
    pub mtime_ns: u64,
    /// xxh3-64 of the file's bytes, in hex.
    pub hash: String,
    pub articles: u32,
    pub paragraphs: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub files: BTreeMap<String, FileEntry>,
    /// `None`: the manifest lists every file the index holds. After a lost manifest it is the
    /// folders read again since; paragraphs from anywhere else may be in the index unlisted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub known_roots: Option<BTreeSet<String>>,
}

#[derive(Debug, Serialize, Deserialize)]
struct Payload {
    generation: u64,
}

impl Manifest {
    /// A manifest for an index whose own was lost: it knows no folder yet.
    pub fn lost() -> Manifest {
        Manifest {
            files: BTreeMap::new(),
            known_roots: Some(BTreeSet::new()),
        }
    }

    /// Whether every file of the index at or below `root` is listed here.
    pub fn knows(&self, root: &Path) -> bool {
        self.known_roots.as_ref().is_none_or(|roots| {
            roots
                .iter()
                .any(|known| root.starts_with(Path::new(known.as_str())))
        })
    }

    /// Records that `root` was read again after a lost manifest.
    pub fn learn(&mut self, root: &Path) {
        if let Some(roots) = &mut self.known_roots {
            roots.insert(root.to_string_lossy().into_owned());
        }
    }

    /// The entries at or below a folder (or the one file) `root`.
    pub fn under<'a>(
        &'a self,
        root: &'a Path,
    ) -> impl Iterator<Item = (&'a String, &'a FileEntry)> + 'a {
        self.files
            .iter()
            .filter(move |(path, _)| Path::new(path.as_str()).starts_with(root))
    }
}

/// The content hash stored in the manifest.
pub fn content_hash(bytes: &[u8]) -> String {
    format!("{:016x}", xxhash_rust::xxh3::xxh3_64(bytes))
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

fn file_for(dir: &Path, generation: u64) -> PathBuf {
    dir.join(format!("manifest-{generation}.json"))
}

/// Reads generation `generation`; `Ok(None)` when it is missing or unreadable (the caller then
/// re-reads every file, which is slower but loses nothing).
pub fn load(dir: &Path, generation: u64) -> Option<Manifest> {
    if generation == 0 {
        return Some(Manifest::default());
    }
    let bytes = std::fs::read(file_for(dir, generation)).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// Writes generation `generation` durably (temporary file, fsync, rename).
pub fn store(dir: &Path, generation: u64, manifest: &Manifest) -> Result<()> {
    let path = file_for(dir, generation);
    let tmp = path.with_extension("json.tmp");
    let write = || -> std::io::Result<()> {
        // Buffered: serde writes token by token, which unbuffered was ~46 system calls a file.
        let mut out = std::io::BufWriter::new(std::fs::File::create(&tmp)?);
        serde_json::to_writer(&mut out, manifest)?;
        let file = out
            .into_inner()
            .map_err(std::io::IntoInnerError::into_error)?;
        file.sync_all()?;
        std::fs::rename(&tmp, &path)
    };
    write().with_context(|| format!("writing {}", path.display()))
}

/// Removes every manifest generation but `keep` (and stray temporary files).
pub fn prune(dir: &Path, keep: u64) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let kept = format!("manifest-{keep}.json");
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with("manifest-") && name != kept {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(display: &str) -> FileEntry {
        FileEntry {
            display: display.into(),
            size: 1,
            mtime_ns: 2,
            hash: content_hash(b"x"),
            articles: 1,
            paragraphs: 3,
        }
    }

    #[test]
    fn stores_loads_and_prunes_generations() {
        let dir = tempfile::tempdir().unwrap();
        let mut manifest = Manifest::default();
        manifest.files.insert("/a/b.txt".into(), entry("a/b.txt"));
        store(dir.path(), 1, &manifest).unwrap();
        store(dir.path(), 2, &Manifest::default()).unwrap();
        assert_eq!(load(dir.path(), 1), Some(manifest));
        prune(dir.path(), 2);
        assert_eq!(load(dir.path(), 1), None);
        assert_eq!(load(dir.path(), 2), Some(Manifest::default()));
    }

    #[test]
    fn under_is_by_path_component_not_string_prefix() {
        let mut manifest = Manifest::default();
        manifest
            .files
            .insert("/data/news/a.txt".into(), entry("news/a.txt"));
        manifest
            .files
            .insert("/data/newsroom/b.txt".into(), entry("newsroom/b.txt"));
        let under: Vec<_> = manifest
            .under(Path::new("/data/news"))
            .map(|(p, _)| p.clone())
            .collect();
        assert_eq!(under, ["/data/news/a.txt"]);
    }

    #[test]
    fn payload_round_trips_and_garbage_is_generation_zero() {
        assert_eq!(generation_of(Some(&payload_for(7))), 7);
        assert_eq!(generation_of(Some("not json")), 0);
        assert_eq!(generation_of(None), 0);
    }
}
