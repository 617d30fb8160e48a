//! Property tests: arbitrary input to the article readers and to the query path never panics.

use proptest::prelude::*;
use search::corpus::{parse_bytes, parse_json_element, parse_jsonl_line, Format};
use search::search::bounds::{TooComplex, MAX_QUERY_OPENERS};
use search::search::tiers::NoWord;
use search::search::words::Unsupported;
use search::search::{run, Request};

const FORMATS: [Format; 5] = [
    Format::Text,
    Format::Markdown,
    Format::Json,
    Format::JsonLines,
    Format::Html,
];

/// Text that looks like articles: headers, quotes, dates, markup, JSON punctuation, odd Unicode.
fn articleish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Title: ".to_string()),
        Just("Date: 2025-02-30\n".to_string()),
        Just("date 2025-09-04 ".to_string()),
        Just("---\n".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just("# ".to_string()),
        Just("{\"body\": ".to_string()),
        Just("[\"".to_string()),
        Just("“".to_string()),
        Just("’".to_string()),
        Just("\"".to_string()),
        Just("Monday, May 18, 2015".to_string()),
        Just("\u{202e}\u{0}\u{feff}".to_string()),
        "[a-zA-Z ,.]{0,30}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

/// Deep nesting and long repetitions (issue 15): openers repeated up to twice the bound, so that
/// both the deepest accepted query and refused ones are tried, with an odd piece between.
fn nested() -> impl Strategy<Value = String> {
    let opener = prop_oneof![
        Just("("),
        Just("title:("),
        Just("NOT "),
        Just("-"),
        Just("+"),
        Just("\""),
        Just(")"),
        Just("troops "),
    ];
    (
        prop::collection::vec((opener, 1..=2 * MAX_QUERY_OPENERS), 1..4),
        "[a-z ()]{0,10}",
    )
        .prop_map(|(runs, middle)| {
            let mut text: String = runs.iter().map(|(piece, n)| piece.repeat(*n)).collect();
            text.push_str(&middle);
            text
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    #[test]
    fn readers_never_panic_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        for format in FORMATS {
            let _ = parse_bytes("x/file.txt", format, &bytes);
        }
    }

    /// What a lean index relies on: each JSON Lines article reads back alone from its offset,
    /// as the whole file gave it, whatever the lines around it (junk, blank, CRLF, a BOM).
    #[test]
    fn json_lines_articles_read_back_alone_from_their_offsets(
        lines in prop::collection::vec(
            prop_oneof![
                articleish().prop_map(|body| serde_json::json!({"title": "T", "body": body}).to_string()),
                articleish(),
            ],
            0..8,
        ),
        bom in any::<bool>(),
        crlf in any::<bool>(),
    ) {
        let mut bytes = if bom { b"\xEF\xBB\xBF".to_vec() } else { Vec::new() };
        bytes.extend_from_slice(lines.join(if crlf { "\r\n" } else { "\n" }).as_bytes());
        let whole = parse_bytes("x/wire.jsonl", Format::JsonLines, &bytes);
        for article in &whole.articles {
            let start = usize::try_from(article.offset).expect("offset");
            let rest = bytes.get(start..).expect("offset inside the file");
            let line = rest.split_inclusive(|&b| b == b'\n').next().unwrap_or_default();
            let number: usize = article.path.rsplit_once('#').and_then(|(_, n)| n.parse().ok()).expect("line number");
            let alone = parse_jsonl_line("x/wire.jsonl", number, article.offset, line);
            prop_assert_eq!(alone.articles, vec![article.clone()]);
        }
    }

    /// The same for the articles of a JSON array, read from their objects' offsets.
    #[test]
    fn json_array_articles_read_back_alone_from_their_offsets(
        items in prop::collection::vec(
            prop_oneof![
                articleish().prop_map(|body| serde_json::json!({"title": "T", "body": body})),
                articleish().prop_map(serde_json::Value::String),
            ],
            0..6,
        ),
        bom in any::<bool>(),
        pretty in any::<bool>(),
    ) {
        let array = serde_json::Value::Array(items);
        let text = if pretty {
            serde_json::to_string_pretty(&array).expect("JSON")
        } else {
            array.to_string()
        };
        let bytes = if bom { format!("\u{FEFF}{text}") } else { text }.into_bytes();
        let whole = parse_bytes("x/list.json", Format::Json, &bytes);
        for article in &whole.articles {
            let start = usize::try_from(article.offset).expect("offset");
            prop_assert!(start > 0);
            let rest = bytes.get(start..).expect("offset inside the file");
            let number: usize = article.path.rsplit_once('#').and_then(|(_, n)| n.parse().ok()).expect("number");
            let alone = parse_json_element("x/list.json", number, article.offset, rest);
            prop_assert_eq!(alone.articles, vec![article.clone()]);
        }
    }

    #[test]
    fn readers_never_panic_and_number_paragraphs_from_one(text in articleish()) {
        for format in FORMATS {
            let parsed = parse_bytes("x/2024-01-01-file.md", format, text.as_bytes());
            for article in &parsed.articles {
                prop_assert!(!article.paragraphs.is_empty());
                for (i, p) in article.paragraphs.iter().enumerate() {
                    prop_assert_eq!(p.number as usize, i + 1);
                    prop_assert!(!p.text.trim().is_empty());
                }
            }
        }
    }

    #[test]
    fn queries_never_panic_and_highlights_are_valid(
        text in prop_oneof![
            "[a-zA-Z\"():+\\-^~*\\[\\]{} ]{0,40}",
            any::<String>(),
            nested(),
        ],
        speaker in prop::option::of("[a-zA-Z ]{0,12}"),
    ) {
        let request = Request {
            text,
            limit: 5,
            speakers: speaker.into_iter().collect(),
            ..Request::default()
        };
        let index = search::testing::shared_seed_index();
        let searcher = index.searcher().expect("a searcher of the seed index");
        // The errors user text may cause: a query refused as too long or too deep to parse,
        // one with no word to search for, a mark used as it is not supported (issue 18).
        let outcome = match run(index, &searcher, &request) {
            Ok(outcome) => outcome,
            Err(err) => {
                prop_assert!(
                    err.downcast_ref::<TooComplex>().is_some()
                        || err.downcast_ref::<NoWord>().is_some()
                        || err.downcast_ref::<Unsupported>().is_some(),
                    "{err:#}"
                );
                return Ok(());
            }
        };
        for hit in outcome.hits {
            for [start, end] in hit.highlights {
                prop_assert!(start < end && end <= hit.text.len());
                prop_assert!(hit.text.is_char_boundary(start) && hit.text.is_char_boundary(end));
            }
        }
    }
}

/// The deepest queries the bound accepts parse and run even on a test thread's small stack
/// (2 MiB, in a debug build), so the bound leaves a wide margin in the binary.
#[test]
fn the_deepest_accepted_queries_run() {
    let index = search::testing::shared_seed_index();
    let searcher = index.searcher().expect("a searcher of the seed index");
    let n = MAX_QUERY_OPENERS;
    for text in [
        format!("{}troops{}", "(".repeat(n), ")".repeat(n)),
        format!("{}troops", "title:(".repeat(n)),
        format!("{}troops", "NOT ".repeat(n)),
        format!("{}troops", "NOT (".repeat(n / 2)),
        "(".repeat(n),
    ] {
        let request = Request {
            text,
            limit: 5,
            facets: true,
            ..Request::default()
        };
        // Runs without overflowing the stack; a query of groups without a word says so
        // (issue 18).
        if let Err(err) = run(index, &searcher, &request) {
            assert!(err.downcast_ref::<NoWord>().is_some(), "{err:#}");
        }
    }
}
