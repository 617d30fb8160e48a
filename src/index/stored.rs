//! Reading a stored paragraph back into a plain type.
use tantivy::schema::Value;
use tantivy::TantivyDocument;

use super::Fields;

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

impl StoredParagraph {
    pub fn from_doc(doc: &TantivyDocument, f: &Fields) -> StoredParagraph {
        let text = |field| {
            doc.get_first(field)
                .and_then(|v| v.as_str())
                .map(str::to_string)
        };
        StoredParagraph {
            path: text(f.path).unwrap_or_default(),
            title: text(f.title).unwrap_or_default(),
            date: text(f.date_label),
            paragraph: doc
                .get_first(f.paragraph)
                .and_then(|v| v.as_u64())
                .and_then(|n| u32::try_from(n).ok())
                .unwrap_or(0),
            section: text(f.section),
            text: text(f.text).unwrap_or_default(),
            speakers: doc
                .get_all(f.speaker)
                .filter_map(|v| v.as_str())
                .map(str::to_string)
                .collect(),
        }
    }
}
