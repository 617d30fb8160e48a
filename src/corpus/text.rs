//! Plain-text articles (.txt): the optional `Key: value` header block, the leading `date YYYY-MM-DD` token, the body.

use super::date::{self, DateParse};
use super::layout;
use super::paragraphs::build;
use super::{field_date, finish, Ctx, Meta, Parsed};

/// Header keys recognised at the top of a .txt file.
const KEYS: [&str; 6] = ["title", "date", "source", "url", "author", "license"];

/// `Key: value` with a known key (case-insensitive), else None.
fn header_field(line: &str) -> Option<(String, &str)> {
    let (key, value) = line.split_once(':')?;
    let key = key.trim().to_ascii_lowercase();
    KEYS.contains(&key.as_str()).then_some((key, value.trim()))
}

pub fn parse(ctx: &Ctx, text: &str, parsed: &mut Parsed) {
    let lines: Vec<&str> = super::paragraphs::lines(text).collect();
    let start = lines
        .iter()
        .position(|l| !l.trim().is_empty())
        .unwrap_or(lines.len());
    let mut meta = Meta::default();
    let mut body_start = start;

    // A header is a leading run of known `Key: value` lines ended by a blank line (or the end).
    let header_end = lines
        .iter()
        .skip(start)
        .position(|l| l.trim().is_empty() || header_field(l.trim()).is_none())
        .map_or(lines.len(), |p| p + start);
    let ends_cleanly = lines.get(header_end).is_none_or(|l| l.trim().is_empty());
    if header_end > start && ends_cleanly {
        for line in lines.get(start..header_end).unwrap_or_default() {
            let Some((key, value)) = header_field(line.trim()) else {
                continue;
            };
            if value.is_empty() {
                continue;
            }
            match key.as_str() {
                "title" if meta.title.is_none() => meta.title = Some(value.to_owned()),
                "date" if meta.date.is_none() => {
                    meta.date = field_date(ctx.display, value, &mut parsed.warnings)
                }
                "source" | "url" if meta.url.is_none() => meta.url = Some(value.to_owned()),
                "author" if meta.author.is_none() => meta.author = Some(value.to_owned()),
                _ => {}
            }
        }
        body_start = header_end;
    }

    // The first body line may open with `date YYYY-MM-DD`, followed by paragraph text.
    let rest = lines.get(body_start..).unwrap_or_default();
    let first = rest.iter().position(|l| !l.trim().is_empty());
    let mut body_lines: Vec<&str> = rest.to_vec();
    if let Some(i) = first {
        if let Some((parse, remainder)) = rest.get(i).and_then(|l| date_token(l)) {
            match parse {
                DateParse::Valid(d) => {
                    if meta.date.is_none() {
                        meta.date = Some(d);
                    }
                }
                DateParse::Invalid(why) => {
                    ctx.warn(&mut parsed.warnings, format!("date rejected: {why}"))
                }
                DateParse::NotADate => {}
            }
            if let Some(slot) = body_lines.get_mut(i) {
                *slot = remainder;
            }
        }
    }

    let (layout, blocks) = layout::split(&body_lines);
    let mut body = build(
        ctx.display,
        blocks,
        meta.title.as_deref(),
        true,
        &mut parsed.warnings,
    );
    body.layout = Some(layout);
    let path = ctx.display.to_owned();
    if let Some(article) = finish(ctx, path, meta, body, &mut parsed.warnings) {
        parsed.articles.push(article);
    }
}

/// `date 2025-09-04 rest of line` (or `date: ...`): the date and the rest of the line.
fn date_token(line: &str) -> Option<(DateParse, &str)> {
    let line = line.trim_start();
    let word = line.get(..4)?;
    if !word.eq_ignore_ascii_case("date") {
        return None;
    }
    let after = line.get(4..)?;
    let after = after.strip_prefix(':').unwrap_or(after);
    if !after.starts_with(char::is_whitespace) {
        return None;
    }
    let after = after.trim_start();
    let end = after.find(char::is_whitespace).unwrap_or(after.len());
    let (token, remainder) = after.split_at(end);
    match date::parse_date(token) {
        DateParse::NotADate => None,
        parsed => Some((parsed, remainder)),
    }
}

