use super::*;

/// Each article as `path | title | [paragraph texts]` (`-`: no title), for comparing what
/// readers made.
pub(in crate::corpus) fn shape(p: &Parsed) -> Vec<String> {
    p.articles
        .iter()
        .map(|a| {
            let texts: Vec<&str> = a.paragraphs.iter().map(|p| p.text.as_str()).collect();
            format!(
                "{} | {} | {texts:?}",
                a.path,
                a.title.as_deref().unwrap_or("-")
            )
        })
        .collect()
}

const ALL: [Format; 5] = [
    Format::Text,
    Format::Markdown,
    Format::Json,
    Format::JsonLines,
    Format::Html,
];

#[test]
fn formats_by_extension() {
    let f = |p: &str| format_of(Path::new(p));
    assert_eq!(f("a/b.TXT"), Some(Format::Text));
    assert_eq!(f("b.md"), Some(Format::Markdown));
    assert_eq!(f("b.Markdown"), Some(Format::Markdown));
    assert_eq!(f("b.json"), Some(Format::Json));
    assert_eq!(f("b.jsonl"), Some(Format::JsonLines));
    assert_eq!(f("b.NDJSON"), Some(Format::JsonLines));
    assert_eq!(f("b.pdf"), None);
    assert_eq!(f("txt"), None);
}

#[test]
fn labels() {
    let day = ArticleDate {
        datetime: time::macros::datetime!(2025-09-04 0:00 UTC),
        precision: Precision::Day,
    };
    assert_eq!(day.label(), "2025-09-04");
    let at = ArticleDate {
        datetime: time::macros::datetime!(1987-02-26 18:45:08 +2),
        precision: Precision::Time,
    };
    assert_eq!(at.label(), "1987-02-26T16:45:08Z");
}

#[test]
fn binary_files_are_skipped() {
    for format in ALL {
        let p = parse_bytes("bin/x.txt", format, b"PK\x03\x04\0\0hello");
        assert!(p.articles.is_empty());
        assert_eq!(p.warnings.len(), 1);
        assert!(p.warnings[0].contains("looks binary"));
    }
}

#[test]
fn bom_is_stripped() {
    let p = parse_bytes("a.txt", Format::Text, b"\xEF\xBB\xBFTitle: T\n\nBody.");
    assert_eq!(p.articles[0].title.as_deref(), Some("T"));
    let p = parse_bytes("a.json", Format::Json, b"\xEF\xBB\xBF{\"body\":\"x.\"}");
    assert_eq!(p.articles.len(), 1, "{:?}", p.warnings);
}

#[test]
fn invalid_utf8_is_decoded_with_a_warning() {
    // Windows-1252: curly quotes and an e-acute.
    let p = parse_bytes("w.txt", Format::Text, b"\x93Caf\xe9\x94 opened.");
    assert_eq!(
        p.articles[0].paragraphs[0].text,
        "\u{201c}Caf\u{e9}\u{201d} opened."
    );
    assert_eq!(p.warnings.len(), 1);
    assert!(p.warnings[0].contains("Windows-1252"));
    // Mixed valid UTF-8 and a stray byte: lossy.
    let p = parse_bytes(
        "w.txt",
        Format::Text,
        "é ok \u{2019}"
            .as_bytes()
            .iter()
            .chain(b" \xff.")
            .copied()
            .collect::<Vec<_>>()
            .as_slice(),
    );
    assert!(p.articles[0].paragraphs[0].text.contains('\u{FFFD}'));
    assert!(p.warnings[0].contains("replaced"));
}

