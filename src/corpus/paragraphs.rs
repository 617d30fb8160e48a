//! Shared body logic for .txt, .md and JSON bodies: blank-line splitting, heading guess, datelines, numbering.

use super::date::{self, DateParse};
use super::{ArticleDate, Layout, Paragraph};

/// The lines of `text`, ended by `\n`, `\r\n` or a lone `\r` (old Mac files, some exports): as
/// `str::lines`, which knows no lone `\r` and so read such a file as one line, losing it whole.
/// A run of `\r` before a `\n` (`\r\r\n`: a CRLF file written again in text mode, or the soft
/// breaks of Windows Notepad) ends one line, not a line and a blank one.
pub fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let (line, next) = match rest.find(['\n', '\r']) {
            Some(end) => (&rest[..end], end + line_end_len(&rest[end..])),
            None => (rest, rest.len()),
        };
        rest = &rest[next..];
        Some(line)
    })
}

/// How many bytes the line ending at the start of `at` takes: `\n`, `\r+\n` or a lone `\r`.
fn line_end_len(at: &str) -> usize {
    let crs = at.bytes().take_while(|&b| b == b'\r').count();
    match at.as_bytes().get(crs) {
        Some(b'\n') => crs + 1,
        _ => 1,
    }
}

/// A run of non-blank lines, joined with single spaces.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub text: String,
    /// How many source lines the block had (a heading guess needs exactly one).
    pub lines: usize,
    /// Marked as a heading by the source itself (a Markdown `#` line).
    pub heading: bool,
}

impl Block {
    pub fn new(text: String, lines: usize) -> Self {
        Block {
            text,
            lines,
            heading: false,
        }
    }
}

/// The paragraphs of an article and the date its dateline gave, if any.
#[derive(Debug, Default)]
pub struct Body {
    pub paragraphs: Vec<Paragraph>,
    pub dateline: Option<ArticleDate>,
    /// How a plain-text body marked its paragraphs (set by the reader that split it).
    pub layout: Option<Layout>,
}

/// Splits lines into blocks at blank (or whitespace-only) lines; lines are trimmed and joined with a space.
pub fn split_blocks<'a>(lines: impl IntoIterator<Item = &'a str>) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in lines {
        let line = line.trim();
        if line.is_empty() {
            flush(&mut current, &mut blocks);
        } else {
            current.push(line);
        }
    }
    flush(&mut current, &mut blocks);
    blocks
}

/// Ends the block being gathered in `current` (trimmed non-blank lines), if any: its lines joined.
pub fn flush(current: &mut Vec<&str>, blocks: &mut Vec<Block>) {
    if !current.is_empty() {
        let mut text = String::with_capacity(current.iter().map(|l| l.len() + 1).sum());
        for line in current.iter() {
            push_words(&mut text, line);
        }
        blocks.push(Block::new(text, current.len()));
        current.clear();
    }
}

/// Appends the words of `line` to `out`, one space between words (and before the first when
/// `out` is not empty): the words `split_whitespace` gives, but split on ASCII bytes first, with
/// only the pieces holding other bytes split again on Unicode white space (and vertical tab).
fn push_words(out: &mut String, line: &str) {
    if single_spaced_ascii(line.as_bytes()) {
        // Already its words joined by single spaces: copied whole (most lines of most files).
        push_word(out, line);
        return;
    }
    for piece in line.split_ascii_whitespace() {
        if piece.bytes().all(|b| b.is_ascii() && b != 0x0B) {
            push_word(out, piece);
        } else {
            for word in piece.split_whitespace() {
                push_word(out, word);
            }
        }
    }
}

/// Non-empty ASCII whose only white space is single spaces between other bytes.
fn single_spaced_ascii(bytes: &[u8]) -> bool {
    let mut after_space = true;
    for &b in bytes {
        if b >= 0x80 {
            return false;
        }
        if b <= b' ' {
            // ASCII white space and control bytes are all at or below the space.
            if b != b' ' || after_space {
                return false;
            }
            after_space = true;
        } else {
            after_space = false;
        }
    }
    !after_space
}

fn push_word(out: &mut String, word: &str) {
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(word);
}

const MAX_HEADING_CHARS: usize = 100;
const MAX_HEADING_WORDS: usize = 14;

/// A short single line with letters and no sentence-ending punctuation reads as a heading.
pub fn looks_like_heading(text: &str, lines: usize) -> bool {
    lines == 1
        && text.chars().count() <= MAX_HEADING_CHARS
        && text.split_whitespace().count() <= MAX_HEADING_WORDS
        && text.chars().any(char::is_alphabetic)
        && !ends_sentence(text)
        && !quotes_a_sentence(text)
}

/// `"We are only at the start." – Ada Lind`: a quotation whose full stop is inside its marks is
/// a sentence someone said, signed after it; headlines do not end quotes with a stop.
fn quotes_a_sentence(text: &str) -> bool {
    text.contains(".\"") || text.contains(".”")
}

