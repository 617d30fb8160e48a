//! What a person or a script reads, pinned: the terminal and JSON output of `query`, `speakers`,
//! `stats` and `parse` on the seed article (issue 21). A change to any of them shows as a
//! readable diff; `cargo insta review` (or `INSTA_UPDATE=always cargo test`) accepts it.
use crate::util::{TestEnv, SEED_NAME};

/// The seed corpus indexed on one thread, so that segments (and so scores) never vary.
fn seed() -> TestEnv {
    let env = TestEnv::with_seed();
    let run = env.run(&["index", "--threads", "1", "corpus"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    env
}

/// Standard output of `search ARGS`, asserting it succeeded, with the test folder's path and the
/// index's size (which moves with file times in the manifest) replaced by placeholders.
fn output(env: &TestEnv, args: &[&str]) -> String {
    let run = env.run(args);
    assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    let root = env.root().to_string_lossy().into_owned();
    run.stdout
        .replace(&root, "[ROOT]")
        .lines()
        .map(|line| match line.split_once("\"size_bytes\":") {
            Some((before, after)) => {
                let rest = after.trim_start_matches(|c: char| c.is_ascii_digit());
                format!("{before}\"size_bytes\":[SIZE]{rest}")
            }
            None if line.starts_with("size:") => "size:       [SIZE]".to_owned(),
            None => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn query_output() {
    let env = seed();
    insta::assert_snapshot!(
        "query_terminal",
        output(&env, &["query", "reassurance force", "--limit", "2"])
    );
    insta::assert_snapshot!(
        "query_json",
        output(&env, &["query", "--json", "troops", "-C", "1", "--facets"])
    );
}

#[test]
fn speakers_output() {
    let env = seed();
    insta::assert_snapshot!("speakers_terminal", output(&env, &["speakers"]));
    insta::assert_snapshot!("speakers_json", output(&env, &["speakers", "--json"]));
}

#[test]
fn stats_output() {
    let env = seed();
    insta::assert_snapshot!("stats_terminal", output(&env, &["stats"]));
    insta::assert_snapshot!("stats_json", output(&env, &["stats", "--json"]));
}

#[test]
fn parse_output() {
    let env = TestEnv::with_seed();
    let file = format!("corpus/{SEED_NAME}");
    insta::assert_snapshot!("parse_terminal", output(&env, &["parse", &file]));
    insta::assert_snapshot!("parse_json", output(&env, &["parse", "--json", &file]));
}
