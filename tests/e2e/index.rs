//! End-to-end: what `search index` reads, replaces and reports.
use crate::util::TestEnv;

fn count(env: &TestEnv, query: &str) -> usize {
    env.query_json(&["--limit", "1000", query]).0.len()
}

#[test]
fn reindexing_does_not_duplicate() {
    let env = TestEnv::with_seed();
    let first = env.index("corpus/");
    assert!(
        first.stderr.contains("1 article, 3 paragraphs, 5 speakers"),
        "distinct speakers counted once each: {}",
        first.stderr
    );
    assert_eq!(count(&env, "ukraine"), 3);
    env.index("corpus/");
    env.index("./corpus");
    assert_eq!(count(&env, "ukraine"), 3);
}

#[test]
fn a_second_folder_adds_and_a_changed_file_is_replaced() {
    let env = TestEnv::with_seed();
    env.index("corpus");
    env.write("more/b.md", "---\ntitle: Harbour news\ndate: 2024-03-01\n---\n\n# Port\n\nThe harbour reopened on Monday.\n");
    env.index("more");
    assert_eq!(count(&env, "harbour"), 1);
    assert_eq!(count(&env, "ukraine"), 3, "the first folder is untouched");
    env.write("more/b.md", "---\ntitle: Harbour news\ndate: 2024-03-01\n---\n\nThe harbour closed.\n\nThe harbour reopened.\n");
    env.index("more");
    assert_eq!(count(&env, "harbour"), 2);
    std::fs::remove_file(env.root().join("more/b.md")).unwrap();
    // The folder's last file: a folder that yields none is emptied only when asked (issue 15).
    let refused = env.run(&["index", "more"]);
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert_eq!(count(&env, "harbour"), 2);
    let run = env.run(&["index", "--prune", "more"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        count(&env, "harbour"),
        0,
        "a deleted file's paragraphs go too"
    );
}

#[test]
fn formats_are_read_with_titles_dates_sections_and_json_addresses() {
    let env = TestEnv::new();
    env.write(
        "news/a.md",
        "---\ntitle: \"Port story\"\ndate: 2024-03-01\n---\n\n# Harbour\n\nThe harbour reopened.\n",
    );
    env.write(
        "news/b.jsonl",
        "{\"title\": \"One\", \"date\": \"1987-02-26T16:45:08\", \"body\": \"Cocoa prices rose.\"}\n{\"title\": \"Two\", \"date\": \"March 3, 1987\", \"paragraphs\": [\"Cocoa fell.\", \"Wheat rose.\"]}\n",
    );
    env.write(
        "news/c.txt",
        "Title: Plain\nDate: 4 September 2025\n\nA plain cocoa paragraph.\n",
    );
    env.write("news/notes.csv", "a,b\n");
    let run = env.index("news");
    run.says("4 articles, 5 paragraphs");
    run.says("1 unsupported");

    let (hits, _) = env.query_json(&["harbour"]);
    assert_eq!(hits[0]["title"], "Port story");
    assert_eq!(hits[0]["section"], "Harbour");
    assert_eq!(hits[0]["date"], "2024-03-01");

    let (hits, _) = env.query_json(&["--limit", "10", "cocoa"]);
    let paths: Vec<&str> = hits.iter().filter_map(|h| h["path"].as_str()).collect();
    for expected in ["news/b.jsonl#1", "news/b.jsonl#2", "news/c.txt"] {
        assert!(paths.contains(&expected), "{paths:?}");
    }
    let timed = hits.iter().find(|h| h["path"] == "news/b.jsonl#1").unwrap();
    assert_eq!(timed["date"], "1987-02-26T16:45:08Z");
}

#[test]
fn a_missing_folder_is_an_error_and_changes_nothing() {
    let env = TestEnv::with_seed();
    env.index("corpus");
    let run = env.run(&["index", "corpus", "no-such-folder"]);
    assert_eq!(run.code, 2);
    run.says(
        "cannot index no-such-folder: no such file or folder (and the index holds nothing from it)",
    );
    assert_eq!(count(&env, "ukraine"), 3);
    let run = env.run(&["--index", "new", "index", "no-such-folder"]);
    assert_eq!(run.code, 2);
    run.says("cannot index no-such-folder");
    assert!(!env.root().join("new").exists(), "no index is made");
}

#[test]
fn a_folder_that_moved_is_dropped_when_named_and_read_at_its_new_place() {
    let env = TestEnv::with_seed();
    env.write("other/b.txt", "Date: 2024-01-01\n\nThe harbour reopened.\n");
    env.index("corpus");
    env.index("other");
    std::fs::rename(env.root().join("corpus"), env.root().join("moved")).expect("move");
    let run = env.run(&["index", "corpus", "moved"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.says("search: corpus is gone: what the index holds of it is removed");
    run.says(" 1 added, 0 updated, 1 removed, 0 unchanged");
    let (hits, run) = env.query_json(&["--limit", "100", "ukraine"]);
    assert_eq!(run.stderr, "", "no passage left without its file");
    assert_eq!(hits.len(), 3);
    assert!(hits
        .iter()
        .all(|h| h["path"].as_str().is_some_and(|p| p.starts_with("moved/"))));
    assert_eq!(count(&env, "harbour"), 1, "the other folder is left alone");
    let again = env.run(&["index", "corpus"]);
    assert_eq!(
        again.code, 2,
        "once dropped, the old place is unknown: {}",
        again.stderr
    );
}

#[test]
fn the_index_folder_is_not_indexed_and_hidden_files_are_skipped() {
    let env = TestEnv::new();
    env.write("notes.txt", "Date: 2024-01-01\n\nVisible cocoa note.\n");
    env.write(".hidden.txt", "Date: 2024-01-01\n\nHidden cocoa note.\n");
    env.index(".");
    env.index(".");
    assert_eq!(count(&env, "cocoa"), 1);
}

#[test]
fn parse_shows_paragraphs_speakers_and_quotes_as_json() {
    let env = TestEnv::with_seed();
    let run = env.run(&["parse", "--json", "corpus"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let article: serde_json::Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(article["date"], "2025-09-04");
    let paragraphs = article["paragraphs"].as_array().unwrap();
    assert_eq!(paragraphs.len(), 3);
    assert!(paragraphs[0]["text"]
        .as_str()
        .unwrap()
        .starts_with("French President Emmanuel Macron hosted"));
    for p in paragraphs {
        assert!(p["quotes"].is_array() && p["speakers"].is_array());
    }
}

#[test]
fn parse_shows_the_layout_of_a_text_file_and_a_paragraph_a_line_is_read_so() {
    // Issue 16, item 1: a file with a paragraph a line and no blank lines was one paragraph.
    let env = TestEnv::new();
    let line = "The harbour board met on Monday and agreed to open the new quay in the spring, \
                after two years of work on the old piers and the roads that lead to them.";
    env.write(
        "speech.txt",
        &format!("Title: Board meeting\n\nMonday, March 3, 2025\n{line}\nNext steps\n{line}\n"),
    );
    let run = env.run(&["parse", "speech.txt"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("\n  layout: one paragraph per line\n"),
        "{}",
        run.stdout
    );
    let run = env.run(&["parse", "--json", "speech.txt"]);
    let article: serde_json::Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(article["layout"], "one paragraph per line");
    assert_eq!(article["date"], "2025-03-03");
    let paragraphs = article["paragraphs"].as_array().unwrap();
    assert_eq!(paragraphs.len(), 2, "{paragraphs:?}");
    assert_eq!(paragraphs[1]["section"], "Next steps");
    // Markdown keeps its own structure: no layout.
    env.write("notes.md", "# Notes\n\nThe quay opens.\n");
    let run = env.run(&["parse", "--json", "notes.md"]);
    let article: serde_json::Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert!(article["layout"].is_null(), "{article}");
}

#[test]
fn progress_bar_draws_on_a_terminal_then_clears_and_stays_silent_otherwise() {
    let env = TestEnv::new();
    for f in 0..40 {
        env.write(
            &format!("news/f{f}.txt"),
            &format!("Date: 2024-01-01\n\nStory {f} about the harbour.\n"),
        );
    }
    // Not a terminal: only the summary.
    let run = env.run(&["index", "news"]);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(!run.stderr.contains('\x1b'));

    // A pseudo-terminal from util-linux `script`, as a user's shell would give.
    let Ok(status) = std::process::Command::new("script")
        .arg("--version")
        .output()
    else {
        eprintln!(
            "`script` (util-linux) is not installed; the terminal half of this test needs it"
        );
        return;
    };
    assert!(status.status.success());
    let command = format!(
        "{} --index {} index {}",
        env!("CARGO_BIN_EXE_search"),
        env.root().join("tty-index").display(),
        env.root().join("news").display()
    );
    let output = std::process::Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .current_dir(env.root())
        .output()
        .expect("run under script");
    let screen = String::from_utf8_lossy(&output.stdout);
    assert!(
        screen.contains("scanning") || screen.contains(" files, "),
        "the bar drew: {screen:?}"
    );
    let cleared = screen.rfind("\x1b[2K").expect("the bar is cleared");
    let summary = screen.find("40 added").expect("the summary follows");
    assert!(cleared < summary, "cleared before the summary: {screen:?}");

    let quiet = std::process::Command::new("script")
        .args(["-qec", &format!("{command} --quiet --rebuild"), "/dev/null"])
        .output()
        .expect("run under script");
    assert!(!String::from_utf8_lossy(&quiet.stdout).contains("scanning"));
}

#[test]
fn html_pages_are_read_as_articles_without_their_page_furniture() {
    let env = TestEnv::new();
    env.write(
        "saved/page.html",
        r#"<!doctype html><html><head><title>Harbour reopens | Example Gazette</title>
<meta property="og:title" content="Harbour reopens after storm">
<meta property="article:published_time" content="2024-03-01T09:30:00+01:00">
<script>var tracking = "harbour";</script></head>
<body><nav><a href="/">Home</a> <a href="/harbour">Harbour news</a></nav>
<article><h1>Harbour reopens after storm</h1>
<p>The harbour reopened on Friday, the port authority said.</p>
<h2>Damage</h2>
<p>Repairs to the &quot;north pier&quot; will take <em>weeks</em>.</p></article>
<footer>Copyright harbour media</footer></body></html>"#,
    );
    let run = env.index("saved");
    run.says("1 article, 2 paragraphs");
    let (hits, _) = env.query_json(&["--limit", "10", "harbour"]);
    assert_eq!(
        hits.len(),
        1,
        "navigation, script and footer are not passages: {hits:?}"
    );
    assert_eq!(hits[0]["title"], "Harbour reopens after storm");
    assert_eq!(hits[0]["date"], "2024-03-01T08:30:00Z");
    let (hits, _) = env.query_json(&["pier"]);
    assert_eq!(hits[0]["section"], "Damage");
    assert_eq!(
        hits[0]["text"],
        "Repairs to the \"north pier\" will take weeks."
    );
}

#[test]
fn a_lost_manifest_means_reading_again_without_duplicates_or_touching_neighbours() {
    let env = TestEnv::with_seed();
    env.write(
        "corpus/sub/a.md",
        "# Harbour\n\nThe harbour reopened on Monday.\n",
    );
    // A sibling whose name starts like the first folder's.
    env.write(
        "corpus-2/b.md",
        "# Harbour\n\nThe harbour closed on Friday.\n",
    );
    env.index("corpus");
    env.index("corpus-2");
    assert_eq!(count(&env, "harbour"), 2);
    for entry in std::fs::read_dir(env.root().join(".search")).unwrap() {
        let path = entry.unwrap().path();
        if path.to_string_lossy().contains("manifest-") {
            std::fs::remove_file(path).unwrap();
        }
    }
    std::fs::remove_file(env.root().join("corpus/sub/a.md")).unwrap();

    let run = env.index("corpus");
    run.says("manifest is missing");
    assert_eq!(count(&env, "ukraine"), 3, "the seed once, not twice");
    assert_eq!(
        count(&env, "reopened"),
        0,
        "a file gone while unlisted is gone"
    );
    assert_eq!(count(&env, "closed"), 1, "the sibling folder is kept");

    // The sibling was never read again since: its paragraphs are replaced, not doubled.
    let run = env.index("corpus-2");
    assert!(
        !run.stderr.contains("manifest is missing"),
        "{}",
        run.stderr
    );
    assert_eq!(count(&env, "closed"), 1);
    assert_eq!(count(&env, "ukraine"), 3);
    // Both folders are known again: nothing is read twice.
    let run = env.index("corpus");
    run.says("0 added, 0 updated, 0 removed, 1 unchanged");
}

#[test]
fn folders_given_twice_or_nested_are_read_once_and_the_next_run_finds_them_unchanged() {
    let env = TestEnv::with_seed();
    env.write(
        "corpus/sub/a.md",
        "# Harbour\n\nThe harbour reopened on Monday.\n",
    );
    // "b c" sorts before "b/" as text, after it by path: the manifest must follow the walk.
    env.write(
        "corpus/b c/x.md",
        "# Port\n\nThe port and harbour closed.\n",
    );
    env.write(
        "corpus/b/y.md",
        "# Pier\n\nThe pier and harbour are shut.\n",
    );
    let run = env.run(&[
        "index",
        "corpus/sub",
        "corpus",
        "corpus/sub/a.md",
        "corpus/",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.says("4 added, 0 updated");
    assert_eq!(count(&env, "harbour"), 3);

    std::fs::remove_file(env.root().join("corpus/b/y.md")).unwrap();
    env.index("corpus")
        .says("0 added, 0 updated, 1 removed, 3 unchanged");
    assert!(!run.stderr.contains("manifest"), "{}", run.stderr);
    assert_eq!(count(&env, "harbour"), 2);
}

#[test]
fn a_damaged_manifest_is_a_warning_and_every_file_is_read_again_once() {
    let env = TestEnv::with_seed();
    env.index("corpus");
    let manifest = std::fs::read_dir(env.root().join(".search"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().ends_with(".jsonl"))
        .expect("a manifest");
    let mut text = std::fs::read_to_string(&manifest).unwrap();
    text.push_str("{\"key\": garbage\n");
    std::fs::write(&manifest, text).unwrap();

    let run = env.index("corpus");
    run.says("manifest is damaged");
    run.says("reading every file again");
    assert_eq!(count(&env, "ukraine"), 3, "replaced, not doubled");
    env.index("corpus")
        .says("0 added, 0 updated, 0 removed, 1 unchanged");
}

/// Issue 15, item 6: a file named with terminal escape sequences set the terminal's title and
/// cleared the screen when warned about, and a newline in its name forged a line of output.
#[test]
fn names_on_stderr_are_escaped_and_stay_on_one_line() {
    let env = TestEnv::new();
    let name = "a\x1b]0;owned\x07\x1b[2J\nsearch: 9 added\u{202e}.txt";
    env.write(&format!("news/{name}"), "Title: only a title\n");
    env.write("news/ok.txt", "Date: 2024-01-01\n\nTroops stayed.\n");
    let clean = |stderr: &str| {
        assert!(
            !stderr.contains(['\x1b', '\x07', '\u{202e}']),
            "raw controls on stderr: {stderr:?}"
        );
    };

    let run = env.run(&["index", "news"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    clean(&run.stderr);
    // One warning (the file has no paragraphs) and the summary: nothing forged.
    assert_eq!(run.stderr.lines().count(), 2, "{}", run.stderr);
    run.says("a\\u{1b}]0;owned\\u{7}\\u{1b}[2J\\u{a}search: 9 added\\u{202e}.txt");

    let run = env.run(&["parse", "news"]);
    clean(&run.stderr);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);

    // The error line of main, naming a folder that does not exist.
    let run = env.run(&["index", &format!("gone/{name}")]);
    assert_eq!(run.code, 2);
    clean(&run.stderr);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
}

/// Issue 21, item 6: `.gitignore`, `.ignore` and `.searchignore` are respected (even outside a
/// git repository), `!name` in `.searchignore` brings a file back, and `--no-ignore` reads
/// everything that is not hidden.
#[test]
fn ignore_files_are_respected_unless_no_ignore() {
    let env = TestEnv::new();
    for (name, word) in [
        ("kept.txt", "kept"),
        ("draft.txt", "drafted"),
        ("notes/a.txt", "noted"),
        ("old.txt", "older"),
    ] {
        env.write(
            &format!("corpus/{name}"),
            &format!("Date: 2024-01-01\n\nA {word} paragraph.\n"),
        );
    }
    env.write("corpus/.gitignore", "draft.txt\nold.txt\n");
    env.write("corpus/.ignore", "notes/\n");
    env.write("corpus/.searchignore", "!old.txt\n");
    let found = |env: &TestEnv, word: &str| env.query_json(&[word]).0.len();
    env.index("corpus");
    assert_eq!(
        ["kept", "drafted", "noted", "older"].map(|w| found(&env, w)),
        [1, 0, 0, 1]
    );
    let run = env.run(&["index", "--no-ignore", "corpus"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        ["kept", "drafted", "noted", "older"].map(|w| found(&env, w)),
        [1, 1, 1, 1]
    );
}

/// Thousands of records without a body must not bury the summary: the first 50 warnings are
/// shown, the rest counted; `--verbose` shows them all.
#[test]
fn many_warnings_are_counted_but_only_the_first_are_shown() {
    let env = TestEnv::new();
    let mut lines = String::from("{\"title\": \"Harbour\", \"body\": \"The harbour reopened.\"}\n");
    for n in 0..70 {
        lines.push_str(&format!("{{\"title\": \"Empty {n}\"}}\n"));
    }
    env.write("news/wire.jsonl", &lines);
    let run = env.run(&["index", "news"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let shown = run.stderr.matches("search: warning:").count();
    assert_eq!(shown, 50, "{}", run.stderr);
    assert!(
        run.stderr.contains("--verbose shows them all"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("70 warnings"), "{}", run.stderr);

    let run = env.run(&["index", "--rebuild", "--verbose", "news"]);
    assert_eq!(
        run.stderr.matches("search: warning:").count(),
        70,
        "{}",
        run.stderr
    );
}
