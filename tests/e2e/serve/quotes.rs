//! `GET /api/quotes`: the hits of `search quotes --json`, counted per speaker and month, with
//! the same filters (speaker, period, direct or reported), the listing without words, and a bad
//! parameter refused by name.
use serde_json::{json, Value};

use super::server::Server;
use crate::util::{json_lines, TestEnv};

/// `search quotes --json ARGS`: the hit lines, and the facets line when asked.
fn cli_quotes(env: &TestEnv, args: &[&str]) -> Vec<Value> {
    let run = env.run(&[&["quotes", "--json"], args].concat());
    assert!(run.code <= 1, "{}", run.stderr);
    json_lines(&run.stdout)
}

fn field<'a>(hits: &'a Value, name: &str) -> Vec<&'a str> {
    hits.as_array()
        .expect("hits")
        .iter()
        .map(|hit| hit[name].as_str().unwrap_or("(none)"))
        .collect()
}

#[test]
fn quotes_are_the_command_lines_with_facets_and_timeline() {
    let env = super::indexed();
    let server = Server::start(&env, &[]);
    let cli = cli_quotes(&env, &["--facets", "troops"]);
    let (cli_facets, cli_hits) = cli.split_last().expect("a facets line");
    assert_eq!(cli_hits.len(), 4);
    let answer = server.json("/api/quotes?q=troops", 200);
    assert_eq!(
        answer["hits"],
        json!(cli_hits),
        "the CLI's quote objects, exactly"
    );
    assert_eq!(answer["facets"], cli_facets["facets"]);
    assert_eq!(
        answer["timeline"],
        json!([{"month": "2024-03", "quotes": 2}, {"month": "2025-09", "quotes": 2}])
    );
    assert_eq!(answer["warnings"], json!([]));
}

#[test]
fn quotes_are_filtered_by_speaker_period_and_kind_and_paged() {
    let env = super::indexed();
    let server = Server::start(&env, &[]);
    let by = server.json("/api/quotes?q=troops&speaker=berg", 200);
    assert_eq!(field(&by["hits"], "speaker"), ["Nils Berg"]);
    assert_eq!(by["facets"]["total"], 1);

    for (kind, flag) in [("direct", "--direct"), ("reported", "--reported")] {
        let kept = server.json(&format!("/api/quotes?q=troops&kind={kind}&facets=0"), 200);
        assert_eq!(kept["hits"], json!(cli_quotes(&env, &[flag, "troops"])));
        let kinds = field(&kept["hits"], "kind");
        assert!(
            kinds.len() == 2 && kinds.iter().all(|k| *k == kind),
            "{kinds:?}"
        );
    }

    // A period keeps its own quotes; the timeline still shows every period.
    let dated = server.json("/api/quotes?q=troops&since=2025-09&until=2025-09", 200);
    assert_eq!(field(&dated["hits"], "date"), ["2025-09-04", "2025-09-04"]);
    assert_eq!(
        dated["facets"]["months"],
        json!([{"month": "2025-09", "quotes": 2}])
    );
    assert_eq!(dated["timeline"].as_array().map(Vec::len), Some(2));

    let all = server.json("/api/quotes?q=troops&facets=false", 200);
    let second = server.json("/api/quotes?q=troops&offset=1&limit=1&facets=0", 200);
    assert_eq!(second["hits"], json!([all["hits"][1]]));
    assert_eq!(second["hits"][0]["rank"], 2);
    assert_eq!(
        (&all["facets"], &all["timeline"]),
        (&Value::Null, &Value::Null)
    );
}

#[test]
fn without_words_a_filter_lists_the_quotes_it_keeps() {
    let env = super::indexed();
    let server = Server::start(&env, &[]);
    let listed = server.json("/api/quotes?q=&speaker=macron&facets=0", 200);
    let cli = cli_quotes(&env, &["--speaker", "macron"]);
    assert!(cli.len() >= 2, "{cli:?}");
    assert_eq!(listed["hits"], json!(cli));
    assert!(field(&listed["hits"], "speaker")
        .iter()
        .all(|s| *s == "Emmanuel Macron"));
    let period = server.json("/api/quotes?since=2024-03&until=2024-03", 200);
    assert_eq!(field(&period["hits"], "speaker"), ["Ada Lind", "Nils Berg"]);
}

#[test]
fn a_bad_quotes_parameter_is_refused_by_name() {
    let env = super::indexed();
    let server = Server::start(&env, &[]);
    for (target, parameter) in [
        ("/api/quotes", "q"),
        ("/api/quotes?q=%20", "q"),
        ("/api/quotes?kind=direct", "q"),
        ("/api/quotes?q=-troops", "q"),
        ("/api/quotes?q=a&kind=both", "kind"),
        ("/api/quotes?q=a&kind=direct&kind=reported", "kind"),
        ("/api/quotes?q=a&limit=0", "limit"),
        ("/api/quotes?q=a&offset=99999", "offset"),
        ("/api/quotes?q=a&since=2025-02-30", "since"),
        ("/api/quotes?q=a&since=2025&until=2024", "since"),
        ("/api/quotes?speaker=-", "speaker"),
        ("/api/quotes?q=a&context=1", "context"),
    ] {
        let answer = server.json(target, 400);
        assert_eq!(answer["parameter"], parameter, "{target}: {answer}");
        assert!(answer["error"].as_str().is_some_and(|e| !e.is_empty()));
    }
}
