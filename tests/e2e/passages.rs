//! End-to-end: a paragraph too long to read as one is indexed as passages (`¶2.2`), each found,
//! shown, read back from a lean index and exported on its own.
use crate::util::{json_lines, TestEnv};
use serde_json::Value;

/// The cap on a passage, in characters (README, "Passages").
const CAP: usize = 2_000;

/// An article whose second paragraph is one long line of 30 sentences (about 5,700 characters),
/// the fifteenth of them the only one to mention a lighthouse.
fn corpus(env: &TestEnv) {
    let mut long = String::new();
    for i in 1..=30 {
        let topic = if i == 15 { "lighthouse" } else { "harbour" };
        long.push_str(&format!(
            "Sentence {i} of the long speech talks about the {topic} and the ships that came in from the north sea at dawn, with their crews and cargo, while the town watched from the old stone quay. "
        ));
    }
    env.write(
        "corpus/speech.txt",
        &format!(
            "The session opened.\n\n{}\n\nThe session closed.\n",
            long.trim()
        ),
    );
}

fn chars(hit: &Value) -> usize {
    hit["text"].as_str().expect("text").chars().count()
}

#[test]
fn the_hit_is_the_passage_that_matched_labelled_with_its_part() {
    let env = TestEnv::new();
    corpus(&env);
    env.index("corpus");
    let (hits, run) = env.query_json(&["lighthouse"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(hits.len(), 1, "{}", run.stdout);
    let hit = &hits[0];
    assert_eq!(hit["paragraph"], 2);
    assert_eq!(hit["part"], 2);
    assert!(hit["text"].as_str().unwrap().contains("lighthouse"));
    assert!(chars(hit) <= CAP, "{} characters", chars(hit));
    assert!(hit["text"].as_str().unwrap().ends_with('.'));

    // Every passage of the paragraph is a document of its own, none over the cap.
    let (all, _) = env.query_json(&["--limit", "50", "harbour"]);
    let mut places: Vec<(u64, Option<u64>)> = all
        .iter()
        .map(|h| (h["paragraph"].as_u64().unwrap(), h["part"].as_u64()))
        .collect();
    places.sort();
    assert_eq!(places, [(2, Some(1)), (2, Some(2)), (2, Some(3))]);
    assert!(all.iter().all(|h| chars(h) <= CAP));

    // A paragraph kept whole has no part.
    let (whole, _) = env.query_json(&["opened"]);
    assert_eq!(whole[0]["paragraph"], 1);
    assert!(whole[0].get("part").is_none(), "{}", whole[0]);

    let run = env.run(&["query", "lighthouse"]);
    assert!(run.stdout.starts_with("1. "), "{}", run.stdout);
    let header = run.stdout.lines().next().unwrap();
    assert!(header.contains(" ¶2.2  "), "{header}");
}

#[test]
fn context_shows_the_neighbouring_passages_in_order() {
    let env = TestEnv::new();
    corpus(&env);
    env.index("corpus");
    // The places (paragraph, part) of the first hit's neighbours before and after it, with `-C n`.
    let around = |n: &str| {
        let (hits, _) = env.query_json(&["-C", n, "lighthouse"]);
        let places = |side: &str| -> Vec<(u64, Option<u64>)> {
            let neighbours = hits[0][side].as_array().expect("neighbours");
            neighbours
                .iter()
                .map(|n| (n["paragraph"].as_u64().unwrap(), n["part"].as_u64()))
                .collect()
        };
        (places("before"), places("after"))
    };
    assert_eq!(around("1"), (vec![(2, Some(1))], vec![(2, Some(3))]));
    assert_eq!(
        around("2"),
        (vec![(1, None), (2, Some(1))], vec![(2, Some(3)), (3, None)])
    );

    let run = env.run(&["query", "-C", "1", "lighthouse"]);
    assert!(run.stdout.contains("¶2.1 Sentence 1 "), "{}", run.stdout);
    assert!(run.stdout.contains("¶2.3 Sentence "), "{}", run.stdout);
}

#[test]
fn a_full_index_and_a_lean_one_give_the_same_passages() {
    let env = TestEnv::new();
    corpus(&env);
    let texts = |index: &str| {
        let run = env.run(&["--index", index, "index", "corpus"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let run = env.run(&[
            "--index", index, "query", "--json", "--limit", "50", "sentence",
        ]);
        assert!(run.stderr.is_empty(), "{}", run.stderr);
        let mut texts: Vec<(u64, u64, String)> = run
            .stdout
            .lines()
            .map(|l| serde_json::from_str::<Value>(l).unwrap())
            .map(|h| {
                (
                    h["paragraph"].as_u64().unwrap(),
                    h["part"].as_u64().unwrap(),
                    h["text"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        texts.sort();
        texts
    };
    let lean = texts("lean");
    assert_eq!(lean.len(), 3);
    assert!(lean.iter().all(|(_, _, t)| !t.is_empty()));
    assert_eq!(texts("full"), lean);
    let joined: Vec<&str> = lean.iter().map(|(_, _, t)| t.as_str()).collect();
    assert_eq!(joined.join(" ").matches("Sentence ").count(), 30);
}

#[test]
fn every_passage_is_exported_with_its_part_and_an_id_of_its_own() {
    let env = TestEnv::new();
    corpus(&env);
    env.index("corpus");
    let run = env.run(&["export", "--format", "elasticsearch"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines = json_lines(&run.stdout);
    let mut ids = std::collections::HashSet::new();
    let mut places = Vec::new();
    for pair in lines.chunks(2) {
        assert!(
            ids.insert(pair[0]["index"]["_id"].to_string()),
            "{}",
            pair[0]
        );
        places.push((
            pair[1]["paragraph"].as_u64().unwrap(),
            pair[1]["part"].as_u64(),
        ));
    }
    places.sort();
    assert_eq!(
        places,
        [
            (1, None),
            (2, Some(1)),
            (2, Some(2)),
            (2, Some(3)),
            (3, None)
        ]
    );
}
