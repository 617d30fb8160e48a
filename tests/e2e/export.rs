//! End-to-end: `search export` holds exactly the indexed paragraphs, typed as the shipped configs say.
use crate::util::{json_lines, TestEnv};
use serde_json::Value;

fn config(name: &str) -> Value {
    let path = format!("{}/docs/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Does a JSON value fit a Quickwit field type?
fn fits_quickwit(kind: &str, value: &Value) -> bool {
    match kind {
        "text" => value.is_string(),
        "u64" => value.is_u64(),
        "datetime" => value.as_str().is_some_and(|d| {
            time::OffsetDateTime::parse(d, &time::format_description::well_known::Rfc3339).is_ok()
        }),
        "array<text>" => value
            .as_array()
            .is_some_and(|a| a.iter().all(Value::is_string)),
        _ => false,
    }
}

/// Does a JSON value fit an Elasticsearch field type?
fn fits_elasticsearch(kind: &str, value: &Value) -> bool {
    match kind {
        "text" => value.is_string(),
        "keyword" => {
            value.is_string()
                || value
                    .as_array()
                    .is_some_and(|a| a.iter().all(Value::is_string))
        }
        "integer" => value.is_u64(),
        "date" => value.as_str().is_some_and(|d| {
            time::OffsetDateTime::parse(d, &time::format_description::well_known::Rfc3339).is_ok()
        }),
        _ => false,
    }
}

#[test]
fn quickwit_export_is_exactly_the_indexed_paragraphs_with_the_configured_types() {
    let env = TestEnv::with_seed();
    env.index("corpus");
    let run = env.run(&["export"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let docs: Vec<Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();

    let parsed = env.run(&["parse", "--json", "corpus"]);
    let article: Value = serde_json::from_str(parsed.stdout.trim()).unwrap();
    let expected: Vec<(u64, String)> = article["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["paragraph"].as_u64().unwrap(),
                p["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let mut got: Vec<(u64, String)> = docs
        .iter()
        .filter(|d| d["kind"] == "paragraph")
        .map(|d| {
            (
                d["paragraph"].as_u64().unwrap(),
                d["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    got.sort();
    assert_eq!(got, expected);

    let qw = config("quickwit-index.json");
    let fields = qw["doc_mapping"]["field_mappings"].as_array().unwrap();
    assert_eq!(qw["doc_mapping"]["timestamp_field"], "date");
    for doc in &docs {
        assert_eq!(doc["date"], "2025-09-04T00:00:00Z");
        for (key, value) in doc.as_object().unwrap() {
            let field = fields
                .iter()
                .find(|f| f["name"] == *key)
                .unwrap_or_else(|| panic!("{key} is mapped"));
            assert!(
                fits_quickwit(field["type"].as_str().unwrap(), value),
                "{key}: {value}"
            );
        }
    }
    let text = fields.iter().find(|f| f["name"] == "text").unwrap();
    assert_eq!(text["record"], "position");
    assert_eq!(text["tokenizer"], "en_stem");
    let speakers = fields.iter().find(|f| f["name"] == "speakers").unwrap();
    assert_eq!(speakers["tokenizer"], "raw");
}

#[test]
fn elasticsearch_export_pairs_actions_with_documents_of_the_mapped_types() {
    let env = TestEnv::with_seed();
    env.index("corpus");
    let run = env.run(&["export", "--format", "elasticsearch"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines = json_lines(&run.stdout);
    assert_eq!(
        lines.len(),
        24,
        "an action line and a document for each of 3 paragraphs and 9 quotes (3 direct, 6 reported)"
    );
    let mapping = config("elasticsearch-mapping.json");
    let properties = mapping["mappings"]["properties"].as_object().unwrap();
    let mut ids = std::collections::HashSet::new();
    for pair in lines.chunks(2) {
        let id = pair[0]["index"]["_id"].as_str().unwrap().to_string();
        assert_eq!(pair[0]["index"]["_index"], "search-paragraphs");
        assert!(ids.insert(id), "ids are unique");
        for (key, value) in pair[1].as_object().unwrap() {
            let kind = properties[key]["type"]
                .as_str()
                .unwrap_or_else(|| panic!("{key} is mapped"));
            assert!(fits_elasticsearch(kind, value), "{key}: {value}");
        }
    }
}

/// Issue 19 item 6: quotes are exported beside paragraphs, `kind` telling them apart, their
/// words in `quote` (a search of `text` finds paragraphs only) and their span in the paragraph.
#[test]
fn quotes_are_exported_after_the_paragraphs_with_their_span() {
    let env = TestEnv::with_seed();
    env.index("corpus");
    let run = env.run(&["export"]);
    let docs = json_lines(&run.stdout);
    let kinds: Vec<&str> = docs.iter().filter_map(|d| d["kind"].as_str()).collect();
    assert_eq!(
        kinds,
        [
            "paragraph",
            "paragraph",
            "paragraph",
            "quote",
            "quote",
            "quote",
            "quote",
            "quote",
            "quote",
            "quote",
            "quote",
            "quote"
        ],
        "the seed's 3 direct and 6 reported quotes after its 3 paragraphs"
    );
    for quote in docs.iter().filter(|d| d["kind"] == "quote") {
        assert!(quote.get("text").is_none(), "{quote}");
        let paragraph = docs
            .iter()
            .find(|d| d["kind"] == "paragraph" && d["paragraph"] == quote["paragraph"])
            .unwrap();
        let text = paragraph["text"].as_str().unwrap();
        let span =
            quote["start"].as_u64().unwrap() as usize..quote["end"].as_u64().unwrap() as usize;
        assert_eq!(Some(&text[span]), quote["quote"].as_str());
    }
    let kinds: Vec<&str> = docs
        .iter()
        .filter_map(|d| d["quote_kind"].as_str())
        .collect();
    assert_eq!(
        kinds.iter().filter(|k| **k == "direct").count(),
        3,
        "{kinds:?}"
    );
    assert_eq!(
        kinds.iter().filter(|k| **k == "reported").count(),
        6,
        "{kinds:?}"
    );
    assert!(docs
        .iter()
        .any(|d| d["speaker"] == "Maria Zakharova" && d["cue"] == "told"));
}

#[test]
fn export_respects_dates_and_completions_and_man_page_generate() {
    let env = TestEnv::with_seed();
    env.index("corpus");
    let run = env.run(&["export", "--since", "2025-09-05"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.is_empty());
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let run = env.run(&["completions", shell]);
        assert_eq!(run.code, 0, "{shell}");
        assert!(
            run.stdout.contains("search") && run.stdout.contains("speaker"),
            "{shell}"
        );
    }
    let run = env.run(&["man"]);
    assert_eq!(run.code, 0);
    assert!(
        run.stdout.starts_with(".ie") || run.stdout.contains(".TH search"),
        "{}",
        &run.stdout[..80.min(run.stdout.len())]
    );
}
