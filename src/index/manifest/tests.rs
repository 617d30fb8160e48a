use super::*;
use crate::corpus::content_hash;

fn entry(key: &str, articles: u32) -> FileEntry {
    FileEntry {
        key: FileKey::of(Path::new(key)),
        display: key.trim_start_matches('/').into(),
        size: 1,
        mtime_ns: 2,
        node: Some(Node {
            device: 3,
            inode: 4,
            ctime_ns: 5,
        }),
        hash: content_hash(key.as_bytes()),
        articles,
        paragraphs: 3,
    }
}

fn write(dir: &Path, generation: u64, header: &Header, keys: &[&str]) {
    let mut out = ManifestWriter::create(dir, generation, header).unwrap();
    for key in keys {
        out.push(&entry(key, 2)).unwrap();
    }
    out.finish().unwrap();
}

fn keys(stored: &Stored) -> Vec<String> {
    stored
        .entries()
        .unwrap()
        .map(|e| e.unwrap().key.text().into_owned())
        .collect()
}

#[test]
fn stores_loads_counts_and_prunes_generations() {
    let dir = tempfile::tempdir().unwrap();
    let mut header = Header::lost();
    header.learn(Path::new("/a"));
    write(dir.path(), 1, &header, &["/a/b.txt", "/a/c/d.txt"]);
    write(dir.path(), 2, &Header::complete(), &[]);

    let first = load(dir.path(), 1).unwrap();
    assert_eq!(first.header, header);
    assert_eq!((first.files, first.articles), (2, 4));
    assert_eq!(keys(&first), ["/a/b.txt", "/a/c/d.txt"]);
    let entries: Vec<FileEntry> = first.entries().unwrap().map(Result::unwrap).collect();
    assert_eq!(entries[1], entry("/a/c/d.txt", 2), "every field read back");

    prune(dir.path(), 2);
    assert_eq!(load(dir.path(), 1).unwrap_err(), Unusable::Missing);
    let second = load(dir.path(), 2).unwrap();
    assert_eq!((second.files, keys(&second).len()), (0, 0));
    assert_eq!(load(dir.path(), 0).unwrap().files, 0, "a new index's");
}

#[test]
fn a_discarded_generation_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut out = ManifestWriter::create(dir.path(), 1, &Header::complete()).unwrap();
    out.push(&entry("/a.txt", 1)).unwrap();
    out.discard();
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn older_damaged_and_disordered_manifests_are_unusable() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("manifest-1.json"), r#"{"files":{}}"#).unwrap();
    assert_eq!(load(dir.path(), 1).unwrap_err(), Unusable::Outdated);

    write(dir.path(), 2, &Header::complete(), &["/a.txt"]);
    let path = dir.path().join("manifest-2.jsonl");
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str("{\"key\": \"/b.txt\", truncated\n");
    std::fs::write(&path, text).unwrap();
    let damaged = load(dir.path(), 2).unwrap_err();
    assert!(
        matches!(&damaged, Unusable::Damaged(why) if why.contains("line 3")),
        "{damaged:?}"
    );

    write(dir.path(), 3, &Header::complete(), &["/b.txt", "/a.txt"]);
    let disordered = load(dir.path(), 3).unwrap_err();
    assert!(
        matches!(&disordered, Unusable::Damaged(why) if why.contains("out of order")),
        "{disordered:?}"
    );

    std::fs::write(dir.path().join("manifest-4.jsonl"), "").unwrap();
    assert!(matches!(load(dir.path(), 4), Err(Unusable::Damaged(_))));
    let header = serde_json::to_string(&Header {
        version: VERSION + 1,
        ..Header::complete()
    })
    .unwrap();
    std::fs::write(dir.path().join("manifest-5.jsonl"), header + "\n").unwrap();
    assert_eq!(load(dir.path(), 5).unwrap_err(), Unusable::Outdated);
}

#[test]
fn a_lost_manifest_knows_only_the_folders_read_since() {
    let mut header = Header::lost();
    assert!(!header.knows(Path::new("/data")));
    header.learn(Path::new("/data/news"));
    assert!(header.knows(Path::new("/data/news/2024")));
    assert!(!header.knows(Path::new("/data")));
    assert!(!header.knows(Path::new("/data/newsroom")));
    assert!(Header::complete().knows(Path::new("/anything")));
}

#[test]
fn payload_round_trips_and_garbage_is_generation_zero() {
    assert_eq!(generation_of(Some(&payload_for(7))), 7);
    assert_eq!(generation_of(Some("not json")), 0);
    assert_eq!(generation_of(None), 0);
}

/// Issue 15 item 2: a key that is not UTF-8 is written and read back byte for byte.
#[cfg(unix)]
#[test]
fn keys_that_are_not_utf8_round_trip_and_a_stray_escape_is_damage() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let named = |bytes: &[u8]| Path::new(std::ffi::OsStr::from_bytes(bytes)).to_path_buf();
    let mut out = ManifestWriter::create(dir.path(), 1, &Header::complete()).unwrap();
    let paths = [named(b"/c/caf\xe8.txt"), named(b"/c/caf\xe9.txt")];
    for path in &paths {
        let mut e = entry("/c/x.txt", 1);
        e.key = FileKey::of(path);
        out.push(&e).unwrap();
    }
    out.finish().unwrap();
    let stored = load(dir.path(), 1).unwrap();
    let read: Vec<PathBuf> = stored
        .entries()
        .unwrap()
        .map(|e| e.unwrap().key.path().into_owned())
        .collect();
    assert_eq!(read, paths);

    let mut header = Header::lost();
    header.learn(&named(b"/c/\xe9"));
    assert!(header.knows(&named(b"/c/\xe9/a.txt")));
    assert!(!header.knows(&named(b"/c/\xe8")));

    let path = dir.path().join("manifest-1.jsonl");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("\u{FDD0}E9", "\u{FDD0}")).unwrap();
    assert!(matches!(load(dir.path(), 1), Err(Unusable::Damaged(_))));
}

/// A manifest line written before change times and inodes were recorded has none: its file is
/// hashed by the next run (issue 15 item 9).
#[test]
fn an_entry_without_a_node_reads_as_unknown() {
    let line = r#"{"key":"/c/a.txt","display":"c/a.txt","size":1,"mtime_ns":2,"hash":"00","articles":1,"paragraphs":1}"#;
    let entry: FileEntry = serde_json::from_str(line).unwrap();
    assert_eq!(entry.node, None);
}
