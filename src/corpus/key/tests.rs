use super::*;

fn key(text: &str) -> FileKey {
    FileKey::of(Path::new(text))
}

#[cfg(unix)]
fn raw(bytes: &[u8]) -> FileKey {
    FileKey(bytes.to_vec())
}

#[test]
fn path_order_is_by_component_as_the_walk_goes() {
    let order = |a: &str, b: &str| key(a).cmp(&key(b));
    // As text, "b c" sorts before "b/" (space before slash); the walk finishes folder "b" first.
    assert_eq!(order("/a/b/y.txt", "/a/b c/x.txt"), Ordering::Less);
    assert_eq!(order("/a/b.txt", "/a/b/x.txt"), Ordering::Greater);
    assert_eq!(order("/a/x.txt", "/a/x.txt"), Ordering::Equal);
    let mut keys = [
        "/a/b c/x", "/a/b/y", "/a/b", "/a/b-c", "/a/b.txt", "/a/ba", "/a/b/c/d", "/a", "/a/b/",
        "/z", "/a/B",
    ];
    let by_path: Vec<&str> = {
        let mut k = keys.to_vec();
        k.sort_by(|x, y| Path::new(x).cmp(Path::new(y)));
        k
    };
    keys.sort_by(|x, y| order(x, y));
    let same = |x: &str, y: &str| Path::new(x) == Path::new(y);
    assert!(
        keys.iter().zip(&by_path).all(|(x, y)| same(x, y)),
        "{keys:?} against {by_path:?}"
    );
}

#[test]
fn under_is_by_path_component_not_string_prefix() {
    let under = |file: &str, root: &str| key(file).is_under(&key(root));
    assert!(under("/data/news/a.txt", "/data/news"));
    assert!(under("/data/news/a.txt", "/data/news/a.txt"));
    assert!(under("/data/news/a.txt", "/"));
    assert!(!under("/data/newsroom/b.txt", "/data/news"));
    assert!(!under("/data/new", "/data/news"));
}

#[test]
fn a_utf8_path_is_its_own_text_and_an_escape_in_it_is_doubled() {
    let plain = key("/data/news/café «x».txt");
    assert_eq!(plain.text(), "/data/news/café «x».txt");
    assert!(matches!(plain.text(), Cow::Borrowed(_)));
    let odd = key("/data/\u{FDD0}.txt");
    assert_eq!(odd.text(), "/data/\u{FDD0}\u{FDD0}.txt");
    for k in [plain, odd] {
        assert_eq!(FileKey::from_text(k.text().into_owned()), Some(k));
    }
}

/// Issue 15 item 2: names that differ only in bytes that are not UTF-8 are two keys.
#[cfg(unix)]
#[test]
fn bytes_that_are_not_utf8_are_kept_and_told_apart() {
    let e9 = raw(b"/c/caf\xe9.txt");
    let e8 = raw(b"/c/caf\xe8.txt");
    assert_ne!(e9.text(), e8.text());
    assert_eq!(e9.text(), "/c/caf\u{FDD0}E9.txt");
    assert_eq!(raw(b"/c/\xe2\x82/x").text(), "/c/\u{FDD0}E2\u{FDD0}82/x");
    for k in [&e9, &e8, &raw(b"/c/\xff\xfe/\xef\xb7\x90")] {
        assert_eq!(FileKey::from_text(k.text().into_owned()).as_ref(), Some(k));
    }
    assert_eq!(e9.path().as_os_str().len(), 11, "the path is the bytes");
    // The order is the bytes', whatever the text form.
    assert!(e8 < e9 && e9 < raw(b"/c/caf\xe9.txt2") && raw(b"/c/caf\xe9/x") < e9);
    let (first, past) = raw(b"/c/\xe9").folder_range();
    let inside = |k: &FileKey| first.as_str() <= &*k.text() && &*k.text() < past.as_str();
    assert!(inside(&raw(b"/c/\xe9/a.txt")) && inside(&raw(b"/c/\xe9/\xe8/b.txt")));
    assert!(!inside(&raw(b"/c/\xe9\xe8/a.txt")) && !inside(&raw(b"/c/\xe9.txt")));
}

#[test]
fn a_text_no_key_writes_so_is_refused() {
    for text in [
        "/c/\u{FDD0}",
        "/c/\u{FDD0}E",
        "/c/\u{FDD0}zz",
        "/c/\u{FDD0}e9",
        // `é` written another way: one text form a key.
        "/c/\u{FDD0}C3\u{FDD0}A9",
        "/c/\u{FDD0}41",
    ] {
        assert_eq!(FileKey::from_text(text.to_owned()), None, "{text:?}");
    }
}

#[test]
fn a_key_reads_back_from_the_manifest_and_refuses_a_stray_escape() {
    let k = key("/c/a.txt");
    let json = serde_json::to_string(&k).unwrap();
    assert_eq!(json, "\"/c/a.txt\"");
    assert_eq!(serde_json::from_str::<FileKey>(&json).unwrap(), k);
    assert!(serde_json::from_str::<FileKey>("\"/c/\u{FDD0}x\"").is_err());
}
