//! Paragraphs with all the words first, then those with some of them (issue 18).
use crate::util::TestEnv;

fn matches(hits: &[serde_json::Value]) -> Vec<(u64, String)> {
    hits.iter()
        .map(|h| {
            let p = h["paragraph"].as_u64().expect("paragraph");
            (p, h["match"].as_str().unwrap_or("none").to_string())
        })
        .collect()
}

fn indexed(paragraphs: &[&str]) -> TestEnv {
    let env = TestEnv::new();
    env.write(
        "news/a.txt",
        &format!("Date: 2024-03-04\n\n{}\n", paragraphs.join("\n\n")),
    );
    env.index("news");
    env
}

#[test]
fn all_the_words_come_first_then_some_of_them() {
    let env = indexed(&[
        "The canal reopened after the storm.",
        "Barges waited at the canal lock while engineers inspected the gates after the storm.",
        "Engineers praised the new lock gates.",
        "Nothing relevant here at all.",
    ]);
    let (hits, run) = env.query_json(&["canal", "lock", "engineers"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    let found = matches(&hits);
    assert_eq!(found[0], (2, "all".to_string()));
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(found[1..].iter().all(|(_, m)| m == "some"), "{found:?}");

    // The terminal marks where the partial matches begin, once.
    let run = env.run(&["query", "canal", "lock", "engineers"]);
    assert_eq!(
        run.stdout.matches("some of the words").count(),
        1,
        "{}",
        run.stdout
    );
    let marker = run.stdout.find("some of the words").unwrap_or(0);
    assert!(run.stdout[..marker].contains("1. "), "{}", run.stdout);
    assert!(run.stdout[marker..].contains("2. "), "{}", run.stdout);

    // --limit counts both tiers.
    let (hits, _) = env.query_json(&["--limit", "2", "canal", "lock", "engineers"]);
    assert_eq!(hits.len(), 2);
}

#[test]
fn function_words_need_not_match_for_all_the_words() {
    let env = indexed(&[
        "Studies of retrieval systems, old and new.",
        "The retrieval of lost luggage.",
    ]);
    let (hits, run) = env.query_json(&["what", "are", "the", "studies", "of", "retrieval"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    assert_eq!(
        matches(&hits),
        [(1, "all".to_string()), (2, "some".to_string())]
    );
}

#[test]
fn a_word_repeated_in_the_query_counts_as_often() {
    let env = indexed(&[
        "Ferry ferry ferry and a bridge.",
        "Bridge bridge bridge and a ferry.",
    ]);
    let top = |query: &[&str]| {
        let (hits, run) = env.query_json(query);
        assert_eq!(run.code, 0, "{}", run.stderr);
        hits[0]["paragraph"].as_u64()
    };
    assert_eq!(top(&["ferry", "ferry", "ferry", "bridge"]), Some(1));
    assert_eq!(top(&["bridge", "bridge", "bridge", "ferry"]), Some(2));
}

#[test]
fn the_exact_phrase_still_comes_first() {
    let env = indexed(&[
        "Force of habit kept the reassurance going; the reassurance was force enough, force.",
        "A reassurance force was proposed.",
    ]);
    let (hits, _) = env.query_json(&["reassurance", "force"]);
    assert_eq!(
        matches(&hits),
        [(2, "all".to_string()), (1, "all".to_string())]
    );
}

/// A word in the article's title adds to the score of its paragraphs (at a weight measured on
/// CISI), without being required.
#[test]
fn a_match_in_the_title_adds_to_the_score() {
    let env = TestEnv::new();
    env.write(
        "news/a.txt",
        "Title: Weather this week\nDate: 2024-03-04\n\nThe canal lock was repaired.\n",
    );
    env.write(
        "news/b.txt",
        "Title: Canal works\nDate: 2024-03-04\n\nThe canal lock was repaired.\n\nNothing else.\n",
    );
    env.index("news");
    let (hits, run) = env.query_json(&["canal", "lock"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        hits.len(),
        2,
        "the title alone does not make a match: {hits:?}"
    );
    assert!(
        hits[0]["path"].as_str().unwrap_or("").ends_with("b.txt"),
        "{hits:?}"
    );
    assert!(
        hits[0]["score"].as_f64() > hits[1]["score"].as_f64(),
        "{hits:?}"
    );
}
