//! Cropping a long paragraph to a window around its best match, on word boundaries.

/// A window of `text` and the highlight ranges that fall in it, relative to the window.
#[derive(Debug, PartialEq)]
pub struct Window<'a> {
    pub text: &'a str,
    pub highlights: Vec<[usize; 2]>,
    pub cut_before: bool,
    pub cut_after: bool,
}

/// Keeps at most `width` characters: the window that holds the most highlighted bytes,
/// starting a little before its first match. Texts that fit are returned whole.
pub fn crop<'a>(text: &'a str, highlights: &[[usize; 2]], width: usize) -> Window<'a> {
    let whole = || Window {
        text,
        highlights: highlights.to_vec(),
        cut_before: false,
        cut_after: false,
    };
    if text.chars().count() <= width {
        return whole();
    }
    let width_bytes = |start: usize| {
        text[start..]
            .char_indices()
            .nth(width)
            .map_or(text.len(), |(i, _)| start + i)
    };
    // Try a window starting shortly before each highlight; keep the one covering most matches.
    let lead = width / 5;
    let mut best = (0usize, 0usize);
    for range in highlights {
        let start = back_chars(text, range[0], lead);
        let end = width_bytes(start);
        let covered: usize = highlights
            .iter()
            .filter(|r| r[0] >= start && r[1] <= end)
            .map(|r| r[1] - r[0])
            .sum();
        if covered > best.1 {
            best = (start, covered);
        }
    }
    let mut start = snap_start(text, best.0);
    let mut end = snap_end(text, width_bytes(start));
    if end <= start {
        start = best.0;
        end = width_bytes(start);
    }
    Window {
        text: &text[start..end],
        highlights: highlights
            .iter()
            .filter(|r| r[0] >= start && r[1] <= end)
            .map(|r| [r[0] - start, r[1] - start])
            .collect(),
        cut_before: start > 0,
        cut_after: end < text.len(),
    }
}

fn back_chars(text: &str, from: usize, n: usize) -> usize {
    text[..from]
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i)
}

/// Moves a start forward to the beginning of a word (unless it already is one).
fn snap_start(text: &str, start: usize) -> usize {
    if start == 0 || text[..start].ends_with(char::is_whitespace) {
        return start;
    }
    match text[start..].find(char::is_whitespace) {
        Some(i) => {
            let gap = start + i;
            let spaces: usize = text[gap..]
                .chars()
                .take_while(|c| c.is_whitespace())
                .map(char::len_utf8)
                .sum();
            gap + spaces
        }
        None => start,
    }
}

/// Moves an end back to the end of a word (unless the text ends there).
fn snap_end(text: &str, end: usize) -> usize {
    if end >= text.len() || text[end..].starts_with(char::is_whitespace) {
        return end;
    }
    text[..end].rfind(char::is_whitespace).unwrap_or(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_kept_whole() {
        let w = crop("short text", &[[0, 5]], 40);
        assert_eq!(w.text, "short text");
        assert!(!w.cut_before && !w.cut_after);
    }

    #[test]
    fn long_text_is_cropped_around_the_match_on_word_boundaries() {
        let text = format!("{} needle {}", "word ".repeat(60), "tail ".repeat(60));
        let at = text.find("needle").unwrap();
        let w = crop(&text, &[[at, at + 6]], 50);
        assert!(w.text.chars().count() <= 50);
        assert!(w.cut_before && w.cut_after);
        let h = w.highlights[0];
        assert_eq!(&w.text[h[0]..h[1]], "needle");
        assert!(!w.text.starts_with(' ') && w.text.starts_with("word"));
    }

    #[test]
    fn multibyte_text_never_splits_a_character() {
        let text = "é".repeat(500);
        let w = crop(&text, &[[600, 602]], 45);
        assert!(w.text.chars().count() <= 45);
    }
}
