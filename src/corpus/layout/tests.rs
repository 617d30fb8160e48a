use super::super::paragraphs::{lines, split_blocks};
use super::*;

/// Four made-up paragraphs; wrapped at 50 columns, each one's last line is short.
const PARAGRAPHS: [&str; 4] = [
    "The town council met on Tuesday evening to discuss the plan for the old harbour, which has \
     stood empty since the shipyard closed twenty years ago and the last crane was sold.",
    "Residents asked whether the new quay would bring more traffic to the narrow streets near the \
     market, and the council promised a study before any work begins.",
    "The mayor said the first ships could dock next spring if the budget is approved in time by \
     the regional board.",
    "A group of fishermen, who still keep their boats in the inner basin, said they were glad that \
     the harbour would be used again but worried about the cost of the new moorings.",
];

/// Greedy wrapping at `width` columns, as editors and mailers wrap.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.len() + 1 + word.len() > width {
            out.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    out.push(line);
    out
}

fn wrapped(paragraph: &str) -> Vec<String> {
    wrap(paragraph, 50)
}

/// Hard-wrapped, a blank line between paragraphs.
fn blank_lines() -> String {
    let paragraphs: Vec<String> = PARAGRAPHS.iter().map(|p| wrapped(p).join("\n")).collect();
    paragraphs.join("\n\n")
}

/// Hard-wrapped, no blank lines, each first line indented.
fn indented() -> String {
    let paragraphs: Vec<String> = PARAGRAPHS
        .iter()
        .map(|p| format!("    {}", wrapped(p).join("\n")))
        .collect();
    paragraphs.join("\n")
}

/// Hard-wrapped, nothing between paragraphs but their short last lines.
fn short_last_lines() -> String {
    let lines: Vec<String> = PARAGRAPHS.iter().flat_map(|p| wrapped(p)).collect();
    lines.join("\n")
}

/// A paragraph a line, no blank lines.
fn one_per_line() -> String {
    PARAGRAPHS.join("\n")
}

fn run(text: &str) -> (Layout, Vec<String>) {
    let lines: Vec<&str> = lines(text).collect();
    let (layout, blocks) = split(&lines);
    (layout, blocks.into_iter().map(|b| b.text).collect())
}

