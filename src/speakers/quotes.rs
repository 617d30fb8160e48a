//! Quote-mark spans in one paragraph: which marks open and close speech, and which are apostrophes.

/// A quoted stretch; `start..end` is the inner text (without the marks).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    /// Byte offset of the opening mark.
    pub open_mark: usize,
    /// Byte offset just past the closing mark (or the paragraph end when unclosed).
    pub close_end: usize,
    /// No closing mark before the paragraph ended: the quote runs on into the next paragraph.
    pub unclosed: bool,
    /// No opening mark: the paragraph starts inside a quote carried over from the previous one.
    pub continued: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// A straight double quote: its role depends on whether a quote is open.
    Either,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Weight {
    Double,
    Single,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    at: usize,
    len: usize,
    role: Role,
    weight: Weight,
    /// „ is closed by “ in German typography.
    low: bool,
}

fn is_word(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric())
}

fn is_space(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace())
}

/// Opening context: start, space or opening punctuation before the mark.
fn opens_after(c: Option<char>) -> bool {
    is_space(c)
        || matches!(
            c,
            Some('(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '“' | '"' | '‘')
        )
}

/// True when the character pair around an apostrophe-like mark makes it part of a word
/// (don't, Russia’s, O'Brien): such a mark never opens or closes a quote.
pub fn is_apostrophe(prev: Option<char>, next: Option<char>) -> bool {
    is_word(prev) && is_word(next)
}

/// The length in bytes of a double quotation mark written as two single marks at `i` ('',
/// ‘‘ or ’’), if one is there.
pub fn doubled_mark_len(text: &str, i: usize) -> Option<usize> {
    let rest = text.get(i..)?;
    ["''", "‘‘", "’’"]
        .iter()
        .find(|m| rest.starts_with(*m))
        .map(|m| m.len())
}

/// Bytes that can start a quote mark.
static MARK_LEAD: [bool; 256] = {
    let mut t = [false; 256];
    t[b'"' as usize] = true;
    t[b'\'' as usize] = true;
    t[0xC2] = true;
    t[0xE2] = true;
    t
};

fn classify(text: &str) -> Vec<Mark> {
    let mut marks = Vec::with_capacity(8);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Every mark is ASCII or starts with 0xC2 (« ») or 0xE2 (“ ” „ ‘ ’): skip the rest fast.
        match bytes[i..].iter().position(|&b| MARK_LEAD[b as usize]) {
            Some(p) => i += p,
            None => break,
        }
        let Some(c) = text.get(i..).and_then(|s| s.chars().next()) else {
            i += 1;
            continue;
        };
        let len = c.len_utf8();
        if !matches!(c, '“' | '”' | '„' | '«' | '»' | '"' | '‘' | '’' | '\'') {
            i += len;
            continue;
        }
        // Two apostrophes ('') are a double quote mark, as some newswire copy writes it; so
        // are two curly single marks (‘‘ ... ’’) as typesetting turns them.
        let (c, len) = match (c, doubled_mark_len(text, i)) {
            ('\'', Some(n)) => ('"', n),
            ('‘', Some(n)) => ('“', n),
            ('’', Some(n)) => ('”', n),
            _ => (c, len),
        };
        let prev = text.get(..i).and_then(|s| s.chars().next_back());
        let next = text.get(i + len..).and_then(|s| s.chars().next());
        let mk = |role, weight, low| Mark {
            at: i,
            len,
            role,
            weight,
            low,
        };
        match c {
            '“' => marks.push(mk(Role::Open, Weight::Double, false)),
            '”' => marks.push(mk(Role::Close, Weight::Double, false)),
            '„' => marks.push(mk(Role::Open, Weight::Double, true)),
            '«' => marks.push(mk(Role::Open, Weight::Double, false)),
            '»' => marks.push(mk(Role::Close, Weight::Double, false)),
            '"' => {
                let role = if opens_after(prev) && !is_space(next) {
                    Role::Open
                } else if !is_space(prev) && !is_word(next) {
                    Role::Close
                } else {
                    Role::Either
                };
                marks.push(mk(role, Weight::Double, false));
            }
            _ if !is_apostrophe(prev, next) => {
                if opens_after(prev) && is_word(next) {
                    // (’ also opens in some typesetting)
                    marks.push(mk(Role::Open, Weight::Single, false));
                } else if !is_space(prev) && !is_word(next) && c != '‘' {
                    marks.push(mk(Role::Close, Weight::Single, false));
                }
            }
            _ => {}
        }
        i += len;
    }
    marks
}

/// Finds the quoted spans of a paragraph, tolerating mismatched and missing marks.
pub fn find(text: &str) -> Vec<Span> {
    let mut spans = marked(text);
    spans.retain(|s| !is_nickname(text, s));
    spans
}

