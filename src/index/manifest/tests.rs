use super::*;

fn entry(key: &str, articles: u32) -> FileEntry {
    FileEntry {
        key: key.into(),
        display: key.trim_start_matches('/').into(),
        size: 1,
        mtime_ns: 2,
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
    stored.entries().unwrap().map(|e| e.unwrap().key).collect()
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
fn path_order_is_by_component_as_the_walk_goes() {
    // As text, "b c" sorts before "b/" (space before slash); the walk finishes folder "b" first.
    assert_eq!(path_order("/a/b/y.txt", "/a/b c/x.txt"), Ordering::Less);
    assert_eq!(path_order("/a/b.txt", "/a/b/x.txt"), Ordering::Greater);
    assert_eq!(path_order("/a/x.txt", "/a/x.txt"), Ordering::Equal);
    let mut keys = [
        "/a/b c/x", "/a/b/y", "/a/b", "/a/b-c", "/a/b.txt", "/a/ba", "/a/b/c/d", "/a", "/a/b/",
        "/z", "/a/B",
    ];
    let by_path: Vec<&str> = {
        let mut k = keys.to_vec();
        k.sort_by(|x, y| Path::new(x).cmp(Path::new(y)));
        k
    };
    keys.sort_by(|x, y| path_order(x, y));
    let same = |x: &str, y: &str| Path::new(x) == Path::new(y);
    assert!(
        keys.iter().zip(&by_path).all(|(x, y)| same(x, y)),
        "{keys:?} against {by_path:?}"
    );
}

#[test]
fn under_is_by_path_component_not_string_prefix() {
    assert!(is_under("/data/news/a.txt", "/data/news"));
    assert!(is_under("/data/news/a.txt", "/data/news/a.txt"));
    assert!(is_under("/data/news/a.txt", "/"));
    assert!(!is_under("/data/newsroom/b.txt", "/data/news"));
    assert!(!is_under("/data/new", "/data/news"));
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
