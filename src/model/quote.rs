//! One quote found by `search quotes`, the single type behind its terminal and JSON output.
use serde::Serialize;

use super::Match;
use crate::speakers::QuoteKind;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteHit {
    /// 1-based position in the ranking.
    pub rank: usize,
    pub score: f32,
    /// Who said it, full name; `None` when the quote is attributed to no one.
    pub speaker: Option<String>,
    /// `direct` (in quotation marks) or `reported` (a reporting verb's clause).
    pub kind: QuoteKind,
    /// The cue as written: `said`, `told`, `according to`, `:`.
    pub cue: Option<String>,
    /// The quote's words, without the quotation marks: `text[span[0]..span[1]]`.
    pub quote: String,
    /// `[start, end)` byte offsets of the quote in `text`.
    pub span: [usize; 2],
    /// `[start, end)` byte offsets into `quote` of the matched words.
    pub highlights: Vec<[usize; 2]>,
    /// Whether the quote holds all the words of the query or only some.
    #[serde(rename = "match")]
    pub matched: Match,
    /// The paragraph's fields, as `search query --json` gives them.
    pub path: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub paragraph: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<u32>,
    pub section: Option<String>,
    pub speakers: Vec<String>,
    /// The whole paragraph (or passage) the quote stands in.
    pub text: String,
}

/// A quote as the index stores it: where it stands in its paragraph, who said it and how.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredQuote {
    pub speaker: Option<String>,
    pub kind: QuoteKind,
    pub cue: Option<String>,
    pub start: usize,
    pub end: usize,
    /// Its paragraph: the article's address as the index keeps it, the paragraph's number and
    /// part.
    pub address: String,
    pub paragraph: u32,
    pub part: Option<u32>,
}