#[test]
fn nasty_inputs_never_panic() {
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut inputs: Vec<Vec<u8>> = vec![
        b"---".to_vec(),
        b"---\n".to_vec(),
        b"---\n---".to_vec(),
        b"{".to_vec(),
        b"[1,2]".to_vec(),
        b"[".to_vec(),
        b"null".to_vec(),
        b"{\"body\":{}}".to_vec(),
        b"{\"date\":1e308,\"body\":\"x\"}".to_vec(),
        b"{\"date\":-99999999999999999,\"body\":\"x\"}".to_vec(),
        b"date".to_vec(),
        b"date ".to_vec(),
        b" date 2025-09-04".to_vec(),
        b"Title:".to_vec(),
        b"\xEF\xBB".to_vec(),
        b"\xEF\xBB\xBF".to_vec(),
        b"# \n## \n```\n".to_vec(),
        b"[a](b".to_vec(),
        b"![[[[((((".to_vec(),
        b"`` ` ``` ****  __ _ * \\".to_vec(),
        "\u{2019}\u{201d}…é".as_bytes().to_vec(),
        "Monday, é 2015".as_bytes().to_vec(),
        "x".repeat(1 << 20).into_bytes(),
        "[".repeat(20_000).into_bytes(),
        "` ``".repeat(20_000).into_bytes(),
        "![a](".repeat(20_000).into_bytes(),
        "Title: x\n".repeat(20_000).into_bytes(),
        "{\"body\":".repeat(20_000).into_bytes(),
        "*_`[](".repeat(3000).into_bytes(),
    ];
    let alphabet: &[u8] = b"ab #*_`[]()!>-:{}\",\n\r\t0123456789\\\xc3\xa9\xe2\x80\x99";
    for len in [1usize, 7, 64, 300, 4000] {
        for _ in 0..40 {
            inputs.push((0..len).map(|_| (next() & 0xff) as u8).collect());
            let text: Vec<u8> = (0..len)
                .map(|_| alphabet[(next() as usize) % alphabet.len()])
                .collect();
            inputs.push(text);
        }
    }
    for bytes in &inputs {
        for format in ALL {
            let p = parse_bytes("n/2025-09-04.x", format, bytes);
            for a in &p.articles {
                assert!(!a.paragraphs.is_empty());
                assert!(a.paragraphs.iter().all(|p| !p.text.is_empty()));
            }
        }
    }
}

#[test]
fn json_lines_come_in_batches_that_add_up_to_the_whole() {
    let mut text = String::new();
    for i in 0..7 {
        text.push_str(&format!(
            "{{\"title\": \"T{i}\", \"body\": \"Paragraph {i}.\\n\\nAnother.\"}}\n"
        ));
    }
    text.push_str("not json\n");
    let whole = parse_bytes("x/a.jsonl", Format::JsonLines, text.as_bytes());
    let mut batches = Vec::new();
    let rest = parse_bytes_in_batches(
        "x/a.jsonl",
        Format::JsonLines,
        text.as_bytes(),
        3,
        &mut |articles| batches.push(articles),
    );
    assert_eq!(
        batches.iter().map(Vec::len).collect::<Vec<_>>(),
        [3, 3],
        "handed on as soon as 3 are parsed"
    );
    let mut all: Vec<Article> = batches.into_iter().flatten().collect();
    all.extend(rest.articles);
    let titles = |a: &[Article]| a.iter().map(|a| a.title.clone()).collect::<Vec<_>>();
    assert_eq!(titles(&all), titles(&whole.articles));
    assert_eq!(all.len(), 7);
    assert_eq!(rest.warnings, whole.warnings);
    assert_eq!(rest.warnings.len(), 1);
}

