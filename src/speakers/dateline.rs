//! A dateline opening a paragraph ("EASTPORT, N.C. — ", "EASTPORT (Reuters) - "): where the
//! news was filed, never a speaker.

/// Byte offset where the paragraph's text starts after its dateline, 0 when it has none. A
/// dateline is a place in capitals (at least three capital letters), then words that start with
/// a capital or a digit, commas, periods and parentheses (a state, a date, the agency), then a
/// dash.
pub fn end(text: &str) -> usize {
    let lead = text.len() - text.trim_start().len();
    let rest = &text[lead..];
    let caps_end = rest
        .find(|c: char| !(c.is_uppercase() || matches!(c, ' ' | '-' | '.' | '\'' | '’')))
        .unwrap_or(rest.len());
    let place = &rest[..caps_end];
    if place.chars().filter(|c| c.is_uppercase()).count() < 3 {
        return 0;
    }
    // The place must end at a word's end: "EASTPORT, ", "EASTPORT (", "EASTPORT —".
    let place = place.trim_end_matches([' ', '-']);
    let mut at = lead + place.len();
    let mut words = 0;
    for word in text[at..].split_inclusive(' ') {
        let w = word.trim();
        if let Some(dash) = dash_end(w) {
            return at + dash + (word.len() - word.trim_start().len());
        }
        let first = w.trim_start_matches(['(', ',']).chars().next();
        let fits = w.is_empty()
            || w == ","
            || first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        words += 1;
        if !fits || words > 8 {
            return 0;
        }
        at += word.len();
    }
    0
}

/// A word that is a dash ("—", "–", "-", "--"), and how long it is.
fn dash_end(w: &str) -> Option<usize> {
    matches!(w, "—" | "–" | "-" | "--").then_some(w.len())
}

#[cfg(test)]
mod tests {
    use super::end;

    #[test]
    fn datelines_end_at_their_dash() {
        for (t, body) in [
            ("EASTPORT, N.C. — The mayor said no.", "The mayor said no."),
            ("EASTPORT (Wire) - The firm said no.", "The firm said no."),
            (
                "NEW EASTPORT, Norland, March 4 (Wire) -- It said no.",
                "It said no.",
            ),
            ("EASTPORT — Ada Lind said no.", "Ada Lind said no."),
        ] {
            assert_eq!(text_after(t), body, "{t}");
        }
    }

    fn text_after(t: &str) -> &str {
        t[end(t)..].trim_start()
    }

    #[test]
    fn other_openings_are_no_dateline() {
        for t in [
            "A bank teller said no.",
            "NASA said no — again.",
            "EASTPORT is a port, and the mayor — Ada Lind — said no.",
            "The EU said no.",
            "UN",
            "",
        ] {
            assert_eq!(end(t), 0, "{t}");
        }
    }
}
