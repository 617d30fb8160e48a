//! A query read as words, as people type and paste them: words, `"phrases"`, `-excluded`,
//! `+required`, `prefix*` and `fuzzy~1`. Anything else of tantivy's syntax (fields, groups,
//! `AND`/`OR`/`NOT`, ranges, boosts) is left to its parser. No tantivy here: text in, items out.
use std::fmt;

/// How one item matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// A word as typed: its stemmed forms match.
    Word,
    /// `shutt*`: any word that begins so.
    Prefix,
    /// `nasa~1`: any word within this many edits.
    Fuzzy(u8),
    /// `"reassurance force"`: the words in this order.
    Phrase,
}

/// Whether an item is wanted, required (`+`) or excluded (`-`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    Plain,
    Required,
    Excluded,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// The text without its marks (`shutt` of `shutt*`, `a b` of `"a b"`).
    pub text: String,
    pub kind: Kind,
    pub sign: Sign,
}

/// A mark used in a way that is not supported, said in one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsupported(pub String);

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Unsupported {}

/// The most edits `word~N` allows (tantivy's fuzzy queries go no further).
pub const MAX_EDITS: u8 = 2;

/// The items of `text` when it is words and the marks above only; `None` when it uses syntax
/// of tantivy's parser.
pub fn read(text: &str) -> Result<Option<Vec<Item>>, Unsupported> {
    if uses_parser_syntax(text) {
        return Ok(None);
    }
    // Parentheses without an operator group nothing (every word is wanted either way): an
    // aside in pasted text.
    let text = text.replace(['(', ')'], " ");
    let mut items = Vec::new();
    let mut rest = text.trim_start();
    while !rest.is_empty() {
        let (sign, after) = sign_of(rest);
        if let Some(quoted) = after.strip_prefix('"') {
            let Some(end) = quoted.find('"') else {
                // An unclosed quote: the rest is plain words.
                items.extend(plain(quoted));
                break;
            };
            let tail = &quoted[end + 1..];
            if tail.starts_with(['~', '*']) {
                return Ok(None); // slop and phrase prefix: the parser's
            }
            items.push(Item {
                text: quoted[..end].to_string(),
                kind: Kind::Phrase,
                sign,
            });
            rest = tail.trim_start();
            continue;
        }
        let end = after.find(char::is_whitespace).unwrap_or(after.len());
        let chunk = &after[..end];
        rest = after[end..].trim_start();
        if !chunk.chars().any(char::is_alphanumeric) {
            continue; // a dash between clauses, a lone `+`: punctuation
        }
        items.push(word(chunk, sign)?);
    }
    Ok(Some(items))
}

/// Every word of `text` as a plain word, without any syntax: what a query that the parser
/// could not read, or that found nothing, is run again as. Marks between words become spaces;
/// those inside a word (`Macron's`, `well-known`, `U.S.`) stay.
pub fn plain(text: &str) -> Vec<Item> {
    let chars: Vec<char> = text.chars().collect();
    let inside = |i: usize| {
        i > 0
            && chars[i - 1].is_alphanumeric()
            && chars.get(i + 1).is_some_and(|c| c.is_alphanumeric())
            && matches!(chars[i], '\'' | '’' | '-' | '.')
    };
    let spaced: String = (0..chars.len())
        .map(|i| {
            if chars[i].is_alphanumeric() || inside(i) {
                chars[i]
            } else {
                ' '
            }
        })
        .collect();
    spaced
        .split_whitespace()
        .map(|word| Item {
            text: word.to_string(),
            kind: Kind::Word,
            sign: Sign::Plain,
        })
        .collect()
}

/// Characters and operators that only tantivy's parser understands. Parentheses count only
/// with an operator or a sign before them (`-(a b)`); else they change nothing.
fn uses_parser_syntax(text: &str) -> bool {
    text.contains([':', '[', ']', '{', '}', '^', '\\'])
        || text.contains("-(")
        || text.contains("+(")
        || text.split_whitespace().any(|w| {
            matches!(
                w.trim_matches(['(', ')']),
                "AND" | "OR" | "NOT" | "IN" | "&&" | "||"
            )
        })
}

/// A leading `-` or `+` directly before a word or a quote.
fn sign_of(text: &str) -> (Sign, &str) {
    let marked = |rest: &str| rest.starts_with(|c: char| c.is_alphanumeric() || c == '"');
    match text.split_at_checked(1) {
        Some(("-", rest)) if marked(rest) => (Sign::Excluded, rest),
        Some(("+", rest)) if marked(rest) => (Sign::Required, rest),
        _ => (Sign::Plain, text),
    }
}

