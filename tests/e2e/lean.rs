//! End-to-end: a lean index (the default, `search index --lean`) keeps no copy of the text and
//! shows what a full one (`search index --full`) shows.
use crate::util::TestEnv;

/// A corpus in every format, with speakers, sections and JSON Lines quirks; its text is
/// generated, apart from the seed article.
fn corpus(env: &TestEnv) {
    env.write(
        "corpus/notes.md",
        "---\ntitle: Harbour notes\ndate: 2024-03-01\n---\n\n# Port\n\nThe harbour reopened on Monday, the mayor said.\n\n## Ships\n\nShips returned to the harbour.\n",
    );
    env.write(
        "corpus/wire.jsonl",
        "\u{FEFF}{\"title\":\"Quay\",\"date\":\"2024-03-02\",\"body\":\"\\\"The quay is busy,\\\" said Anna Berg.\\n\\nTrucks queued at the harbour.\"}\r\n\n{\"title\":\"Tide\",\"body\":\"The tide was high.\\n\\nThe harbour flooded twice.\"}\n",
    );
    env.write(
        "corpus/list.json",
        "[{\"title\":\"Dock\",\"body\":\"Dockers met at the harbour gate.\"},{\"title\":\"Crane\",\"body\":\"A crane fell.\\n\\nNobody was hurt at the harbour.\"}]",
    );
    env.write(
        "corpus/page.html",
        "<html><head><title>Pier</title></head><body><article><p>The pier by the harbour opened.</p><p>Anglers came early.</p></article></body></html>",
    );
    // Enough generated paragraphs for the stored text to outweigh the index's fixed costs:
    // words of random letters (a fixed-seed generator), with a few real ones among them.
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move |n: u64| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % n
    };
    let real = ["budget", "council", "river", "bridge", "school", "market"];
    for file in 0..20 {
        let mut text = String::new();
        for para in 0..30 {
            text.push_str(&format!("Item {file}-{para}:"));
            for _ in 0..25 {
                text.push(' ');
                if next(4) == 0 {
                    text.push_str(real[next(6) as usize]);
                } else {
                    let letters = 3 + next(6);
                    text.extend((0..letters).map(|_| char::from(b'a' + next(26) as u8)));
                }
            }
            text.push_str(".\n\n");
        }
        env.write(&format!("corpus/gen/{file:02}.txt"), &text);
    }
}

/// Hits as JSON lines without their rank, sorted: paragraphs with equal scores come in the
/// order the indexing threads happened to add them.
fn hits(stdout: &str) -> Vec<String> {
    let mut hits: Vec<String> = stdout
        .lines()
        .map(|line| {
            let mut hit: serde_json::Value = serde_json::from_str(line).expect("JSON");
            hit.as_object_mut().expect("object").remove("rank");
            hit.to_string()
        })
        .collect();
    hits.sort();
    hits
}

fn run_ok(env: &TestEnv, args: &[&str]) -> crate::util::Run {
    let run = env.run(args);
    assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    run
}

fn stats_at(env: &TestEnv, index: &str) -> serde_json::Value {
    let run = run_ok(env, &["--index", index, "stats", "--json"]);
    serde_json::from_str(&run.stdout).expect("stats is JSON")
}

#[test]
fn a_lean_index_shows_what_a_full_one_shows_in_less_space() {
    let env = TestEnv::with_seed();
    corpus(&env);
    run_ok(&env, &["--index", "full", "index", "--full", "corpus"]);
    let lean = run_ok(&env, &["--index", "lean", "index", "corpus"]);
    lean.says("0 warnings");
    let queries: [&[&str]; 5] = [
        &["harbour"],
        &["\"reassurance force\""],
        &["Macron"],
        &["quay", "--speaker", "Anna Berg"],
        &["budget river"],
    ];
    for query in queries {
        let mut args: Vec<&str> = vec!["query", "--json", "-C", "1", "--limit", "10000"];
        args.extend(query);
        let with = |index: &str| {
            let mut all = vec!["--index", index];
            all.extend(&args);
            run_ok(&env, &all)
        };
        let (full, lean) = (with("full"), with("lean"));
        assert!(!full.stdout.is_empty(), "{query:?}: no hits");
        assert_eq!(hits(&lean.stdout), hits(&full.stdout), "{query:?}");
        assert_eq!(lean.stderr, full.stderr, "{query:?}");
    }
    let full = run_ok(&env, &["--index", "full", "export"]);
    let lean = run_ok(&env, &["--index", "lean", "export"]);
    assert!(full.stdout.contains("Dockers met at the harbour gate."));
    let sorted = |out: &str| {
        let mut lines: Vec<&str> = out.lines().collect();
        lines.sort_unstable();
        lines.join("\n")
    };
    assert_eq!(sorted(&lean.stdout), sorted(&full.stdout));

    let (full, lean) = (stats_at(&env, "full"), stats_at(&env, "lean"));
    assert_eq!(
        (full["lean"].as_bool(), lean["lean"].as_bool()),
        (Some(false), Some(true))
    );
    assert_eq!(lean["paragraphs"], full["paragraphs"]);
    let bytes = |s: &serde_json::Value| s["size_bytes"].as_u64().expect("size");
    assert!(
        bytes(&lean) * 10 < bytes(&full) * 9,
        "lean {} bytes, full {}",
        bytes(&lean),
        bytes(&full)
    );
}

