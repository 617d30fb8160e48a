//! Test support shared by the property tests and the fuzz targets: a small real index.
use std::path::Path;
use std::sync::OnceLock;

use anyhow::Result;

use crate::corpus::{parse_bytes, Format};
use crate::index::manifest::{Header, ManifestWriter};
use crate::index::{NewParagraph, SearchIndex};

/// The seed article as the project ships it.
pub const SEED: &[u8] = include_bytes!("../corpus/2025-09-04-reassurance-force.txt");

/// One index of the seed article for the whole process, in a temporary folder kept until it
/// exits: what the property tests and the query fuzz target search.
pub fn shared_seed_index() -> &'static SearchIndex {
    static INDEX: OnceLock<(tempfile::TempDir, SearchIndex)> = OnceLock::new();
    let (_, index) = INDEX.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary folder for the seed index");
        let index = seed_index(&dir.path().join("idx")).expect("the seed index");
        (dir, index)
    });
    index
}

/// Indexes the seed article, with its attributed speakers, into a new index at `dir`.
pub fn seed_index(dir: &Path) -> Result<SearchIndex> {
    let index = SearchIndex::open_or_create(dir, Some(crate::index::Kind::Full))?;
    let parsed = parse_bytes("corpus/seed.txt", Format::Text, SEED);
    let mut writer = index.writer(1)?;
    for article in &parsed.articles {
        let texts: Vec<&str> = article.paragraphs.iter().map(|p| p.text.as_str()).collect();
        let speakers = crate::speakers::attribute(&texts);
        let paragraphs = article
            .paragraphs
            .iter()
            .zip(&speakers)
            .map(|(p, s)| NewParagraph::of(p, s));
        let key = crate::corpus::FileKey::of(&dir.join("seed.txt"));
        writer.add(article, &key, crate::corpus::Format::Text, paragraphs)?;
    }
    let manifest = ManifestWriter::create(dir, 1, &Header::complete())?;
    writer.commit(manifest)?;
    Ok(index)
}