#[cfg(test)]
mod tests {
    use super::super::{parse_bytes, Format};

    const SEED: &str = include_str!("../../corpus/2025-09-04-reassurance-force.txt");

    #[test]
    fn seed_article() {
        let p = parse_bytes(
            "seed/000_17ae51f1f41d3451.txt",
            Format::Text,
            SEED.as_bytes(),
        );
        assert!(p.warnings.is_empty(), "{:?}", p.warnings);
        assert_eq!(p.articles.len(), 1);
        let a = &p.articles[0];
        assert_eq!(a.path, "seed/000_17ae51f1f41d3451.txt");
        assert_eq!(a.title, None);
        assert_eq!(a.date.map(|d| d.label()).as_deref(), Some("2025-09-04"));
        assert_eq!(a.paragraphs.len(), 3);
        let sections: Vec<_> = a.paragraphs.iter().map(|p| p.section.as_deref()).collect();
        assert_eq!(
            sections,
            [
                None,
                Some("Russia says ‘will not discuss foreign troops in Ukraine in any format’"),
                Some("Europe pledges postwar 'reassurance force' for Ukraine"),
            ]
        );
        assert!(a.paragraphs[0]
            .text
            .starts_with("French President Emmanuel Macron hosted"));
        assert!(a.paragraphs[2]
            .text
            .starts_with("Almost three and a half years"));
        assert_eq!(a.paragraphs[2].number, 3);
    }

    fn one(text: &str) -> (super::super::Article, Vec<String>) {
        let mut p = parse_bytes("news/some-story.txt", Format::Text, text.as_bytes());
        assert_eq!(p.articles.len(), 1, "{:?}", p.warnings);
        (p.articles.remove(0), p.warnings)
    }

    #[test]
    fn header_block() {
        let (a, w) = one(
            "TITLE: Harbour reopens\ndate: 2021-06-01\nSource: https://example.org/h\nAuthor: A. Writer\nLicense: CC0\n\nFirst paragraph.\n\nSecond one.\n",
        );
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(a.title.as_deref(), Some("Harbour reopens"));
        assert_eq!(a.date.map(|d| d.label()).as_deref(), Some("2021-06-01"));
        assert_eq!(a.url.as_deref(), Some("https://example.org/h"));
        assert_eq!(a.author.as_deref(), Some("A. Writer"));
        assert_eq!(a.paragraphs.len(), 2);
    }

    #[test]
    fn url_key_and_crlf() {
        let (a, _) = one("URL: https://example.org/x\r\n\r\nLine one\r\nline two.\r\n");
        assert_eq!(a.url.as_deref(), Some("https://example.org/x"));
        assert_eq!(a.paragraphs[0].text, "Line one line two.");
    }

    #[test]
    fn unknown_key_means_no_header() {
        let (a, _) = one("Note: this is text.\n\nMore text.");
        assert_eq!(a.title, None);
        assert_eq!(a.paragraphs[0].text, "Note: this is text.");
    }

    #[test]
    fn header_without_blank_line_is_text() {
        let (a, _) = one("Title: Not a header\nbecause this line follows.");
        assert_eq!(a.title, None);
        assert_eq!(a.paragraphs.len(), 1);
    }

    #[test]
    fn header_date_beats_dateline_and_dateline_beats_file_name() {
        let (a, _) = one("Date: 2020-01-02\n\nMonday, May 18, 2015\n\nBody text.");
        assert_eq!(a.date.map(|d| d.label()).as_deref(), Some("2020-01-02"));
        assert_eq!(a.paragraphs.len(), 1);
        let p = parse_bytes(
            "x/2019-12-31-story.txt",
            Format::Text,
            b"Monday, May 18, 2015\n\nBody text.",
        );
        assert_eq!(
            p.articles[0].date.map(|d| d.label()).as_deref(),
            Some("2015-05-18")
        );
        let p = parse_bytes("x/2019-12-31-story.txt", Format::Text, b"Body text.");
        assert_eq!(
            p.articles[0].date.map(|d| d.label()).as_deref(),
            Some("2019-12-31")
        );
        assert_eq!(p.articles[0].title, None);
    }

