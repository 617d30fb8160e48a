//! How large and how deeply nested a query may be: checked before tantivy's parser, which
//! recurses once per level and overflows the stack on a few thousand (issue 15).
use std::fmt;

/// The most characters a query may have: far beyond what anyone types, far below what makes
/// parsing or scoring slow.
pub const MAX_QUERY_CHARS: usize = 10_000;

/// The most nesting openers a query may have: `(` (also `field:(`) and the word `NOT`, each of
/// which makes tantivy's parser recurse. They are counted wherever they are, nested or not, so
/// that no quoting can hide a level: a bound on the count is a bound on the depth.
pub const MAX_QUERY_OPENERS: usize = 100;

/// A query refused before parsing; `search` says why and exits with 2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TooComplex {
    Long { chars: usize },
    Deep { openers: usize },
}

impl fmt::Display for TooComplex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TooComplex::Long { chars } => write!(
                f,
                "the query is {chars} characters long; at most {MAX_QUERY_CHARS} are allowed"
            ),
            TooComplex::Deep { openers } => write!(
                f,
                "the query has {openers} groups and NOTs (`(`, `field:(`, `NOT`); at most \
                 {MAX_QUERY_OPENERS} are allowed"
            ),
        }
    }
}

impl std::error::Error for TooComplex {}

/// Refuses a query too long or too deeply nested to parse safely.
pub fn check(text: &str) -> Result<(), TooComplex> {
    let openers = openers(text);
    if openers > MAX_QUERY_OPENERS {
        return Err(TooComplex::Deep { openers });
    }
    // Bytes first: most queries are far shorter, and then their characters need no counting.
    if text.len() > MAX_QUERY_CHARS {
        let chars = text.chars().count();
        if chars > MAX_QUERY_CHARS {
            return Err(TooComplex::Long { chars });
        }
    }
    Ok(())
}

/// Every `(` and every `NOT` followed by white space (tantivy's unary NOT), escaped or quoted
/// or not: an upper bound on how deep the parser can recurse. `-` and `+` take one operand
/// without recursing (`--a` is `-` on the word `-a`), so they are not counted.
fn openers(text: &str) -> usize {
    let parens = text.bytes().filter(|&b| b == b'(').count();
    let nots = text
        .match_indices("NOT")
        .filter(|(at, _)| {
            text[at + 3..]
                .chars()
                .next()
                .is_some_and(char::is_whitespace)
        })
        .count();
    parens + nots
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_queries_pass() {
        for query in [
            "",
            "reassurance force",
            "\"security guarantees\" -nato",
            "title:(troops OR soldiers) NOT speaker:macron",
            "((a OR b) AND (c OR d)) NOTHING",
        ] {
            assert_eq!(check(query), Ok(()), "{query}");
        }
    }

    /// Issue 15: these overflowed the stack (exit 134) or took hundreds of MB.
    #[test]
    fn deep_nesting_is_refused_however_it_is_spelt() {
        for query in [
            "(".repeat(3_000),
            "title:(".repeat(3_000),
            "NOT ".repeat(6_000),
            "NOT\t(".repeat(60),
            format!("\"{}\" {}", ")".repeat(50), "(".repeat(101)),
        ] {
            assert!(
                matches!(check(&query), Err(TooComplex::Deep { .. })),
                "{}",
                &query[..20]
            );
        }
        assert_eq!(check(&"(".repeat(MAX_QUERY_OPENERS)), Ok(()));
    }

    #[test]
    fn long_queries_are_refused_by_characters_not_bytes() {
        assert!(matches!(
            check(&"a ".repeat(MAX_QUERY_CHARS)),
            Err(TooComplex::Long { chars }) if chars == 2 * MAX_QUERY_CHARS
        ));
        assert_eq!(check(&"é".repeat(MAX_QUERY_CHARS)), Ok(()));
    }
}
