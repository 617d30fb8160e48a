//! End-to-end: a filtered search that finds nothing says which filter removed the matches, in one
//! line on stderr, and still exits with 1 (issue 16).
use crate::util::TestEnv;

/// An article without a date anywhere: in its text, its metadata or its file name.
const UNDATED: &str = "Climate change talks\n\n\
Delegates met in the capital to discuss climate change and what it will cost the coastal towns.\n\n\
The report on climate change was published late, after a long quarrel over its figures and the force of its words.\n\n\
Nothing else was agreed at the meeting, which ended early.\n";

/// A dated article a year and a half before the seed's, quoting no one.
const OLDER: &str = "Date: 2024-01-02\n\n\
Aid convoys reached Ukraine before the roads froze, and a small force of engineers followed them.\n";

/// Runs `search ARGS`, asserting exit code 1, no hits, and exactly `line` on stderr.
fn says_why(env: &TestEnv, args: &[&str], line: &str) {
    let run = env.run(args);
    assert_eq!(run.code, 1, "{args:?}: {}", run.stderr);
    assert_eq!(run.stdout, "", "{args:?}");
    assert_eq!(run.stderr, format!("search: {line}\n"), "{args:?}");
}

#[test]
fn an_undated_archive_says_its_matches_have_no_date() {
    let env = TestEnv::new();
    env.write("news/talks.txt", UNDATED);
    env.index("news");
    says_why(
        &env,
        &[
            "query",
            "--since",
            "1990-01-01",
            "--until",
            "1999-12-31",
            "\"climate change\"",
        ],
        "2 paragraphs match, none dated 1990-01-01..1999-12-31; they have no date",
    );
}

#[test]
fn matches_outside_the_dates_say_the_days_they_span() {
    let env = TestEnv::with_seed();
    env.index("corpus");
    says_why(
        &env,
        &["query", "--until", "2020-12-31", "reassurance"],
        "2 paragraphs match, none dated 2020-12-31 or earlier; they are dated 2025-09-04",
    );
    env.write("corpus/older.txt", OLDER);
    env.write("corpus/talks.txt", UNDATED);
    env.index("corpus");
    // "force": 3 paragraphs of the seed, 1 of the older article, 1 undated.
    says_why(
        &env,
        &["query", "--since", "2026-01-01", "force"],
        "5 paragraphs match, none dated 2026-01-01 or later; 1 has no date, the others are dated \
         2024-01-02..2025-09-04",
    );
}

#[test]
fn an_unknown_speaker_is_said_with_the_closest_indexed_names() {
    let env = TestEnv::with_seed();
    env.index("corpus");
    says_why(
        &env,
        &["query", "--speaker", "macrn", "force"],
        "no speaker \"macrn\" in the index; closest: Emmanuel Macron",
    );
    says_why(
        &env,
        &["query", "--speaker", "Emanuel Macron", "force"],
        "no speaker \"Emanuel Macron\" in the index; closest: Emmanuel Macron",
    );
    // A first name alone is not a surname, but it names the speaker meant.
    says_why(
        &env,
        &["query", "-s", "emmanuel", "force"],
        "no speaker \"emmanuel\" in the index; closest: Emmanuel Macron",
    );
    says_why(
        &env,
        &["query", "--speaker", "qwxyz", "force"],
        "no speaker \"qwxyz\" in the index",
    );
}

#[test]
fn a_known_speaker_outside_the_matches_is_said_with_how_often_they_are_quoted() {
    let env = TestEnv::with_seed();
    env.index("corpus");
    // Putin is quoted in paragraph 2, which does not say "reassurance".
    says_why(
        &env,
        &["query", "--speaker", "putin", "reassurance"],
        "2 paragraphs match, none with speaker \"putin\" (quoted in 1 other paragraph)",
    );
    says_why(
        &env,
        &[
            "query",
            "-s",
            "putin",
            "-s",
            "zakharova",
            "-s",
            "nobodyhere",
            "reassurance",
        ],
        "2 paragraphs match, none with speaker \"putin\" (quoted in 1 other paragraph) or \
         \"zakharova\" (quoted in 1 other paragraph); no speaker \"nobodyhere\" in the index",
    );
}

#[test]
fn with_both_filters_the_one_that_removed_the_matches_is_named() {
    let env = TestEnv::with_seed();
    env.write("corpus/older.txt", OLDER);
    env.index("corpus");
    // The speaker alone removes them; the dates keep them.
    says_why(
        &env,
        &[
            "query",
            "-s",
            "putin",
            "--since",
            "2025-01-01",
            "reassurance",
        ],
        "2 paragraphs match, none with speaker \"putin\" (quoted in 1 other paragraph)",
    );
    // The dates alone remove them; the speaker keeps one.
    says_why(
        &env,
        &[
            "query",
            "-s",
            "zakharova",
            "--since",
            "2026-01-01",
            "foreign",
        ],
        "2 paragraphs match, none dated 2026-01-01 or later; they are dated 2025-09-04",
    );
    // Each alone removes them.
    says_why(
        &env,
        &[
            "query",
            "-s",
            "putin",
            "--since",
            "2026-01-01",
            "reassurance",
        ],
        "2 paragraphs match, none with speaker \"putin\" (quoted in 1 other paragraph) and none \
         dated 2026-01-01 or later; they are dated 2025-09-04",
    );
    // Each keeps some, but not the same ones: 3 seed paragraphs and the older one say "Ukraine".
    says_why(
        &env,
        &[
            "query",
            "-s",
            "zakharova",
            "--until",
            "2024-12-31",
            "Ukraine",
        ],
        "4 paragraphs match: 1 with speaker \"zakharova\", 1 dated 2024-12-31 or earlier, none \
         with both",
    );
}

#[test]
fn the_line_is_said_only_when_filters_removed_every_match() {
    let env = TestEnv::with_seed();
    env.index("corpus");
    says_why(
        &env,
        &["query", "--since", "2026-01-01", "force"],
        "3 paragraphs match, none dated 2026-01-01 or later; they are dated 2025-09-04",
    );
    let run = env.run(&["query", "--since", "2025-01-01", "-s", "zakharova", "force"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (0, ""),
        "filters that keep a match"
    );
    let run = env.run(&["query", "--since", "2026-01-01", "qqqzzz"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (1, ""),
        "a query that matches nothing"
    );
}

#[test]
fn the_fallback_to_any_word_is_explained_as_such() {
    let env = TestEnv::with_seed();
    env.index("corpus");
    says_why(
        &env,
        &["query", "--since", "2026-01-01", "reassurance", "qqqzzz"],
        "2 paragraphs have some of the words, none dated 2026-01-01 or later; they are dated \
         2025-09-04",
    );
}

#[test]
fn speakers_and_export_say_why_too() {
    let env = TestEnv::with_seed();
    env.index("corpus");
    says_why(
        &env,
        &["speakers", "--since", "2026-01-01"],
        "the index holds 3 paragraphs, none dated 2026-01-01 or later; they are dated 2025-09-04",
    );
    says_why(
        &env,
        &["speakers", "--until", "2020-12-31", "reassurance"],
        "2 paragraphs match, none dated 2020-12-31 or earlier; they are dated 2025-09-04",
    );
    says_why(
        &env,
        &["export", "--since", "2026-01-01"],
        "the index holds 3 paragraphs, none dated 2026-01-01 or later; they are dated 2025-09-04",
    );
}
