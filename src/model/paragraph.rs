//! A paragraph as the index holds it, read back whole (for `export` and context).

/// A paragraph as the index stores it.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredParagraph {
    /// The article as shown (`corpus::shown`): relative to the current directory when below it.
    pub path: String,
    /// The article's address as the index keeps it (`corpus::ArticleAddress`): unique and
    /// the same from any directory.
    pub address: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub paragraph: u32,
    pub section: Option<String>,
    pub text: String,
    pub speakers: Vec<String>,
}