#[test]
fn a_lean_index_says_when_a_file_changed_or_went_and_recovers_when_indexed_again() {
    let env = TestEnv::with_seed();
    corpus(&env);
    run_ok(&env, &["index", "corpus"]);
    env.write(
        "corpus/notes.md",
        "---\ntitle: Harbour notes\ndate: 2024-03-01\n---\n\n# Port\n\nThe harbour reopened on Tuesday, the mayor said.\n\n## Ships\n\nShips returned to the harbour.\n",
    );
    std::fs::remove_file(env.root().join("corpus/list.json")).expect("remove");
    // An HTML page's text is kept all the same (reading it back means parsing the whole page).
    std::fs::remove_file(env.root().join("corpus/page.html")).expect("remove");

    let (hits, run) = env.query_json(&["--limit", "100", "harbour"]);
    let text_of = |hits: &[serde_json::Value], path: &str, paragraph: u64| {
        hits.iter()
            .find(|h| h["path"] == path && h["paragraph"] == paragraph)
            .map(|h| h["text"].as_str().expect("text").to_string())
    };
    // The changed paragraph is not shown as something it no longer is; the unchanged one of the
    // same file, and the other files, still are.
    assert_eq!(text_of(&hits, "corpus/notes.md", 1).as_deref(), Some(""));
    assert_eq!(
        text_of(&hits, "corpus/notes.md", 2).as_deref(),
        Some("Ships returned to the harbour.")
    );
    assert_eq!(text_of(&hits, "corpus/list.json#2", 2).as_deref(), Some(""));
    assert_eq!(
        text_of(&hits, "corpus/wire.jsonl#3", 2).as_deref(),
        Some("The harbour flooded twice.")
    );
    assert_eq!(
        text_of(&hits, "corpus/page.html", 1).as_deref(),
        Some("The pier by the harbour opened.")
    );
    assert!(!run.stderr.contains("page.html"), "{}", run.stderr);
    run.says("corpus/notes.md changed since it was indexed");
    run.says("list.json: No such file");
    run.says("run `search index`");
    let shown = run_ok(&env, &["query", "--limit", "100", "harbour"]);
    assert!(
        shown
            .stdout
            .contains("corpus/notes.md ¶1  2024-03-01  the mayor  score")
            && shown
                .stdout
                .contains("(text not available: see the warning)"),
        "{}",
        shown.stdout
    );

    run_ok(&env, &["index", "corpus"]);
    let (hits, run) = env.query_json(&["--limit", "100", "harbour"]);
    assert_eq!(run.stderr, "");
    assert_eq!(
        text_of(&hits, "corpus/notes.md", 1).as_deref(),
        Some("The harbour reopened on Tuesday, the mayor said.")
    );
    assert_eq!(text_of(&hits, "corpus/list.json#2", 2), None);
    assert_eq!(text_of(&hits, "corpus/page.html", 1), None);
}

