//! End-to-end: dates known only to the year or the month (issue 16, item 3): read from file
//! and folder names, kept with their precision, filtered, counted and shown as such.
use std::collections::BTreeMap;

use crate::util::{stats, TestEnv};

/// An archive whose files carry no date of their own: the year is in the file name and the
/// folder, the day spread over nested folders, the month in a header or refined by a folder.
fn archive() -> TestEnv {
    let env = TestEnv::new();
    let said =
        |n: &str| format!("\u{201c}The assembly must act now,\u{201d} Anna Berg said in {n}.\n");
    env.write("archive/Session 44 - 1989/FRA_44_1989.txt", &said("one"));
    env.write("archive/Session 45 - 1990/USA_45_1990.txt", &said("two"));
    env.write(
        "archive/notes/header.txt",
        &format!("Date: September 1990\n\n{}", said("three")),
    );
    env.write("archive/1990/09/speech_1990.txt", &said("four"));
    env.write("archive/2024/09/04/story.txt", &said("five"));
    env.write("archive/2024/09/later.txt", &said("six"));
    env.index("archive");
    env
}

/// Each hit's path (below `archive/`) and date, for `query --json ARGS assembly`.
fn dated(env: &TestEnv, args: &[&str]) -> BTreeMap<String, String> {
    let mut all = args.to_vec();
    all.push("assembly");
    let (hits, run) = env.query_json(&all);
    assert!(run.code < 2, "{args:?}: {}", run.stderr);
    hits.iter()
        .map(|h| {
            let path = h["path"].as_str().unwrap();
            let path = path.strip_prefix("archive/").unwrap_or(path).to_string();
            (path, h["date"].as_str().unwrap_or("undated").to_string())
        })
        .collect()
}

fn paths(dates: &BTreeMap<String, String>) -> Vec<&str> {
    dates.keys().map(String::as_str).collect()
}

#[test]
fn years_months_and_days_come_from_names_headers_and_folders() {
    let env = archive();
    let dates = dated(&env, &[]);
    let expected: BTreeMap<String, String> = [
        ("1990/09/speech_1990.txt", "1990-09"),
        ("2024/09/04/story.txt", "2024-09-04"),
        ("2024/09/later.txt", "2024-09"),
        ("Session 44 - 1989/FRA_44_1989.txt", "1989"),
        ("Session 45 - 1990/USA_45_1990.txt", "1990"),
        ("notes/header.txt", "1990-09"),
    ]
    .into_iter()
    .map(|(p, d)| (p.to_string(), d.to_string()))
    .collect();
    assert_eq!(dates, expected);
}

#[test]
fn a_period_matches_a_range_that_covers_it_whole() {
    let env = archive();
    let early = [
        "1990/09/speech_1990.txt",
        "Session 44 - 1989/FRA_44_1989.txt",
        "Session 45 - 1990/USA_45_1990.txt",
        "notes/header.txt",
    ];
    assert_eq!(
        paths(&dated(&env, &["--since", "1989", "--until", "1990"])),
        early
    );
    assert_eq!(
        paths(&dated(&env, &["--since", "1989-06", "--until", "1991"])),
        [early[0], early[2], early[3]],
        "1989 does not lie wholly after June 1989"
    );
    assert_eq!(
        paths(&dated(&env, &["--since", "1990", "--until", "1990"])),
        [
            "1990/09/speech_1990.txt",
            "Session 45 - 1990/USA_45_1990.txt",
            "notes/header.txt"
        ]
    );
    // The year 1990 starts before June; its September lies wholly after.
    assert_eq!(
        paths(&dated(
            &env,
            &["--since", "1990-06-01", "--until", "1999-12"]
        )),
        ["1990/09/speech_1990.txt", "notes/header.txt"]
    );
    assert_eq!(
        paths(&dated(&env, &["--until", "1990-06"])),
        ["Session 44 - 1989/FRA_44_1989.txt"]
    );
    // A month matches a day inside it only if the range holds the whole month.
    assert_eq!(
        paths(&dated(
            &env,
            &["--since", "2024-09-04", "--until", "2024-09-04"]
        )),
        ["2024/09/04/story.txt"]
    );
    assert_eq!(
        paths(&dated(&env, &["--since", "2024-09"])),
        ["2024/09/04/story.txt", "2024/09/later.txt"]
    );
}

