//! Every indexed paragraph (optionally within dates), for `search export`.
use anyhow::{Context, Result};
use tantivy::collector::DocSetCollector;

use super::{compile, Request};
use crate::index::{ParagraphReader, SearchIndex};
use crate::model::StoredParagraph;

/// Calls `each` for every paragraph matching the request's date filters, in index order, and
/// `warn` when a lean index's text cannot be read back (once for each reason).
pub fn each_paragraph(
    index: &SearchIndex,
    request: &Request,
    mut each: impl FnMut(StoredParagraph) -> Result<()>,
    mut warn: impl FnMut(String),
) -> Result<usize> {
    let searcher = index.searcher()?;
    let all = Request {
        text: String::new(),
        ..request.clone()
    };
    let query = compile(index, &all)?.combined();
    let mut addresses: Vec<_> = searcher
        .search(&query, &DocSetCollector)
        .context("listing paragraphs")?
        .into_iter()
        .collect();
    addresses.sort_unstable();
    let mut reader = ParagraphReader::new(&searcher, index.fields, request.base.clone());
    for address in &addresses {
        each(reader.read(*address)?)?;
        reader.warnings.drain(..).for_each(&mut warn);
    }
    Ok(addresses.len())
}
