//! End-to-end: one name per person across the corpus (issue 17): `search speakers` lists a
//! person once with the names seen, and `--speaker` and `speaker:` find them under any name.
use std::collections::BTreeSet;

use crate::util::{json_lines, TestEnv};

/// One person quoted as `Comrade Ada K. Lind` (then `Lind`), `Ada Lind` and `Lind` alone in
/// three articles, and another person.
fn corpus() -> TestEnv {
    let env = TestEnv::new();
    env.write(
        "news/a.txt",
        "Date: 2024-03-01\n\nComrade Ada K. Lind said the harbour would reopen in spring.\n\n\
         Lind said the harbour ferries would wait.\n",
    );
    env.write(
        "news/b.txt",
        "Date: 2024-03-02\n\nAda Lind told reporters the harbour was still shut.\n",
    );
    env.write(
        "news/c.txt",
        "Date: 2024-03-03\n\nLind said the harbour quay needed repairs.\n",
    );
    env.write(
        "news/d.txt",
        "Date: 2024-03-04\n\nIvo Tarn said the harbour fees would rise.\n",
    );
    env.index("news");
    env
}

/// The paragraphs (file and number) a query finds.
fn found(env: &TestEnv, args: &[&str]) -> BTreeSet<String> {
    let (hits, run) = env.query_json(args);
    assert!(run.code <= 1, "{}", run.stderr);
    hits.iter()
        .map(|h| format!("{}#{}", h["path"].as_str().unwrap(), h["paragraph"]))
        .collect()
}

#[test]
fn speakers_lists_one_person_once_with_the_names_seen() {
    let env = corpus();
    let run = env.run(&["speakers", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let people = json_lines(&run.stdout);
    let names: Vec<&str> = people
        .iter()
        .map(|p| p["speaker"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Ada K. Lind", "Ivo Tarn"], "{}", run.stdout);
    assert_eq!(people[0]["paragraphs"], 4);
    assert_eq!(
        (people[0]["first"].as_str(), people[0]["last"].as_str()),
        (Some("2024-03-01"), Some("2024-03-03"))
    );
    let variants: Vec<(&str, u64)> = people[0]["variants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            (
                v["name"].as_str().unwrap(),
                v["paragraphs"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(variants, [("Ada K. Lind", 2), ("Ada Lind", 1), ("Lind", 1)]);
    let run = env.run(&["speakers"]);
    assert!(
        run.stdout
            .contains("Ada K. Lind  2024-03-01 … 2024-03-03  (also Ada Lind 1, Lind 1)"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_full_name_its_surname_and_speaker_syntax_find_the_same_paragraphs() {
    let env = corpus();
    let all = found(&env, &["--speaker", "Ada Lind", "harbour"]);
    assert_eq!(all.len(), 4, "{all:?}");
    assert_eq!(found(&env, &["--speaker", "lind", "harbour"]), all);
    assert_eq!(found(&env, &["--speaker", "ADA K. LIND", "harbour"]), all);
    assert_eq!(found(&env, &["speaker:\"ada lind\" AND harbour"]), all);
    assert_eq!(found(&env, &["speaker:lind AND harbour"]), all);
    assert_eq!(found(&env, &["--speaker", "Ivo Tarn", "harbour"]).len(), 1);
}

#[test]
fn a_second_person_by_a_surname_parts_it_from_the_first_at_once() {
    let env = corpus();
    assert!(found(&env, &["--speaker", "Ada Lind", "quay"]).len() == 1);
    // Indexed later, incrementally: the surname alone is no longer only Ada Lind's.
    env.write(
        "news/e.txt",
        "Date: 2024-03-05\n\nOle Lind said the harbour quay was too small.\n",
    );
    env.index("news");
    let ada = found(&env, &["--speaker", "Ada Lind", "harbour"]);
    assert_eq!(ada.len(), 3, "{ada:?}");
    assert!(!ada.iter().any(|p| p.contains("c.txt")), "{ada:?}");
    assert_eq!(found(&env, &["--speaker", "lind", "harbour"]).len(), 5);
    let run = env.run(&["speakers", "--json"]);
    let names: Vec<String> = json_lines(&run.stdout)
        .iter()
        .map(|p| p["speaker"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(names, ["Ada K. Lind", "Ivo Tarn", "Lind", "Ole Lind"]);
}

#[test]
fn facets_count_one_person_once() {
    let env = corpus();
    let run = env.run(&["query", "--json", "--facets", "harbour"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines = json_lines(&run.stdout);
    let speakers = lines.last().unwrap()["facets"]["speakers"]
        .as_array()
        .unwrap()
        .clone();
    let counted: Vec<(&str, u64)> = speakers
        .iter()
        .map(|s| {
            (
                s["speaker"].as_str().unwrap(),
                s["paragraphs"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(counted, [("Ada K. Lind", 4), ("Ivo Tarn", 1)]);
    assert_eq!(speakers[0]["variants"].as_array().unwrap().len(), 3);
}

/// A filter keeps or drops paragraphs; the scores are those of the words alone.
#[test]
fn a_speaker_filter_does_not_change_the_scores() {
    let env = corpus();
    let plain = env.query_json(&["harbour"]).0;
    let filtered = env.query_json(&["--speaker", "Ada Lind", "harbour"]).0;
    assert!(!filtered.is_empty());
    for hit in &filtered {
        let same = plain
            .iter()
            .find(|p| p["path"] == hit["path"] && p["paragraph"] == hit["paragraph"])
            .expect("a paragraph of the plain search");
        assert_eq!(same["score"], hit["score"], "{hit}");
    }
}
