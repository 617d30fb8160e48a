//! End-to-end: incremental indexing, bad input, locks and crash safety (issue 4).
use std::time::Duration;

use crate::util::{stats, TestEnv, SEED_NAME};

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
    run.says("2 added, 0 updated, 0 removed, 0 unchanged");

    let run = env.index("corpus");
    run.says("0 added, 0 updated, 0 removed, 2 unchanged");

    // Same bytes, newer modification time: read and hashed, but not re-indexed.
    std::thread::sleep(Duration::from_millis(20));
    env.write(
        "corpus/b.txt",
        "Date: 2024-01-01\n\nThe harbour reopened.\n",
    );
    let run = env.index("corpus");
    run.says("0 updated, 0 removed, 2 unchanged");
    // ... and its new modification time was recorded: the next run knows it by size and time.
    let run = env.run(&["index", "--verbose", "corpus"]);
    run.says("search: unchanged corpus/b.txt");

    env.write(
        "corpus/b.txt",
        "Date: 2024-01-01\n\nThe harbour closed.\n\nThe harbour reopened.\n",
    );
    let run = env.index("corpus");
    run.says("0 added, 1 updated, 0 removed, 1 unchanged");
    assert_eq!(hits(&env, "harbour"), 2);

    std::fs::remove_file(env.root().join("corpus/b.txt")).unwrap();
    let run = env.index("corpus");
    run.says("0 added, 0 updated, 1 removed, 1 unchanged");
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
    run.says("1 added");
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
    run.says("--rebuild");
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
    run.says("not a search index");
    let run = env.run(&["--index", "notanindex", "index", "corpus"]);
    assert_eq!(run.code, 2);
    run.says("not a search index");

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
    run.says("another search index or search compact is writing to");
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
    run.says("--strict");
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

/// Issue 15, item 1: a run that dies inside a commit, after writing the new delete file of a
/// segment and before the commit point, leaves that file behind. The next run, doing the same
/// work, reaches the same file name: it must clear what no commit refers to, not fail on it.
#[test]
fn a_run_killed_inside_its_commit_never_blocks_the_next_one() {
    let env = TestEnv::with_seed();
    env.write(
        "corpus/b.txt",
        "Date: 2024-03-01\n\nThe quokka version of b.\n",
    );
    env.index("corpus");
    env.write(
        "corpus/b.txt",
        "Date: 2024-03-01\n\nThe wombat version, with a longer body.\n",
    );
    let die = [("SEARCH_TEST_FAULT", "die-before-meta")];
    for _ in 0..2 {
        let run = env.run_env(&die, &["index", "corpus"]);
        assert_ne!(run.code, 0, "the fault stops the run: {}", run.stderr);
        assert_eq!(
            hits(&env, "quokka"),
            1,
            "the last commit is still the one read"
        );
    }
    let leftover = |env: &TestEnv| {
        std::fs::read_dir(env.root().join(".search"))
            .unwrap()
            .filter(|e| {
                let name = e.as_ref().unwrap().file_name();
                name.to_string_lossy().ends_with(".del")
            })
            .count()
    };
    assert!(leftover(&env) > 0, "the fault left a delete file behind");
    let run = env.run(&["index", "corpus"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.says("1 updated");
    assert_eq!(hits(&env, "quokka"), 0);
    assert_eq!(hits(&env, "wombat"), 1);
    assert!(leftover(&env) <= 1, "orphans are cleared");
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
    run.says("1 added");
    let counts = stats(&env);
    assert_eq!(counts["articles"], 600);
    assert_eq!(counts["paragraphs"], 1200);
    assert_eq!(hits(&env, "tide"), 600);

    env.write("corpus/wire.jsonl", &lines(530, "river"));
    let run = env.index("corpus");
    run.says("0 added, 1 updated");
    let counts = stats(&env);
    assert_eq!(counts["articles"], 530);
    assert_eq!(counts["paragraphs"], 1060);
    assert_eq!(hits(&env, "tide"), 0);
    assert_eq!(hits(&env, "river"), 530);
}

/// Issue 15, item 7: an index that cannot be written can still be read. Root writes anywhere,
/// so as root the reader is another user (`nobody`), as in the report; otherwise the index
/// folder is made read-only. Either way tantivy's lock file cannot be made and its own small
/// files must be readable.
#[cfg(unix)]
#[test]
fn an_index_that_cannot_be_written_can_be_queried() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;

    let env = TestEnv::with_seed();
    env.index("corpus");
    let index = env.root().join(".search");
    let open = |path: &std::path::Path, mode: u32| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    };
    // Anyone may enter the test folder and run a copy of the binary.
    open(env.root(), 0o755);
    let binary = env.root().join("search-bin");
    std::fs::copy(env!("CARGO_BIN_EXE_search"), &binary).unwrap();
    open(&binary, 0o755);
    let probe = env.root().join("probe");
    std::fs::write(&probe, "x").unwrap();
    open(&probe, 0o444);
    let privileged = std::fs::OpenOptions::new().write(true).open(&probe).is_ok();
    if !privileged {
        open(&index, 0o555);
    }
    for args in [
        &["query", "--json", "reassurance"][..],
        &["stats", "--json"],
        &["speakers", "--json"],
        &["export"],
    ] {
        let mut command = std::process::Command::new(&binary);
        command
            .current_dir(env.root())
            .env_clear()
            .args(["--color", "never"])
            .args(args);
        if privileged {
            command.uid(65534).gid(65534);
        }
        let out = command.output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(!out.stdout.is_empty(), "{args:?} printed nothing: {stderr}");
    }
    if !privileged {
        open(&index, 0o755);
    }
}

