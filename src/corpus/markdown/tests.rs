//! Unit tests of the markdown reader rules, on text written for the tests.
use super::super::{parse_bytes, Article, Format};

fn one(text: &str) -> (Article, Vec<String>) {
    let mut p = parse_bytes("md/story.md", Format::Markdown, text.as_bytes());
    assert_eq!(p.articles.len(), 1, "{:?}", p.warnings);
    (p.articles.remove(0), p.warnings)
}

/// What the reader makes of one line of inline markup.
fn strip_inline(s: &str) -> String {
    let blocks = super::blocks(s, 1, &mut |_| {});
    let texts: Vec<String> = blocks.into_iter().map(|b| b.text).collect();
    texts.join(" ")
}

fn texts(a: &Article) -> Vec<&str> {
    a.paragraphs.iter().map(|p| p.text.as_str()).collect()
}

#[test]
fn front_matter_and_headings() {
    let (a, w) = one(
        "---\ntitle: \"Storm: the aftermath\"\ndate: '2023-11-02T08:30:00+01:00'\nauthor: Jo Bloggs\nurl: https://example.org/s\ntags:\n  - weather\n---\n\nIntro paragraph.\n\n## Damage\n\nRoofs were torn off.\nTrees fell.\n\nSecond damage note.\n\nRecovery\n--------\n\nCrews arrived.\n",
    );
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(a.title.as_deref(), Some("Storm: the aftermath"));
    assert_eq!(
        a.date.map(|d| d.label()).as_deref(),
        Some("2023-11-02T07:30:00Z")
    );
    assert_eq!(a.author.as_deref(), Some("Jo Bloggs"));
    assert_eq!(a.url.as_deref(), Some("https://example.org/s"));
    assert_eq!(
        texts(&a),
        [
            "Intro paragraph.",
            "Roofs were torn off. Trees fell.",
            "Second damage note.",
            "Crews arrived."
        ]
    );
    let secs: Vec<_> = a.paragraphs.iter().map(|p| p.section.as_deref()).collect();
    assert_eq!(
        secs,
        [None, Some("Damage"), Some("Damage"), Some("Recovery")]
    );
}

#[test]
fn inline_markup_is_stripped() {
    assert_eq!(
        strip_inline("A **bold** and *em* and _em_ and `code` word."),
        "A bold and em and em and code word."
    );
    assert_eq!(
        strip_inline("See [the report](https://x.org/r \"T\") now ![chart](c.png)."),
        "See the report now ."
    );
    assert_eq!(
        strip_inline("snake_case_name stays"),
        "snake_case_name stays"
    );
    assert_eq!(strip_inline("5 * 3 = 15"), "5 * 3 = 15");
    assert_eq!(strip_inline(r"a \*literal\* star"), "a *literal* star");
    assert_eq!(
        strip_inline("[ref link][1] and [plain]"),
        "ref link and [plain]"
    );
    assert_eq!(strip_inline("``a `tick` b``"), "a `tick` b");
}

#[test]
fn quotes_lists_and_code_fences() {
    let (a, _) = one(
        "> \"We will rebuild,\" she said.\n> Later too.\n\n- first item\n- second *item*\n1. numbered\n\n```\nlet x = 1;\n\nnot text\n```\n\nAfter code.\n",
    );
    assert_eq!(
        texts(&a),
        [
            "\"We will rebuild,\" she said. Later too.",
            "first item",
            "second item",
            "numbered",
            "After code."
        ]
    );
    let (a, _) = one("It happened in\n1990. Then more.\n\n2. second\n3. third");
    assert_eq!(
        texts(&a),
        ["It happened in 1990. Then more.", "second", "third"]
    );
}

#[test]
fn no_front_matter_means_no_title_and_short_lines_are_text() {
    let (a, _) = one("Just a line\n\nAnother line");
    assert_eq!(a.title, None);
    assert_eq!(texts(&a), ["Just a line", "Another line"]);
    assert!(a.paragraphs.iter().all(|p| p.section.is_none()));
}

#[test]
fn dateline_in_markdown() {
    let (a, _) = one("---\ntitle: T\n---\n*Monday, May 18, 2015*\n\nBody.");
    assert_eq!(a.date.map(|d| d.label()).as_deref(), Some("2015-05-18"));
    assert_eq!(texts(&a), ["Body."]);
}

#[test]
fn unclosed_front_matter_and_empty() {
    let p = parse_bytes("a.md", Format::Markdown, b"---\ntitle: x\n");
    assert_eq!(p.articles.len(), 1); // read as text, not front matter
    let p = parse_bytes(
        "a.md",
        Format::Markdown,
        b"---\ntitle: x\n---\n\n# Only heading\n",
    );
    assert!(p.articles.is_empty());
    assert_eq!(p.warnings, ["a.md: no paragraphs"]);
}
