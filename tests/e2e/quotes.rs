//! End-to-end: quotes indexed beside their paragraphs (issue 19): `search quotes`,
//! `query --said-by`, `speakers --quotes`, and that paragraph searches do not see them.
use crate::util::{json_lines, stats, TestEnv};

const HARBOUR: &str = "Title: Harbour council debates the sea wall
Date: 2024-03-05

The harbour council met on Tuesday to discuss the sea wall and its budget.

\"The sea wall will not hold another winter,\" said Ada Lind, the council's engineer.

Mayor Tom Berg disagreed. \"The wall is sound and the budget is spent,\" Berg told reporters.

Residents worry about flooding near the sea wall, which engineers inspected last month.
";

const FLOOD: &str = "Title: Flood season arrives early
Date: 2024-05-10

\"Flooding is the price of waiting,\" Ada Lind said on Friday, standing on the sea wall.

Tom Berg said the council would vote in June. \"We will vote on the wall when the engineers report,\" he said.
";

/// Two articles of the test's own, indexed (lean, the default).
fn news() -> TestEnv {
    let env = TestEnv::new();
    env.write("news/harbour.txt", HARBOUR);
    env.write("news/flood.txt", FLOOD);
    env.index("news");
    env
}

fn quotes_json(env: &TestEnv, args: &[&str]) -> (Vec<serde_json::Value>, crate::util::Run) {
    let mut all = vec!["quotes", "--json"];
    all.extend_from_slice(args);
    let run = env.run(&all);
    (json_lines(&run.stdout), run)
}

fn field<'a>(hits: &'a [serde_json::Value], key: &str) -> Vec<&'a str> {
    hits.iter().filter_map(|h| h[key].as_str()).collect()
}

