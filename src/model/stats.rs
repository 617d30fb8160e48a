//! What an index holds, for `search stats`.
use serde::Serialize;

/// The figures of one index. The JSON of `search stats --json`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    pub index: String,
    pub files: u64,
    pub articles: u64,
    pub paragraphs: u64,
    /// Paragraphs deleted or replaced whose space `search compact` would reclaim.
    pub deleted: u64,
    /// Quotes indexed beside the paragraphs (`search quotes`).
    pub quotes: u64,
    pub speakers: usize,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    pub segments: usize,
    pub size_bytes: u64,
    /// Made with `search index --lean`: no copy of the text, read back from the corpus.
    pub lean: bool,
    /// A lean index that keeps the text of HTML pages all the same.
    #[serde(skip)]
    pub keeps_html_text: bool,
}
