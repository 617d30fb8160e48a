//! `search serve` (issue 20): the JSON API answers as the command line does, with facets and a
//! timeline, refuses bad parameters by name, says a missing or damaged index as the command
//! line says it, sees new commits, escapes what articles hold, and stops on Ctrl-C.
#[cfg(unix)]
mod browser;
#[cfg(unix)]
mod cdp;
mod quotes;
pub mod server;

use serde_json::{json, Value};

use crate::util::TestEnv;
use server::Server;

/// An article of another month, with speakers of its own (made up for the test).
pub const HARBOUR: &str = "Title: Harbour plans\nDate: 2024-03-10\n\n\"The troops will stay home,\" said Ada Lind, the chair of the harbour board.\n\nNils Berg said the reassurance force idea was premature and the troops were tired.\n";

/// The seed article and one of 2024-03, indexed.
pub fn indexed() -> TestEnv {
    let env = TestEnv::with_seed();
    env.write("corpus/2024-03-10-harbour.txt", HARBOUR);
    env.index("corpus");
    env
}

fn speakers_of(hits: &Value) -> Vec<Vec<String>> {
    hits.as_array()
        .expect("hits")
        .iter()
        .map(|hit| {
            hit["speakers"]
                .as_array()
                .expect("speakers")
                .iter()
                .map(|s| s.as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .collect()
}

#[test]
fn search_returns_the_command_lines_hits_with_facets_and_timeline() {
    let env = indexed();
    let server = Server::start(&env, &[]);
    let (cli, _) = env.query_json(&["--facets", "troops"]);
    let answer = server.json("/api/search?q=troops", 200);
    let (cli_facets, cli_hits) = cli.split_last().expect("a facets line");
    assert!(!cli_hits.is_empty());
    assert_eq!(
        answer["hits"],
        json!(cli_hits),
        "the CLI's hit objects, exactly"
    );
    assert_eq!(answer["facets"], cli_facets["facets"]);
    assert_eq!(
        answer["timeline"],
        json!([{"month": "2024-03", "paragraphs": 2}, {"month": "2025-09", "paragraphs": 2}])
    );
    let names: Vec<&str> = answer["facets"]["speakers"]
        .as_array()
        .expect("speakers")
        .iter()
        .filter_map(|s| s["speaker"].as_str())
        .collect();
    assert!(
        names.contains(&"Ada Lind") && names.contains(&"Nils Berg"),
        "{names:?}"
    );
}

#[test]
fn filters_and_paging_narrow_the_hits() {
    let env = indexed();
    let server = Server::start(&env, &[]);
    let by = server.json("/api/search?q=troops&speaker=berg", 200);
    assert_eq!(speakers_of(&by["hits"]), [["Nils Berg"]]);
    assert_eq!(by["facets"]["total"], 1);

    // A period keeps its own paragraphs; the timeline still shows every period.
    let dated = server.json("/api/search?q=troops&since=2025-09&until=2025-09", 200);
    let dates: Vec<&str> = dated["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .filter_map(|h| h["date"].as_str())
        .collect();
    assert_eq!(dates, ["2025-09-04", "2025-09-04"]);
    assert_eq!(
        dated["facets"]["months"],
        json!([{"month": "2025-09", "paragraphs": 2}])
    );
    assert_eq!(dated["timeline"].as_array().map(Vec::len), Some(2));

    let all = server.json("/api/search?q=troops&facets=false", 200);
    let second = server.json("/api/search?q=troops&offset=1&limit=1&facets=0", 200);
    assert_eq!(second["hits"], json!([all["hits"][1]]));
    assert_eq!(second["hits"][0]["rank"], 2);
    assert_eq!(all["facets"], Value::Null);

    let context = server.json("/api/search?q=premature&context=1&facets=0", 200);
    assert_eq!(context["hits"][0]["before"][0]["paragraph"], 1);

    let none = server.json("/api/search?q=troops&until=2020", 200);
    assert_eq!(none["hits"], json!([]));
    let why = none["why"].as_str().expect("why nothing matched");
    assert!(why.contains("2020-12-31 or earlier"), "{why}");
}

#[test]
fn speakers_and_stats_are_those_of_the_command_line() {
    let env = indexed();
    let server = Server::start(&env, &[]);
    let cli = env.run(&["speakers", "--json", "troops"]);
    let listed = server.json("/api/speakers?q=troops", 200);
    assert_eq!(
        listed["speakers"],
        json!(crate::util::json_lines(&cli.stdout))
    );
    let stats = server.json("/api/stats", 200);
    assert_eq!(stats, crate::util::stats(&env));
}

#[test]
fn a_bad_parameter_is_refused_by_name() {
    let env = indexed();
    let server = Server::start(&env, &[]);
    for (target, parameter) in [
        ("/api/search", "q"),
        ("/api/search?q=%20", "q"),
        ("/api/search?q=-troops", "q"),
        ("/api/search?q=a&limit=0", "limit"),
        ("/api/search?q=a&limit=lots", "limit"),
        ("/api/search?q=a&offset=99999", "offset"),
        ("/api/search?q=a&since=2025-02-30", "since"),
        ("/api/search?q=a&until=soon", "until"),
        ("/api/search?q=a&since=2025&until=2024", "since"),
        ("/api/search?q=a&speaker=-", "speaker"),
        ("/api/search?q=a&limt=3", "limt"),
        ("/api/speakers?q=a&speaker=b", "speaker"),
    ] {
        let answer = server.json(target, 400);
        assert_eq!(answer["parameter"], parameter, "{target}: {answer}");
        assert!(answer["error"].as_str().is_some_and(|e| !e.is_empty()));
    }
    let deep = format!("/api/search?q={}", "(".repeat(101));
    assert_eq!(server.json(&deep, 400)["parameter"], "q");
}

/// The one line `search ARGS query troops` prints in `env`, without `search: `.
fn cli_error(env: &TestEnv, args: &[&str]) -> String {
    let run = env.run(&[args, &["query", "troops"]].concat());
    assert_eq!(run.code, 2, "{}", run.stderr);
    run.stderr
        .trim()
        .strip_prefix("search: ")
        .expect("one line")
        .to_owned()
}

#[test]
fn a_missing_index_is_503_with_the_command_lines_message_until_it_is_made() {
    let env = TestEnv::with_seed();
    let server = Server::start(&env, &["--index", "made-later"]);
    let answer = server.json("/api/search?q=troops", 503);
    assert_eq!(answer["error"], cli_error(&env, &["--index", "made-later"]));
    assert_eq!(server.json("/api/stats", 503), answer);

    let run = env.run(&["--index", "made-later", "index", "corpus"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let found = server.json("/api/search?q=troops", 200);
    assert!(!found["hits"].as_array().expect("hits").is_empty());
}

#[test]
fn a_damaged_index_is_503_with_the_command_lines_message() {
    let env = indexed();
    let index = env.root().join(".search");
    let store = std::fs::read_dir(&index)
        .expect("index folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "store"))
        .expect("a store file");
    std::fs::remove_file(store).expect("damage");
    let server = Server::start(&env, &[]);
    let answer = server.json("/api/search?q=troops", 503);
    let said = answer["error"].as_str().expect("error");
    assert!(said.contains("is damaged"), "{said}");
    assert_eq!(said, cli_error(&env, &[]));
}

#[test]
fn new_commits_are_seen_without_a_restart() {
    let env = indexed();
    let server = Server::start(&env, &[]);
    assert_eq!(
        server.json("/api/search?q=lighthouse", 200)["hits"],
        json!([])
    );
    env.write(
        "corpus/2025-10-01-lighthouse.txt",
        "Title: Lighthouse\n\n\"The lighthouse stays lit,\" said Ada Lind.\n",
    );
    env.index("corpus");
    let found = server.json("/api/search?q=lighthouse", 200);
    assert_eq!(speakers_of(&found["hits"]), [["Ada Lind"]]);
}

#[test]
fn article_text_is_data_and_every_response_is_locked_down() {
    let env = TestEnv::new();
    env.write(
        "corpus/2025-01-02-ledger.txt",
        "Title: <script>alert(1)</script> Ledger\n\n\"Open javascript:alert(2) or <img src=x onerror=alert(3)> now,\" said Ada Lind about the ledger.\n",
    );
    env.index("corpus");
    let server = Server::start(&env, &[]);
    let reply = server.get("/api/search?q=ledger");
    assert_eq!(reply.status, 200);
    assert!(reply
        .header("content-type")
        .is_some_and(|t| t.starts_with("application/json")));
    let hit = &reply.json()["hits"][0];
    assert_eq!(hit["title"], "<script>alert(1)</script> Ledger");
    assert!(hit["text"]
        .as_str()
        .is_some_and(|t| t.contains("<img src=x onerror=alert(3)>")));

    for target in ["/", "/app.js", "/app.css", "/api/stats", "/nowhere"] {
        let reply = server.get(target);
        let policy = reply.header("content-security-policy").unwrap_or_default();
        assert!(policy.contains("default-src 'none'"), "{target}: {policy}");
        assert!(
            policy.contains("script-src 'self'") && !policy.contains("unsafe"),
            "{policy}"
        );
        assert_eq!(reply.header("x-content-type-options"), Some("nosniff"));
    }
    let page = server.get("/");
    assert!(
        page.body.contains("<script src=\"/app.js\""),
        "{}",
        page.body
    );
    // Text from the index reaches the page only as text nodes.
    let script = server.get("/app.js").body;
    assert!(!script.contains("innerHTML") && !script.contains("insertAdjacentHTML"));
    for (target, status) in [
        ("/../Cargo.toml", 404),
        ("/%2e%2e/.search/meta.json", 404),
        ("/.search/meta.json", 404),
        ("/corpus/2025-01-02-ledger.txt", 404),
    ] {
        assert_eq!(server.get(target).status, status, "{target}");
    }
    let posted = server.request(
        "POST",
        "/api/search?q=ledger",
        &format!("127.0.0.1:{}", server.port),
    );
    assert_eq!(posted.status, 405);
    // A page elsewhere whose name was pointed at 127.0.0.1 is not answered.
    let rebound = server.request(
        "GET",
        "/api/stats",
        &format!("attacker.example:{}", server.port),
    );
    assert_eq!(rebound.status, 421);
    let by_name = server.request("GET", "/api/stats", &format!("localhost:{}", server.port));
    assert_eq!(by_name.status, 200);
    // Request headers are bounded.
    let huge = format!(
        "GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nX-Pad: {}\r\n\r\n",
        server.port,
        "a".repeat(64 * 1024)
    );
    assert_eq!(
        server.raw(huge.as_bytes()),
        "HTTP/1.1 431 Request Header Fields Too Large"
    );
}

#[test]
fn ctrl_c_stops_the_server_cleanly() {
    let env = indexed();
    let server = Server::start(&env, &[]);
    assert_eq!(server.get("/api/stats").status, 200);
    let (code, said) = server.interrupt();
    assert_eq!(code, Some(0), "{said:?}");
    assert!(
        said.iter().any(|line| line == "search: stopped"),
        "{said:?}"
    );
}