#[test]
fn quotes_match_only_the_words_inside_quotes() {
    let env = news();
    let (hits, run) = quotes_json(&env, &["wall"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut quotes = field(&hits, "quote");
    quotes.sort_unstable();
    assert_eq!(
        quotes,
        [
            "The sea wall will not hold another winter,",
            "The wall is sound and the budget is spent,",
            "We will vote on the wall when the engineers report,",
        ],
        "the narration's `sea wall` (¶1, ¶4 of the harbour, Lind's ¶ of the flood) is no quote"
    );
    for hit in &hits {
        let text = hit["text"].as_str().unwrap_or_default();
        let (start, end) = (
            hit["span"][0].as_u64().unwrap_or(0) as usize,
            hit["span"][1].as_u64().unwrap_or(0) as usize,
        );
        assert_eq!(text.get(start..end), hit["quote"].as_str(), "{hit}");
        let quote = hit["quote"].as_str().unwrap_or_default();
        let lit: Vec<&str> = hit["highlights"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|r| quote.get(r[0].as_u64()? as usize..r[1].as_u64()? as usize))
            .collect();
        assert_eq!(lit, ["wall"], "{hit}");
        assert_eq!(hit["kind"], "direct");
    }
    let lind = hits
        .iter()
        .find(|h| h["speaker"] == "Ada Lind")
        .expect("Lind's quote");
    assert_eq!(lind["cue"], "said");
    assert_eq!(lind["path"], "news/harbour.txt");
    assert_eq!(lind["date"], "2024-03-05");
    assert_eq!(lind["paragraph"], 2);
    assert_eq!(lind["title"], "Harbour council debates the sea wall");
    assert_eq!(lind["speakers"], serde_json::json!(["Ada Lind"]));

    // Stemmed as paragraph text is: `flooded` finds `Flooding`, inside Lind's quote only.
    let (hits, run) = quotes_json(&env, &["flooded"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(field(&hits, "quote"), ["Flooding is the price of waiting,"]);
    // A word only in narration is no quote's.
    let run = env.run(&["quotes", "residents"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(run.stdout, "");
}

#[test]
fn quotes_are_filtered_by_speaker_date_and_kind() {
    let env = news();
    let (hits, _) = quotes_json(&env, &["--speaker", "berg", "wall"]);
    assert_eq!(field(&hits, "speaker"), ["Tom Berg", "Tom Berg"]);
    let (hits, _) = quotes_json(&env, &["--speaker", "Ada Lind", "wall"]);
    assert_eq!(field(&hits, "speaker"), ["Ada Lind"]);
    let (hits, _) = quotes_json(&env, &["--since", "2024-05", "wall"]);
    assert_eq!(
        field(&hits, "quote"),
        ["We will vote on the wall when the engineers report,"]
    );
    let (hits, _) = quotes_json(&env, &["--until", "2024-04", "-n", "1", "wall"]);
    assert_eq!(field(&hits, "date"), ["2024-03-05"]);
    let (hits, _) = quotes_json(&env, &["--direct", "wall"]);
    assert_eq!(hits.len(), 3);
    // The quotes of these articles are all direct.
    let run = env.run(&["quotes", "--reported", "wall"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let run = env.run(&["quotes", "--speaker", "nobody", "wall"]);
    assert_eq!(run.code, 1);
    run.says("no speaker \"nobody\"");
    // What the filters removed is said in quotes, not paragraphs.
    let run = env.run(&["quotes", "--speaker", "lind", "budget"]);
    assert_eq!(run.code, 1);
    run.says("1 quote matches, none with speaker \"lind\" (speaking in 2 other quotes)");
    let run = env.run(&["speakers", "--quotes", "--since", "2025", "wall"]);
    assert_eq!(run.code, 1);
    run.says("3 quotes match, none dated 2025-01-01 or later");
}

#[test]
fn quotes_show_speaker_and_quote_then_where_and_with_c_the_paragraph() {
    let env = news();
    let run = env.run(&["quotes", "--speaker", "lind", "winter"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout.lines().take(2).collect::<Vec<_>>(),
        [
            "1. Ada Lind — “The sea wall will not hold another winter,”",
            run.stdout.lines().nth(1).unwrap_or_default(),
        ]
    );
    let second = run.stdout.lines().nth(1).unwrap_or_default();
    assert!(
        second.starts_with("   news/harbour.txt ¶2  2024-03-05  direct, said  score "),
        "{second}"
    );
    assert_eq!(run.stdout.lines().count(), 2);
    let run = env.run(&["quotes", "-C", "--speaker", "lind", "winter"]);
    assert_eq!(
        run.stdout.lines().nth(2),
        Some("   \"The sea wall will not hold another winter,\" said Ada Lind, the council's engineer.")
    );
    let run = env.run(&["quotes", "--color", "always", "winter"]);
    assert!(
        run.stdout.contains("\x1b[1;31mwinter\x1b[0m"),
        "{}",
        run.stdout
    );
}

#[test]
fn quote_facets_count_quotes_per_speaker_and_month() {
    let env = news();
    let (lines, run) = quotes_json(&env, &["--facets", "-n", "1", "wall"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(lines.len(), 2, "one hit, then the facets");
    let facets = &lines[1]["facets"];
    assert_eq!(facets["total"], 3);
    assert_eq!(
        facets["speakers"][0],
        serde_json::json!({"speaker": "Tom Berg", "quotes": 2, "first": "2024-03-05", "last": "2024-05-10",
            "variants": [{"name": "Tom Berg", "quotes": 2}]})
    );
    assert_eq!(
        facets["months"],
        serde_json::json!([{"month": "2024-03", "quotes": 2}, {"month": "2024-05", "quotes": 1}])
    );
    let run = env.run(&["quotes", "--facets", "wall"]);
    assert!(
        run.stdout.contains("── 3 matching quotes"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("speakers: Tom Berg 2 · Ada Lind 1"),
        "{}",
        run.stdout
    );
}

#[test]
fn said_by_keeps_paragraphs_where_the_words_are_in_the_speakers_quote() {
    let env = news();
    let paths = |hits: &[serde_json::Value]| -> Vec<String> {
        hits.iter()
            .map(|h| {
                format!(
                    "{} ¶{}",
                    h["path"].as_str().unwrap_or_default(),
                    h["paragraph"]
                )
            })
            .collect()
    };
    // --speaker keeps every paragraph quoting Lind that has the word, in a quote or not.
    let (hits, run) = env.query_json(&["--speaker", "lind", "wall"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut speaker = paths(&hits);
    speaker.sort();
    assert_eq!(speaker, ["news/flood.txt ¶1", "news/harbour.txt ¶2"]);
    // --said-by only those where Lind's own words hold it.
    let (hits, run) = env.query_json(&["--said-by", "lind", "wall"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(paths(&hits), ["news/harbour.txt ¶2"]);
    let (hits, _) = env.query_json(&["--said-by", "berg", "wall"]);
    let mut berg = paths(&hits);
    berg.sort();
    assert_eq!(berg, ["news/flood.txt ¶2", "news/harbour.txt ¶3"]);
    // Any of several speakers; the scores are those of the paragraph search.
    let (both, _) = env.query_json(&["--said-by", "berg", "--said-by", "lind", "wall"]);
    assert_eq!(both.len(), 3);
    let (plain, _) = env.query_json(&["wall"]);
    for hit in &both {
        let same = plain
            .iter()
            .find(|p| p["path"] == hit["path"] && p["paragraph"] == hit["paragraph"])
            .expect("a paragraph of the plain search");
        assert_eq!(same["score"], hit["score"]);
    }
    // The word in Lind's paragraph but outside her quote: nothing, and why.
    let run = env.run(&["query", "--said-by", "lind", "standing"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    run.says("1 paragraph matches, none with the words inside a quote of \"lind\"");
}

#[test]
fn speakers_with_quotes_count_matching_quotes_with_first_and_last_date() {
    let env = news();
    let run = env.run(&["speakers", "--quotes", "--json", "wall"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        json_lines(&run.stdout),
        [
            serde_json::json!({"speaker": "Tom Berg", "quotes": 2, "first": "2024-03-05", "last": "2024-05-10",
            "variants": [{"name": "Tom Berg", "quotes": 2}]}),
            serde_json::json!({"speaker": "Ada Lind", "quotes": 1, "first": "2024-03-05", "last": "2024-03-05",
            "variants": [{"name": "Ada Lind", "quotes": 1}]}),
        ]
    );
    // Counting paragraphs instead, Lind's flood paragraph counts (`sea wall` in narration).
    let run = env.run(&["speakers", "--json", "wall"]);
    let lind = json_lines(&run.stdout)
        .into_iter()
        .find(|c| c["speaker"] == "Ada Lind")
        .expect("Lind");
    assert_eq!(lind["paragraphs"], 2);
    let run = env.run(&["speakers", "--quotes", "wall"]);
    assert_eq!(
        run.stdout.lines().next(),
        Some("     2  Tom Berg  2024-03-05 … 2024-05-10")
    );
}

#[test]
fn paragraph_searches_and_counts_do_not_see_the_quotes() {
    let env = news();
    let figures = stats(&env);
    assert_eq!(figures["paragraphs"], 6, "{figures}");
    assert_eq!(figures["quotes"], 5, "{figures}");
    assert_eq!(figures["speakers"], 2, "{figures}");
    // Without words (filters alone) and in tantivy's syntax, only paragraphs.
    let (hits, _) = env.query_json(&[
        "--speaker",
        "lind",
        "-n",
        "50",
        "date:[2024-01-01T00:00:00Z TO 2025-01-01T00:00:00Z]",
    ]);
    assert!(
        hits.iter()
            .all(|h| !h["text"].as_str().unwrap_or_default().is_empty()),
        "{hits:?}"
    );
    assert_eq!(hits.len(), 2, "{hits:?}");
    let run = env.run(&["speakers", "--json"]);
    let counts = json_lines(&run.stdout);
    assert!(counts.iter().all(|c| c["paragraphs"] == 2), "{counts:?}");
    let run = env.run(&["export"]);
    let docs = json_lines(&run.stdout);
    assert_eq!(docs.iter().filter(|d| d["kind"] != "quote").count(), 6);
}

#[test]
fn a_changed_or_removed_file_takes_its_quotes_along() {
    let env = news();
    env.write(
        "news/harbour.txt",
        &HARBOUR.replace("will not hold another winter", "needs repair by autumn"),
    );
    env.index("news");
    let run = env.run(&["quotes", "winter"]);
    assert_eq!(run.code, 1, "the old quote is gone: {}", run.stdout);
    let (hits, _) = quotes_json(&env, &["autumn"]);
    assert_eq!(
        field(&hits, "quote"),
        ["The sea wall needs repair by autumn,"]
    );
    std::fs::remove_file(env.root().join("news/flood.txt")).expect("remove");
    env.index("news");
    let (hits, _) = quotes_json(&env, &["wall"]);
    assert_eq!(hits.len(), 2, "{hits:?}");
    assert!(hits.iter().all(|h| h["path"] == "news/harbour.txt"));
    let figures = stats(&env);
    assert_eq!(
        (figures["paragraphs"].as_u64(), figures["quotes"].as_u64()),
        (Some(4), Some(2))
    );
    assert!(
        figures["deleted"].as_u64() <= Some(6),
        "paragraphs only: {figures}"
    );
}

#[test]
fn a_full_index_shows_quotes_after_the_corpus_goes() {
    let env = TestEnv::new();
    env.write("news/harbour.txt", HARBOUR);
    let run = env.run(&["index", "--full", "news"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    std::fs::remove_dir_all(env.root().join("news")).expect("remove");
    let (hits, run) = quotes_json(&env, &["budget"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        field(&hits, "quote"),
        ["The wall is sound and the budget is spent,"]
    );
}

/// Format 6 adds the quote documents: an index of format 5 has none and says to rebuild.
#[test]
fn an_index_made_before_quotes_asks_to_be_rebuilt() {
    let env = news();
    env.write(".search/search-format", "5\n");
    let run = env.run(&["quotes", "wall"]);
    assert_eq!(run.code, 2);
    run.says("has format 5");
    run.says("--rebuild");
}

/// A quote in a paragraph split into passages is in its passage: `part`, and a span into the
/// passage's text; `--said-by` keeps that passage and not the paragraph's other one.
#[test]
fn a_quote_of_a_long_paragraph_is_in_its_passage() {
    let env = TestEnv::new();
    let narration = "The harbour board reviewed the accounts of the ferry service line by line for many hours. ";
    env.write(
        "news/long.txt",
        &format!(
            "Title: A long meeting\nDate: 2024-06-01\n\n{}\"The tide tables are wrong and the ferries run late,\" said Ada Lind at the end of the meeting.\n\nNothing else was decided about the ferry that day.\n",
            narration.repeat(30)
        ),
    );
    env.index("news");
    let (hits, run) = quotes_json(&env, &["ferries"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(hits.len(), 1, "{hits:?}");
    let hit = &hits[0];
    assert_eq!(
        (hit["paragraph"].as_u64(), hit["part"].as_u64()),
        (Some(1), Some(2))
    );
    let text = hit["text"].as_str().unwrap_or_default();
    let span = hit["span"][0].as_u64().unwrap_or(0) as usize
        ..hit["span"][1].as_u64().unwrap_or(0) as usize;
    assert_eq!(
        text.get(span),
        Some("The tide tables are wrong and the ferries run late,")
    );
    let (hits, run) = env.query_json(&["--said-by", "lind", "ferries"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let places: Vec<_> = hits
        .iter()
        .map(|h| (h["paragraph"].as_u64(), h["part"].as_u64()))
        .collect();
    assert_eq!(places, [(Some(1), Some(2))]);
    let (hits, _) = env.query_json(&["--said-by", "lind", "ferry"]);
    let places: Vec<_> = hits
        .iter()
        .map(|h| (h["paragraph"].as_u64(), h["part"].as_u64()))
        .collect();
    assert_eq!(
        places,
        [(Some(1), Some(2))],
        "`ferry` is in part 1 and ¶2 too, outside her quote"
    );
}

#[test]
fn a_speaker_without_words_lists_what_they_said_newest_first() {
    let env = news();
    let (hits, run) = quotes_json(&env, &["--speaker", "lind"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        field(&hits, "quote"),
        [
            "Flooding is the price of waiting,",
            "The sea wall will not hold another winter,"
        ],
        "every quote of Lind, the May article's before the March one's"
    );
    assert_eq!(field(&hits, "date"), ["2024-05-10", "2024-03-05"]);
    for hit in &hits {
        assert_eq!(
            hit["highlights"],
            serde_json::json!([]),
            "nothing to light up"
        );
    }
}

#[test]
fn a_filter_without_words_lists_paragraphs_and_no_filter_is_a_usage_error() {
    let env = news();
    let run = env.run(&["query", "--json", "--speaker", "berg", "--until", "2024-03"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let hits = json_lines(&run.stdout);
    let texts = field(&hits, "text");
    assert_eq!(texts.len(), 1, "{texts:?}");
    assert!(
        texts[0].starts_with("Mayor Tom Berg disagreed."),
        "{texts:?}"
    );

    for args in [&["query"][..], &["quotes"], &["quotes", " "]] {
        let run = env.run(args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
    }
}

#[test]
fn reported_speech_is_searched_apart_from_direct_quotes() {
    let env = news();
    let (hits, run) = quotes_json(&env, &["--reported", "vote"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(field(&hits, "quote"), ["the council would vote in June"]);
    assert_eq!(field(&hits, "speaker"), ["Tom Berg"]);
    assert_eq!(field(&hits, "cue"), ["said"]);
    let (hits, _) = quotes_json(&env, &["--direct", "vote"]);
    assert_eq!(
        field(&hits, "quote"),
        ["We will vote on the wall when the engineers report,"]
    );
}

#[test]
fn a_listing_keeps_an_articles_own_order() {
    let env = TestEnv::with_seed();
    env.index("corpus");
    let (hits, run) = quotes_json(&env, &["--speaker", "macron"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let places: Vec<(u64, u64)> = hits
        .iter()
        .filter_map(|h| Some((h["paragraph"].as_u64()?, h["span"][0].as_u64()?)))
        .collect();
    let mut sorted = places.clone();
    sorted.sort_unstable();
    assert!(places.len() >= 3, "{hits:?}");
    assert_eq!(places, sorted, "in the article's own order");
}

#[test]
fn said_by_lights_only_the_words_inside_the_speakers_quotes() {
    let env = TestEnv::new();
    env.write(
        "news/wall.txt",
        "Date: 2024-06-01\n\n\"The wall will hold,\" Ada Lind said, pointing at the old wall by the quay.\n",
    );
    env.index("news");
    let (hits, run) = env.query_json(&["--said-by", "lind", "wall"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(hits.len(), 1, "{hits:?}");
    let text = hits[0]["text"].as_str().unwrap_or_default();
    let lit: Vec<usize> = hits[0]["highlights"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|r| r[0].as_u64().map(|s| s as usize))
        .collect();
    assert_eq!(lit, [text.find("wall").unwrap_or(usize::MAX)], "{text}");
    // Without --said-by, both are lit.
    let (hits, _) = env.query_json(&["wall"]);
    assert_eq!(hits[0]["highlights"].as_array().map(Vec::len), Some(2));
}
