use std::io::Write;

use super::*;
use crate::corpus::parse_bytes;

/// A JSON Lines file with what a line reader must get right: a byte-order mark, CRLF, blank
/// lines, a line that is not JSON, a line in Windows-1252, and no newline at the end.
fn awkward_jsonl() -> Vec<u8> {
    let mut bytes =
        b"\xEF\xBB\xBF{\"title\":\"One\",\"body\":\"Alpha bravo.\\n\\nCharlie delta.\"}\r\n"
            .to_vec();
    bytes.extend_from_slice(b"\n   \nnot json\n");
    bytes.extend_from_slice(b"{\"title\":\"Caf\xE9\",\"body\":\"Cr\xE8me br\xFBl\xE9e.\"}\n");
    bytes.extend_from_slice(b"{\"title\":\"Last\",\"body\":\"Echo foxtrot.\\n\\nGolf.\"}");
    bytes
}

#[test]
fn each_json_lines_article_reads_back_from_its_offset_alone() {
    let bytes = awkward_jsonl();
    let whole = parse_bytes("feeds/wire.jsonl", Format::JsonLines, &bytes);
    assert_eq!(whole.articles.len(), 3, "{:?}", whole.warnings);
    for article in &whole.articles {
        let start = usize::try_from(article.offset).unwrap();
        let line = bytes[start..]
            .split_inclusive(|&b| b == b'\n')
            .next()
            .unwrap();
        let number: usize = article.path.rsplit_once('#').unwrap().1.parse().unwrap();
        let alone = corpus::parse_jsonl_line("feeds/wire.jsonl", number, article.offset, line);
        assert_eq!(alone.articles, vec![article.clone()]);
    }
    // The offsets are where the lines start, past the blank and bad lines.
    let offsets: Vec<u64> = whole.articles.iter().map(|a| a.offset).collect();
    assert_eq!(offsets[0], 0);
    assert_eq!(&bytes[offsets[1] as usize..][..9], b"{\"title\":");
    assert_eq!(whole.articles[1].title.as_deref(), Some("Café"));
    assert_eq!(&bytes[offsets[2] as usize..][..15], b"{\"title\":\"Last\"");
}

#[test]
fn a_files_display_path_drops_the_article_number_of_json_only() {
    assert_eq!(file_display("c/a.jsonl#12", Format::JsonLines), "c/a.jsonl");
    assert_eq!(file_display("c/a.json#3", Format::Json), "c/a.json");
    assert_eq!(file_display("c/a.json", Format::Json), "c/a.json");
    assert_eq!(file_display("c/#1/a.json", Format::Json), "c/#1/a.json");
    assert_eq!(file_display("c/notes#2.txt", Format::Text), "c/notes#2.txt");
    assert_eq!(file_display("c/a.jsonl#", Format::JsonLines), "c/a.jsonl#");
}

/// Writes `bytes` as `name` in a new folder; returns the folder (kept alive) and the file.
fn file(name: &str, bytes: &[u8]) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::File::create(&path)
        .and_then(|mut f| f.write_all(bytes))
        .unwrap();
    (dir, path.to_string_lossy().into_owned())
}

#[test]
fn text_is_read_back_while_the_file_is_as_indexed() {
    let bytes = awkward_jsonl();
    let whole = parse_bytes("feeds/wire.jsonl", Format::JsonLines, &bytes);
    let (_dir, path) = file("wire.jsonl", &bytes);
    let mut sources = Sources::default();
    for article in &whole.articles {
        for p in &article.paragraphs {
            let text = sources.text(
                &path,
                &article.path,
                article.offset,
                p.number,
                p.part,
                text_check(&p.text),
            );
            assert_eq!(text.as_deref(), Ok(p.text.as_str()));
        }
    }
    let md = b"# Harbour\n\nThe harbour reopened.\n\nShips returned.\n";
    let (_dir, path) = file("a.md", md);
    let text = sources.text(&path, "c/a.md", 0, 2, None, text_check("Ships returned."));
    assert_eq!(text.as_deref(), Ok("Ships returned."));
}

