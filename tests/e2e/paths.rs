//! End-to-end: how articles are named (issue 16 item 5). Paths are shown relative to the current
//! directory when below it, else absolute, never shortened so that two files share one; an
//! export's `_id` is unique in the index and the same from any directory; an article without a
//! title is shown without one.
use std::collections::BTreeSet;
use std::path::Path;

use crate::util::{Run, TestEnv};
use serde_json::Value;

/// Two files named alike in two folders named alike: `a/news/x.txt` and `b/news/x.txt`, each
/// of two paragraphs, the second mentioning a harbour.
fn twins() -> TestEnv {
    let env = TestEnv::new();
    for (folder, word) in [("a", "Alpha"), ("b", "Bravo")] {
        env.write(
            &format!("{folder}/news/x.txt"),
            &format!("Date: 2024-03-01\n\n{word} opening words.\n\n{word} harbour reopened.\n"),
        );
    }
    env
}

fn paths(hits: &[Value]) -> BTreeSet<String> {
    hits.iter()
        .map(|h| h["path"].as_str().expect("a path").to_owned())
        .collect()
}

/// `search query --json ARGS` run in `cwd`.
fn query_in(env: &TestEnv, cwd: &Path, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["query", "--json"];
    all.extend_from_slice(args);
    let run = env.run_in(cwd, &all);
    assert_eq!(run.code, 0, "{}", run.stderr);
    lines(&run)
}