/// `John "Bud" Frazier`: one or two capitalised words in quotation marks between a first name
/// and a surname are a nickname, part of the name, not a quotation.
pub fn is_nickname(text: &str, s: &Span) -> bool {
    if s.unclosed || s.continued {
        return false;
    }
    let inner = text.get(s.start..s.end).unwrap_or("");
    let words: Vec<&str> = inner.split(' ').collect();
    let named = |w: &str| {
        w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '.')
    };
    if words.is_empty() || words.len() > 2 || !words.iter().all(|w| named(w)) {
        return false;
    }
    let before = text.get(..s.open_mark).unwrap_or("");
    let after = text.get(s.close_end..).unwrap_or("");
    let first = before
        .strip_suffix(' ')
        .and_then(|b| b.rsplit(' ').next())
        .is_some_and(named);
    let last = after
        .strip_prefix(' ')
        .is_some_and(|a| a.starts_with(char::is_uppercase));
    first && last
}

/// The spans of all quotation marks, nicknames included.
fn marked(text: &str) -> Vec<Span> {
    let marks = classify(text);
    let mut spans = Vec::with_capacity(4);
    let mut open: Option<Mark> = None;
    let push = |spans: &mut Vec<Span>, o: Mark, close_at: usize, close_end: usize, unclosed| {
        let start = o.at + o.len;
        if close_at >= start {
            spans.push(Span {
                start,
                end: close_at,
                open_mark: o.at,
                close_end,
                unclosed,
                continued: false,
            });
        }
    };
    for (mi, m) in marks.iter().copied().enumerate() {
        match open {
            None => {
                if matches!(m.role, Role::Open | Role::Either) {
                    open = Some(m);
                } else if mi == 0 && m.weight == Weight::Double && m.at > 0 {
                    spans.push(Span {
                        start: 0,
                        end: m.at,
                        open_mark: 0,
                        close_end: m.at + m.len,
                        unclosed: false,
                        continued: true,
                    });
                }
            }
            Some(o) => {
                let closes = match (o.weight, m.weight) {
                    (Weight::Double, Weight::Double) => {
                        matches!(m.role, Role::Close | Role::Either) || (o.low && m.at > o.at)
                    }
                    // Nested single quotes inside double ones are left alone.
                    (Weight::Double, Weight::Single) => false,
                    (Weight::Single, Weight::Single) => m.role == Role::Close,
                    // A double closer ends a single-opened quote: mixed marks are common in copy.
                    (Weight::Single, Weight::Double) => m.role != Role::Open,
                };
                if closes {
                    push(&mut spans, o, m.at, m.at + m.len, false);
                    open = None;
                } else if m.role == Role::Open
                    && (m.weight == o.weight || m.weight == Weight::Double)
                {
                    // A fresh opener while one is open: the first lost its closer.
                    push(&mut spans, o, m.at, m.at, true);
                    open = Some(m);
                }
            }
        }
    }
    if let Some(o) = open {
        push(&mut spans, o, text.len(), text.len(), true);
    }
    spans
}

/// Whether the inner text reads like speech rather than a scare quote or a title.
pub fn is_speech(inner: &str) -> bool {
    let mut words = 0usize;
    let mut capitalised = 0usize;
    for w in inner.split_whitespace() {
        if w.chars().any(|c| c.is_alphanumeric()) {
            words += 1;
            if w.chars().next().is_some_and(|c| c.is_uppercase()) {
                capitalised += 1;
            }
        }
        // Long enough and not all Title Case: speech, no need to read on.
        if words >= 8 && capitalised < words {
            return true;
        }
    }
    let trimmed = inner.trim_end();
    let ends_like_speech = trimmed.ends_with(['.', ',', '?', '!', '…']);
    if words >= 4 && capitalised == words && !ends_like_speech {
        return false; // Title Case: a book, film or slogan
    }
    // "Meet the Voters," : a title in Title Case, its small words aside, keeps the comma of
    // the sentence around it; a sentence would end with a stop.
    let stops = trimmed.ends_with(['.', '?', '!', '…']);
    if (2..=6).contains(&words) && !stops && title_case(inner) {
        return false;
    }
    words >= 5 || (words >= 2 && ends_like_speech)
}

/// Every word capitalised but the small words a title leaves in lower case ("Meet the Voters").
fn title_case(inner: &str) -> bool {
    let mut words = inner
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric));
    let first_cap = words
        .next()
        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
    first_cap
        && words.all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
                || matches!(
                    w.trim_end_matches([',', ';', ':']),
                    "a" | "an"
                        | "the"
                        | "of"
                        | "and"
                        | "or"
                        | "in"
                        | "on"
                        | "at"
                        | "to"
                        | "for"
                        | "with"
                        | "by"
                        | "from"
                        | "de"
                        | "la"
                        | "le"
                )
        })
}

