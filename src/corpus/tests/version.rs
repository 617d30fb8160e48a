//! The readers' version: what they make of a fixed set of samples, against `READER_VERSION`.
use super::super::{parse_bytes, Format, READER_FINGERPRINT, READER_VERSION};
use xxhash_rust::xxh3::Xxh3;

/// A file in every format, each with what its reader must get right: headers and front matter,
/// headings and datelines, page furniture, JSON fields, byte-order marks, CRLF and Windows-1252,
/// CR-only lines, UTF-16, a stray NUL, an unreadable JSON date, years and months in fields,
/// datelines, file names and folders, a paragraph long enough to be split into passages, and
/// bodies with a paragraph a line, with indented first lines and with short last lines.
/// The text is made up, apart from the seed article.
fn samples() -> Vec<(&'static str, Format, Vec<u8>)> {
    let text = "Title: Harbour works\nDate: 2024-03-01\nAuthor: Desk\n\nMonday, March 4, 2024\n\nThe harbour\nreopened on Monday,  the mayor said.\n\nShips\n\n\u{201c}We are back,\u{201d} said Anna Berg, a pilot.\n";
    let markdown = "---\ntitle: Quay notes\ndate: 2024-03-02\n---\n\n# Port\n\nThe *quay* is [busy](http://x), officials said.\n\n## Trucks\n\n- Trucks queued.\n- Cranes idled.\n";
    let html = "<html><head><title>Pier | Site</title><meta property=\"og:title\" content=\"Pier opens\"><meta property=\"article:published_time\" content=\"2024-03-03T08:00:00Z\"><script>var x;</script></head><body><nav>Home</nav><article><h1>Pier opens</h1><p>The pier opened, the council said.</p><h2>Anglers</h2><p>Anglers came <b>early</b>.</p></article><footer>About</footer></body></html>";
    let array = b"\xEF\xBB\xBF[{\"title\":\"Dock\",\"date\":541356308,\"author\":[\"A\",\"B\"],\"body\":\"Dockers met.\\n\\nThey left.\"},\n 7,\n {\"title\":\"Caf\xE9\",\"paragraphs\":[\"Cr\xE8me.\",\"Two\\nlines.\"]}]".to_vec();
    let lines = b"\xEF\xBB\xBF{\"title\":\"Tide\",\"date\":\"1987-02-26T16:45:08\",\"text\":\"High tide.\\n\\nFloods.\"}\r\n\r\n{\"url\":\"u\",\"body\":\"Late news.\"}\n".to_vec();
    let utf16 = [0xFF, 0xFE]
        .into_iter()
        .chain(
            "# Wide\n\nUTF-16 with a mark.\n"
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        )
        .collect();
    vec![
        (
            "c/2024-03-01-harbour.txt",
            Format::Text,
            text.as_bytes().to_vec(),
        ),
        ("c/quay.md", Format::Markdown, markdown.as_bytes().to_vec()),
        ("c/pier.html", Format::Html, html.as_bytes().to_vec()),
        ("c/list.json", Format::Json, array),
        ("c/wire.jsonl", Format::JsonLines, lines),
        ("c/seed.txt", Format::Text, crate::testing::SEED.to_vec()),
        (
            "c/mac.txt",
            Format::Text,
            b"Title: Old Mac\r\rThe file ends lines with CR.\r\rA st\0ray NUL.\r".to_vec(),
        ),
        ("c/wide.md", Format::Markdown, utf16),
        (
            "c/lines.txt",
            Format::Text,
            b"Boats came in.\r\nThe quay was full.\r\nMore are due.\r\nNone left.\r\nIt rained.".to_vec(),
        ),
        (
            "c/wire.json",
            Format::Json,
            b"{\"body\":\"Talks went on\\nfor hours.\\n    Both sides met\\nagain.\\n\\n Ends\"}".to_vec(),
        ),
        (
            "c/wrapped.txt",
            Format::Text,
            b"The dock was closed for a week\nafter the storm last month, the\nharbour office said.\nTrade slowed but the port was\nbusy again by the end of the\nweek.".to_vec(),
        ),
        (
            "c/odd.jsonl",
            Format::JsonLines,
            b"{\"title\":\"Far\",\"date\":1e400,\"body\":\"Kept.\"}\n".to_vec(),
        ),
        (
            "c/Session 9 - 1954/hall_9_1954.txt",
            Format::Text,
            b"1954\n\nThe hall was full.\n".to_vec(),
        ),
        (
            "c/1990/09/04/pier.md",
            Format::Markdown,
            b"---\ndate: 1990\n---\n\nSeptember 1990\n\nThe pier opened.\n".to_vec(),
        ),
        (
            "c/long.txt",
            Format::Text,
            "The long paragraph goes on, as a speech on one line does. "
                .repeat(45)
                .into_bytes(),
        ),
        (
            "c/years.jsonl",
            Format::JsonLines,
            b"{\"date\":1990,\"body\":\"A year.\"}\n{\"date\":\"1990-09\",\"body\":\"A month.\"}\n{\"date\":\"26-FEB-1987 15:01:01.79\",\"body\":\"Wire.\"}\n"
                .to_vec(),
        ),
    ]
}

/// A hash of every field of every article the samples give.
fn fingerprint() -> u64 {
    let mut hash = Xxh3::new();
    let mut field = |value: &str| {
        hash.update(value.as_bytes());
        hash.update(&[0xFF]);
    };
    for (display, format, bytes) in samples() {
        for a in parse_bytes(display, format, &bytes).articles {
            field(&a.path);
            field(a.title.as_deref().unwrap_or("-"));
            field(&a.date.map(|d| d.label()).unwrap_or_default());
            field(a.url.as_deref().unwrap_or("-"));
            field(a.author.as_deref().unwrap_or("-"));
            field(&a.offset.to_string());
            for p in &a.paragraphs {
                field(&p.number.to_string());
                field(&p.part.map_or("-".to_string(), |part| part.to_string()));
                field(p.section.as_deref().unwrap_or("-"));
                field(&p.text);
            }
        }
    }
    hash.digest()
}

#[test]
fn the_readers_are_those_of_their_version() {
    let now = fingerprint();
    assert_eq!(
        now,
        READER_FINGERPRINT,
        "what the readers make of the samples changed. If that is meant, set READER_VERSION to {} \
         and READER_FINGERPRINT to {now:#x} in src/corpus/mod.rs: indexes made before then parse \
         their files again",
        READER_VERSION + 1
    );
}

#[test]
fn the_samples_reach_every_reader() {
    for (display, format, bytes) in samples() {
        let parsed = parse_bytes(display, format, &bytes);
        assert!(
            !parsed.articles.is_empty(),
            "{display}: {:?}",
            parsed.warnings
        );
    }
}
