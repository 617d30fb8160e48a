//! Reading one source file into articles with their speakers: shared by `index` and `parse`.
use anyhow::{Context, Result};

use crate::corpus::{self, Article, SourceFile};
use crate::speakers::{self, ParagraphSpeakers};

/// The articles of one file, and the warnings its reader raised.
pub fn read_file(file: &SourceFile) -> Result<corpus::Parsed> {
    let bytes =
        std::fs::read(&file.path).with_context(|| format!("cannot read {}", file.display))?;
    Ok(corpus::parse_bytes(&file.display, file.format, &bytes))
}

/// Speakers and quotes for every paragraph of an article, in order.
pub fn attribute(article: &Article) -> Vec<ParagraphSpeakers> {
    let texts: Vec<&str> = article.paragraphs.iter().map(|p| p.text.as_str()).collect();
    speakers::attribute(&texts)
}
