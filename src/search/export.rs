//! Every indexed paragraph, then every quote (optionally within dates), for `search export`.
use anyhow::{Context, Result};
use tantivy::collector::DocSetCollector;
use tantivy::DocAddress;

use super::{compile, quotes, Docs, Request};
use crate::index::{read_quote, ParagraphReader, SearchIndex};
use crate::model::{StoredParagraph, StoredQuote};

/// Calls `each` for every paragraph matching the request's date filters, in index order, and
/// `warn` when a lean index's text cannot be read back (once for each reason).
pub fn each_paragraph(
    index: &SearchIndex,
    request: &Request,
    mut each: impl FnMut(StoredParagraph) -> Result<()>,
    mut warn: impl FnMut(String),
) -> Result<usize> {
    let searcher = index.searcher()?;
    let addresses = every(index, &searcher, request, Docs::Paragraphs)?;
    let mut reader = ParagraphReader::new(&searcher, index.fields, request.base.clone());
    for address in &addresses {
        each(reader.read(*address)?)?;
        reader.warnings.drain(..).for_each(&mut warn);
    }
    Ok(addresses.len())
}

/// Calls `each` for every quote matching the request's date filters, with its paragraph, in
/// index order; `warn` as for [`each_paragraph`].
pub fn each_quote(
    index: &SearchIndex,
    request: &Request,
    mut each: impl FnMut(StoredQuote, StoredParagraph) -> Result<()>,
    mut warn: impl FnMut(String),
) -> Result<usize> {
    let searcher = index.searcher()?;
    let addresses = every(index, &searcher, request, Docs::Quotes(None))?;
    let mut reader = ParagraphReader::new(&searcher, index.fields, request.base.clone());
    let mut written = 0;
    for address in &addresses {
        let quote = read_quote(&searcher, &index.fields, *address)?;
        let Some(at) = quotes::paragraph_of(&searcher, &index.fields, &quote)? else {
            continue;
        };
        let paragraph = reader.read(at)?;
        reader.warnings.drain(..).for_each(&mut warn);
        each(quote, paragraph)?;
        written += 1;
    }
    Ok(written)
}

/// The documents of a kind within the request's dates, in index order.
fn every(
    index: &SearchIndex,
    searcher: &tantivy::Searcher,
    request: &Request,
    docs: Docs,
) -> Result<Vec<DocAddress>> {
    let all = Request {
        text: String::new(),
        docs,
        ..request.clone()
    };
    let query = compile(index, &all)?.combined();
    let mut addresses: Vec<_> = searcher
        .search(&query, &DocSetCollector)
        .context("listing the index's documents")?
        .into_iter()
        .collect();
    addresses.sort_unstable();
    Ok(addresses)
}
