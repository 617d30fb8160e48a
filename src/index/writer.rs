//! Writing paragraphs: one tantivy document per paragraph, whole folders replaced at once.
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use tantivy::schema::Facet;
use tantivy::{DateTime, TantivyDocument, Term};

use super::analyzers::name_keys;
use super::manifest::{self, Manifest};
use super::Fields;
use crate::corpus::Article;

pub struct IndexWriter {
    inner: tantivy::IndexWriter,
    fields: Fields,
    dir: PathBuf,
    /// Whether anything was deleted or added since the writer opened.
    changed: bool,
}

/// What the writer needs of one paragraph beyond its article.
pub struct NewParagraph<'a> {
    pub number: u32,
    pub section: Option<&'a str>,
    pub text: &'a str,
    pub speakers: &'a [String],
}

impl IndexWriter {
    pub(super) fn new(inner: tantivy::IndexWriter, fields: Fields, dir: PathBuf) -> IndexWriter {
        IndexWriter {
            inner,
            fields,
            dir,
            changed: false,
        }
    }

    /// Deletes everything; takes effect at the next commit.
    pub fn delete_all(&mut self) -> Result<()> {
        self.changed = true;
        self.inner
            .delete_all_documents()
            .context("emptying the index")?;
        Ok(())
    }

    /// Deletes every paragraph of every file at or below `path` (canonical, absolute).
    /// Takes effect at the next commit, so a crash before it loses nothing.
    pub fn delete_under(&mut self, path: &Path) {
        self.changed = true;
        let term = Term::from_facet(self.fields.file, &file_facet(path));
        self.inner.delete_term(term);
    }

    /// Adds the paragraphs of one article read from `file` (canonical, absolute).
    pub fn add<'a>(
        &mut self,
        article: &Article,
        file: &Path,
        paragraphs: impl IntoIterator<Item = NewParagraph<'a>>,
    ) -> Result<()> {
        self.changed = true;
        let f = self.fields;
        let facet = file_facet(file);
        for paragraph in paragraphs {
            let mut doc = TantivyDocument::default();
            doc.add_text(f.path, &article.path);
            doc.add_facet(f.file, facet.clone());
            doc.add_text(f.title, &article.title);
            if let Some(date) = &article.date {
                doc.add_date(
                    f.date,
                    DateTime::from_timestamp_secs(date.datetime.unix_timestamp()),
                );
                doc.add_text(f.date_label, date.label());
            }
            doc.add_u64(f.paragraph, u64::from(paragraph.number));
            if let Some(section) = paragraph.section {
                doc.add_text(f.section, section);
            }
            doc.add_text(f.text, paragraph.text);
            for name in paragraph.speakers {
                if let Some((key, surname)) = name_keys(name) {
                    doc.add_text(f.speaker, name);
                    doc.add_text(f.speaker_key, key);
                    doc.add_text(f.speaker_surname, surname);
                    doc.add_text(f.speaker_name, name);
                }
            }
            self.inner
                .add_document(doc)
                .context("adding a paragraph to the index")?;
        }
        Ok(())
    }

    /// Whether a commit would change the index's documents.
    pub fn has_changes(&self) -> bool {
        self.changed
    }

    /// Makes everything since the last commit visible, atomically, with the manifest that
    /// describes it (written first, as generation `previous + 1`), then waits for merges.
    pub fn commit(mut self, previous: u64, manifest: &Manifest) -> Result<()> {
        let generation = previous + 1;
        manifest::store(&self.dir, generation, manifest)?;
        let mut prepared = self
            .inner
            .prepare_commit()
            .context("preparing the index commit")?;
        prepared.set_payload(&manifest::payload_for(generation));
        prepared.commit().context("committing the index")?;
        manifest::prune(&self.dir, generation);
        self.inner
            .wait_merging_threads()
            .context("merging index segments")?;
        Ok(())
    }
}

/// `/home/a/corpus/x.txt` -> facet `/home/a/corpus/x.txt`; a facet term matches everything below it.
fn file_facet(path: &Path) -> Facet {
    let parts: Vec<String> = path
        .components()
        .filter_map(|c| match c {
            std::path::Component::Normal(part) => Some(part.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    Facet::from_path(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facet_of_a_folder_is_a_prefix_of_its_files() {
        let folder = file_facet(Path::new("/data/news"));
        let file = file_facet(Path::new("/data/news/a b/x.txt"));
        assert!(folder.is_prefix_of(&file));
        assert!(!file_facet(Path::new("/data/newsroom")).is_prefix_of(&file));
    }
}
