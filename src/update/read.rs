//! Reading one source file into articles with their speakers: the pipeline's first step, and
//! what `search parse` shows.
use anyhow::{Context, Result};

use crate::corpus::{self, Article, SourceFile};
use crate::speakers::{self, ParagraphSpeakers};

/// The articles of one file, and the warnings its reader raised.
pub fn read_file(file: &SourceFile) -> Result<corpus::Parsed> {
    let bytes = corpus::read_regular(&file.path)
        .with_context(|| format!("cannot read {}", file.display))?;
    Ok(corpus::parse_bytes(&file.display, file.format, &bytes))
}

/// Speakers and quotes for every paragraph of an article, in order.
///
/// Attribution is pure and tested against arbitrary input, but it is the most intricate code in
/// the tool: should it ever panic on some text, the article is still indexed, without speakers,
/// and the warning names it, rather than one article taking the whole run down.
pub fn attribute(article: &Article, warnings: &mut Vec<String>) -> Vec<ParagraphSpeakers> {
    let texts: Vec<&str> = article.paragraphs.iter().map(|p| p.text.as_str()).collect();
    match crate::crash::catch(|| speakers::attribute(&texts)) {
        Ok(speakers) => speakers,
        Err(panic) => {
            warnings.push(format!(
                "{}: speaker attribution failed ({panic}: a bug, please report it); indexed without speakers",
                article.path
            ));
            vec![ParagraphSpeakers::default(); texts.len()]
        }
    }
}