#[test]
fn the_kind_is_chosen_when_the_index_is_made_and_kept_by_later_runs() {
    let env = TestEnv::with_seed();
    run_ok(&env, &["index", "corpus"]);
    assert_eq!(stats_at(&env, ".search")["lean"], true, "lean by default");
    let shown = run_ok(&env, &["stats"]).stdout;
    assert!(
        shown.contains("text:       read back from the corpus files"),
        "{shown}"
    );
    let refused = env.run(&["index", "--full", "corpus"]);
    assert_ne!(refused.code, 0);
    refused.says("keeps no copy of the paragraph text; --full makes a new index: add --rebuild");
    let both = env.run(&["index", "--full", "--lean", "corpus"]);
    assert_eq!(both.code, 2, "{}", both.stderr);
    both.says("cannot be used with");

    // A rebuild into the other kind that stops before its commit (here --strict on a warning)
    // leaves the old index as it was, and nothing of the new one.
    env.write("corpus/blob.txt", "\0\0\0binary");
    let stopped = env.run(&["index", "--rebuild", "--full", "--strict", "corpus"]);
    assert_eq!(stopped.code, 2, "{}", stopped.stderr);
    stopped.says("looks binary");
    let kept = stats_at(&env, ".search");
    assert_eq!(
        (kept["lean"].as_bool(), kept["files"].as_u64()),
        (Some(true), Some(1))
    );
    let (hits, _) = env.query_json(&["\"reassurance force\""]);
    assert!(!hits.is_empty() && hits.iter().all(|h| h["text"] != ""));
    let entries = |dir: &str| -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(env.root().join(dir))
            .expect("read folder")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    assert!(!entries(".search").contains(&"rebuilding".to_string()));
    std::fs::remove_file(env.root().join("corpus/blob.txt")).expect("remove");

    run_ok(&env, &["index", "--rebuild", "--full", "corpus"]);
    assert_eq!(stats_at(&env, ".search")["lean"], false);
    let shown = run_ok(&env, &["stats"]).stdout;
    assert!(
        shown.contains("text:       a copy kept in the index"),
        "{shown}"
    );
    assert!(!entries(".search").contains(&"rebuilding".to_string()));
    assert_eq!(
        entries("")
            .iter()
            .filter(|n| n.starts_with(".search"))
            .count(),
        1,
        "{:?}",
        entries("")
    );
    env.write(
        "corpus/more.md",
        "# More\n\nA zeppelin flew over the reassurance force.\n",
    );
    run_ok(&env, &["index", "corpus"]);
    assert_eq!(stats_at(&env, ".search")["lean"], false);
    // A full index keeps answering with the text when its corpus goes.
    std::fs::rename(env.root().join("corpus"), env.root().join("moved")).expect("move");
    let (hits, run) = env.query_json(&["zeppelin"]);
    assert_eq!(run.stderr, "");
    assert_eq!(hits.len(), 1);
    assert_eq!(
        hits[0]["text"],
        "A zeppelin flew over the reassurance force."
    );
    std::fs::rename(env.root().join("moved"), env.root().join("corpus")).expect("move back");

    // --rebuild alone keeps the kind; --lean turns it back.
    run_ok(&env, &["index", "--rebuild", "corpus"]);
    let kept = stats_at(&env, ".search");
    assert_eq!(
        (kept["lean"].as_bool(), kept["files"].as_u64()),
        (Some(false), Some(2))
    );
    run_ok(&env, &["index", "--rebuild", "--lean", "corpus"]);
    let stats = stats_at(&env, ".search");
    assert_eq!(stats["lean"], true);
    assert_eq!(stats["files"], 2);
}

#[test]
fn files_parsed_by_other_readers_are_parsed_again() {
    let env = TestEnv::with_seed();
    corpus(&env);
    run_ok(&env, &["index", "--lean", "corpus"]);
    let again = run_ok(&env, &["index", "corpus"]);
    again.says(" 0 updated, 0 removed, 25 unchanged");
    // The manifest as a search from before READER_VERSION wrote it: no `reader` in its header.
    let manifest = std::fs::read_dir(env.root().join(".search"))
        .expect("index folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.to_string_lossy().contains("manifest-"))
        .expect("a manifest");
    let text = std::fs::read_to_string(&manifest).expect("manifest");
    let (header, rest) = text.split_once('\n').expect("header line");
    let mut header: serde_json::Value = serde_json::from_str(header).expect("JSON");
    assert!(header["reader"].is_u64(), "{header}");
    header.as_object_mut().expect("object").remove("reader");
    std::fs::write(&manifest, format!("{header}\n{rest}")).expect("write");

    let again = run_ok(&env, &["index", "corpus"]);
    again.says(
        "reads articles differently from the one that made the index: every file is parsed again",
    );
    again.says(" 0 added, 25 updated, 0 removed, 0 unchanged");
    let settled = run_ok(&env, &["index", "corpus"]);
    settled.says(" 0 updated, 0 removed, 25 unchanged");
    assert!(
        !settled.stderr.contains("differently"),
        "{}",
        settled.stderr
    );
    let (hits, run) = env.query_json(&["--limit", "100", "harbour"]);
    assert_eq!(run.stderr, "");
    assert!(hits
        .iter()
        .all(|h| !h["text"].as_str().unwrap_or_default().is_empty()));
}

/// Issue 15, item 10: the rebuild swap uses folders of its own making only; a sibling the user
/// owns (once removed because it was named `INDEX.replaced`) is never touched.
#[test]
fn a_rebuild_into_the_other_kind_leaves_the_folders_beside_the_index_alone() {
    let env = TestEnv::with_seed();
    run_ok(&env, &["index", "corpus"]);
    for sibling in [".search.replaced", ".search.search-swap-1-0"] {
        env.write(&format!("{sibling}/mine.txt"), "keep me");
    }
    run_ok(&env, &["index", "--rebuild", "--full", "corpus"]);
    assert_eq!(stats_at(&env, ".search")["lean"], false);
    for sibling in [".search.replaced", ".search.search-swap-1-0"] {
        let kept = env.root().join(sibling).join("mine.txt");
        assert!(kept.is_file(), "{sibling} was removed");
    }
    let left: Vec<String> = std::fs::read_dir(env.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains("search-swap") && name != ".search.search-swap-1-0")
        .collect();
    assert!(left.is_empty(), "swap folders left: {left:?}");
    assert!(!env.root().join(".search/rebuilding").exists());
    run_ok(&env, &["index", "--rebuild", "--lean", "corpus"]);
    assert_eq!(stats_at(&env, ".search")["lean"], true);
}
