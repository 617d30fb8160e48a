//! Passages: a paragraph longer than `PASSAGE_CAP` characters is split at sentence boundaries
//! into parts of about equal size, each of them at most the cap.
//!
//! Why a cap at all: one document per paragraph is what makes a hit readable, and a "paragraph"
//! of a whole speech (a file that puts one on a line, or a transcript) is neither readable nor
//! rankable: every query that touches it returns all of it, and BM25 scores it as one long text.
//! Why 2,000 characters: it is above 99.9% of the non-empty lines of the UN General Debate
//! speeches (one paragraph a line) and above 99% of the paragraphs of the news sets we read, so
//! ordinary paragraphs are never split, while a giant one becomes screen-sized passages of about
//! 300 words (README, "Passages").

use super::Paragraph;

/// The most characters one passage holds.
pub const PASSAGE_CAP: usize = 2_000;

/// Splits every paragraph longer than `PASSAGE_CAP` characters into numbered parts; shorter
/// ones are left whole (their `part` stays `None`).
pub fn split_long(paragraphs: &mut Vec<Paragraph>) {
    if paragraphs.iter().all(|p| !is_long(&p.text)) {
        return;
    }
    let whole = std::mem::take(paragraphs);
    for paragraph in whole {
        if !is_long(&paragraph.text) {
            paragraphs.push(paragraph);
            continue;
        }
        for (i, text) in split(&paragraph.text, PASSAGE_CAP).into_iter().enumerate() {
            paragraphs.push(Paragraph {
                number: paragraph.number,
                part: Some(u32::try_from(i + 1).unwrap_or(u32::MAX)),
                section: paragraph.section.clone(),
                text: text.to_owned(),
            });
        }
    }
}

fn is_long(text: &str) -> bool {
    // More bytes than the cap is needed for more characters: most paragraphs stop here.
    text.len() > PASSAGE_CAP && text.chars().count() > PASSAGE_CAP
}

/// `text` cut into pieces of at most `cap` characters, at sentence ends where it can be, of
/// about equal length; each piece trimmed. A sentence longer than `cap` is cut between words
/// (and a word longer than `cap` between characters).
pub fn split(text: &str, cap: usize) -> Vec<&str> {
    let cap = cap.max(1);
    let units: Vec<&str> = sentences(text)
        .flat_map(|sentence| cut_to_cap(sentence, cap))
        .collect();
    let total: usize = units.iter().map(|u| chars(u) + 1).sum();
    let parts = total.div_ceil(cap).max(1);
    let share = total.div_ceil(parts);
    let mut pieces = Vec::with_capacity(parts);
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut length = 0;
    // Characters up to the end of the current piece, and to the end of the unit just read.
    let mut done: usize = 0;
    for unit in units {
        let offset = offset_in(text, unit);
        let size = chars(unit);
        if let Some(from) = start {
            let joined = length + chars(&text[end..offset]) + size;
            // Cut before this unit when it would pass the cap, or when the text read so far
            // ends closer to the next equal share without it than with it.
            let goal = share * (pieces.len() + 1);
            if joined > cap || done.abs_diff(goal) <= (done + size + 1).abs_diff(goal) {
                pieces.push(&text[from..end]);
                start = None;
            } else {
                length = joined;
            }
        }
        if start.is_none() {
            start = Some(offset);
            length = size;
        }
        done += size + 1;
        end = offset + unit.len();
    }
    if let Some(from) = start {
        pieces.push(&text[from..end]);
    }
    pieces
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// Where the subslice `part` of `text` starts in it.
fn offset_in(text: &str, part: &str) -> usize {
    part.as_ptr() as usize - text.as_ptr() as usize
}

/// The sentences of `text`, trimmed, in order: each ends at a `.`, `!`, `?` or `…` (with any
/// closing quotes and brackets after it) that is followed by white space and then a capital
/// letter, a digit or an opening quote or bracket, unless the word it ends is an initial
/// (`J.`), a title (`Mr.`, `Dr.`) or holds a dot already (`U.S.`).
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text.trim();
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = sentence_end(rest).unwrap_or(rest.len());
        let (sentence, after) = rest.split_at(end);
        rest = after.trim_start();
        Some(sentence.trim_end())
    })
}

/// The byte offset just past the first sentence of `text` (its closing punctuation included),
/// if another sentence follows it.
fn sentence_end(text: &str) -> Option<usize> {
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, next)) = chars.peek() {
            if !closes(next) && !matches!(next, '.' | '!' | '?' | '…') {
                break;
            }
            end = j + next.len_utf8();
            chars.next();
        }
        let after = &text[end..];
        let next_word = after.trim_start();
        if after.len() == next_word.len() || !starts_sentence(next_word) {
            continue;
        }
        if c == '.' && !ends_sentence_word(&text[..i]) {
            continue;
        }
        return Some(end);
    }
    None
}

fn closes(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '」' | '』'
    )
}

fn starts_sentence(word: &str) -> bool {
    word.chars().next().is_some_and(|c| {
        c.is_uppercase()
            || c.is_ascii_digit()
            || matches!(
                c,
                '"' | '\'' | '“' | '‘' | '«' | '‹' | '(' | '[' | '¿' | '¡'
            )
            || (c.is_alphabetic() && !c.is_lowercase())
    })
}

/// Titles written before a name, whose dot ends no sentence.
const TITLES: [&str; 20] = [
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
    "rev", "hon", "messrs", "mme", "mlle", "no",
];

/// Whether a dot after `before`'s last word can end a sentence: not after an initial (`J.`), a
/// title (`Mr.`) or a word that holds a dot already (`U.S.`, `e.g.`).
fn ends_sentence_word(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘'))
        .next()
        .unwrap_or("");
    if word.contains('.') {
        return false;
    }
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 1 && word.chars().all(char::is_alphabetic) {
        return word.chars().all(char::is_lowercase);
    }
    let capitalised = word.chars().next().is_some_and(char::is_uppercase);
    !(capitalised && TITLES.iter().any(|t| word.eq_ignore_ascii_case(t)))
}

/// `sentence` itself when it fits in `cap` characters, else cut between words into pieces that
/// do (a word longer than `cap` is cut between characters).
fn cut_to_cap(sentence: &str, cap: usize) -> Vec<&str> {
    if sentence.len() <= cap || chars(sentence) <= cap {
        return vec![sentence];
    }
    let mut pieces = Vec::new();
    let mut rest = sentence;
    while chars(rest) > cap {
        // The character just past the cap: white space there still leaves `cap` before it.
        let limit = rest.char_indices().nth(cap).map_or(rest.len(), |(i, _)| i);
        let window = rest[limit..]
            .chars()
            .next()
            .map_or(limit, |c| limit + c.len_utf8());
        let cut = rest[..window]
            .rfind(char::is_whitespace)
            .filter(|&at| at > 0)
            .unwrap_or(limit);
        pieces.push(rest[..cut].trim_end());
        rest = rest[cut..].trim_start();
    }
    if !rest.is_empty() {
        pieces.push(rest);
    }
    pieces
}

#[cfg(test)]
mod tests;
