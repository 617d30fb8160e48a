//! Unit tests of the HTML reader, on pages written for the tests.
use super::super::{format_of, parse_bytes, Article, Format, Parsed};
use std::path::Path;

fn page(html: &str) -> Parsed {
    parse_bytes("web/story.html", Format::Html, html.as_bytes())
}

fn one(html: &str) -> Article {
    let mut p = page(html);
    assert_eq!(p.articles.len(), 1, "{:?}", p.warnings);
    p.articles.remove(0)
}

fn texts(a: &Article) -> Vec<&str> {
    a.paragraphs.iter().map(|p| p.text.as_str()).collect()
}

fn day(a: &Article) -> Option<String> {
    a.date.map(|d| d.label())
}

#[test]
fn extensions() {
    assert_eq!(format_of(Path::new("a/b.html")), Some(Format::Html));
    assert_eq!(format_of(Path::new("b.HTM")), Some(Format::Html));
    assert_eq!(format_of(Path::new("b.xhtml")), None);
}

#[test]
fn article_text_without_noise() {
    let a = one(r#"<html><head><title>Bridge opens</title>
        <script>var p = "<p>not text</p>";</script><style>p { color: red }</style></head>
        <body><nav><p>Home | World | Sport</p></nav>
        <div role="navigation"><p>Skip to content</p></div>
        <article><header><h1>Bridge opens</h1><p>By A. Writer</p></header>
        <p>The   <a href="/x">new bridge</a> opened <em>on</em>
           <strong>Monday</strong>.<br>Traffic flowed.</p>
        <figure><img src="b.jpg"><figcaption>The bridge at dawn.</figcaption></figure>
        <div class="share"><p>Share this</p></div><p aria-hidden="true">Hidden</p>
        <aside><p>Related: other bridges</p></aside>
        <form><p>Sign up</p></form><noscript><p>Enable JS</p></noscript>
        <p>The mayor spoke.</p></article>
        <footer><p>Copyright 2025</p></footer></body></html>"#);
    assert_eq!(a.title.as_deref(), Some("Bridge opens"));
    assert_eq!(
        texts(&a),
        [
            "The new bridge opened on Monday. Traffic flowed.",
            "The mayor spoke."
        ]
    );
    assert_eq!(a.paragraphs[1].number, 2);
}

#[test]
fn headings_become_sections() {
    let a = one(
        "<title>Budget day</title><article><h1>Budget day</h1><p>Intro.</p>\
        <h2>The <em>costs</em></h2><p>One.</p><p>Two.</p><h3></h3><p>Three.</p></article>",
    );
    let secs: Vec<_> = a.paragraphs.iter().map(|p| p.section.as_deref()).collect();
    assert_eq!(
        secs,
        [
            None,
            Some("The costs"),
            Some("The costs"),
            Some("The costs")
        ]
    );
    // An h1 that is not the title is a section.
    let a = one("<title>T</title><main><h1>Other</h1><p>Text.</p></main>");
    assert_eq!(a.paragraphs[0].section.as_deref(), Some("Other"));
}

#[test]
fn titles_and_metadata() {
    let a = one(
        r#"<head><meta property="og:title" content="  OG &amp; title ">
        <title>Doc title | Site</title><meta name="author" content="Jo Bloggs">
        <link rel="Canonical stylesheet" href="https://example.org/c">
        <meta property="og:url" content="https://example.org/og"></head>
        <p>Body.</p>"#,
    );
    assert_eq!(a.title.as_deref(), Some("OG & title"));
    assert_eq!(a.author.as_deref(), Some("Jo Bloggs"));
    assert_eq!(a.url.as_deref(), Some("https://example.org/c"));
    let a = one(
        r#"<meta property="og:url" content="https://www.dailypost.com/x">
        <title>Ferry - sinks | Daily Post</title><p>Body.</p>"#,
    );
    assert_eq!(a.title.as_deref(), Some("Ferry - sinks"));
    assert_eq!(a.url.as_deref(), Some("https://www.dailypost.com/x"));
    let a = one(r#"<meta property="og:site_name" content="The Post">
        <title>Ferry sinks – The Post</title><article><h1>Ferry sinks</h1><p>B.</p></article>"#);
    assert_eq!(a.title.as_deref(), Some("Ferry sinks"));
    assert_eq!(a.paragraphs[0].section, None);
    // Without evidence that the suffix is the site, the title stays whole.
    assert_eq!(
        one("<title>Ukraine war - live</title><p>B.</p>").title,
        Some("Ukraine war - live".into())
    );
    assert_eq!(one("<svg><title>Icon</title></svg><p>B.</p>").title, None);
}

#[test]
fn date_sources_in_order() {
    let meta = r#"<meta property="article:published_time" content="2025-09-04T10:15:00+02:00">"#;
    let time = r#"<nav><time datetime="2001-01-01">x</time></nav><header>
        <time datetime="PT5M">5 min</time><time datetime="2024-03-05">March</time></header>"#;
    let ld = r#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-01-02"}</script>"#;
    let a = one(&format!("{meta}{ld}<article>{time}<p>Body.</p></article>"));
    assert_eq!(day(&a).as_deref(), Some("2025-09-04T08:15:00Z"));
    let a = one(&format!("{ld}<article>{time}<p>Body.</p></article>"));
    assert_eq!(day(&a).as_deref(), Some("2024-03-05"));
    let a = one(&format!("{ld}<article><p>Body.</p></article>"));
    assert_eq!(day(&a).as_deref(), Some("2023-01-02"));
    // Then the same fallbacks as other formats: a dateline, then the file name.
    let a = one("<article><p>Friday, March 6, 2020</p><p>Body.</p></article>");
    assert_eq!(day(&a).as_deref(), Some("2020-03-06"));
    assert_eq!(texts(&a), ["Body."]);
    let p = parse_bytes("w/2019-12-31-x.htm", Format::Html, b"<p>Body.</p>");
    assert_eq!(
        p.articles[0].date.map(|d| d.label()).as_deref(),
        Some("2019-12-31")
    );
}

#[test]
fn bad_dates_warn_and_fall_through() {
    let p = page(
        r#"<meta property="article:published_time" content="2025-02-30">
        <article><time datetime="2024-13-01"></time><p>Body.</p></article>
        <script type="application/ld+json">{"datePublished":"2022-05-06"}</script>"#,
    );
    assert_eq!(p.warnings.len(), 2, "{:?}", p.warnings);
    assert_eq!(day(&p.articles[0]).as_deref(), Some("2022-05-06"));
}

#[test]
fn json_ld_shapes() {
    let cases = [
        r#"[{"@type":"WebSite"},{"@type":"Article","datePublished":"2021-01-01"}]"#,
        r#"{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"1999-09-09"},
            {"@type":["BlogPosting"],"datePublished":"2021-01-01T00:00:00Z"}]}"#,
        r#"{"@type":"WebPage","datePublished":"2021-01-01"}"#,
    ];
    for ld in cases {
        let a = one(&format!(
            r#"<script type="application/ld+json">not json</script>
            <script type="Application/LD+JSON; charset=utf-8">{ld}</script><p>Body.</p>"#
        ));
        assert_eq!(
            day(&a).map(|d| d[..10].to_owned()).as_deref(),
            Some("2021-01-01"),
            "{ld}"
        );
    }
    let p = page(r#"<script type="application/ld+json">{oops</script><p>Body.</p>"#);
    assert!(p.articles[0].date.is_none());
    assert!(p.warnings[0].contains("JSON-LD"), "{:?}", p.warnings);
}

#[test]
fn entities_and_blockquotes() {
    let a = one(
        "<article><p>Fish &amp; chips&nbsp;&mdash; &#8220;caf&eacute;&#x201D; &lt;b&gt;</p>\
        <blockquote>We will <b>not</b> yield.<br><cite>A. Leader</cite></blockquote>\
        <blockquote><p>One.</p><p>Two.</p></blockquote></article>",
    );
    assert_eq!(
        texts(&a),
        [
            "Fish & chips \u{2014} \u{201c}caf\u{e9}\u{201d} <b>",
            "We will not yield. A. Leader",
            "One.",
            "Two."
        ]
    );
}

#[test]
fn without_article_or_main() {
    let a = one(r#"<body><div class="menu"><p>Home</p></div>
        <div id="story"><h2>Part one</h2><p>A long first paragraph of the story.</p>
        <p>A second paragraph.</p></div><div><p>Footer-ish note</p></div></body>"#);
    assert_eq!(
        texts(&a),
        [
            "A long first paragraph of the story.",
            "A second paragraph."
        ]
    );
    assert_eq!(a.paragraphs[0].section.as_deref(), Some("Part one"));
    let a = one(r#"<div role="main"><p>Role.</p></div><div><p>Longer other text here.</p></div>"#);
    assert_eq!(texts(&a), ["Role."]);
    // The article with the most text wins over teaser cards.
    let a = one("<article><p>Teaser.</p></article><article><p>The real story text.</p></article>");
    assert_eq!(texts(&a), ["The real story text."]);
}

#[test]
fn no_paragraphs_means_no_article() {
    for html in [
        "",
        "<html><body><nav><p>Menu</p></nav></body></html>",
        "<div>just divs</div>",
    ] {
        let p = page(html);
        assert!(p.articles.is_empty());
        assert_eq!(p.warnings, ["web/story.html: no paragraphs"]);
    }
}

#[test]
fn pathological_nesting_is_skipped() {
    let deep = format!("{}<p>Deep.</p>", "<div>".repeat(10_000));
    let p = page(&deep);
    assert!(p.articles.is_empty());
    assert!(
        p.warnings[0].contains("nested too deeply"),
        "{:?}",
        p.warnings
    );
    let fine = format!(
        "{}<p>Deep.</p>{}",
        "<div>".repeat(500),
        "<p>x".repeat(9_000)
    );
    assert_eq!(page(&fine).articles.len(), 1);
}

#[test]
fn garbage_never_panics() {
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let alphabet: &[u8] = b"<>/=\"' abpdivhtmlarticlescript!-&#;x\n\xc3\xa9";
    let mut inputs: Vec<Vec<u8>> = [
        "<div>".repeat(50_000),
        "<blockquote>".repeat(20_000),
        "<p><table>".repeat(5_000),
        "<b><i><a>".repeat(20_000),
        "<p>x</p>".repeat(20_000),
        "<script type=application/ld+json>".to_owned() + &"[".repeat(10_000),
        "&#x110000;&#0;&;&amp".to_owned(),
        "<svg><title><p>x".to_owned(),
    ]
    .into_iter()
    .map(String::into_bytes)
    .collect();
    for len in [1usize, 16, 300, 5000] {
        for _ in 0..30 {
            let mut next = || {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                seed as usize
            };
            inputs.push(
                (0..len)
                    .map(|_| alphabet[next() % alphabet.len()])
                    .collect(),
            );
            inputs.push((0..len).map(|_| (next() % 255 + 1) as u8).collect());
        }
    }
    for bytes in &inputs {
        let p = parse_bytes("g/2025-09-04.html", Format::Html, bytes);
        for a in &p.articles {
            assert!(a.paragraphs.iter().all(|p| !p.text.is_empty()));
        }
    }
}
