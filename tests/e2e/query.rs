//! End-to-end: index the seed corpus, then query it as a user would.
use crate::util::{highlighted, TestEnv};

#[test]
fn phrase_query_hits_paragraph_three_with_only_the_phrase_highlighted() {
    let env = TestEnv::with_seed();
    env.index("corpus/");
    let (hits, run) = env.query_json(&["\"reassurance force\""]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let third = hits
        .iter()
        .find(|h| h["paragraph"] == 3)
        .expect("paragraph 3 is among the hits");
    assert_eq!(third["path"], "corpus/2025-09-04-reassurance-force.txt");
    assert_eq!(third["date"], "2025-09-04");
    let lit = highlighted(third);
    assert!(!lit.is_empty());
    for words in lit {
        assert_eq!(
            words.to_lowercase(),
            "reassurance force",
            "only phrase occurrences are lit"
        );
    }
}

#[test]
fn terminal_output_labels_the_hit_and_shows_the_passage() {
    let env = TestEnv::with_seed();
    env.index("corpus/");
    let run = env.run(&["query", "reassurance", "force"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run
        .stdout
        .contains("corpus/2025-09-04-reassurance-force.txt ¶3  2025-09-04"));
    assert!(run.stdout.contains("reassurance force"));
    assert!(!run.stdout.contains('\x1b'), "no colour with --color never");
}

#[test]
fn colour_always_marks_the_matched_words() {
    let env = TestEnv::with_seed();
    env.index("corpus/");
    let run = env.run(&["query", "--color", "always", "\"security guarantees\""]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("\x1b[1;31msecurity guarantees\x1b[0m"));
}

#[test]
fn exact_phrase_is_ranked_above_scattered_words() {
    let env = TestEnv::new();
    env.write(
        "news/a.txt",
        "Date: 2024-01-02\n\nForce, force and more force. Reassurance too.\n\nThe long report said that a reassurance force would be sent to the region next spring, after months of talks between many governments and their armies.\n",
    );
    env.index("news");
    let (hits, _) = env.query_json(&["reassurance", "force"]);
    assert_eq!(hits.len(), 2);
    assert_eq!(hits[0]["paragraph"], 2, "the phrase comes first");
    assert_eq!(hits[1]["paragraph"], 1);
}

#[test]
fn json_highlights_point_at_matched_words_including_stemmed_forms() {
    let env = TestEnv::with_seed();
    env.index("corpus/");
    let (hits, run) = env.query_json(&["guarantee"]);
    assert_eq!(run.code, 0);
    assert!(!hits.is_empty());
    for hit in &hits {
        for word in highlighted(hit) {
            assert!(word.to_lowercase().starts_with("guarantee"), "{word}");
        }
    }
    assert!(hits
        .iter()
        .any(|h| highlighted(h).iter().any(|w| w == "guarantees")));
}

#[test]
fn speaker_filter_returns_her_paragraph() {
    let env = TestEnv::with_seed();
    env.index("corpus/");
    let (hits, run) = env.query_json(&["--speaker", "zakharova", "foreign intervention"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0]["paragraph"], 2);
    assert!(hits[0]["speakers"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s == "Maria Zakharova"));
    let (full, _) = env.query_json(&["--speaker", "MARIA ZAKHAROVA", "foreign"]);
    assert_eq!(full.len(), 1, "full name, any case");
    let (other, run) = env.query_json(&["--speaker", "nobody", "foreign"]);
    assert!(other.is_empty());
    assert_eq!(run.code, 1);
}

#[test]
fn date_filters_are_inclusive_days() {
    let env = TestEnv::with_seed();
    env.index("corpus/");
    let (hits, run) = env.query_json(&["--since", "2025-09-05", "force"]);
    assert!(hits.is_empty());
    assert_eq!(run.code, 1);
    let (hits, run) = env.query_json(&["--since", "2025-09-04", "--until", "2025-09-04", "force"]);
    assert_eq!(run.code, 0);
    assert!(!hits.is_empty());
    let run = env.run(&["query", "--since", "2025-02-30", "force"]);
    assert_eq!(run.code, 2, "an impossible day is a usage error");
}

#[test]
fn syntax_errors_are_warnings_not_crashes() {
    let env = TestEnv::with_seed();
    env.index("corpus/");
    for bad in [
        "title:(",
        "\"unclosed phrase",
        "AND OR",
        "speaker:",
        "((((",
        "^2",
        "-",
        "a:*:",
        "text:*",
        "troops -\"s s\"",
        "-S-S]",
    ] {
        let run = env.run(&["query", "--", bad]);
        assert!(!run.stderr.contains("panicked"), "{bad}: {}", run.stderr);
        // Words are searched for; a query without any is one line and a usage error (issue 18).
        if run.code == 2 {
            assert_eq!(run.stderr.lines().count(), 1, "{bad}: {}", run.stderr);
            assert!(
                run.stderr.contains("word to search for"),
                "{bad}: {}",
                run.stderr
            );
        } else {
            assert!(run.code == 0 || run.code == 1, "{bad}: {}", run.stderr);
        }
    }
}

/// Issue 15, item 4: these overflowed the stack (SIGABRT, exit 134) or took hundreds of MB.
#[test]
fn deeply_nested_or_huge_queries_are_a_clear_error_not_a_crash() {
    let env = TestEnv::with_seed();
    env.index("corpus/");
    for (bad, says) in [
        ("(".repeat(3_000), "groups and NOTs"),
        ("title:(".repeat(3_000), "groups and NOTs"),
        ("NOT ".repeat(6_000), "groups and NOTs"),
        ("troops ".repeat(3_000), "characters long"),
    ] {
        for command in ["query", "speakers"] {
            let run = env.run(&[command, "--", &bad]);
            assert_eq!(run.code, 2, "{command} {}…: {}", &bad[..12], run.stderr);
            run.says(says);
            assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
        }
    }
    // Nesting within the bound still parses and searches.
    let nested = format!("{}troops{}", "(".repeat(50), ")".repeat(50));
    let run = env.run(&["query", "--", &nested]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn and_falls_back_to_or_and_says_so() {
    let env = TestEnv::with_seed();
    env.index("corpus/");
    let (hits, run) = env.query_json(&["zakharova", "rutte"]);
    assert_eq!(run.code, 0);
    assert_eq!(hits.len(), 2);
    run.says("any of them");
}

#[test]
fn no_index_is_a_clear_error() {
    let env = TestEnv::new();
    let run = env.run(&["query", "force"]);
    assert_eq!(run.code, 2);
    run.says("no index found at");
    assert!(run.stderr.contains("search index DIR"));
}

#[test]
fn query_from_a_subfolder_finds_the_index_and_env_overrides_it() {
    let env = TestEnv::with_seed();
    env.index("corpus/");
    let sub = env.root().join("corpus");
    let run = env.run_in(&sub, &["query", "troops"]);
    assert_eq!(run.code, 0, "{}", run.stderr);

    let elsewhere = env.root().join("other-index");
    let run = env.run(&["--index", elsewhere.to_str().unwrap(), "index", "corpus"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(elsewhere.join("meta.json").is_file());
}

#[test]
fn long_paragraphs_are_cropped_around_the_match() {
    let env = TestEnv::new();
    // Long for a line, short of the passage cap (1,641 characters of 2,000): one passage.
    let filler = "Words about nothing in particular fill this sentence. ".repeat(15);
    env.write(
        "news/long.txt",
        &format!("Date: 2024-05-06\n\n{filler}The needle sits here. {filler}\n"),
    );
    env.index("news");
    let run = env.run(&["query", "--width", "80", "needle"]);
    assert_eq!(run.code, 0);
    // The header line, then the passage: the article has no title, so no title line.
    let passage = run.stdout.lines().nth(1).expect("passage line");
    assert!(passage.contains("needle"));
    assert!(passage.trim_start().starts_with('…') && passage.ends_with('…'));
    assert!(passage.chars().count() < 100);
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let env = TestEnv::new();
    let body: String = (0..400)
        .map(|i| format!("Paragraph {i} about troops.\n\n"))
        .collect();
    env.write("news/many.txt", &format!("Date: 2024-01-01\n\n{body}"));
    env.index("news");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_search"))
        .current_dir(env.root())
        .args(["query", "--limit", "400", "troops"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stderr).is_empty());
}

#[test]
fn context_shows_neighbouring_paragraphs_of_the_same_article() {
    let env = TestEnv::with_seed();
    env.index("corpus/");
    let (hits, run) = env.query_json(&["-C", "1", "zakharova"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(hits[0]["paragraph"], 2);
    assert_eq!(hits[0]["before"][0]["paragraph"], 1);
    assert_eq!(hits[0]["after"][0]["paragraph"], 3);
    assert_eq!(hits[0]["before"].as_array().unwrap().len(), 1);
    let (plain, _) = env.query_json(&["zakharova"]);
    assert!(plain[0]["before"].as_array().unwrap().is_empty());

    let run = env.run(&["query", "--context", "1", "zakharova"]);
    assert!(
        run.stdout
            .contains("   ¶1 French President Emmanuel Macron hosted"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("   ¶3 Almost three and a half years"),
        "{}",
        run.stdout
    );
}

#[test]
fn facets_count_all_matching_paragraphs_not_just_the_shown_ones() {
    let env = TestEnv::new();
    env.write("news/a.txt", "Date: 2024-01-05\n\nThe harbour opened, Mayor Ann Lee said.\n\nThe harbour is busy, Lee said.\n");
    env.write(
        "news/b.txt",
        "Date: 2024-02-07\n\nThe harbour closed, police said.\n",
    );
    env.index("news");
    let run = env.run(&["query", "--json", "--limit", "1", "--facets", "harbour"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "one hit, then the facets");
    let facets = &lines[1]["facets"];
    assert_eq!(facets["total"], 3);
    let months: Vec<(String, u64)> = facets["months"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["month"].as_str().unwrap().to_string(),
                m["paragraphs"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        months,
        [("2024-01".to_string(), 2), ("2024-02".to_string(), 1)]
    );
    let text = env.run(&["query", "--facets", "harbour"]);
    assert!(
        text.stdout.contains("── 3 matching paragraphs"),
        "{}",
        text.stdout
    );
    assert!(
        text.stdout.contains("months:   2024-01 2 · 2024-02 1"),
        "{}",
        text.stdout
    );
}

#[test]
fn stats_and_speakers_describe_the_index() {
    let env = TestEnv::with_seed();
    env.index("corpus/");
    let run = env.run(&["stats", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let stats: serde_json::Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(stats["files"], 1);
    assert_eq!(stats["articles"], 1);
    assert_eq!(stats["paragraphs"], 3);
    assert_eq!(stats["first_date"], "2025-09-04");
    assert_eq!(stats["last_date"], "2025-09-04");
    assert!(stats["size_bytes"].as_u64().unwrap() > 0);

    let run = env.run(&["speakers", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let first: serde_json::Value =
        serde_json::from_str(run.stdout.lines().next().unwrap()).unwrap();
    assert!(first["paragraphs"].as_u64().unwrap() >= 1);
    assert_eq!(first["first"], "2025-09-04");
    let run = env.run(&["speakers", "--json", "foreign intervention"]);
    let names: Vec<String> = run
        .stdout
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["speaker"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert!(names.contains(&"Maria Zakharova".to_string()), "{names:?}");
    assert!(
        !names.contains(&"Mark Rutte".to_string()),
        "only speakers of matching paragraphs: {names:?}"
    );
}

/// Issue 15, item 13: `SEARCH_INDEX=""` was "a value is required for '--index <PATH>'", and
/// `-s ""` silently dropped the speaker filter.
#[test]
fn an_empty_search_index_is_unset_and_an_empty_speaker_is_refused() {
    let env = TestEnv::with_seed();
    env.index("corpus/");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_search"))
        .current_dir(env.root().join("corpus"))
        .env_clear()
        .env("SEARCH_INDEX", "")
        .args(["--color", "never", "query", "troops"])
        .output()
        .expect("run search");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(!output.stdout.is_empty());

    for empty in ["", " "] {
        let run = env.run(&["query", "-s", empty, "troops"]);
        assert_eq!(run.code, 2, "{}", run.stdout);
        run.says("a speaker's name needs a letter");
        assert!(run.stdout.is_empty());
    }
}