fn lines(run: &Run) -> Vec<Value> {
    run.stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

/// The `_id`s of `search export --format elasticsearch` run in `cwd`, by the document's text.
fn export_ids(env: &TestEnv, cwd: &Path) -> Vec<(String, String)> {
    let run = env.run_in(cwd, &["export", "--format", "elasticsearch"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut ids: Vec<(String, String)> = lines(&run)
        .chunks(2)
        .map(|pair| {
            let id = pair[0]["index"]["_id"].as_str().expect("an _id");
            let text = pair[1]["text"].as_str().expect("a text");
            (text.to_owned(), id.to_owned())
        })
        .collect();
    ids.sort();
    ids
}

#[test]
fn two_files_named_alike_in_folders_named_alike_are_shown_apart() {
    let env = twins();
    let run = env.run(&["index", "a/news", "b/news"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (hits, _) = env.query_json(&["harbour"]);
    assert_eq!(hits.len(), 2);
    assert_eq!(
        paths(&hits),
        BTreeSet::from(["a/news/x.txt".to_owned(), "b/news/x.txt".to_owned()])
    );
    for hit in &hits {
        let word = if hit["path"] == "a/news/x.txt" {
            "Alpha"
        } else {
            "Bravo"
        };
        assert_eq!(hit["text"], format!("{word} harbour reopened."));
    }
    let run = env.run(&["query", "harbour"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for path in ["a/news/x.txt", "b/news/x.txt"] {
        assert!(
            run.stdout.contains(&format!(". {path} ¶2  2024-03-01")),
            "{}",
            run.stdout
        );
    }
}

/// The neighbours of a hit are its own article's: they were found by the shared display path,
/// so `-C` showed the other file's paragraphs too.
#[test]
fn context_comes_from_the_hits_own_file() {
    let env = twins();
    env.run(&["index", "a/news", "b/news"]);
    let (hits, _) = env.query_json(&["-C", "1", "alpha", "harbour"]);
    let all = hits.iter().filter(|h| h["match"] == "all").count();
    assert_eq!(all, 1, "{hits:?}");
    let before: Vec<&str> = hits[0]["before"]
        .as_array()
        .expect("before")
        .iter()
        .filter_map(|n| n["text"].as_str())
        .collect();
    assert_eq!(before, ["Alpha opening words."]);
    assert_eq!(hits[0]["after"], serde_json::json!([]));
}

#[test]
fn paths_are_relative_below_the_current_directory_and_absolute_elsewhere() {
    let env = twins();
    env.write(
        "b/news/w.jsonl",
        "{\"title\": \"Wire\", \"body\": \"Harbour wire news.\"}\n",
    );
    let run = env.run(&["index", "a/news", "b/news"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let root = env.root().canonicalize().unwrap();
    let absolute = |rest: &str| root.join(rest).to_string_lossy().into_owned();

    // From `a/`: the index is found above, `a`'s file is below, `b`'s files are not.
    let hits = query_in(&env, &root.join("a"), &["harbour"]);
    assert_eq!(
        paths(&hits),
        BTreeSet::from([
            "news/x.txt".to_owned(),
            absolute("b/news/x.txt"),
            format!("{}#1", absolute("b/news/w.jsonl")),
        ])
    );
    // The lean index reads the text back whatever the path looks like from here.
    assert!(hits
        .iter()
        .all(|h| h["text"].as_str().is_some_and(|t| t.contains("arbour"))));

    // From a folder outside the corpus, every path is absolute.
    let elsewhere = tempfile::tempdir().unwrap();
    let index = root.join(".search");
    let index = index.to_str().unwrap();
    let hits = query_in(&env, elsewhere.path(), &["--index", index, "harbour"]);
    assert!(
        paths(&hits).iter().all(|p| p.starts_with(&*absolute(""))),
        "{:?}",
        paths(&hits)
    );
    // From the corpus's own folder, the path below it.
    let hits = query_in(&env, &root.join("b/news"), &["wire"]);
    assert_eq!(paths(&hits), BTreeSet::from(["w.jsonl#1".to_owned()]));
}

/// `search index` names files the same way: relative to where it runs.
#[test]
fn indexing_warnings_name_files_as_the_run_sees_them() {
    let env = twins();
    env.write("b/news/bad.json", "{\"body\": ");
    let run = env.run(&["index", "a/news", "b/news"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.says("b/news/bad.json");
    assert!(!run.stderr.contains(" news/bad.json"), "{}", run.stderr);
}

/// `--verbose` names an unchanged file as this run sees it, not as the run that read it did.
#[test]
fn unchanged_files_are_named_from_where_the_run_is() {
    let env = twins();
    env.run(&["index", "a/news", "b/news"]);
    let a = env.root().join("a");
    let run = env.run_in(&a, &["index", "--verbose", "news"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.says("unchanged news/x.txt");
    assert!(!run.stderr.contains("a/news/x.txt"), "{}", run.stderr);
}

#[test]
fn export_ids_are_unique_and_the_same_from_any_directory() {
    let env = twins();
    let run = env.run(&["index", "a/news", "b/news"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let first = export_ids(&env, env.root());
    assert_eq!(first.len(), 4, "{first:?}");
    let distinct: BTreeSet<&String> = first.iter().map(|(_, id)| id).collect();
    assert_eq!(distinct.len(), 4, "{first:?}");
    assert!(
        first.iter().all(|(_, id)| id.len() < 512),
        "Elasticsearch refuses longer ids"
    );

    // Indexed again, anew, then from another directory, and exported from there.
    let run = env.run(&["index", "--rebuild", "a/news", "b/news"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(export_ids(&env, env.root()), first);
    let a = env.root().join("a");
    let run = env.run_in(&a, &["index", "--rebuild", "news", "../b/news"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(export_ids(&env, &a), first);
}

/// The file name's stem was made the title of an article that gave none, and shown as one.
#[test]
fn an_article_without_a_title_is_shown_without_one() {
    let env = TestEnv::new();
    env.write(
        "news/2024-03-01-untitled.txt",
        "The harbour reopened on Monday.\n",
    );
    env.write(
        "news/titled.txt",
        "Title: Harbour news\n\nThe harbour closed on Tuesday.\n",
    );
    env.index("news");
    let (hits, _) = env.query_json(&["reopened"]);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0]["title"], Value::Null);
    let (hits, _) = env.query_json(&["closed"]);
    assert_eq!(hits[0]["title"], "Harbour news");

    let run = env.run(&["query", "reopened"]);
    let shown: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(shown.len(), 2, "a header and the passage: {shown:?}");
    assert!(
        shown[0].starts_with("1. news/2024-03-01-untitled.txt ¶1  2024-03-01  no speaker  score"),
        "{shown:?}"
    );
    assert_eq!(shown[1], "   The harbour reopened on Monday.");
    let run = env.run(&["query", "closed"]);
    assert!(run.stdout.contains("\n   Harbour news\n"), "{}", run.stdout);
    // Nor is a made-up title searched.
    let run = env.run(&["query", "title:untitled"]);
    assert_eq!(run.code, 1, "{}", run.stdout);

    let run = env.run(&["export"]);
    let docs = lines(&run);
    let untitled = docs
        .iter()
        .find(|d| d["path"] == "news/2024-03-01-untitled.txt")
        .expect("exported");
    assert!(untitled.get("title").is_none(), "{untitled}");
}