#[test]
fn json_lines_read_through_a_small_buffer_give_what_the_whole_bytes_give() {
    let mut bytes =
        b"\xEF\xBB\xBF{\"title\": \"One\", \"body\": \"First para.\\n\\nSecond.\"}\r\n\r\n"
            .to_vec();
    bytes.extend_from_slice(
        b"[1, 2]\n{\"title\": \"Two\", \"body\": \"A line read across buffers.\"}\n",
    );
    bytes.extend_from_slice(
        b"{broken\n{\"title\": \"Caf\xe9\", \"body\": \"\x93Quoted\x94 text.\"}\n",
    );
    bytes.extend_from_slice(b"{\"title\": \"\xe9t\xe9\", \"body\": \"Last, no newline.\"}");
    let whole = parse_bytes("x/a.jsonl", Format::JsonLines, &bytes);
    let mut reader = std::io::BufReader::with_capacity(5, bytes.as_slice());
    let streamed = parse_reader(
        "x/a.jsonl",
        Format::JsonLines,
        &mut reader,
        usize::MAX,
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(shape(&streamed), shape(&whole));
    assert_eq!(streamed.warnings, whole.warnings);
    assert_eq!(
        shape(&streamed),
        [
            "x/a.jsonl#1 | One | [\"First para.\", \"Second.\"]",
            "x/a.jsonl#4 | Two | [\"A line read across buffers.\"]",
            "x/a.jsonl#6 | Café | [\"\u{201c}Quoted\u{201d} text.\"]",
            "x/a.jsonl#7 | été | [\"Last, no newline.\"]",
        ]
    );
    // Lines 3 and 5 are skipped, and lines 6 and 7 not being UTF-8 is said once for the file.
    assert_eq!(streamed.warnings.len(), 3, "{:?}", streamed.warnings);
    assert_eq!(
        streamed
            .warnings
            .iter()
            .filter(|w| w.contains("Windows-1252"))
            .count(),
        1
    );
}

#[test]
fn a_read_error_is_returned_and_what_was_handed_on_stands() {
    struct Failing<'a>(&'a [u8]);
    impl std::io::Read for Failing<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            if self.0.is_empty() {
                return Err(std::io::Error::other("disk gone"));
            }
            let n = buf.len().min(self.0.len()).min(7);
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }
    for (display, format, text) in [
        (
            "x/a.jsonl",
            Format::JsonLines,
            "{\"body\": \"One.\"}\n{\"body\": \"Two.\"}\n{\"body\": \"Thr",
        ),
        (
            "x/a.json",
            Format::Json,
            "[{\"body\": \"One.\"},\n{\"body\": \"Two.\"},\n{\"body\": \"Thr",
        ),
    ] {
        let mut reader = std::io::BufReader::with_capacity(16, Failing(text.as_bytes()));
        let mut handed = 0;
        let result = parse_reader(display, format, &mut reader, 1, &mut |a| handed += a.len());
        assert_eq!(result.unwrap_err().to_string(), "disk gone", "{display}");
        assert_eq!(
            handed, 2,
            "{display}: the two complete articles were handed on before the error"
        );
    }
}

mod dates;
mod version;

/// Issue 15, item 13: a file with CR-only line endings was read as one line: no paragraphs.
#[test]
fn cr_only_line_endings_are_line_endings() {
    let text = "Title: Tides\rDate: 2024-03-01\r\rThe tide came in.\r\rThe tide went out.\r";
    for format in [Format::Text, Format::Markdown] {
        let parsed = parse_bytes("c/tides.txt", format, text.as_bytes());
        let texts: Vec<&str> = parsed.articles[0]
            .paragraphs
            .iter()
            .map(|p| p.text.as_str())
            .collect();
        assert!(
            texts.ends_with(&["The tide came in.", "The tide went out."]),
            "{texts:?}"
        );
    }
    let jsonl = "{\"title\":\"T\",\"body\":\"One.\\r\\rTwo.\"}\n";
    let parsed = parse_bytes("c/w.jsonl", Format::JsonLines, jsonl.as_bytes());
    assert_eq!(
        parsed.articles[0].paragraphs.len(),
        2,
        "{:?}",
        parsed.warnings
    );
}

