//! How a plain-text body marks its paragraphs (blank lines, one a line, an indented first line or a
//! short last line), decided once per body from the statistics of its lines, and its blocks so split.

use super::date::{self, DateParse};
use super::paragraphs::{ends_sentence, flush, looks_like_heading, split_blocks, Block};

/// How a body marks where one paragraph ends and the next begins. A blank line ends a paragraph
/// in every layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Blank lines between paragraphs; the lines of one paragraph are joined (hard-wrapped text).
    BlankLines,
    /// Every line is a paragraph (word processors, PDF extracts, most JSON bodies with `\n`).
    OnePerLine,
    /// Wrapped lines, each paragraph's first line indented (wire copy, typescripts).
    Indented,
    /// Wrapped lines with neither: a paragraph ends with a short line that ends a sentence.
    ShortLastLine,
}

impl Layout {
    /// As `search parse` shows it.
    pub fn name(self) -> &'static str {
        match self {
            Layout::BlankLines => "blank lines",
            Layout::OnePerLine => "one paragraph per line",
            Layout::Indented => "first-line indent",
            Layout::ShortLastLine => "short last line",
        }
    }
}

/// The most characters a paragraph of prose usually has. Blank lines are taken to separate
/// paragraphs when at least half of the text lies in blocks no longer than this (one huge list
/// or table among paragraphs does not undo them; blank lines only at page breaks leave blocks of a
/// page). In the UN General Debate speeches, the block holding the middle of the text has 200 to
/// 1,000 characters in the files whose blank lines separate paragraphs, and 1,400 or more in
/// all but 7 of those whose blank lines are page breaks (a page is 40 or more wrapped lines):
/// this is the valley between them. Indented first lines are taken for paragraph starts only
/// if breaking there makes paragraphs this long on average, not a few giant ones.
const MAX_PARAGRAPH_CHARS: usize = 1_200;

/// Lines whose median is this long are not hard-wrapped: text is wrapped at 80 columns or fewer
/// (nearly all the wrapped UN speeches have medians of 40 to 80, a handful up to 100), while 95% of
/// the speeches with a paragraph a line have medians of 300 characters or more.
const LONG_LINE_CHARS: usize = 120;

/// When at least this share of the lines that blank lines do not separate end a sentence, each is
/// a paragraph however short (a speech written a sentence a line). In wrapped text few lines end
/// a sentence: 10% to 20% in the wrapped UN speeches, under 50% in every one of them, against
/// 70% to 100% in those with a paragraph a line.
const SENTENCE_LINES: Ratio = Ratio(3, 5);

/// A wrapped line shorter than this share of the body's median line is short: a line is cut
/// short only where a paragraph ends, since a quarter of a line holds any common word. Measured
/// on the UN speeches whose blank lines separate paragraphs (blank lines removed), a short line
/// ending a sentence ends a paragraph 97.5% of the time, and most of the rest end one too (the
/// blank line was missing); the share holds from 0.5 to 0.8.
const SHORT_LINE: Ratio = Ratio(3, 4);

/// Below this many wrapped lines, neither their median width (what "short" is measured against)
/// nor their share of sentence ends says much: such a body keeps its blank-line reading, unless
/// its lines are long.
const MIN_WRAPPED_LINES: usize = 5;

/// `numerator / denominator`, compared without floating point.
#[derive(Clone, Copy)]
struct Ratio(usize, usize);

impl Ratio {
    /// `part >= self * whole`.
    fn reached(self, part: usize, whole: usize) -> bool {
        part * self.1 >= whole * self.0
    }

    /// `part < self * whole`.
    fn below(self, part: usize, whole: usize) -> bool {
        part * self.1 < whole * self.0
    }
}

/// One line of the body: trimmed, with its indentation and width in characters.
struct Line<'a> {
    text: &'a str,
    indent: usize,
    width: usize,
}

impl<'a> Line<'a> {
    fn new(raw: &'a str) -> Self {
        let text = raw.trim();
        let indent = if text.is_empty() {
            0
        } else {
            raw.chars().take_while(|c| c.is_whitespace()).count()
        };
        Line {
            text,
            indent,
            width: text.chars().count(),
        }
    }

