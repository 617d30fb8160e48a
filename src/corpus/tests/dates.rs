//! Which date an article gets from its sources (issue 16, item 3): its own field, its dateline,
//! its file name and its folders, each with its precision, the nearest first and refined by a
//! more precise date inside it.
use super::super::{parse_bytes, Format};

/// The date label of the one article `text` makes at the display path `display`.
fn date(display: &str, format: Format, text: &str) -> String {
    let p = parse_bytes(display, format, text.as_bytes());
    assert_eq!(p.articles.len(), 1, "{display}: {:?}", p.warnings);
    p.articles[0]
        .date
        .map_or_else(|| "undated".into(), |d| d.label())
}

fn txt(display: &str, text: &str) -> String {
    date(display, Format::Text, text)
}

const BODY: &str = "The assembly met, the delegate said.\n";

#[test]
fn header_years_and_months() {
    assert_eq!(txt("a/x.txt", &format!("Date: 1990\n\n{BODY}")), "1990");
    assert_eq!(
        txt("a/x.txt", &format!("Date: September 1990\n\n{BODY}")),
        "1990-09"
    );
    assert_eq!(
        txt("a/x.txt", &format!("Date: 1990-09\n\n{BODY}")),
        "1990-09"
    );
    let md = format!("---\ndate: 1990\n---\n\n{BODY}");
    assert_eq!(date("a/x.md", Format::Markdown, &md), "1990");
    let md = format!("---\ndate: '1990-09'\n---\n\n{BODY}");
    assert_eq!(date("a/x.md", Format::Markdown, &md), "1990-09");
    let html = "<html><head><meta property=\"article:published_time\" content=\"1990-09\"></head><body><article><p>The assembly met.</p></article></body></html>";
    assert_eq!(date("a/x.html", Format::Html, html), "1990-09");
}

#[test]
fn json_years_months_and_seconds() {
    let json = |date: &str| {
        let line = format!("{{\"date\":{date},\"body\":\"The assembly met.\"}}");
        date_of_json(&line)
    };
    assert_eq!(json("\"1990\""), "1990");
    assert_eq!(json("\"September 1990\""), "1990-09");
    assert_eq!(json("\"1990-09\""), "1990-09");
    // A four-digit integer in the accepted range is a year; other numbers are Unix seconds.
    assert_eq!(json("1990"), "1990");
    assert_eq!(json("2200"), "2200");
    assert_eq!(json("2201"), "1970-01-01T00:36:41Z");
    assert_eq!(json("541356308"), "1987-02-26T16:45:08Z");
    assert_eq!(json("1990.0"), "1970-01-01T00:33:10Z");
}

fn date_of_json(line: &str) -> String {
    date("a/x.jsonl", Format::JsonLines, line)
}

#[test]
fn file_name_years_months_and_days() {
    assert_eq!(txt("Session 45/USA_45_1990.txt", BODY), "1990");
    assert_eq!(txt("a/1990-09_report.txt", BODY), "1990-09");
    assert_eq!(txt("a/2019-12-31-story.txt", BODY), "2019-12-31");
    assert_eq!(txt("a/A1990B.txt", BODY), "undated");
    assert_eq!(
        txt("a/1990.txt", BODY),
        "undated",
        "a number alone is a serial"
    );
    let json = "{\"body\":\"The assembly met.\"}";
    assert_eq!(date("a/wire_1990.jsonl", Format::JsonLines, json), "1990");
}

#[test]
fn folder_years_and_nested_days() {
    assert_eq!(txt("TXT/Session 45 - 1990/USA.txt", BODY), "1990");
    assert_eq!(txt("news/2024/09/04/story.txt", BODY), "2024-09-04");
    assert_eq!(txt("news/2024/09/story.txt", BODY), "2024-09");
    assert_eq!(txt("news/2024/story.txt", BODY), "2024");
    assert_eq!(txt("news/1989-1990/story.txt", BODY), "undated");
    assert_eq!(txt("story.txt", BODY), "undated");
}

#[test]
fn the_nearest_source_wins() {
    // Own field, then dateline, then file name, then folders nearest first.
    let dated = "Date: 1991-02-03\n\nMarch 4, 1992\n\nThe assembly met.\n";
    assert_eq!(txt("1993/1994-05-06-x.txt", dated), "1991-02-03");
    let dateline = "March 4, 1992\n\nThe assembly met.\n";
    assert_eq!(txt("1993/1994-05-06-x.txt", dateline), "1992-03-04");
    assert_eq!(txt("1993/x_1994.txt", BODY), "1994");
    assert_eq!(txt("1993/2000/x.txt", BODY), "2000");
    assert_eq!(txt("Session 44 - 1989/USA_45_1990.txt", BODY), "1990");
}

#[test]
fn a_farther_more_precise_date_inside_refines() {
    assert_eq!(txt("1990/09/x_1990.txt", BODY), "1990-09");
    assert_eq!(txt("1990/09/04/x_1990.txt", BODY), "1990-09-04");
    assert_eq!(
        txt("a/1990-09-04-x.txt", &format!("Date: 1990\n\n{BODY}")),
        "1990-09-04"
    );
    let month_dateline = "September 1990\n\nThe assembly met.\n";
    assert_eq!(txt("a/1990-09-04-x.txt", month_dateline), "1990-09-04");
    assert_eq!(
        txt("a/x.txt", &format!("Date: 1990\n\n{month_dateline}")),
        "1990-09"
    );
    // Not inside: the nearer date stands.
    assert_eq!(txt("1991/09/x_1990.txt", BODY), "1990");
    assert_eq!(
        txt("a/1991-09-04-x.txt", &format!("Date: 1990\n\n{BODY}")),
        "1990"
    );
    // Not more precise: the nearer date stands.
    assert_eq!(txt("1990/x_1990-09.txt", BODY), "1990-09");
    assert_eq!(
        txt("1990-09-04/x.txt", "Date: 1990-09-04T10:00:00Z\n\nText.\n"),
        "1990-09-04T10:00:00Z"
    );
}

#[test]
fn a_year_alone_is_no_dateline_but_a_month_is() {
    let p = parse_bytes("a/x.txt", Format::Text, b"1990\n\nThe assembly met.\n");
    let a = &p.articles[0];
    assert!(a.date.is_none());
    let texts: Vec<&str> = a.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts, ["1990", "The assembly met."]);
    let p = parse_bytes(
        "a/x.txt",
        Format::Text,
        b"September 1990\n\nThe assembly met.\n",
    );
    let a = &p.articles[0];
    assert_eq!(a.date.map(|d| d.label()).as_deref(), Some("1990-09"));
    assert_eq!(a.paragraphs.len(), 1);
    assert_eq!(a.paragraphs[0].text, "The assembly met.");
}