/// Issue 15, item 13: UTF-16 with a byte-order mark, and UTF-8 with a stray NUL, were skipped
/// as binary.
#[test]
fn utf16_with_a_mark_and_a_stray_nul_are_text() {
    let text = "Date: 2024-03-01\n\nThe pier opened, said Anna Berg.\n";
    let le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    let nul = text.replace("pier", "pi\0er").into_bytes();
    for bytes in [le, be, nul] {
        let parsed = parse_bytes("c/pier.txt", Format::Text, &bytes);
        assert_eq!(
            shape(&parsed),
            ["c/pier.txt | - | [\"The pier opened, said Anna Berg.\"]"],
            "{:?}",
            parsed.warnings
        );
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    }
    // Still binary: NULs in what is not UTF-8, and UTF-16 without a mark.
    for bytes in [
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\xfe".to_vec(),
        text.encode_utf16().flat_map(u16::to_le_bytes).collect(),
    ] {
        let parsed = parse_bytes("c/x.txt", Format::Text, &bytes);
        assert!(parsed.articles.is_empty());
        assert!(
            parsed.warnings[0].contains("looks binary"),
            "{:?}",
            parsed.warnings
        );
    }
}

/// Issue 15, item 13: a JSON date serde_json cannot read (`1e400`, a lone `\ud800`) dropped
/// the whole article; now only the date goes, with a warning.
#[test]
fn an_unreadable_json_date_drops_the_date_not_the_article() {
    for date in ["1e400", "\"\\ud800\""] {
        let object = format!("{{\"title\":\"Dock\",\"date\":{date},\"body\":\"Dockers met.\"}}");
        for (display, format, bytes) in [
            ("c/w.jsonl", Format::JsonLines, format!("{object}\n")),
            ("c/a.json", Format::Json, format!("[{object}]")),
            ("c/o.json", Format::Json, object.clone()),
        ] {
            let parsed = parse_bytes(display, format, bytes.as_bytes());
            assert_eq!(
                parsed.articles.len(),
                1,
                "{display} {date}: {:?}",
                parsed.warnings
            );
            assert_eq!(parsed.articles[0].date, None);
            assert_eq!(parsed.articles[0].title.as_deref(), Some("Dock"));
            assert!(
                parsed
                    .warnings
                    .iter()
                    .any(|w| w.contains("field \"date\" unreadable")),
                "{:?}",
                parsed.warnings
            );
        }
    }
}

/// Issue 21, item 7: text in a legacy encoding, made here with encoding_rs's encoders.
fn encoded(encoding: &'static encoding_rs::Encoding, text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding.encode(text);
    assert!(!unmappable, "{text:?} fits {}", encoding.name());
    bytes.into_owned()
}

/// Made-up sentences in three scripts, long enough for a detector to tell their encodings
/// (the Czech one has `š` and `ž`, where ISO-8859-2 and Windows-1250 differ).
const RUSSIAN: &str = "Мэр города открыл новый мост через реку в понедельник утром. \
    «Мы строили его три года», — сказал он журналистам на церемонии.";
const JAPANESE: &str = "市長は月曜日の朝、川に架かる新しい橋を開通させた。\
    「三年かけて建設しました」と市長は記者団に語った。";
const CZECH: &str =
    "Starosta města v pondělí ráno otevřel nový most přes řeku. Žáci školy stáli u silnice. \
    \"Stavěli jsme ho tři roky,\" řekl novinářům při slavnostním zahájení.";

#[test]
fn legacy_encodings_are_detected_in_text() {
    for (encoding, text, name) in [
        (encoding_rs::WINDOWS_1251, RUSSIAN, "Windows-1251"),
        (encoding_rs::SHIFT_JIS, JAPANESE, "Shift_JIS"),
        (encoding_rs::ISO_8859_2, CZECH, "ISO-8859-2"),
    ] {
        let bytes = encoded(encoding, &format!("Title: T\n\n{text}\n"));
        assert!(std::str::from_utf8(&bytes).is_err());
        let p = parse_bytes("c/legacy.txt", Format::Text, &bytes);
        assert_eq!(p.articles[0].paragraphs[0].text, text, "{name}");
        assert_eq!(
            p.warnings,
            [format!("c/legacy.txt: not valid UTF-8; decoded as {name}")]
        );
    }
}

