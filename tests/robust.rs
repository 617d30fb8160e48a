//! End-to-end: incremental indexing, bad input, locks and crash safety (issue 4).
mod util;

use std::time::Duration;

use util::{TestEnv, SEED_NAME};

fn stats(env: &TestEnv) -> serde_json::Value {
    let run = env.run(&["stats", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(run.stdout.trim()).expect("stats JSON")
}

fn hits(env: &TestEnv, query: &str) -> usize {
    env.query_json(&["--limit", "10000", query]).0.len()
}

#[test]
fn reindexing_reads_only_what_changed() {
    let env = TestEnv::with_seed();
    env.write(
        "corpus/b.txt",
        "Date: 2024-01-01\n\nThe harbour reopened.\n",
    );
    let run = env.index("corpus");
    assert!(
        run.stderr
            .contains("2 added, 0 updated, 0 removed, 0 unchanged"),
        "{}",
        run.stderr
    );

    let run = env.index("corpus");
    assert!(
        run.stderr
            .contains("0 added, 0 updated, 0 removed, 2 unchanged"),
        "{}",
        run.stderr
    );

    // Same bytes, newer modification time: read and hashed, but not re-indexed.
    std::thread::sleep(Duration::from_millis(20));
    env.write(
        "corpus/b.txt",
        "Date: 2024-01-01\n\nThe harbour reopened.\n",
    );
    let run = env.index("corpus");
    assert!(
        run.stderr.contains("0 updated, 0 removed, 2 unchanged"),
        "{}",
        run.stderr
    );
    // ... and its new modification time was recorded: the next run knows it by size and time.
    let run = env.run(&["index", "--verbose", "corpus"]);
    assert!(
        run.stderr.contains("search: unchanged corpus/b.txt"),
        "{}",
        run.stderr
    );

    env.write(
        "corpus/b.txt",
        "Date: 2024-01-01\n\nThe harbour closed.\n\nThe harbour reopened.\n",
    );
    let run = env.index("corpus");
    assert!(
        run.stderr
            .contains("0 added, 1 updated, 0 removed, 1 unchanged"),
        "{}",
        run.stderr
    );
    assert_eq!(hits(&env, "harbour"), 2);

    std::fs::remove_file(env.root().join("corpus/b.txt")).unwrap();
    let run = env.index("corpus");
    assert!(
        run.stderr
            .contains("0 added, 0 updated, 1 removed, 1 unchanged"),
        "{}",
        run.stderr
    );
    assert_eq!(hits(&env, "harbour"), 0);
    assert_eq!(stats(&env)["paragraphs"], 3);
    assert_eq!(stats(&env)["files"], 1);
}

#[test]
fn another_folder_is_left_alone_and_rebuild_starts_from_scratch() {
    let env = TestEnv::with_seed();
    env.write("other/b.txt", "Date: 2024-01-01\n\nThe harbour reopened.\n");
    env.index("corpus");
    env.index("other");
    assert_eq!(stats(&env)["paragraphs"], 4);
    let run = env.run(&["index", "--rebuild", "other"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("1 added"), "{}", run.stderr);
    assert_eq!(
        stats(&env)["paragraphs"],
        1,
        "the rebuild dropped the other folder"
    );
}

#[test]
fn an_index_of_another_format_says_to_rebuild() {
    let env = TestEnv::with_seed();
    env.index("corpus");
    std::fs::write(env.root().join(".search/search-format"), "999\n").unwrap();
    let run = env.run(&["query", "force"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--rebuild"), "{}", run.stderr);
    let run = env.run(&["index", "--rebuild", "corpus"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(hits(&env, "ukraine"), 3);
}

#[test]
fn a_foreign_or_damaged_index_is_named_clearly() {
    let env = TestEnv::with_seed();
    env.write("notanindex/readme.txt", "hello");
    let run = env.run(&["--index", "notanindex", "query", "force"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("not a search index"), "{}", run.stderr);
    let run = env.run(&["--index", "notanindex", "index", "corpus"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("not a search index"), "{}", run.stderr);

    env.index("corpus");
    std::fs::write(env.root().join(".search/meta.json"), "{ damaged").unwrap();
    let run = env.run(&["query", "force"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.starts_with("search: "), "{}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
}

#[test]
fn a_second_writer_is_refused_at_once() {
    let env = TestEnv::with_seed();
    env.index("corpus");
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(env.root().join(".search/.tantivy-writer.lock"))
        .unwrap();
    lock.lock().unwrap();
    let run = env.run(&["index", "corpus"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("another search index or search compact is writing to"),
        "{}",
        run.stderr
    );
    let run = env.run(&["query", "ukraine"]);
    assert_eq!(
        run.code, 0,
        "queries still work while a writer holds the lock"
    );
}

#[test]
fn strict_turns_warnings_into_an_error_and_changes_nothing() {
    let env = TestEnv::with_seed();
    env.index("corpus");
    env.write("corpus/empty.txt", "");
    env.write(
        "corpus/new.txt",
        "Date: 2024-01-01\n\nThe harbour reopened.\n",
    );
    let run = env.run(&["index", "--strict", "corpus"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--strict"), "{}", run.stderr);
    assert_eq!(hits(&env, "harbour"), 0);
    let run = env.run(&["index", "corpus"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(hits(&env, "harbour"), 1);
}

#[test]
fn bad_input_is_reported_once_and_the_good_files_are_all_searchable() {
    let env = TestEnv::new();
    let dir = env.root().join("mixed");
    env.write("mixed/good1.txt", "Date: 2024-01-01\n\nGood zebra one.\n");
    env.write(
        "mixed/good2.md",
        "---\ntitle: Two\ndate: 2024-01-02\n---\n\nGood zebra two.\n",
    );
    std::fs::write(dir.join("binary.txt"), [0u8, 159, 146, 150, 0, 1, 2, 3]).unwrap();
    std::fs::write(
        dir.join("latin1.txt"),
        b"Date: 2024-01-03\n\nCaf\xe9 zebra three.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("bom.txt"),
        "\u{feff}Date: 2024-01-04\n\nBom zebra four.\n",
    )
    .unwrap();
    env.write("mixed/empty.txt", "");
    env.write(
        "mixed/headers.txt",
        "Title: Only headers\nDate: 2024-01-05\n",
    );
    env.write("mixed/bad.json", "{\"title\": \"x\", \"body\": ");
    env.write(
        "mixed/lines.jsonl",
        "{\"date\": \"2024-01-06\", \"body\": \"Line zebra five.\"}\nnot json at all\n{\"date\": 7, \"title\": [1], \"body\": \"Line zebra six.\"}\n{\"title\": \"no body\"}\n",
    );
    env.write(
        "mixed/baddate.txt",
        "Date: 2025-02-30\n\nImpossible zebra seven.\n",
    );
    env.write("mixed/future.txt", "Date: 9999-01-01\n\nFar zebra eight.\n");
    env.write(
        "mixed/bidi.txt",
        "Date: 2024-01-07\n\nEvil \u{202e}zebra\u{1b}[31m nine.\n",
    );
    let huge = format!("Date: 2024-01-08\n\nzebra {}\n", "word ".repeat(2_200_000));
    env.write("mixed/huge.txt", &huge);
    std::os::unix::fs::symlink(dir.join("missing-target.txt"), dir.join("dangling.txt")).unwrap();
    std::fs::create_dir(dir.join("loop")).unwrap();
    std::os::unix::fs::symlink(&dir, dir.join("loop/back")).unwrap();

    // Following links (`-L`): without it, the dangling link and the loop are links skipped.
    let run = env.run(&["index", "-L", "mixed"]);
    assert_eq!(run.code, 0, "warnings do not fail the run: {}", run.stderr);
    assert!(!run.stderr.contains("panicked"));
    for name in [
        "binary.txt",
        "latin1.txt",
        "empty.txt",
        "headers.txt",
        "bad.json",
        "lines.jsonl:2",
        "baddate.txt",
        "future.txt",
        "huge.txt",
        "dangling.txt",
        "loop",
    ] {
        assert!(
            run.stderr.contains(name),
            "{name} is reported: {}",
            run.stderr
        );
    }
    assert_eq!(
        run.stderr.matches("binary.txt").count(),
        1,
        "reported once: {}",
        run.stderr
    );
    let (found, _) = env.query_json(&["--limit", "100", "zebra"]);
    let texts: Vec<&str> = found.iter().filter_map(|h| h["text"].as_str()).collect();
    for word in [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ] {
        assert!(
            texts.iter().any(|t| t.contains(word)),
            "{word} is searchable: {texts:?}"
        );
    }
    assert!(
        texts.iter().any(|t| t.starts_with("zebra word")),
        "the huge paragraph is indexed"
    );
    assert!(
        texts.iter().any(|t| t.contains("Café")),
        "Windows-1252 decoded"
    );
    let plain = env.run(&["query", "nine"]);
    assert!(plain.stdout.contains("\\u{202e}") && !plain.stdout.contains('\u{202e}'));
    assert!(!plain.stdout.contains('\x1b'));
}

#[test]
fn nothing_lost_every_paragraph_is_found_by_its_own_words() {
    let env = TestEnv::new();
    for f in 0..12 {
        let body: String = (0..7)
            .map(|p| format!("Paragraph text with the marker qz{f}x{p}y and more words.\n\n"))
            .collect();
        env.write(
            &format!("gen/f{f}.txt"),
            &format!("Date: 2024-02-{:02}\n\n{body}", f + 1),
        );
    }
    env.index("gen");
    assert_eq!(stats(&env)["paragraphs"], 12 * 7);
    for f in 0..12 {
        for p in 0..7 {
            let (found, _) = env.query_json(&[&format!("qz{f}x{p}y")]);
            assert_eq!(found.len(), 1, "qz{f}x{p}y");
            assert_eq!(found[0]["paragraph"], p + 1);
            assert_eq!(found[0]["path"], format!("gen/f{f}.txt"));
        }
    }
}

#[test]
fn a_killed_run_leaves_a_readable_index_and_the_next_run_completes_it() {
    let env = TestEnv::with_seed();
    let files = 150;
    let per_file = 20;
    for f in 0..files {
        let body: String = (0..per_file)
            .map(|p| format!("Speaker Anna Berg said the figure {f} {p} was final. \"We are done,\" she added.\n\n"))
            .collect();
        env.write(
            &format!("big/f{f:04}.txt"),
            &format!("Date: 2024-03-01\n\n{body}"),
        );
    }
    let expected = files * per_file + 3;
    for (round, delay_ms) in [0u64, 40, 120, 300, 700, 1100, 1400]
        .into_iter()
        .enumerate()
    {
        if round == 2 {
            // Change a file between kills, so a later run has real work to redo.
            env.write("big/f0000.txt", "Date: 2024-03-02\n\nReplaced.\n");
        }
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_search"))
            .current_dir(env.root())
            .args(["index", "big", "corpus"])
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let run = env.run(&["stats", "--json"]);
        assert!(
            run.code == 0 || run.stderr.contains("no index found"),
            "after a kill at {delay_ms} ms the index opens: {}",
            run.stderr
        );
    }
    env.write(
        "big/f0000.txt",
        &format!(
            "Date: 2024-03-01\n\n{}",
            (0..per_file)
                .map(|p| format!("Speaker Anna Berg said the figure 0 {p} was final.\n\n"))
                .collect::<String>()
        ),
    );
    let run = env.run(&["index", "big", "corpus"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let stats = stats(&env);
    assert_eq!(
        stats["paragraphs"], expected,
        "no duplicated and no missing paragraphs"
    );
    assert_eq!(stats["files"], files + 1);
    assert_eq!(hits(&env, "final"), files * per_file);
    let _ = SEED_NAME;
}

/// A JSON Lines file of more articles than one batch is written in parts (never held parsed
/// whole); re-indexing it after a change still replaces it exactly once.
#[test]
fn a_large_json_lines_file_is_indexed_in_parts_and_replaced_whole() {
    let env = TestEnv::new();
    let lines = |n: usize, word: &str| -> String {
        (0..n)
            .map(|i| {
                format!("{{\"title\": \"Story {i}\", \"date\": \"2024-03-01\", \"body\": \"The {word} rose in item {i}.\\n\\nA second paragraph.\"}}\n")
            })
            .collect()
    };
    env.write("corpus/wire.jsonl", &lines(600, "tide"));
    let run = env.index("corpus");
    assert!(run.stderr.contains("1 added"), "{}", run.stderr);
    let counts = stats(&env);
    assert_eq!(counts["articles"], 600);
    assert_eq!(counts["paragraphs"], 1200);
    assert_eq!(hits(&env, "tide"), 600);

    env.write("corpus/wire.jsonl", &lines(530, "river"));
    let run = env.index("corpus");
    assert!(run.stderr.contains("0 added, 1 updated"), "{}", run.stderr);
    let counts = stats(&env);
    assert_eq!(counts["articles"], 530);
    assert_eq!(counts["paragraphs"], 1060);
    assert_eq!(hits(&env, "tide"), 0);
    assert_eq!(hits(&env, "river"), 530);
}
