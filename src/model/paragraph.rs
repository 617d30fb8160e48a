//! A paragraph as the index holds it, read back whole (for `export` and context).

/// A paragraph as the index stores it.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredParagraph {
    pub path: String,
    pub title: String,
    pub date: Option<String>,
    pub paragraph: u32,
    pub section: Option<String>,
    pub text: String,
    pub speakers: Vec<String>,
}