#[test]
fn facets_count_a_year_under_its_year() {
    let env = archive();
    let run = env.run(&["query", "--json", "--facets", "assembly"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let last: serde_json::Value = serde_json::from_str(run.stdout.lines().last().unwrap()).unwrap();
    let months: Vec<(String, u64)> = last["facets"]["months"]
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
    let expected = [("1989", 1), ("1990", 1), ("1990-09", 2), ("2024-09", 2)];
    let expected: Vec<(String, u64)> = expected.iter().map(|(m, n)| (m.to_string(), *n)).collect();
    assert_eq!(months, expected);
    let text = env.run(&["query", "--facets", "assembly"]);
    assert!(
        text.stdout
            .contains("months:   1989 1 · 1990 1 · 1990-09 2 · 2024-09 2"),
        "{}",
        text.stdout
    );
}

#[test]
fn speakers_and_stats_show_dates_with_their_precision() {
    let env = archive();
    let run = env.run(&["speakers", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let speaker: serde_json::Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(speaker["speaker"], "Anna Berg");
    assert_eq!(speaker["paragraphs"], 6);
    // The first period to start; the last to end (September 2024 ends after its 4th).
    assert_eq!(speaker["first"], "1989");
    assert_eq!(speaker["last"], "2024-09");
    let run = env.run(&["speakers", "--since", "1990", "--until", "1990"]);
    assert!(
        run.stdout.contains("Anna Berg  1990 … 1990"),
        "{}",
        run.stdout
    );
    let figures = stats(&env);
    assert_eq!(figures["first_date"], "1989");
    assert_eq!(figures["last_date"], "2024-09");
    let run = env.run(&["stats"]);
    assert!(
        run.stdout.contains("dates:      1989 to 2024-09"),
        "{}",
        run.stdout
    );
}

#[test]
fn years_and_months_are_accepted_as_bounds_and_anything_else_is_refused() {
    let env = archive();
    let run = env.run(&["export", "--since", "1990", "--until", "1990"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut dates: Vec<String> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|v| v["kind"] == "paragraph")
        .map(|v| v["date"].as_str().unwrap().to_string())
        .collect();
    dates.sort();
    // Quickwit reads RFC 3339: a period is exported as its first instant.
    assert_eq!(
        dates,
        [
            "1990-01-01T00:00:00Z",
            "1990-09-01T00:00:00Z",
            "1990-09-01T00:00:00Z"
        ]
    );
    for bad in [
        "1990-13",
        "90",
        "1990-9",
        "September 1990",
        "1990-02-30",
        "",
    ] {
        for command in ["query", "speakers", "export"] {
            let mut args = vec![command, "--since", bad];
            if command == "query" {
                args.push("assembly");
            }
            let run = env.run(&args);
            assert_eq!(run.code, 2, "{args:?}");
            assert!(
                run.stderr.contains("YYYY, YYYY-MM or YYYY-MM-DD"),
                "{args:?}: {}",
                run.stderr
            );
        }
    }
    let run = env.run(&["query", "--since", "1991", "--until", "1990", "assembly"]);
    assert_eq!(run.code, 2);
    run.says("is after --until");
    let run = env.run(&["query", "--since", "1990-12", "--until", "1990", "assembly"]);
    assert_eq!(
        run.code, 1,
        "December lies inside 1990 (and holds nothing): {}",
        run.stderr
    );
}

/// Index format 3 keeps each date's period; an index of format 2 has no such fields, and says
/// to rebuild rather than filter wrongly.
#[test]
fn an_index_made_before_periods_asks_to_be_rebuilt() {
    let env = archive();
    env.write(".search/search-format", "2\n");
    let run = env.run(&["query", "--since", "1990", "assembly"]);
    assert_eq!(run.code, 2);
    run.says("has format 2");
    run.says("--rebuild");
    let run = env.run(&["index", "--rebuild", "archive"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let dates = dated(&env, &["--since", "1990", "--until", "1990"]);
    assert_eq!(dates.len(), 3, "{dates:?}");
}

/// A date with a time keeps it in hits, and spans read as days, as before dates had a precision.
#[test]
fn spans_show_times_as_their_day() {
    let env = TestEnv::new();
    env.write(
        "news/a.txt",
        "Date: 2024-09-04T23:30:00-02:00\n\n\u{201c}We act,\u{201d} Anna Berg said.\n",
    );
    env.write(
        "news/b.txt",
        "Date: 2024\n\n\u{201c}We act again,\u{201d} Anna Berg said.\n",
    );
    env.index("news");
    let (hits, _) = env.query_json(&["--until", "2024-09-05", "act"]);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0]["date"], "2024-09-05T01:30:00Z");
    let run = env.run(&["speakers"]);
    assert!(
        run.stdout.contains("Anna Berg  2024 … 2024"),
        "{}",
        run.stdout
    );
    let run = env.run(&["speakers", "--since", "2024-09-05", "--until", "2024-09-05"]);
    assert!(
        run.stdout.contains("Anna Berg  2024-09-05 … 2024-09-05"),
        "{}",
        run.stdout
    );
}