/// True when the text ends in `. ! ? : ; …`, possibly followed by closing quotes or brackets.
pub fn ends_sentence(text: &str) -> bool {
    let core = text.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']')
    });
    core.ends_with(['.', '!', '?', ':', ';', '…'])
}

/// Letters and digits only, lowercased, single-spaced: for comparing a dateline's text with the title.
fn normalise(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// How many leading blocks may hold the dateline.
const DATELINE_WINDOW: usize = 3;
/// A "title then weekday date" dateline is at most this long.
const MAX_TITLED_DATELINE_CHARS: usize = 250;

/// Turns blocks into numbered paragraphs with sections. Takes a dateline (a block that is only a
/// date, or the first block when it is the title followed by `Weekday, date`) out of the first few
/// blocks. `guess_headings` turns short unpunctuated single lines into headings (.txt rule).
pub fn build(
    display: &str,
    blocks: Vec<Block>,
    title: Option<&str>,
    guess_headings: bool,
    warnings: &mut Vec<String>,
) -> Body {
    let mut body = Body::default();
    let mut section: Option<String> = None;
    let mut dateline_seen = false;
    // A body made only of short unpunctuated lines (a results table, a list of figures) has
    // no prose for headings to introduce: its lines are the paragraphs.
    let guess_headings = guess_headings
        && !blocks
            .iter()
            .filter(|b| !b.heading && b.text.chars().any(char::is_alphanumeric))
            .all(|b| looks_like_heading(&b.text, b.lines));
    let title_norm = title.map(normalise).filter(|t| !t.is_empty());
    for (index, block) in blocks.into_iter().enumerate() {
        if !block.text.chars().any(char::is_alphanumeric) {
            continue; // separators such as `* * *`
        }
        if !dateline_seen && !block.heading && index < DATELINE_WINDOW {
            let found = match date::parse_dateline(&block.text) {
                DateParse::NotADate if index == 0 => titled_dateline(&block.text, &title_norm),
                DateParse::NotADate => None,
                parsed => Some(parsed),
            };
            if let Some(parsed) = found {
                dateline_seen = true;
                match parsed {
                    DateParse::Valid(d) => body.dateline = Some(d),
                    DateParse::Invalid(why) => {
                        warnings.push(format!("{display}: dateline date rejected: {why}"))
                    }
                    DateParse::NotADate => {}
                }
                continue;
            }
        }
        if block.heading || (guess_headings && looks_like_heading(&block.text, block.lines)) {
            section = Some(block.text).filter(|s| !s.is_empty());
            continue;
        }
        let number = u32::try_from(body.paragraphs.len() + 1).unwrap_or(u32::MAX);
        body.paragraphs.push(Paragraph {
            number,
            part: None,
            section: section.clone(),
            text: block.text,
        });
    }
    body
}

/// `<title> Tuesday, September 1, 2015`: a dateline only when short and the rest is the title.
fn titled_dateline(text: &str, title_norm: &Option<String>) -> Option<DateParse> {
    let title_norm = title_norm.as_ref()?;
    if text.chars().count() > MAX_TITLED_DATELINE_CHARS {
        return None;
    }
    let (rest, parsed) = date::split_trailing_weekday_date(text)?;
    loosely_equal(&normalise(rest), title_norm).then_some(parsed)
}

/// Equal, except that a non-ASCII letter on either side matches any letter (`Ličen` = `Licen`).
fn loosely_equal(a: &str, b: &str) -> bool {
    a.chars().count() == b.chars().count()
        && a.chars().zip(b.chars()).all(|(x, y)| {
            x == y || (x.is_alphabetic() && y.is_alphabetic() && (!x.is_ascii() || !y.is_ascii()))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, title: Option<&str>) -> (Body, Vec<String>) {
        let mut w = Vec::new();
        let body = build("t.txt", split_blocks(text.lines()), title, true, &mut w);
        (body, w)
    }

    #[test]
    fn short_lines_without_prose_are_paragraphs_not_headings() {
        let (body, _) = run(
            "Shr one dlr vs 73 cts\n\nNet 12.6 mln vs 15.8 mln\n\nReuter\n",
            None,
        );
        let texts: Vec<&str> = body.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Shr one dlr vs 73 cts",
                "Net 12.6 mln vs 15.8 mln",
                "Reuter"
            ]
        );
        assert!(body.paragraphs.iter().all(|p| p.section.is_none()));
        // With prose after it, a short line is still a heading.
        let (body, _) = run("Results\n\nThe company said profit rose.\n", None);
        assert_eq!(body.paragraphs.len(), 1);
        assert_eq!(body.paragraphs[0].section.as_deref(), Some("Results"));
    }

    #[test]
    fn a_run_of_cr_before_lf_ends_one_line() {
        let got: Vec<&str> = lines("a\r\r\nb\r\rc\r\n\r\nd\n\re").collect();
        assert_eq!(got, ["a", "b", "", "c", "", "d", "", "e"]);
    }

    #[test]
    fn words_are_joined_as_split_whitespace_joins_them() {
        for lines in [
            vec!["  a\tb  ", "c\x0Bd", "", "e\x0Cf"],
            vec!["caf\u{e9}\u{a0}au lait", " \u{2003}x "],
            vec!["", "   "],
            vec![
                "one two",
                "three  four",
                " five",
                "six ",
                "se\x01ven",
                "eight\tnine",
                "x",
            ],
        ] {
            let mut joined = String::new();
            for line in &lines {
                push_words(&mut joined, line);
            }
            let expected: Vec<&str> = lines.iter().flat_map(|l| l.split_whitespace()).collect();
            assert_eq!(joined, expected.join(" "), "{lines:?}");
        }
    }

    #[test]
    fn splits_on_blank_and_whitespace_lines_and_joins() {
        let blocks = split_blocks("  one\r\ntwo  \r\n \t \r\nthree\t  3\n\n\n".lines());
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[0].text, "one two");
        assert_eq!(blocks[0].lines, 2);
        assert_eq!(blocks[1].text, "three 3");
    }

    #[test]
    fn heading_rule() {
        assert!(looks_like_heading("The costs", 1));
        assert!(looks_like_heading("Minister says ‘no deal in any form’", 1));
        assert!(!looks_like_heading("The costs.", 1));
        assert!(!looks_like_heading("Why now?", 1));
        assert!(!looks_like_heading("He said: “it is over.”", 1));
        assert!(!looks_like_heading("He said “no!”", 1));
        assert!(!looks_like_heading(
            "“We are only at the start.” – Ada Lind",
            1
        ));
        assert!(!looks_like_heading(
            "\"It will take years.\" - Tomas Berg, Eastport Herald",
            1
        ));
        assert!(!looks_like_heading("Two lines here", 2));
        assert!(!looks_like_heading("1234", 1));
        let long = "word ".repeat(15);
        assert!(!looks_like_heading(long.trim(), 1));
        let wide = "x".repeat(101);
        assert!(!looks_like_heading(&wide, 1));
    }

    #[test]
    fn sections_follow_headings() {
        let (body, _) = run(
            "Intro text here.\n\nBudget talks\n\nThe talks went on.\n\nMore of them.",
            None,
        );
        let secs: Vec<_> = body
            .paragraphs
            .iter()
            .map(|p| p.section.as_deref())
            .collect();
        assert_eq!(secs, [None, Some("Budget talks"), Some("Budget talks")]);
        let nums: Vec<_> = body.paragraphs.iter().map(|p| p.number).collect();
        assert_eq!(nums, [1, 2, 3]);
    }

    #[test]
    fn date_only_dateline_is_metadata() {
        let (body, w) = run("Friday, March 6, 2020\n\nThe mayor spoke.", None);
        assert!(w.is_empty());
        assert_eq!(
            body.dateline.map(|d| d.label()).as_deref(),
            Some("2020-03-06")
        );
        assert_eq!(body.paragraphs.len(), 1);
        assert_eq!(body.paragraphs[0].text, "The mayor spoke.");
    }

    #[test]
    fn titled_dateline_needs_matching_title() {
        let text = "Mayor opens the new bridge Friday, March 6, 2020\n\nThe mayor spoke.";
        for title in [
            "Mayor opens the new bridge",
            "Mayor opens the new bridge.",
            "Mayör opens the new bridge",
        ] {
            let (body, _) = run(text, Some(title));
            assert_eq!(
                body.dateline.map(|d| d.label()).as_deref(),
                Some("2020-03-06")
            );
            assert_eq!(body.paragraphs.len(), 1);
        }
        // Otherwise it is left to the ordinary rules (here: a heading).
        let (body, _) = run(text, Some("Something else"));
        assert!(body.dateline.is_none());
        assert_eq!(
            body.paragraphs[0].section.as_deref(),
            Some("Mayor opens the new bridge Friday, March 6, 2020")
        );
    }

    #[test]
    fn leading_date_with_text_is_left_alone() {
        let (body, _) = run("Friday, March 6, 2020 The mayor spoke.", None);
        assert!(body.dateline.is_none());
        assert_eq!(
            body.paragraphs[0].text,
            "Friday, March 6, 2020 The mayor spoke."
        );
    }

    #[test]
    fn impossible_dateline_warns_and_is_dropped() {
        let (body, w) = run("Monday, February 30, 2015\n\nText here.", None);
        assert!(body.dateline.is_none());
        assert_eq!(body.paragraphs.len(), 1);
        assert_eq!(w.len(), 1);
        assert!(w[0].contains("rejected"));
    }

    #[test]
    fn separators_are_dropped() {
        let (body, _) = run("One.\n\n* * *\n\nTwo.", None);
        assert_eq!(body.paragraphs.len(), 2);
        assert_eq!(body.paragraphs[1].number, 2);
    }
}