fn expected() -> Vec<String> {
    PARAGRAPHS
        .iter()
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

#[test]
fn the_samples_are_what_they_claim() {
    // Every last line is short against the median line; no other line is.
    let widths: Vec<Vec<usize>> = PARAGRAPHS
        .iter()
        .map(|p| wrapped(p).iter().map(|l| l.len()).collect())
        .collect();
    let mut all: Vec<usize> = widths.iter().flatten().copied().collect();
    all.sort_unstable();
    let median = all[all.len() / 2];
    for w in &widths {
        let (last, rest) = w.split_last().unwrap();
        assert!(4 * last < 3 * median, "{w:?} against {median}");
        assert!(rest.iter().all(|r| 4 * r >= 3 * median), "{w:?}");
    }
}

#[test]
fn hard_wrapped_text_with_blank_lines_reads_as_before() {
    let text = blank_lines();
    let (layout, blocks) = run(&text);
    assert_eq!(layout, Layout::BlankLines);
    assert_eq!(blocks, expected());
    let before: Vec<String> = split_blocks(lines(&text))
        .into_iter()
        .map(|b| b.text)
        .collect();
    assert_eq!(blocks, before);
}

#[test]
fn a_paragraph_a_line() {
    assert_eq!(run(&one_per_line()), (Layout::OnePerLine, expected()));
}

#[test]
fn a_paragraph_a_line_with_blank_lines_only_at_page_breaks() {
    // Long lines in pages of several paragraphs: the blank lines do not mark every paragraph.
    let page = [one_per_line().as_str(); 3].join("\n");
    let text = [page.as_str(); 3].join("\n\n");
    let (layout, blocks) = run(&text);
    assert_eq!(layout, Layout::OnePerLine);
    assert_eq!(blocks.len(), 36);
}

#[test]
fn short_lines_that_each_end_a_sentence_are_paragraphs() {
    let text = "We met today.\nThe work goes on.\nIt is not finished.\nWe will return.\nThank you.";
    let (layout, blocks) = run(text);
    assert_eq!(layout, Layout::OnePerLine);
    assert_eq!(blocks.len(), 5);
}

#[test]
fn first_line_indent() {
    assert_eq!(run(&indented()), (Layout::Indented, expected()));
}

#[test]
fn first_line_indent_with_a_sign_off_after_a_blank_line() {
    // One short block after a blank line does not make blank lines the paragraph marks.
    let text = format!("{}\n\n Ends\n", indented());
    let (layout, blocks) = run(&text);
    assert_eq!(layout, Layout::Indented);
    assert_eq!(blocks.len(), 5);
    assert_eq!(blocks[4], "Ends");
}

#[test]
fn indented_rows_without_sentences_stay_together() {
    // A quotation or table indented as a whole is not cut at every line.
    let text = format!(
        "{}\n    First row of the quoted table\n    second row of the quoted table.\n{}",
        indented(),
        format_args!("    {}", PARAGRAPHS[0])
    );
    let (layout, blocks) = run(&text);
    assert_eq!(layout, Layout::Indented);
    assert_eq!(blocks.len(), 6);
    assert_eq!(
        blocks[4],
        "First row of the quoted table second row of the quoted table."
    );
}

#[test]
fn short_last_line() {
    assert_eq!(
        run(&short_last_lines()),
        (Layout::ShortLastLine, expected())
    );
}

#[test]
fn a_line_cut_early_is_not_a_paragraph() {
    // A short first line continued in lower case, then a body with no other marks.
    let text = format!(
        "The\n{}",
        short_last_lines().replacen("The town", "town", 1)
    );
    let (layout, blocks) = run(&text);
    assert_eq!(layout, Layout::ShortLastLine);
    assert_eq!(blocks, expected());
}

#[test]
fn a_short_first_line_going_on_below_is_not_a_heading() {
    // Wire copy whose first line is short (its dateline cut off), a name running on below.
    let text = format!(
        "The harbour board chairman told\nBoard members on Monday that the quay would open.\n{}",
        indented()
    );
    let (layout, blocks) = run(&text);
    assert_eq!(layout, Layout::Indented);
    assert_eq!(blocks.len(), 5);
    assert!(blocks[0].starts_with("The harbour board chairman told Board members"));
}

#[test]
fn few_wrapped_lines_keep_the_blank_line_reading() {
    let text = "The harbour\nreopened on Monday.\nShips came.";
    let (layout, blocks) = run(text);
    assert_eq!(layout, Layout::BlankLines);
    assert_eq!(blocks, ["The harbour reopened on Monday. Ships came."]);
}

#[test]
fn an_indented_quotation_inside_blank_line_paragraphs_is_no_layout() {
    let text = format!(
        "{}\n\nThe report ended thus.\n    Quoted line one\n    quoted line two\nand went on.",
        blank_lines()
    );
    let (layout, blocks) = run(&text);
    assert_eq!(layout, Layout::BlankLines);
    assert_eq!(blocks.len(), 5);
}

#[test]
fn one_huge_list_among_blank_line_paragraphs_does_not_undo_them() {
    // Long paragraphs and a list nearly as long as all of them: the blocks average more than a
    // paragraph, but most of the text is in paragraph-sized blocks.
    let paragraph = format!("{} {}", PARAGRAPHS.join(" "), PARAGRAPHS[3]);
    let paragraph = wrapped(&paragraph).join("\n");
    let list: Vec<String> = (0..160)
        .map(|i| format!("entry {i:03} of the long table"))
        .collect();
    let list = list.join("\n");
    let text = format!("{}\n\n{list}", [paragraph.as_str(); 6].join("\n\n"));
    let (paragraphs, all) = (6 * paragraph.len(), text.len());
    assert!(
        all > 7 * 1_200 && 2 * paragraphs > all,
        "{paragraphs} of {all}"
    );
    let (layout, blocks) = run(&text);
    assert_eq!(layout, Layout::BlankLines);
    assert_eq!(blocks.len(), 7);
}

#[test]
fn indented_links_after_a_colon_inside_blank_line_paragraphs_are_no_layout() {
    // Every block shows an indented line, but after a colon: what it announces, not a paragraph.
    let block = "The manual is long and there is a shorter guide, which\nmay be found at:\n  https://example.org/guide";
    let text = [block; 3].join("\n\n");
    let (layout, blocks) = run(&text);
    assert_eq!(layout, Layout::BlankLines);
    assert_eq!(blocks.len(), 3);
}

#[test]
fn page_breaks_in_wrapped_text_are_not_paragraphs_marks() {
    // Blank lines every 40 lines or so (a page) leave blocks far larger than paragraphs.
    let body = short_last_lines();
    let page = [body.as_str(); 3].join("\n");
    let text = [page.as_str(); 3].join("\n\n");
    let (layout, blocks) = run(&text);
    assert_eq!(layout, Layout::ShortLastLine);
    assert_eq!(blocks.len(), 36);
}

/// The same text with its line ends written another way, taken from `ends` in turn. A blank
/// line ends as the line before it: a lone `\r` then a `\n` is a `\r\n`, in any reader.
fn with_ends(text: &str, ends: &[&str]) -> String {
    let mut out = String::new();
    let mut end = ends[0];
    for (i, line) in text.split('\n').enumerate() {
        out.push_str(line);
        if !line.is_empty() {
            end = ends[i % ends.len()];
        }
        out.push_str(end);
    }
    out
}

#[test]
fn line_ends_and_their_mixes_change_nothing() {
    let samples = [
        blank_lines(),
        indented(),
        short_last_lines(),
        one_per_line(),
        format!("{}\n\n Ends\n", indented()),
    ];
    let endings: [&[&str]; 7] = [
        &["\r\n"],
        &["\r"],
        &["\r\r\n"],
        &["\n", "\r\n", "\r"],
        &["\r\n", "\r\n", "\r"],
        &["\r\n", "\r\r\n"],
        &["\n", "\r\r\n", "\r\n", "\r"],
    ];
    for text in &samples {
        let want = run(text);
        for ends in endings {
            assert_eq!(run(&with_ends(text, ends)), want, "{ends:?}: {text}");
        }
    }
}
