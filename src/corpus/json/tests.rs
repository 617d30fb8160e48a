use super::super::{parse_bytes, Format, Parsed};

fn json(text: &str) -> Parsed {
    parse_bytes("feeds/2020-05-05-wire.json", Format::Json, text.as_bytes())
}

fn jsonl(text: &str) -> Parsed {
    parse_bytes("feeds/wire.jsonl", Format::JsonLines, text.as_bytes())
}

#[test]
fn single_object_has_no_suffix() {
    let p = json(
        r#"{"title":"T","date":"2021-01-02","url":"u","author":"A","body":"One.\n\nTwo\nlines."}"#,
    );
    assert!(p.warnings.is_empty(), "{:?}", p.warnings);
    let a = &p.articles[0];
    assert_eq!(a.path, "feeds/2020-05-05-wire.json");
    assert_eq!(
        (a.title.as_deref(), a.url.as_deref(), a.author.as_deref()),
        (Some("T"), Some("u"), Some("A"))
    );
    assert_eq!(a.date.map(|d| d.label()).as_deref(), Some("2021-01-02"));
    let texts: Vec<_> = a.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts, ["One.", "Two lines."]);
}

#[test]
fn array_positions_and_fallbacks() {
    let p = json(r#"[{"text":"Alpha."},{"paragraphs":["B one.","B two."],"date":541356308},3]"#);
    assert_eq!(p.articles.len(), 2);
    assert_eq!(p.articles[0].path, "feeds/2020-05-05-wire.json#1");
    assert_eq!(p.articles[0].title, None);
    assert_eq!(
        p.articles[0].date.map(|d| d.label()).as_deref(),
        Some("2020-05-05")
    );
    assert_eq!(p.articles[1].path, "feeds/2020-05-05-wire.json#2");
    assert_eq!(
        p.articles[1].date.map(|d| d.label()).as_deref(),
        Some("1987-02-26T16:45:08Z")
    );
    assert_eq!(p.articles[1].paragraphs.len(), 2);
    assert_eq!(p.warnings.len(), 1);
    assert!(
        p.warnings[0].starts_with("feeds/2020-05-05-wire.json#3: "),
        "{:?}",
        p.warnings
    );
}

#[test]
fn jsonl_keeps_good_lines() {
    let p = jsonl(
        "{\"title\":\"A\",\"body\":\"x.\"}\n\n{broken\n  \n{\"title\":\"C\",\"text\":\"y.\"}\n",
    );
    assert_eq!(p.articles.len(), 2);
    assert_eq!(p.articles[0].path, "feeds/wire.jsonl#1");
    assert_eq!(p.articles[1].path, "feeds/wire.jsonl#5");
    assert_eq!(p.warnings.len(), 1);
    assert!(
        p.warnings[0].starts_with("feeds/wire.jsonl:3: invalid JSON"),
        "{:?}",
        p.warnings
    );
}

#[test]
fn wrong_types_warn_and_use_the_rest() {
    let p = jsonl(
        r#"{"title":5,"date":"2025-02-30","url":["x"],"author":["A","B"],"paragraphs":["ok.",7]}"#,
    );
    assert_eq!(p.articles.len(), 1);
    let a = &p.articles[0];
    assert_eq!(a.title, None);
    assert!(a.date.is_none());
    assert!(a.url.is_none());
    assert_eq!(a.author.as_deref(), Some("A, B"));
    assert_eq!(a.paragraphs.len(), 1);
    assert_eq!(p.warnings.len(), 4, "{:?}", p.warnings);
}

#[test]
fn missing_or_empty_body_is_skipped_with_warning() {
    let p = jsonl("{\"title\":\"no body\"}\n{\"body\":42}\n{\"body\":\"  \"}\n");
    assert!(p.articles.is_empty());
    assert!(p
        .warnings
        .iter()
        .any(|w| w.starts_with("feeds/wire.jsonl#1: no body")));
    assert!(p.warnings.iter().any(|w| w.contains("#2: field \"body\"")));
    assert!(p
        .warnings
        .iter()
        .any(|w| w == "feeds/wire.jsonl#3: no paragraphs"));
}

#[test]
fn non_article_json() {
    for (text, needle) in [
        ("", "invalid JSON"),
        ("\"s\"", "found a string"),
        ("[]", "empty array"),
    ] {
        let p = json(text);
        assert!(p.articles.is_empty());
        assert!(
            p.warnings.iter().any(|w| w.contains(needle)),
            "{text}: {:?}",
            p.warnings
        );
    }
}

#[test]
fn an_array_is_handed_on_in_batches_with_what_whole_parsing_gives() {
    let items: Vec<String> = (1..=7)
        .map(|i| format!("{{\"title\":\"T{i}\",\"body\":\"Paragraph {i}.\"}}"))
        .collect();
    let text = format!("[{}, 5]", items.join(","));
    let whole = json(&text);
    let mut batches = Vec::new();
    let rest = super::super::parse_bytes_in_batches(
        "feeds/2020-05-05-wire.json",
        Format::Json,
        text.as_bytes(),
        3,
        &mut |batch| batches.push(batch),
    );
    assert_eq!(
        batches.iter().map(Vec::len).collect::<Vec<_>>(),
        vec![3, 3],
        "batches of 3, the seventh article in what is returned"
    );
    let mut all: Vec<_> = batches.into_iter().flatten().collect();
    all.extend(rest.articles);
    assert_eq!(all, whole.articles);
    assert_eq!(rest.warnings, whole.warnings);
    assert!(whole.warnings[0].contains("#8: expected an article object, found a number"));
}

#[test]
fn an_element_nested_too_deeply_is_skipped_with_a_warning_and_its_place_in_the_file() {
    // serde_json refuses the 128th level: the object and 126 arrays pass, the 127th `[` is refused.
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    let p = json(&format!(
        "[{{\"title\":\"Kept\",\"body\":\"Fine.\"}},\n  {{\"title\":\"Deep\",\"body\":\"x\",\n\"extra\":{deep}}}, 3]"
    ));
    assert_eq!(p.articles.len(), 1);
    assert_eq!(p.articles[0].title.as_deref(), Some("Kept"));
    let column = "\"extra\":".len() + 127;
    assert_eq!(
        p.warnings,
        [
            format!("feeds/2020-05-05-wire.json#2: invalid JSON: recursion limit exceeded at line 3 column {column}; skipped"),
            "feeds/2020-05-05-wire.json#3: expected an article object, found a number; skipped".to_owned(),
        ]
    );
}

#[test]
fn an_array_read_through_a_small_buffer_gives_what_the_whole_bytes_give() {
    let mut bytes =
        b"\xEF\xBB\xBF[\r\n {\"title\": \"One\", \"body\": \"First.\\n\\nSecond.\"},\r\n".to_vec();
    bytes.extend_from_slice(b" {\"title\": \"Caf\xe9\", \"body\": \"\x93Quoted\x94 text.\"},\r\n");
    bytes.extend_from_slice(b" {\"title\": \"Broken\" \"body\": \"x\"},\r\n");
    bytes.extend_from_slice("{\"title\": \"Été\", \"body\": \"Last.\"}]\r\n".as_bytes());
    let whole = parse_bytes("x/a.json", Format::Json, &bytes);
    let mut reader = std::io::BufReader::with_capacity(3, bytes.as_slice());
    let streamed = super::super::parse_reader(
        "x/a.json",
        Format::Json,
        &mut reader,
        usize::MAX,
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(streamed.articles, whole.articles);
    assert_eq!(streamed.warnings, whole.warnings);
    assert_eq!(
        crate::corpus::tests::shape(&whole),
        [
            "x/a.json#1 | One | [\"First.\", \"Second.\"]",
            "x/a.json#2 | Café | [\"\u{201c}Quoted\u{201d} text.\"]",
            "x/a.json#4 | Été | [\"Last.\"]",
        ]
    );
    // Every article, Windows-1252 or UTF-8, knows where its element starts.
    for a in &whole.articles {
        let at = usize::try_from(a.offset).unwrap();
        assert!(bytes[at..].starts_with(b"{\"title\""), "{}", a.path);
    }
    // The third element is skipped where it breaks, and the second not being UTF-8 is said once.
    assert_eq!(
        whole.warnings,
        [
            "x/a.json: not valid UTF-8; decoded as Windows-1252",
            "x/a.json#3: invalid JSON: expected `,` or `}` at line 4 column 21; skipped",
        ]
    );
}

#[test]
fn a_cut_array_keeps_the_articles_before_the_cut_and_says_where() {
    let p = json("[{\"body\": \"One.\"},\n {\"body\": \"Two.\"},\n {\"body\": \"Thr");
    let bodies: Vec<&str> = p
        .articles
        .iter()
        .map(|a| a.paragraphs[0].text.as_str())
        .collect();
    assert_eq!(bodies, ["One.", "Two."]);
    assert_eq!(
        p.warnings,
        ["feeds/2020-05-05-wire.json: invalid JSON: the file ends at line 3 column 15, in the element starting at line 3 column 2; the elements before it are kept"]
    );
    let p = json("[{\"body\": \"One.\"} {\"body\": \"Two.\"}]");
    assert_eq!(p.articles.len(), 1);
    assert_eq!(
        p.warnings,
        ["feeds/2020-05-05-wire.json: invalid JSON: expected `,` or `]` at line 1 column 19; the elements before it are kept"]
    );
}

#[test]
fn a_string_body_is_split_as_its_layout_marks_paragraphs() {
    use super::super::Layout;
    // One paragraph a line, as many feeds write a body: no blank lines.
    let p = jsonl(
        "{\"title\":\"T\",\"body\":\"Boats came.\\nThe quay was full.\\nMore were due.\\nNone left.\\nIt rained.\"}\n{\"paragraphs\":[\"A.\",\"B.\"]}\n",
    );
    assert!(p.warnings.is_empty(), "{:?}", p.warnings);
    let a = &p.articles[0];
    assert_eq!(a.layout, Some(Layout::OnePerLine));
    let texts: Vec<_> = a.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Boats came.",
            "The quay was full.",
            "More were due.",
            "None left.",
            "It rained."
        ]
    );
    // An array's items are the paragraphs: no layout to decide.
    assert_eq!(p.articles[1].layout, None);
}
