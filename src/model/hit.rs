//! One search result, the single type behind both the terminal and the JSON output.
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    /// 1-based position in the ranking.
    pub rank: usize,
    pub score: f32,
    /// The article as shown: relative to the current directory when below it, else absolute;
    /// `#N` for an article of a JSON Lines file or a JSON array.
    pub path: String,
    /// The article's own title; `None` (JSON `null`) when it gives none.
    pub title: Option<String>,
    /// `YYYY-MM-DD`, or RFC 3339 when the article gave a time; `None` when it gave no date.
    pub date: Option<String>,
    /// 1-based paragraph number within the article.
    pub paragraph: u32,
    /// The passage of a paragraph too long to show whole (`¶12.2`); absent for a whole one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<u32>,
    pub section: Option<String>,
    pub speakers: Vec<String>,
    /// The whole paragraph.
    pub text: String,
    /// `[start, end)` byte offsets into `text` of the matched words, sorted, not overlapping.
    pub highlights: Vec<[usize; 2]>,
    /// Whether the paragraph holds all the words of the query or only some of them.
    #[serde(rename = "match")]
    pub matched: Match,
    /// Paragraphs of the same article just before the hit (with `--context`), in order.
    pub before: Vec<Neighbour>,
    /// Paragraphs just after the hit (with `--context`), in order.
    pub after: Vec<Neighbour>,
}

/// Which tier of the ranking a hit is in: every word of the query (function words aside), or
/// only some of them, ranked after all those with every word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Match {
    All,
    Some,
}

/// A paragraph shown as context around a hit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Neighbour {
    pub paragraph: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<u32>,
    pub text: String,
}