    fn blank(&self) -> bool {
        self.text.is_empty()
    }
}

/// What the layout is decided from.
struct Stats {
    /// Runs of non-blank lines between blank lines.
    blocks: usize,
    /// Characters of all non-blank lines.
    chars: usize,
    /// Characters of the runs no longer than `MAX_PARAGRAPH_CHARS`.
    chars_in_paragraphs: usize,
    /// Widths of the lines that share their run with another: the only lines the layouts read
    /// differently.
    wrapped: Vec<usize>,
    /// How many of those end a sentence.
    sentence_ends: usize,
    /// Lines indented more than the line just before them, which finished a sentence: paragraph
    /// starts, if the body indents them.
    indent_starts: usize,
    /// The least indentation of a non-blank line.
    margin: usize,
}

impl Stats {
    fn of(lines: &[Line]) -> Self {
        let mut stats = Stats {
            blocks: 0,
            chars: 0,
            chars_in_paragraphs: 0,
            wrapped: Vec::new(),
            sentence_ends: 0,
            indent_starts: 0,
            margin: usize::MAX,
        };
        for run in lines.split(Line::blank).filter(|run| !run.is_empty()) {
            stats.blocks += 1;
            let mut chars = 0;
            for line in run {
                chars += line.width;
                stats.margin = stats.margin.min(line.indent);
            }
            stats.chars += chars;
            if chars <= MAX_PARAGRAPH_CHARS {
                stats.chars_in_paragraphs += chars;
            }
            if run.len() > 1 {
                stats.wrapped.extend(run.iter().map(|l| l.width));
                stats.sentence_ends += run.iter().filter(|l| ends_sentence(l.text)).count();
            }
            stats.indent_starts += run
                .windows(2)
                .filter(|w| w[1].indent > w[0].indent && finishes_sentence(w[0].text))
                .count();
        }
        stats
    }

    /// The median width of the wrapped lines (0 when there are none).
    fn width(&self) -> usize {
        let mut widths = self.wrapped.clone();
        let middle = widths.len() / 2;
        if widths.is_empty() {
            return 0;
        }
        *widths.select_nth_unstable(middle).1
    }

    /// At least half of the text lies in blocks of a paragraph's size.
    fn mostly_paragraphs(&self) -> bool {
        2 * self.chars_in_paragraphs >= self.chars
    }

    /// The blocks `breaks` more paragraph breaks would make average at most `MAX_PARAGRAPH_CHARS`.
    fn paragraph_sized_with(&self, breaks: usize) -> bool {
        self.chars <= MAX_PARAGRAPH_CHARS * (self.blocks + breaks)
    }

    fn layout(&self, width: usize) -> Layout {
        if self.wrapped.is_empty() {
            // Every line stands between blank lines: all layouts read it alike.
            return Layout::BlankLines;
        }
        let separators = self.blocks - 1;
        if separators > 0 && self.mostly_paragraphs() && self.indent_starts < separators {
            return Layout::BlankLines;
        }
        let enough = self.wrapped.len() >= MIN_WRAPPED_LINES;
        if width >= LONG_LINE_CHARS
            || (enough && SENTENCE_LINES.reached(self.sentence_ends, self.wrapped.len()))
        {
            return Layout::OnePerLine;
        }
        if self.indent_starts > 0 && self.paragraph_sized_with(self.indent_starts) {
            return Layout::Indented;
        }
        if enough {
            return Layout::ShortLastLine;
        }
        Layout::BlankLines
    }
}

/// The layout of the body made of `lines`, and its blocks as that layout marks them.
pub fn split(lines: &[&str]) -> (Layout, Vec<Block>) {
    let lines: Vec<Line> = lines.iter().map(|l| Line::new(l)).collect();
    let stats = Stats::of(&lines);
    let width = stats.width();
    let layout = stats.layout(width);
    let blocks = match layout {
        Layout::BlankLines => split_blocks(lines.iter().map(|l| l.text)),
        Layout::OnePerLine => {
            let mut blocks = Vec::new();
            let mut one = Vec::with_capacity(1);
            for line in lines.iter().filter(|l| !l.blank()) {
                one.push(line.text);
                flush(&mut one, &mut blocks);
            }
            blocks
        }
        Layout::Indented | Layout::ShortLastLine => {
            split_wrapped(&lines, layout, stats.margin, width)
        }
    };
    (layout, blocks)
}

