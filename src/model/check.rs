//! What `search check` found in an index.

/// What `search check` found.
#[derive(Debug, Default)]
pub struct Report {
    pub segments: usize,
    pub files: usize,
    pub paragraphs: u64,
    /// Files listed by the manifest, when it is usable.
    pub listed_files: Option<u64>,
    /// One line per problem; empty when the index is sound.
    pub problems: Vec<String>,
}