#[test]
fn an_html_page_is_decoded_as_it_declares() {
    let page = |declaration: &str, text: &str| {
        format!("<html><head>{declaration}<title>T</title></head><body><p>{text}</p></body></html>")
    };
    for (encoding, text, declaration) in [
        (
            encoding_rs::WINDOWS_1251,
            RUSSIAN,
            "<meta charset=\"windows-1251\">",
        ),
        (encoding_rs::SHIFT_JIS, JAPANESE, "<META CHARSET=shift_jis>"),
        (
            encoding_rs::ISO_8859_2,
            CZECH,
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset='iso-8859-2'\">",
        ),
        // A declaration the detector would not reach alone: Latin-2 text short enough to pass
        // for Windows-1252.
        (
            encoding_rs::ISO_8859_2,
            "Łódź",
            "<meta http-equiv=content-type content=\"text/html;charset=ISO-8859-2\">",
        ),
    ] {
        let bytes = encoded(encoding, &page(declaration, text));
        let p = parse_bytes("w/page.html", Format::Html, &bytes);
        assert_eq!(p.articles[0].paragraphs[0].text, text, "{declaration}");
        assert!(p.warnings.is_empty(), "{:?}", p.warnings);
    }
    // Without a declaration the detector guesses, as for text.
    let bytes = encoded(encoding_rs::WINDOWS_1251, &page("", RUSSIAN));
    let p = parse_bytes("w/page.html", Format::Html, &bytes);
    assert_eq!(p.articles[0].paragraphs[0].text, RUSSIAN);
    assert_eq!(
        p.warnings,
        ["w/page.html: not valid UTF-8; decoded as Windows-1251"]
    );
    // A byte-order mark wins over the declaration.
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(page("<meta charset=\"windows-1251\">", RUSSIAN).into_bytes());
    let p = parse_bytes("w/page.html", Format::Html, &bytes);
    assert_eq!(p.articles[0].paragraphs[0].text, RUSSIAN);
    assert!(p.warnings.is_empty(), "{:?}", p.warnings);
    // A declared encoding the bytes do not fit is still obeyed, with a warning.
    let bytes = page("<meta charset=\"utf-8\">", "Caf\u{e9}");
    let bytes = encoded(encoding_rs::WINDOWS_1252, &bytes);
    let p = parse_bytes("w/page.html", Format::Html, &bytes);
    assert_eq!(p.articles[0].paragraphs[0].text, "Caf\u{fffd}");
    assert_eq!(
        p.warnings,
        ["w/page.html: not valid UTF-8; invalid bytes replaced with U+FFFD"]
    );
}

/// A wire feed's date with transmission codes after it is read up to the first control
/// character; what is no date before one is still said.
#[test]
fn a_date_ends_at_a_control_character() {
    let line = |date: &str| format!("{{\"date\":\"{date}\",\"body\":\"Wire copy.\"}}\n");
    let parsed = parse_bytes(
        "c/w.jsonl",
        Format::JsonLines,
        line("27-MAR-1987 00:02:59.13\\u0005\\u0005RM").as_bytes(),
    );
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    let date = parsed.articles[0].date.map(|d| d.label());
    assert_eq!(date.as_deref(), Some("1987-03-27T00:02:59Z"));
    let parsed = parse_bytes(
        "c/w.jsonl",
        Format::JsonLines,
        line("\\t1990\\t").as_bytes(),
    );
    assert_eq!(
        parsed.articles[0].date.map(|d| d.label()).as_deref(),
        Some("1990")
    );
    let parsed = parse_bytes(
        "c/w.jsonl",
        Format::JsonLines,
        line("soon\\u0005").as_bytes(),
    );
    assert_eq!(parsed.articles[0].date, None);
    assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
}
