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
    /// The part of a paragraph split into passages; `None` for one kept whole.
    pub part: Option<u32>,
    pub section: Option<String>,
    pub text: String,
    pub speakers: Vec<String>,
}

/// Where a passage sits in its article, as shown after `¶`: `12` for a paragraph kept whole,
/// `12.2` for the second passage of one split into parts.
pub fn place(paragraph: u32, part: Option<u32>) -> String {
    match part {
        Some(part) => format!("{paragraph}.{part}"),
        None => paragraph.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_part_follows_its_paragraph_after_a_dot() {
        assert_eq!(super::place(12, None), "12");
        assert_eq!(super::place(12, Some(2)), "12.2");
    }
}