#[test]
fn a_changed_or_missing_file_is_said_not_read_as_something_else() {
    let (dir, path) = file("a.md", b"# Harbour\n\nThe harbour reopened on Tuesday.\n");
    let indexed = text_check("The harbour reopened on Monday.");
    let mut sources = Sources::default();
    assert_eq!(
        sources.text(&path, "c/a.md", 0, 1, None, indexed),
        Err("c/a.md changed since it was indexed".to_string())
    );
    // A paragraph that is no longer there.
    let now = text_check("The harbour reopened on Tuesday.");
    assert!(sources.text(&path, "c/a.md", 0, 2, None, now).is_err());
    assert!(sources.text(&path, "c/a.md", 0, 1, None, now).is_ok());
    // An offset into the middle of a line, as after an edit earlier in the file.
    let (_d, jsonl) = file("w.jsonl", b"{\"title\":\"A\",\"body\":\"Alpha.\"}\n");
    let alpha = text_check("Alpha.");
    assert!(sources
        .text(&jsonl, "c/w.jsonl#1", 0, 1, None, alpha)
        .is_ok());
    assert!(sources
        .text(&jsonl, "c/w.jsonl#1", 5, 1, None, alpha)
        .is_err());
    assert!(sources
        .text(&jsonl, "c/w.jsonl#1", 500, 1, None, alpha)
        .is_err());
    let gone = dir.path().join("gone.md");
    let why = sources
        .text(&gone.to_string_lossy(), "c/gone.md", 0, 1, None, now)
        .unwrap_err();
    assert!(why.starts_with("cannot read "), "{why}");
}

#[test]
fn each_article_of_a_json_array_reads_back_alone_from_its_offset() {
    let bytes = "\u{FEFF}[\n {\"title\":\"One\",\"body\":\"Alpha bravo.\\n\\nCharlie.\"},\n 7,\n\t{\"title\":\"Två\",\"body\":\"Delta «echo».\"} ]"
        .as_bytes();
    let whole = parse_bytes("feeds/list.json", Format::Json, bytes);
    assert_eq!(whole.articles.len(), 2, "{:?}", whole.warnings);
    for article in &whole.articles {
        assert_eq!(bytes[usize::try_from(article.offset).unwrap()], b'{');
        let number: usize = article.path.rsplit_once('#').unwrap().1.parse().unwrap();
        let rest = &bytes[usize::try_from(article.offset).unwrap()..];
        let alone = corpus::parse_json_element("feeds/list.json", number, article.offset, rest);
        assert_eq!(alone.articles, vec![article.clone()]);
    }
    let (_dir, path) = file("list.json", bytes);
    let mut sources = Sources::default();
    let two = &whole.articles[1];
    let text = sources.text(
        &path,
        &two.path,
        two.offset,
        1,
        None,
        text_check("Delta «echo»."),
    );
    assert_eq!(text.as_deref(), Ok("Delta «echo»."));
    // One read, of that article alone: the cache holds it under its offset.
    assert_eq!(articles_read(&sources), [Ok(1)]);
}

/// How many articles each read the cache holds gave.
fn articles_read(sources: &Sources) -> Vec<Result<usize, String>> {
    sources
        .read
        .values()
        .map(|r| r.as_ref().map(Vec::len).map_err(Clone::clone))
        .collect()
}

#[test]
fn an_article_of_a_json_array_that_is_not_utf8_reads_back_alone_too() {
    let bytes = b"[{\"title\":\"One\",\"body\":\"Plain.\"},\n {\"title\":\"Caf\xE9\",\"body\":\"Cr\xE8me br\xFBl\xE9e.\"}]";
    let whole = parse_bytes("feeds/old.json", Format::Json, bytes);
    assert_eq!(whole.articles.len(), 2, "{:?}", whole.warnings);
    let cafe = &whole.articles[1];
    assert_eq!(cafe.offset, 35);
    assert!(bytes[35..].starts_with(b"{\"title\":\"Caf"));
    let (_dir, path) = file("old.json", bytes);
    let mut sources = Sources::default();
    let check = text_check("Crème brûlée.");
    let text = sources.text(&path, "feeds/old.json#2", cafe.offset, 1, None, check);
    assert_eq!(text.as_deref(), Ok("Crème brûlée."));
    assert_eq!(articles_read(&sources), [Ok(1)], "that article alone");
    // An index made before such articles had offsets holds 0: the whole file is read.
    let text = Sources::default().text(&path, "feeds/old.json#2", 0, 1, None, check);
    assert_eq!(text.as_deref(), Ok("Crème brûlée."));
}