/// One word with its marks: `shutt*`, `nasa~1`, `Macron's` (an apostrophe is part of a word).
fn word(chunk: &str, sign: Sign) -> Result<Item, Unsupported> {
    let item = |text: &str, kind| Item {
        text: text.to_string(),
        kind,
        sign,
    };
    if let Some(stem) = chunk.strip_suffix('*') {
        if stem.contains('*') || !stem.ends_with(char::is_alphanumeric) {
            return Err(Unsupported(format!(
                "`{chunk}`: only a * after letters is supported, as in `shutt*`"
            )));
        }
        return Ok(item(stem, Kind::Prefix));
    }
    if chunk.contains('*') {
        return Err(Unsupported(format!(
            "`{chunk}`: a * is supported only at the end of a word, as in `shutt*`"
        )));
    }
    if let Some((stem, edits)) = chunk.rsplit_once('~') {
        if stem.ends_with(char::is_alphanumeric) && edits.chars().all(|c| c.is_ascii_digit()) {
            return match edits.parse::<u8>() {
                Ok(n @ 1..=MAX_EDITS) => Ok(item(stem, Kind::Fuzzy(n))),
                Err(_) if edits.is_empty() => Ok(item(stem, Kind::Fuzzy(1))),
                _ => Err(Unsupported(format!(
                    "`{chunk}`: a word may be 1 or {MAX_EDITS} edits away (`{stem}~1`, \
                     `{stem}~{MAX_EDITS}`), not {edits}"
                ))),
            };
        }
    }
    Ok(item(chunk, Kind::Word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(text: &str) -> Vec<(String, Kind, Sign)> {
        read(text)
            .expect("supported")
            .expect("words")
            .into_iter()
            .map(|i| (i.text, i.kind, i.sign))
            .collect()
    }

    fn one(text: &str, kind: Kind, sign: Sign) -> (String, Kind, Sign) {
        (text.to_string(), kind, sign)
    }

    #[test]
    fn words_phrases_and_marks_are_read() {
        assert_eq!(
            items("\"security guarantees\" -nato +troops shutt* nasa~2 Macron's"),
            vec![
                one("security guarantees", Kind::Phrase, Sign::Plain),
                one("nato", Kind::Word, Sign::Excluded),
                one("troops", Kind::Word, Sign::Required),
                one("shutt", Kind::Prefix, Sign::Plain),
                one("nasa", Kind::Fuzzy(2), Sign::Plain),
                one("Macron's", Kind::Word, Sign::Plain),
            ]
        );
    }

    #[test]
    fn pasted_punctuation_is_not_syntax() {
        assert_eq!(
            items("methods -- exact or approximate -- for it / them"),
            ["methods", "exact", "or", "approximate", "for", "it", "them"].map(|w| one(
                w,
                Kind::Word,
                Sign::Plain
            ))
        );
        assert_eq!(
            items("an \"unclosed quote"),
            ["an", "unclosed", "quote"].map(|w| one(w, Kind::Word, Sign::Plain))
        );
    }

    #[test]
    fn the_parser_syntax_is_left_to_the_parser() {
        assert_eq!(
            items("methods (exact or approximate) for"),
            ["methods", "exact", "or", "approximate", "for"].map(|w| one(
                w,
                Kind::Word,
                Sign::Plain
            ))
        );
        for text in [
            "troops OR soldiers",
            "speaker:macron",
            "(a OR b) c",
            "troops -(a b)",
            "a^2",
            "\"a b\"~2",
        ] {
            assert_eq!(read(text), Ok(None), "{text}");
        }
    }

    #[test]
    fn plain_words_keep_marks_inside_words_only() {
        let words: Vec<String> = plain("speaker:nobody (Macron's well-known) -- \"U.S.\" +a*")
            .into_iter()
            .map(|i| i.text)
            .collect();
        assert_eq!(
            words,
            ["speaker", "nobody", "Macron's", "well-known", "U.S", "a"]
        );
    }

    #[test]
    fn unsupported_marks_are_refused() {
        for text in ["*nasa", "na*sa", "nasa~3", "nasa~0"] {
            assert!(read(text).is_err(), "{text}");
        }
    }
}
