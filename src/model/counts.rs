//! Counts over the paragraphs matching a query: per speaker, per month.
use serde::Serialize;

/// How many paragraphs quote one speaker, and over which days.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpeakerCount {
    pub speaker: String,
    pub paragraphs: u64,
    pub first: Option<String>,
    pub last: Option<String>,
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