/// What came before a line of wrapped text.
enum Before<'a> {
    /// Nothing: the line opens the body.
    Nothing,
    /// The end of a paragraph: a blank line, a short last line, a heading.
    End,
    /// A line of the paragraph still open.
    Line(&'a Line<'a>),
}

/// Blocks of wrapped text: broken at blank lines, before an indented first line (`Indented`) or
/// after a short line that ends a sentence (`ShortLastLine`), and around a heading's line.
fn split_wrapped(lines: &[Line], layout: Layout, margin: usize, width: usize) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let mut before = Before::Nothing;
    for (i, line) in lines.iter().enumerate() {
        if line.blank() {
            flush(&mut current, &mut blocks);
            if !matches!(before, Before::Nothing) {
                before = Before::End;
            }
            continue;
        }
        let next = lines.get(i + 1).filter(|l| !l.blank());
        let heading = stands_alone(line, &before, next, layout, margin, width);
        let indented = layout == Layout::Indented
            && matches!(before, Before::Line(p) if starts_indented(line, p, margin));
        if heading || indented {
            flush(&mut current, &mut blocks);
        }
        current.push(line.text);
        let short_end = layout == Layout::ShortLastLine
            && ends_sentence(line.text)
            && SHORT_LINE.below(line.width, width);
        if heading || short_end {
            flush(&mut current, &mut blocks);
            before = Before::End;
        } else {
            before = Before::Line(line);
        }
    }
    flush(&mut current, &mut blocks);
    blocks
}

/// An indented line starts a paragraph when it is indented past the margin, and more than the line
/// before it or after a finished sentence (so a table's or a quotation's lines, indented alike,
/// are not cut at every line).
fn starts_indented(line: &Line, previous: &Line, margin: usize) -> bool {
    line.indent > margin && (line.indent > previous.indent || finishes_sentence(previous.text))
}

/// A heading (or dateline) in wrapped text: a short line that reads as a heading, where one
/// paragraph has ended (in `Indented`, after a finished sentence) and before the next begins (a
/// line not continuing in lower case; in `Indented`, an indented one). A body's first line
/// stands alone only when it is a date: a first line is often short and goes on below, in a name
/// (`Harbour chairman Anna Berg told` / `Reuters ...`) or a word (`Allow` / `me to begin ...`).
fn stands_alone(
    line: &Line,
    before: &Before,
    next: Option<&Line>,
    layout: Layout,
    margin: usize,
    width: usize,
) -> bool {
    if !SHORT_LINE.below(line.width, width) || !looks_like_heading(line.text, 1) {
        return false;
    }
    let after_end = match before {
        Before::Nothing => return is_dateline(line.text),
        Before::End => true,
        Before::Line(previous) => layout == Layout::Indented && finishes_sentence(previous.text),
    };
    let next_begins = match next {
        None => true,
        Some(n) if n.text.starts_with(char::is_lowercase) => false,
        Some(n) => layout != Layout::Indented || n.indent > margin,
    };
    after_end && next_begins
}

/// Ends in `.`, `!`, `?` or `…` (before closing quotes or brackets): a finished sentence. Not
/// `:` or `;`, which announce what follows: the line before an indented quotation, address, list
/// or link (`... may be found at:` / `  http://...`), not the end of a paragraph.
fn finishes_sentence(text: &str) -> bool {
    ends_sentence(text)
        && !text
            .trim_end_matches(|c: char| {
                c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']')
            })
            .ends_with([':', ';'])
}

/// A date alone, or a title ending in a weekday and date: what `build` may take for a dateline.
fn is_dateline(text: &str) -> bool {
    !matches!(date::parse_date(text), DateParse::NotADate)
        || date::split_trailing_weekday_date(text).is_some()
}

#[cfg(test)]
mod tests;