/// Issue 15, item 13: a full disk is said as such, in one line, and the next run completes.
#[test]
fn a_full_disk_is_named_and_changes_nothing() {
    let env = TestEnv::with_seed();
    env.index("corpus");
    env.write("corpus/b.txt", "Date: 2024-03-01\n\nA platypus story.\n");
    let run = env.run_env(&[("SEARCH_TEST_FAULT", "disk-full")], &["index", "corpus"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    run.says("is full");
    run.says("free some space");
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert_eq!(hits(&env, "platypus"), 0, "nothing was committed");
    let run = env.run(&["index", "corpus"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(hits(&env, "platypus"), 1);
}

/// The segment files of the index in `env`, sorted, with this extension.
fn segment_files(env: &TestEnv, extension: &str) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(env.root().join(".search"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .collect();
    files.sort();
    files
}

/// Issue 15, item 5: a damaged index never panics at the user. One flipped bit at a time in
/// each store file (some made tantivy panic: exit 101, a backtrace; some made it ask for
/// terabytes: an abort, exit 134): every command ends with exit 0 or 2 and at most one line on
/// stderr, and `search check` finds every flip.
#[test]
fn a_flipped_bit_is_one_line_never_a_panic_and_check_finds_it() {
    let env = TestEnv::with_seed();
    env.run(&["index", "--full", "corpus"]);
    let run = env.run(&["check"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("no damage found"), "{}", run.stdout);
    for store in segment_files(&env, "store") {
        flip_each(&env, &store, 7);
    }
}

/// Flips one bit of every `step`-th byte of `file` in turn, running commands on each.
fn flip_each(env: &TestEnv, file: &std::path::Path, step: usize) {
    let clean = std::fs::read(file).unwrap();
    for at in (0..clean.len()).step_by(step) {
        let mut bytes = clean.clone();
        bytes[at] ^= 0x10;
        std::fs::write(file, &bytes).unwrap();
        for args in [&["export"][..], &["query", "said"]] {
            let run = env.run(args);
            assert!(
                (run.code == 0 || run.code == 2) && run.stderr.lines().count() <= 1,
                "byte {at}, {args:?}: exit {}: {}",
                run.code,
                run.stderr
            );
            assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
        }
        let run = env.run(&["check"]);
        assert_eq!(run.code, 2, "byte {at}: check missed it: {}", run.stdout);
        run.says("is damaged");
    }
    std::fs::write(file, &clean).unwrap();
}

/// Issue 15, item 5: a segment file gone is noticed by `search index` (it said "unchanged"),
/// and `--rebuild` recovers.
#[test]
fn a_missing_segment_file_stops_index_and_rebuild_recovers() {
    let env = TestEnv::with_seed();
    env.index("corpus");
    for file in segment_files(&env, "pos") {
        std::fs::remove_file(file).unwrap();
    }
    let run = env.run(&["index", "corpus"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    run.says("is damaged");
    run.says("is missing");
    run.says("--rebuild");
    let run = env.run(&["check"]);
    assert_eq!(run.code, 2);
    assert!(run.stdout.contains("damaged: "), "{}", run.stdout);
    let run = env.run(&["index", "--rebuild", "corpus"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(hits(&env, "reassurance"), 2);
    assert_eq!(env.run(&["check"]).code, 0);
}

/// Issue 15, item 5: tantivy's own metadata damaged made every command fail, `--rebuild`
/// included; the folder is this tool's (its own format file says so), so `--rebuild` makes it
/// anew, of the kind it was.
#[test]
fn a_damaged_meta_file_is_said_in_one_line_and_rebuild_recovers_the_kind() {
    for damaged in ["meta.json", ".managed.json"] {
        let env = TestEnv::with_seed();
        env.run(&["index", "--full", "corpus"]);
        std::fs::write(env.root().join(".search").join(damaged), "{garbage").unwrap();
        for args in [&["query", "said"][..], &["stats"], &["index", "corpus"]] {
            let run = env.run(args);
            assert_eq!(run.code, 2, "{damaged} {args:?}: {}", run.stderr);
            run.says("is damaged");
            assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
        }
        let run = env.run(&["index", "--rebuild", "corpus"]);
        assert_eq!(run.code, 0, "{damaged}: {}", run.stderr);
        assert_eq!(stats(&env)["lean"], false, "{damaged}: still a full index");
        assert_eq!(hits(&env, "reassurance"), 2);
    }
}
