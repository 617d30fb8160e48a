//! End-to-end: which files a run reads and how it knows them again (issue 15, "Nothing lost,
//! nothing escapes"): names kept byte for byte, no symbolic link followed out of the corpus, an
//! unplugged archive kept, and edits that keep size and modification time found.
use std::fs;
use std::path::Path;

use crate::util::{stats, TestEnv};

/// The texts of the hits for `query`, asserting that the query warned of nothing.
fn texts(env: &TestEnv, query: &str) -> Vec<String> {
    let (hits, run) = env.query_json(&["--limit", "100", query]);
    assert_eq!(run.stderr, "", "every passage is read back");
    hits.iter()
        .map(|h| h["text"].as_str().expect("text").to_string())
        .collect()
}

fn article(words: &str) -> String {
    format!("Date: 2024-01-01\n\n{words}\n")
}

/// Issue 15 item 2: `caf\xe9.txt` and `caf\xe8.txt` were one key (`caf\u{FFFD}.txt`), so editing
/// one deleted the other's paragraphs for good, and a lean index could not read either back.
#[cfg(unix)]
#[test]
fn names_that_differ_only_in_invalid_bytes_are_two_files() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;

    let env = TestEnv::new();
    let dir = env.root().join("corpus");
    fs::create_dir_all(&dir).unwrap();
    let e9 = dir.join(OsStr::from_bytes(b"caf\xe9.txt"));
    let e8 = dir.join(OsStr::from_bytes(b"caf\xe8.txt"));
    fs::write(&e9, article("The alpha harbour.")).unwrap();
    fs::write(&e8, article("The bravo harbour.")).unwrap();
    env.index("corpus").says(" 2 added, 0 updated");
    fs::write(&e8, article("The charlie harbour, edited.")).unwrap();
    env.index("corpus")
        .says(" 0 added, 1 updated, 0 removed, 1 unchanged");
    env.index("corpus")
        .says(" 0 added, 0 updated, 0 removed, 2 unchanged");
    assert_eq!(texts(&env, "alpha"), ["The alpha harbour."], "kept");
    assert_eq!(texts(&env, "charlie"), ["The charlie harbour, edited."]);
    assert!(texts(&env, "bravo").is_empty(), "replaced");
    assert_eq!(stats(&env)["files"], 2);

    fs::remove_file(&e9).unwrap();
    env.index("corpus")
        .says(" 0 added, 0 updated, 1 removed, 1 unchanged");
    assert!(texts(&env, "alpha").is_empty());
    assert_eq!(texts(&env, "harbour").len(), 1);
}

fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo");
    assert!(status.success());
}