    #[test]
    fn bad_header_date_warns_but_keeps_article() {
        let (a, w) = one("Date: 2025-02-30\n\nBody text.");
        assert!(a.date.is_none());
        assert_eq!(w.len(), 1);
        assert!(w[0].starts_with("news/some-story.txt: "), "{w:?}");
        let (a, w) = one("Date: 1700-01-01\n\nBody text.");
        assert!(a.date.is_none());
        assert_eq!(w.len(), 1);
    }

    #[test]
    fn leading_date_token_alone_on_its_line() {
        let (a, _) = one("date 2024-03-05\nThe council met.\n");
        assert_eq!(a.date.map(|d| d.label()).as_deref(), Some("2024-03-05"));
        assert_eq!(a.paragraphs.len(), 1);
        assert_eq!(a.paragraphs[0].text, "The council met.");
    }

    #[test]
    fn dated_word_is_not_a_token() {
        let (a, _) = one("dated 2024-03-05 letters were found.");
        assert!(a.date.is_none());
        assert_eq!(a.paragraphs[0].text, "dated 2024-03-05 letters were found.");
    }

    /// Three made-up paragraphs and a heading before the third, in the layout `sample` writes,
    /// after a dateline.
    fn in_layout(sample: impl Fn(&[&str]) -> String) -> String {
        let paragraphs = [
            "The ferry company said on Monday that the morning crossing would be cancelled for \
             the rest of the month while the old engines are replaced by new ones.",
            "Passengers who booked early will be offered a refund or a seat on the afternoon \
             boat, which will run every day including Sundays and public holidays.",
            "Work on the pier is expected to take two weeks longer than first planned, the \
             harbour master told the local paper after a meeting with the builders.",
        ];
        let body = sample(&paragraphs[..2]);
        let last = sample(&paragraphs[2..]);
        format!("Monday, March 3, 2025\n{body}\nPier works\n{last}")
    }

    /// Greedy wrapping at 48 columns, the last line of each paragraph left short.
    fn wrap(paragraph: &str) -> Vec<String> {
        let mut lines = vec![String::new()];
        for word in paragraph.split_whitespace() {
            let line = lines.last_mut().unwrap();
            if !line.is_empty() && line.len() + 1 + word.len() > 48 {
                lines.push(word.to_owned());
            } else {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(word);
            }
        }
        lines
    }

    #[test]
    fn every_layout_keeps_headings_and_datelines() {
        use super::super::Layout;
        let one_per_line = in_layout(|ps| ps.join("\n"));
        let indented = in_layout(|ps| {
            ps.iter()
                .map(|p| format!("   {}", wrap(p).join("\n")))
                .collect::<Vec<_>>()
                .join("\n")
        });
        let short_last_line = in_layout(|ps| {
            ps.iter()
                .flat_map(|p| wrap(p))
                .collect::<Vec<_>>()
                .join("\n")
        });
        for (text, layout) in [
            (one_per_line, Layout::OnePerLine),
            (indented, Layout::Indented),
            (short_last_line, Layout::ShortLastLine),
        ] {
            let (a, w) = one(&text);
            assert!(w.is_empty(), "{w:?}");
            assert_eq!(a.layout, Some(layout), "{text}");
            assert_eq!(a.date.map(|d| d.label()).as_deref(), Some("2025-03-03"));
            let got: Vec<_> = a
                .paragraphs
                .iter()
                .map(|p| (p.number, p.section.as_deref(), &p.text[..12]))
                .collect();
            assert_eq!(
                got,
                [
                    (1, None, "The ferry co"),
                    (2, None, "Passengers w"),
                    (3, Some("Pier works"), "Work on the "),
                ],
                "{layout:?}"
            );
        }
    }

    #[test]
    fn blank_line_paragraphs_say_so() {
        let (a, _) = one("Para one\nwrapped.\n\nPara two.");
        assert_eq!(a.layout, Some(super::super::Layout::BlankLines));
        assert_eq!(a.paragraphs.len(), 2);
    }

    #[test]
    fn headers_only_or_empty_give_no_articles() {
        for text in ["Title: Only\nDate: 2020-01-01\n", "", "\n \n"] {
            let p = parse_bytes("a.txt", Format::Text, text.as_bytes());
            assert!(p.articles.is_empty());
            assert_eq!(p.warnings, ["a.txt: no paragraphs"]);
        }
    }
}
