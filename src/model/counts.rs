//! Counts over the paragraphs matching a query: per speaker, per month.
use serde::Serialize;

/// How many paragraphs quote one speaker, and over which days.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpeakerCount {
    /// The person's name: the most quoted of their full names in the index.
    pub speaker: String,
    pub paragraphs: u64,
    pub first: Option<String>,
    pub last: Option<String>,
    /// The names the person is quoted under among these paragraphs, as the articles give them
    /// (`Ada Lind`, `Lind`), most quoted first (issue 17).
    pub variants: Vec<Variant>,
}

/// One name of a speaker as articles give it, and the paragraphs quoting them under it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Variant {
    pub name: String,
    pub paragraphs: u64,
}

/// Paragraphs per calendar month (`YYYY-MM`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MonthCount {
    pub month: String,
    pub paragraphs: u64,
}

/// Counts among all paragraphs matching a query, not just the hits shown.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Facets {
    pub total: usize,
    pub speakers: Vec<SpeakerCount>,
    pub months: Vec<MonthCount>,
}