/// `an “unreasonable exercise of her discretion”`: quoted words after an article, in lower
/// case and without a stop, are a noun phrase the writer borrows, not a sentence said.
pub fn is_borrowed_phrase(para: &str, s: &Span) -> bool {
    let inner = para.get(s.start..s.end).unwrap_or("").trim_end();
    let lower = inner.chars().next().is_some_and(char::is_lowercase);
    let stops = inner.ends_with(['.', '?', '!', '…']);
    let before = para.get(..s.open_mark).unwrap_or("");
    let article = before
        .split_whitespace()
        .next_back()
        .is_some_and(|w| matches!(w, "a" | "an" | "the"));
    lower && !stops && article
}

/// `He decided that she "was the one."`: quoted words that go on the writer's own sentence
/// in lower case are a fragment, which only a cue makes a quote.
pub fn is_fragment(para: &str, s: &Span) -> bool {
    !s.continued
        && para
            .get(s.start..s.end)
            .unwrap_or("")
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
}

/// `signs reading “Build pipelines,” “Stop the tax” and “No more tolls,”`: a quote that
/// stands next to another with only commas and "and" or "or" between is an item of a list
/// of quoted things, not speech.
pub fn in_a_list(para: &str, spans: &[Span], i: usize) -> bool {
    let joins = |from: usize, to: usize| {
        para.get(from..to).is_some_and(|t| {
            t.split(|c: char| c.is_whitespace() || c == ',')
                .all(|w| matches!(w, "" | "and" | "or"))
        })
    };
    // Sentences in a row ("“We won.” “They lost.”") are speech, not a list.
    let item = |s: &Span| {
        !s.unclosed
            && !para
                .get(s.start..s.end)
                .unwrap_or("")
                .trim_end()
                .ends_with(['.', '?', '!', '…'])
    };
    let Some(s) = spans.get(i).filter(|s| item(s)) else {
        return false;
    };
    let prev = i
        .checked_sub(1)
        .and_then(|p| spans.get(p))
        .is_some_and(|p| item(p) && joins(p.close_end, s.open_mark));
    let next = spans
        .get(i + 1)
        .is_some_and(|n| item(n) && joins(s.close_end, n.open_mark));
    prev || next
}

/// Fewer words than this, with no cue and no speaker, is a quoted phrase: a slogan, a sign,
/// a name for something, not a quote.
const PHRASE_WORDS: usize = 5;

/// Whether the span is a short quoted phrase rather than a sentence someone said.
pub fn is_phrase(para: &str, s: &Span) -> bool {
    let inner = para.get(s.start..s.end).unwrap_or("");
    inner
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(PHRASE_WORDS)
        .count()
        < PHRASE_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(text: &str) -> Vec<&str> {
        find(text).iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn curly_and_straight_doubles() {
        assert_eq!(inner("“We won,” she said."), vec!["We won,"]);
        assert_eq!(inner("\"We won,\" she said."), vec!["We won,"]);
        assert_eq!(
            inner("He said \"yes\" and \"no\" twice."),
            vec!["yes", "no"]
        );
    }

    #[test]
    fn guillemets_and_low_nine() {
        assert_eq!(
            inner("Il a dit «\u{a0}bonjour\u{a0}»."),
            vec!["\u{a0}bonjour\u{a0}"]
        );
        assert_eq!(inner("Er sagte „Guten Tag“ laut."), vec!["Guten Tag"]);
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert_eq!(
            inner("Don't touch Norland’s plan, Okafor said."),
            Vec::<&str>::new()
        );
        assert_eq!(
            inner("‘It isn’t over,’ the coach said."),
            vec!["It isn’t over,"]
        );
        assert_eq!(
            inner("The players' union said 'we are ready to talk.'"),
            vec!["we are ready to talk."]
        );
    }

    #[test]
    fn unclosed_runs_to_end() {
        let t = "“This is the first part of a long statement.";
        let s = find(t);
        assert_eq!(s.len(), 1);
        assert!(s[0].unclosed);
        assert_eq!(s[0].end, t.len());
    }

    #[test]
    fn closer_without_opener_continues_a_quote() {
        let t = "and that is all we know,\" said the chief.";
        let s = find(t);
        assert_eq!(s.len(), 1);
        assert!(s[0].continued);
        assert_eq!(&t[s[0].start..s[0].end], "and that is all we know,");
    }

    #[test]
    fn mixed_single_open_double_close() {
        assert_eq!(
            inner("She said 'we will not talk about it,” the envoy told reporters."),
            vec!["we will not talk about it,"]
        );
    }

    #[test]
    fn scare_quotes_and_titles_are_not_speech() {
        assert!(!is_speech("reassurance force"));
        assert!(!is_speech("Gone With The Wind Again"));
        assert!(is_speech("We are not going anywhere,"));
        assert!(is_speech("a lot stronger than we thought possible"));
    }

    #[test]
    fn survives_odd_input() {
        for t in ["", "\"", "'", "“”", "’’’", "„", "« »", "a\"b\"c", "é’"] {
            let _ = find(t);
        }
    }
}
