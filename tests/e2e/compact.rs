//! End-to-end: `search compact` merges segments without changing what queries find.
use crate::util::{stats, TestEnv};

/// Every hit of `query` as (path, paragraph, text, highlighted words), sorted.
fn found(env: &TestEnv, query: &str) -> Vec<String> {
    let (hits, _) = env.query_json(&["--limit", "1000", query]);
    let mut found: Vec<String> = hits
        .iter()
        .map(|h| {
            format!(
                "{} {} {} {:?}",
                h["path"],
                h["paragraph"],
                h["text"],
                crate::util::highlighted(h)
            )
        })
        .collect();
    found.sort();
    found
}

#[test]
fn compacting_merges_segments_reclaims_replaced_paragraphs_and_finds_the_same() {
    let env = TestEnv::with_seed();
    // One indexing thread: one segment a run.
    let index = |folder: &str| {
        let run = env.run(&["index", "--threads", "1", folder]);
        assert_eq!(run.code, 0, "{}", run.stderr);
    };
    index("corpus");
    env.write(
        "more/a.md",
        "# Harbour\n\nThe harbour reopened on Monday.\n\nShips returned to the harbour.\n",
    );
    env.write("more/c.md", "# Quay\n\nThe quay by the harbour is busy.\n");
    index("more");
    env.write(
        "third/b.md",
        "# Port\n\nThe harbour master said the port is safe.\n",
    );
    index("third");
    // A changed file: its old paragraphs are deleted from the segment it shares with c.md.
    env.write(
        "more/a.md",
        "# Harbour\n\nThe harbour reopened on Tuesday.\n\nShips returned to the harbour.\n",
    );
    index("more");
    let before = stats(&env);
    assert_eq!(
        (before["segments"].as_u64(), before["deleted"].as_u64()),
        (Some(4), Some(2)),
        "{before}"
    );
    let queries = ["harbour", "ukraine", "\"reassurance force\"", "macron"];
    let results: Vec<Vec<String>> = queries.iter().map(|q| found(&env, q)).collect();
    assert!(results.iter().all(|r| !r.is_empty()));

    let run = env.run(&["compact"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.says("4 segments -> 1 in 1 merge, 2 deleted paragraphs reclaimed");
    let after = stats(&env);
    assert_eq!(
        (after["segments"].as_u64(), after["deleted"].as_u64()),
        (Some(1), Some(0)),
        "{after}"
    );
    assert_eq!(after["paragraphs"], before["paragraphs"]);
    let files = std::fs::read_dir(env.root().join(".search"))
        .unwrap()
        .count();
    let bytes = |s: &serde_json::Value| s["size_bytes"].as_u64().unwrap();
    assert!(
        bytes(&after) < bytes(&before),
        "merged segments' files are removed: {files} files"
    );
    assert_eq!(after["files"], before["files"]);
    for (query, expected) in queries.iter().zip(&results) {
        assert_eq!(&found(&env, query), expected, "{query}");
    }

    // The manifest still describes the index: nothing is read again.
    env.index("more")
        .says("0 added, 0 updated, 0 removed, 2 unchanged");
    let run = env.run(&["compact"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.says("1 segment -> 1 in 0 merges");
}

#[test]
fn compacting_without_an_index_is_a_clear_error() {
    let env = TestEnv::new();
    let run = env.run(&["compact"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    run.says("no index");
}

#[test]
fn indexing_suggests_compaction_once_it_would_save_several_segments() {
    let env = TestEnv::new();
    let hint = "`search compact` would merge them into";
    // A new folder indexed with one thread: one small segment a run (tantivy merges them only
    // eight at a time).
    let feed = |run: usize| {
        env.write(
            &format!("feed{run}/a.md"),
            &format!("# Harbour {run}\n\nThe harbour reopened after storm {run}.\n"),
        );
        let indexed = env.run(&["index", "--threads", "1", &format!("feed{run}")]);
        assert_eq!(indexed.code, 0, "{}", indexed.stderr);
        indexed
    };
    for run in 1..=5 {
        let indexed = feed(run);
        if run < 5 {
            // Four segments would become one: not worth a word yet.
            assert!(
                !indexed.stderr.contains(hint),
                "run {run}: {}",
                indexed.stderr
            );
        } else {
            indexed.says("the index has 5 segments; `search compact` would merge them into 1");
        }
    }
    let run = env.run(&["compact"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let indexed = feed(6);
    assert!(!indexed.stderr.contains(hint), "{}", indexed.stderr);
}
