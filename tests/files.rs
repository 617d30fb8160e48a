//! End-to-end: which files a run reads and how it knows them again (issue 15, "Nothing lost,
//! nothing escapes"): names kept byte for byte, no symbolic link followed out of the corpus, an
//! unplugged archive kept, and edits that keep size and modification time found.
mod util;

use std::fs;

use util::TestEnv;

fn stats(env: &TestEnv) -> serde_json::Value {
    let run = env.run(&["stats", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(run.stdout.trim()).expect("stats JSON")
}

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
