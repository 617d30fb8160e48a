//! Every indexed paragraph (optionally within dates), for `search export`.
use anyhow::{Context, Result};
use tantivy::collector::DocSetCollector;
use tantivy::TantivyDocument;

use super::{compile, Request};
use crate::index::{SearchIndex, StoredParagraph};

/// Calls `each` for every paragraph matching the request's date filters, in index order.
pub fn each_paragraph(
    index: &SearchIndex,
    request: &Request,
    mut each: impl FnMut(StoredParagraph) -> Result<()>,
) -> Result<usize> {
    let searcher = index.searcher()?;
    let all = Request {
        text: String::new(),
        ..request.clone()
    };
    let query = compile(index, &all).combined();
    let mut addresses: Vec<_> = searcher
        .search(&query, &DocSetCollector)
        .context("listing paragraphs")?
        .into_iter()
        .collect();
    addresses.sort_unstable();
    for address in &addresses {
        let doc: TantivyDocument = searcher
            .doc(*address)
            .context("reading a stored paragraph")?;
        each(StoredParagraph::from_doc(&doc, &index.fields))?;
    }
    Ok(addresses.len())
}
