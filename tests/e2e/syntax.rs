//! Queries as people type and paste them (issue 18): never a silent nothing, the marks people
//! expect (`shutt*`, `nasa~1`, apostrophes), and one line for what cannot be searched.
use crate::util::{highlighted, TestEnv};

/// Three paragraphs of one article, each with a different share of the words.
fn tiers() -> TestEnv {
    let env = TestEnv::new();
    env.write(
        "news/a.txt",
        "Date: 2024-03-04\n\n\
         The harbour pilots reported a collision near the lighthouse yesterday.\n\n\
         Pilots from the harbour met the mayor on Tuesday morning.\n\n\
         The harbour was quiet all week, officials said.\n\n\
         The envoy sent by Macron visited the shuttle port; the shutters were closed.\n",
    );
    env.index("news");
    env
}

fn paragraphs(hits: &[serde_json::Value]) -> Vec<(u64, String)> {
    hits.iter()
        .map(|h| {
            let p = h["paragraph"].as_u64().expect("paragraph");
            (p, h["match"].as_str().unwrap_or("none").to_string())
        })
        .collect()
}

#[test]
fn an_empty_query_is_a_usage_error() {
    let env = tiers();
    for empty in ["", "   "] {
        let run = env.run(&["query", empty]);
        assert_eq!(run.code, 2, "{empty:?}: {}", run.stderr);
        run.says("the query is empty");
        assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
        assert!(run.stdout.is_empty());
    }
}

#[test]
fn exclusions_alone_need_a_word() {
    let env = tiers();
    for query in ["-harbour", "NOT harbour"] {
        let run = env.run(&["query", "--", query]);
        assert_eq!(run.code, 2, "{query}: {}", run.stderr);
        run.says("needs a word to search for");
        assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    }
}

#[test]
fn a_lone_parenthesis_is_one_line() {
    let env = tiers();
    let run = env.run(&["query", "("]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    run.says("no word to search for");
}

#[test]
fn a_query_that_does_not_parse_is_read_as_plain_words() {
    let env = tiers();
    let (hits, run) = env.query_json(&["lighthouse AND (collision"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.says("read as plain words: lighthouse AND collision");
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert_eq!(paragraphs(&hits), [(1, "all".to_string())]);
}

#[test]
fn pasted_text_that_finds_nothing_as_syntax_is_read_as_plain_words() {
    let env = tiers();
    // `note:` is read as a field that does not exist; the words are there.
    let (hits, run) = env.query_json(&["note: collision near the lighthouse"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.says("read as plain words: note collision near the lighthouse");
    assert_eq!(hits[0]["paragraph"], 1);
    // Parentheses without an operator are an aside, not a group to parse.
    let (hits, run) = env.query_json(&["collision (what about it) lighthouse"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    assert_eq!(paragraphs(&hits), [(1, "all".to_string())]);
    // Dashes and slashes between words are punctuation, not exclusions.
    let (hits, run) = env.query_json(&["collision -- near / the lighthouse"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(hits[0]["paragraph"], 1);
}

/// `Macron's` is the word `Macron` (and a clitic), not a phrase that needs the `'s`.
#[test]
fn an_apostrophe_in_a_word_does_not_make_a_phrase() {
    let env = tiers();
    let (hits, run) = env.query_json(&["Macron's envoy"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    assert_eq!(paragraphs(&hits), [(4, "all".to_string())]);
    assert_eq!(highlighted(&hits[0]), ["envoy", "Macron"]);
}

#[test]
fn prefix_and_fuzzy_words_match_and_are_highlighted() {
    let env = tiers();
    let (hits, run) = env.query_json(&["shutt*"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(hits.len(), 1);
    assert_eq!(highlighted(&hits[0]), ["shuttle", "shutters"]);

    let (hits, run) = env.query_json(&["lighthuose~2"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(highlighted(&hits[0]), ["lighthouse"]);
    let (hits, run) = env.query_json(&["colision~1", "harbour"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(highlighted(&hits[0]), ["harbour", "collision"]);
}

#[test]
fn unsupported_marks_are_one_clear_line() {
    let env = tiers();
    for (query, says) in [
        ("harbour~3", "1 or 2 edits"),
        ("*bour", "only at the end of a word"),
        ("har*bour", "only at the end of a word"),
    ] {
        let run = env.run(&["query", query]);
        assert_eq!(run.code, 2, "{query}: {}", run.stderr);
        run.says(says);
        assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    }
}
