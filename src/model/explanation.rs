//! Why a filtered search found nothing although its query matches: what each filter left.

/// What the query matched before any filter, and what each filter kept of it. Made only when
/// the filters together kept nothing and the query alone matched something.
#[derive(Debug, Clone, PartialEq)]
pub struct Explanation {
    pub scope: Scope,
    /// Paragraphs the query matches without filters.
    pub matches: u64,
    /// Set when the search had `--speaker`.
    pub speakers: Option<SpeakerFilter>,
    /// Set when the search had `--since` or `--until`.
    pub dates: Option<DateFilter>,
}

/// What "the query matches" means for the counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The query as given.
    Query,
    /// The query's words taken as alternatives: its fallback when no paragraph has them all.
    SomeWords,
    /// No query text: every indexed paragraph.
    Index,
}

/// What the speaker filter alone kept of the matches.
#[derive(Debug, Clone, PartialEq)]
pub struct SpeakerFilter {
    /// Matching paragraphs quoting any of the speakers asked for.
    pub kept: u64,
    /// Each speaker asked for.
    pub asked: Vec<AskedSpeaker>,
}

/// One `--speaker` name and how the index knows it.
#[derive(Debug, Clone, PartialEq)]
pub struct AskedSpeaker {
    /// The name as given.
    pub name: String,
    /// Paragraphs quoting this speaker in the whole index.
    pub paragraphs: u64,
    /// When `paragraphs` and the filter's `kept` are 0: the indexed speakers with the nearest
    /// names, nearest first.
    pub closest: Vec<String>,
}

/// What the date filter alone kept of the matches.
#[derive(Debug, Clone, PartialEq)]
pub struct DateFilter {
    /// The first and last day asked for (`YYYY-MM-DD`), as given.
    pub since: Option<String>,
    pub until: Option<String>,
    /// Matching paragraphs within the dates.
    pub kept: u64,
    /// When `kept` is 0: matching paragraphs with no date at all.
    pub undated: u64,
    /// When `kept` is 0: the first and last day of the dated matching paragraphs.
    pub span: Option<(String, String)>,
}