/// Issue 15 item 3: `c/article.txt -> /etc/passwd` and `c/archive -> /etc` were indexed, and a
/// FIFO was skipped without a word.
#[cfg(unix)]
#[test]
fn symbolic_links_are_followed_only_when_asked_and_only_regular_files_are_read() {
    use std::os::unix::fs::symlink;

    let env = TestEnv::new();
    env.write("corpus/a.txt", &article("Inside zebra."));
    let secret = env.write("outside/secret.txt", &article("Outside zebra secret."));
    env.write("outside/folder/deep.txt", &article("Deep zebra secret."));
    let corpus = env.root().join("corpus");
    symlink(&secret, corpus.join("article.txt")).unwrap();
    symlink(env.root().join("outside/folder"), corpus.join("archive")).unwrap();
    mkfifo(&corpus.join("pipe.txt"));

    let run = env.run(&["index", "--verbose", "corpus"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.says("search: warning: ");
    run.says("pipe.txt: not a regular file (a FIFO)");
    assert_eq!(
        run.stderr.matches("pipe.txt").count(),
        1,
        "named once: {}",
        run.stderr
    );
    run.says("search: skipped corpus/article.txt (a symbolic link; --follow reads it)");
    run.says(" 1 added, 0 updated");
    assert_eq!(texts(&env, "zebra"), ["Inside zebra."]);

    let quiet = env.run(&["index", "corpus"]);
    assert!(!quiet.stderr.contains("symbolic link"), "{}", quiet.stderr);

    let named = env.run(&["index", "corpus/pipe.txt"]);
    named.says("pipe.txt: not a regular file (a FIFO)");
    let strict = env.run(&["index", "--strict", "corpus"]);
    assert_eq!(strict.code, 2, "a FIFO is a warning: {}", strict.stderr);

    symlink("/dev/zero", corpus.join("zero.txt")).unwrap();
    let follow = env.run(&["index", "-L", "corpus"]);
    assert_eq!(follow.code, 0, "{}", follow.stderr);
    follow.says("zero.txt: not a regular file (a character device)");
    follow.says(" 2 added, 0 updated");
    assert_eq!(texts(&env, "secret").len(), 2, "followed when asked");
}

/// Issue 15 item 8: indexing an archive whose disk is unplugged (the mount point empty, or gone)
/// removed every paragraph it had, with exit 0, even with `--strict`.
#[test]
fn an_unplugged_archive_keeps_its_paragraphs_until_pruned() {
    let env = TestEnv::new();
    env.write("mnt/archive/a.txt", &article("Archived alpha."));
    env.write("mnt/archive/2024/b.txt", &article("Archived bravo."));
    env.write("other/c.txt", &article("Other charlie."));
    let run = env.run(&["index", "--full", "mnt/archive"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    env.index("other");
    let archive = env.root().join("mnt/archive");
    let disk = env.root().join("disk");
    let refused = |args: &[&str]| {
        let run = env.run(args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        run.says("mnt/archive");
        run.says("2 files (2 paragraphs)");
        run.says("--prune");
        assert_eq!(stats(&env)["paragraphs"], 3, "{args:?} removed nothing");
    };

    fs::rename(&archive, &disk).unwrap();
    fs::create_dir(&archive).unwrap();
    refused(&["index", "mnt/archive"]);
    refused(&["index", "--strict", "mnt/archive"]);
    fs::remove_dir(&archive).unwrap();
    refused(&["index", "mnt/archive"]);
    refused(&["index", "--strict", "mnt/archive"]);
    // Another folder the index knows is no new place for it.
    refused(&["index", "mnt/archive", "other"]);

    fs::rename(&disk, &archive).unwrap();
    env.index("mnt/archive")
        .says(" 0 added, 0 updated, 0 removed, 2 unchanged");

    fs::rename(&archive, &disk).unwrap();
    fs::create_dir(&archive).unwrap();
    let run = env.run(&["index", "--prune", "mnt/archive"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.says(" 0 added, 0 updated, 2 removed");
    assert_eq!(stats(&env)["paragraphs"], 1);
}

/// Issue 15 item 9: `cp -p`, `rsync -t` and `touch -r` keep size and modification time, and such
/// an edit was "unchanged" forever.
#[test]
fn an_edit_that_keeps_size_and_modification_time_is_read() {
    let env = TestEnv::new();
    let file = env.write("corpus/a.txt", &article("The alpha harbour."));
    env.index("corpus");
    let before = fs::metadata(&file).unwrap();
    let same_size = |path: &Path, words: &str| {
        fs::write(path, article(words)).unwrap();
        fs::File::options()
            .write(true)
            .open(path)
            .and_then(|f| f.set_modified(before.modified().unwrap()))
            .unwrap();
        let now = fs::metadata(path).unwrap();
        assert_eq!(now.len(), before.len());
        assert_eq!(now.modified().unwrap(), before.modified().unwrap());
    };

    // In place (`touch -r`): the change time moves.
    same_size(&file, "The omega harbour.");
    env.index("corpus").says(" 0 added, 1 updated");
    assert_eq!(texts(&env, "harbour"), ["The omega harbour."]);

    // Replaced by another file (`rsync -t`): another inode.
    let tmp = env.root().join("corpus/.a.txt.tmp");
    same_size(&tmp, "The delta harbour.");
    fs::rename(&tmp, &file).unwrap();
    env.index("corpus").says(" 0 added, 1 updated");
    assert_eq!(texts(&env, "harbour"), ["The delta harbour."]);

    // Only its change time moved, its bytes did not: hashed, not read again.
    let mut permissions = fs::metadata(&file).unwrap().permissions();
    permissions.set_readonly(true);
    fs::set_permissions(&file, permissions).unwrap();
    env.index("corpus")
        .says(" 0 added, 0 updated, 0 removed, 1 unchanged");
    env.run(&["index", "--verbose", "corpus"])
        .says("search: unchanged corpus/a.txt");
}
