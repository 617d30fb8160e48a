//! Terminal and JSON Lines output, both from the one `Hit` type.
pub mod check;
mod crop;
pub mod explain;
pub mod export;
pub mod parse;
pub mod progress;
pub mod quotes;
pub mod sanitize;
pub mod speakers;
pub mod stats;

use std::io::{self, Write};

use crate::model::{place, Facets, Hit, Match, Neighbour};
use sanitize::for_terminal;

#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
    /// Passages longer than this many characters are cropped around the best match.
    pub width: usize,
}

const RESET: &str = "\x1b[0m";
const MATCH: &str = "\x1b[1;31m";
const PATH: &str = "\x1b[35m";
const DATE: &str = "\x1b[32m";
const SPEAKERS: &str = "\x1b[36m";
const DIM: &str = "\x1b[2m";

/// The plural ending of a count in a summary line.
pub fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// One JSON object per line, as `rg --json` does; serde escapes control characters.
pub fn json(out: &mut impl Write, hit: &Hit) -> io::Result<()> {
    serde_json::to_writer(&mut *out, hit)?;
    out.write_all(b"\n")
}

/// The dim line before the first hit that holds only some of the words of the query.
pub fn partial_marker(out: &mut impl Write, style: Style) -> io::Result<()> {
    let (dim, reset) = if style.color { (DIM, RESET) } else { ("", "") };
    writeln!(out, "\n{dim}── some of the words ──{reset}")
}

/// Whether `hit` is the first with only some of the words after hits with all of them (when
/// none has all of them, stderr says so instead).
pub fn starts_partial(previous: Option<&Hit>, hit: &Hit) -> bool {
    hit.matched == Match::Some && previous.is_some_and(|p| p.matched == Match::All)
}

/// A header line (rank, path, paragraph, date, speakers, score), a dim line with the title and
/// the section (`Title › Section`, `› Section` in an article without a title, none without
/// either), the passage.
pub fn terminal(out: &mut impl Write, hit: &Hit, style: Style) -> io::Result<()> {
    let paint = |code: &'static str| if style.color { code } else { "" };
    let reset = paint(RESET);
    if hit.rank > 1 {
        writeln!(out)?;
    }
    let date = hit.date.as_deref().unwrap_or("undated");
    let speakers = if hit.speakers.is_empty() {
        "no speaker".to_string()
    } else {
        hit.speakers.join(", ")
    };
    writeln!(
        out,
        "{rank}. {p}{path}{reset} ¶{para}  {d}{date}{reset}  {s}{speakers}{reset}  {dim}score {score:.2}{reset}",
        rank = hit.rank,
        p = paint(PATH),
        path = for_terminal(&hit.path),
        para = place(hit.paragraph, hit.part),
        d = paint(DATE),
        s = paint(SPEAKERS),
        speakers = for_terminal(&speakers),
        dim = paint(DIM),
        score = hit.score,
    )?;
    let heading = match (&hit.title, &hit.section) {
        (Some(title), Some(section)) => Some(format!(
            "{} › {}",
            for_terminal(title),
            for_terminal(section)
        )),
        (Some(title), None) => Some(for_terminal(title).into_owned()),
        (None, Some(section)) => Some(format!("› {}", for_terminal(section))),
        (None, None) => None,
    };
    if let Some(heading) = heading {
        writeln!(out, "   {}{heading}{reset}", paint(DIM))?;
    }

    for neighbour in &hit.before {
        context_line(out, neighbour, style)?;
    }
    if hit.text.is_empty() {
        // Only a lean index has a paragraph without text: its file changed or went (a warning
        // on stderr said which).
        writeln!(
            out,
            "   {}(text not available: see the warning){reset}",
            paint(DIM)
        )?;
    } else {
        passage(out, hit, style)?;
    }
    for neighbour in &hit.after {
        context_line(out, neighbour, style)?;
    }
    Ok(())
}

/// The hit's text, cropped around its highlights, on one line.
fn passage(out: &mut impl Write, hit: &Hit, style: Style) -> io::Result<()> {
    out.write_all(b"   ")?;
    marked(out, &hit.text, &hit.highlights, style)?;
    writeln!(out)
}

/// `text` cropped to `style.width` around its `highlights`, which are painted; `…` where cut.
fn marked(
    out: &mut impl Write,
    text: &str,
    highlights: &[[usize; 2]],
    style: Style,
) -> io::Result<()> {
    let paint = |code: &'static str| if style.color { code } else { "" };
    let reset = paint(RESET);
    let window = crop::crop(text, highlights, style.width);
    if window.cut_before {
        out.write_all("…".as_bytes())?;
    }
    let mut at = 0;
    for range in &window.highlights {
        let (Some(before), Some(lit)) = (
            window.text.get(at..range[0]),
            window.text.get(range[0]..range[1]),
        ) else {
            continue;
        };
        write!(
            out,
            "{}{}{}{}",
            for_terminal(before),
            paint(MATCH),
            for_terminal(lit),
            reset
        )?;
        at = range[1];
    }
    write!(
        out,
        "{}",
        for_terminal(window.text.get(at..).unwrap_or_default())
    )?;
    if window.cut_after {
        out.write_all("…".as_bytes())?;
    }
    Ok(())
}

/// A neighbouring paragraph, dimmed and cropped from its start, labelled with its number.
fn context_line(out: &mut impl Write, neighbour: &Neighbour, style: Style) -> io::Result<()> {
    let window = crop::crop(&neighbour.text, &[], style.width);
    let (dim, reset) = if style.color { (DIM, RESET) } else { ("", "") };
    writeln!(
        out,
        "   {dim}¶{} {}{}{reset}",
        place(neighbour.paragraph, neighbour.part),
        for_terminal(window.text),
        if window.cut_after { "…" } else { "" }
    )
}

/// What a count counts: paragraphs (`query`, `speakers`) or quotes (`quotes`, `speakers
/// --quotes`). JSON names its counts so: `"paragraphs"` or `"quotes"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Paragraphs,
    Quotes,
}

impl Unit {
    pub fn noun(self) -> &'static str {
        match self {
            Unit::Paragraphs => "paragraph",
            Unit::Quotes => "quote",
        }
    }

    /// `value` with every `"paragraphs"` key renamed for this unit, at any depth.
    pub fn rename(self, value: &mut serde_json::Value) {
        if self == Unit::Paragraphs {
            return;
        }
        match value {
            serde_json::Value::Object(map) => {
                if let Some(count) = map.remove("paragraphs") {
                    map.insert("quotes".into(), count);
                }
                map.values_mut().for_each(|v| self.rename(v));
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(|v| self.rename(v)),
            _ => {}
        }
    }
}

/// The facets after the hits, as JSON (`json`) or for the terminal, counted in `unit`.
pub fn facets(
    out: &mut impl Write,
    facets: &Facets,
    json: bool,
    style: Style,
    unit: Unit,
) -> io::Result<()> {
    if json {
        facets_json(out, facets, unit)
    } else {
        facets_terminal(out, facets, style, unit)
    }
}

/// The facets as one JSON line, after the hits: `{"facets": {...}}`.
fn facets_json(out: &mut impl Write, facets: &Facets, unit: Unit) -> io::Result<()> {
    let mut value = serde_json::json!({ "facets": facets });
    unit.rename(&mut value);
    serde_json::to_writer(&mut *out, &value)?;
    out.write_all(b"\n")
}

/// The facets after the hits: total, then counts per speaker and per month.
fn facets_terminal(
    out: &mut impl Write,
    facets: &Facets,
    style: Style,
    unit: Unit,
) -> io::Result<()> {
    let (dim, reset) = if style.color { (DIM, RESET) } else { ("", "") };
    writeln!(out)?;
    writeln!(
        out,
        "{dim}── {} matching {}{}{reset}",
        facets.total,
        unit.noun(),
        if facets.total == 1 { "" } else { "s" }
    )?;
    let speakers: Vec<String> = facets
        .speakers
        .iter()
        .map(|s| format!("{} {}", for_terminal(&s.speaker), s.paragraphs))
        .collect();
    let months: Vec<String> = facets
        .months
        .iter()
        .map(|m| format!("{} {}", m.month, m.paragraphs))
        .collect();
    writeln!(
        out,
        "speakers: {}",
        if speakers.is_empty() {
            "none".into()
        } else {
            speakers.join(" · ")
        }
    )?;
    writeln!(
        out,
        "months:   {}",
        if months.is_empty() {
            "none".into()
        } else {
            months.join(" · ")
        }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit() -> Hit {
        let text = "Macron said a reassurance force is key.".to_string();
        let at = text.find("reassurance force").unwrap_or(0);
        Hit {
            rank: 1,
            score: 1.5,
            path: "corpus/a.txt".into(),
            title: Some("A title".into()),
            date: Some("2025-09-04".into()),
            paragraph: 3,
            part: None,
            section: None,
            speakers: vec!["Emmanuel Macron".into()],
            highlights: vec![[at, at + "reassurance force".len()]],
            text,
            matched: Match::All,
            before: Vec::new(),
            after: Vec::new(),
        }
    }

    #[test]
    fn plain_output_has_labels_and_no_escape_codes() {
        let mut out = Vec::new();
        terminal(
            &mut out,
            &hit(),
            Style {
                color: false,
                width: 320,
            },
        )
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with("1. corpus/a.txt ¶3  2025-09-04  Emmanuel Macron  score 1.50\n"));
        assert!(text.contains("Macron said a reassurance force is key."));
        assert!(!text.contains('\x1b'));
    }

    /// Issue 16 item 5: an article without a title was shown its file name's stem as one.
    #[test]
    fn no_title_line_is_made_up() {
        let plain = |hit: &Hit| {
            let mut out = Vec::new();
            let style = Style {
                color: false,
                width: 320,
            };
            terminal(&mut out, hit, style).unwrap();
            String::from_utf8(out).unwrap()
        };
        let untitled = Hit {
            title: None,
            ..hit()
        };
        let lines: Vec<String> = plain(&untitled).lines().map(str::to_owned).collect();
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert_eq!(lines[1], "   Macron said a reassurance force is key.");
        let in_section = Hit {
            section: Some("Pledges".into()),
            ..untitled
        };
        assert!(plain(&in_section).contains("\n   › Pledges\n"));
        let titled = Hit {
            section: Some("Pledges".into()),
            ..hit()
        };
        assert!(plain(&titled).contains("\n   A title › Pledges\n"));
    }

    #[test]
    fn colour_output_marks_exactly_the_highlight() {
        let mut out = Vec::new();
        terminal(
            &mut out,
            &hit(),
            Style {
                color: true,
                width: 320,
            },
        )
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains(&format!("{MATCH}reassurance force{RESET}")));
    }

    #[test]
    fn json_is_one_line_with_the_schema_fields() {
        let mut out = Vec::new();
        json(&mut out, &hit()).unwrap();
        let value: serde_json::Value = serde_json::from_slice(&out).unwrap();
        for key in [
            "rank",
            "score",
            "path",
            "title",
            "date",
            "paragraph",
            "section",
            "speakers",
            "text",
            "highlights",
            "match",
        ] {
            assert!(value.get(key).is_some(), "missing {key}");
        }
        assert_eq!(out.iter().filter(|&&b| b == b'\n').count(), 1);
    }
}
