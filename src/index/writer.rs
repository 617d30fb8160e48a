//! Writing paragraphs: one tantivy document per paragraph, whole folders replaced at once.
use std::collections::HashMap;
use std::ops::Bound;
use std::path::PathBuf;

use anyhow::{Context, Result};
use tantivy::query::RangeQuery;
use tantivy::{TantivyDocument, Term};

use super::analyzers::{name_key, NameKey};
use super::dates::DateValues;
use super::failure;
use super::manifest::{self, ManifestWriter};
use super::schema::{quote_kind_value, KIND_PARAGRAPH, KIND_QUOTE};
use super::Fields;
use crate::corpus::{Article, ArticleAddress, FileKey, Format, Paragraph};
use crate::speakers::{ParagraphSpeakers, Quote};

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
    pub part: Option<u32>,
    pub section: Option<&'a str>,
    pub text: &'a str,
    pub speakers: &'a [String],
    /// Each is indexed as a document of its own beside the paragraph.
    pub quotes: &'a [Quote],
}

impl<'a> NewParagraph<'a> {
    /// A paragraph as read, with the speakers and quotes found in it.
    pub fn of(paragraph: &'a Paragraph, found: &'a ParagraphSpeakers) -> NewParagraph<'a> {
        NewParagraph {
            number: paragraph.number,
            part: paragraph.part,
            section: paragraph.section.as_deref(),
            text: &paragraph.text,
            speakers: &found.speakers,
            quotes: &found.quotes,
        }
    }
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

    /// Deletes every paragraph of the file `key`.
    /// Takes effect at the next commit, so a crash before it loses nothing.
    pub fn delete_file(&mut self, key: &FileKey) {
        self.changed = true;
        self.inner
            .delete_term(Term::from_field_text(self.fields.file, &key.text()));
    }

    /// Deletes every paragraph of every file at or below `key`: the file itself and the range
    /// of keys that start with `key/`.
    pub fn delete_under(&mut self, key: &FileKey) -> Result<()> {
        self.delete_file(key);
        let (first, past) = key.folder_range();
        let below = RangeQuery::new(
            Bound::Included(Term::from_field_text(self.fields.file, &first)),
            Bound::Excluded(Term::from_field_text(self.fields.file, &past)),
        );
        self.inner
            .delete_query(Box::new(below))
            .context("deleting a folder's paragraphs")?;
        Ok(())
    }

    /// Adds the paragraphs of one article read from the file `file`, of format `format` (as the
    /// walk found it: not guessed again from the key).
    pub fn add<'a>(
        &mut self,
        article: &Article,
        file: &FileKey,
        format: Format,
        paragraphs: impl IntoIterator<Item = NewParagraph<'a>>,
    ) -> Result<()> {
        self.changed = true;
        let f = self.fields;
        let key = file.text();
        // Unique in the index, and the same from whichever folder the run was made.
        let address = ArticleAddress {
            file: file.clone(),
            number: article.number,
        }
        .text();
        // A lean index keeps the text of HTML pages all the same (`LeanFields::kept_text`).
        let kept_text = f
            .lean
            .and_then(|lean| lean.kept_text)
            .filter(|_| format == Format::Html);
        let date = article.date.as_ref().map(DateValues::of);
        let mut keys = SpeakerKeys::default();
        for paragraph in paragraphs {
            let mut doc = TantivyDocument::default();
            doc.add_text(f.kind, KIND_PARAGRAPH);
            doc.add_text(f.path, &address);
            doc.add_text(f.file, &key);
            if let Some(title) = &article.title {
                doc.add_text(f.title, title);
            }
            if let Some(date) = &date {
                date.add(&mut doc, &f);
            }
            doc.add_u64(f.paragraph, u64::from(paragraph.number));
            if let Some(part) = paragraph.part {
                doc.add_u64(f.part, u64::from(part));
            }
            if let Some(section) = paragraph.section {
                doc.add_text(f.section, section);
            }
            doc.add_text(f.text, paragraph.text);
            if let Some(lean) = f.lean {
                if article.offset > 0 {
                    doc.add_u64(lean.offset, article.offset);
                }
                doc.add_u64(lean.check, super::schema::text_check(paragraph.text));
            }
            if let Some(kept_text) = kept_text {
                doc.add_text(kept_text, paragraph.text);
            }
            for name in paragraph.speakers {
                // A name without a word to key it by is left out.
                if let Some((name, name_keys)) = keys.of(name) {
                    add_speaker(&mut doc, &f, name, name_keys);
                    doc.add_text(f.speaker, name);
                }
            }
            self.add_document(doc)?;
            for quote in paragraph.quotes {
                let speaker = quote.speaker.as_deref().and_then(|name| keys.of(name));
                let place = QuotePlace {
                    file: &key,
                    address: &address,
                    date: date.as_ref(),
                    paragraph: &paragraph,
                };
                let doc = quote_document(&f, &place, quote, speaker);
                self.add_document(doc)?;
            }
        }
        Ok(())
    }

    fn add_document(&mut self, doc: TantivyDocument) -> Result<()> {
        match self.inner.add_document(doc) {
            Ok(_) => Ok(()),
            Err(err) => Err(self.worker_failure(err)),
        }
    }

    /// Why adding failed. An indexing thread that failed (a full disk) leaves only "an index
    /// writer was killed" to the caller; its own error comes back when the threads are joined.
    fn worker_failure(&mut self, err: tantivy::TantivyError) -> anyhow::Error {
        let cause = match err {
            tantivy::TantivyError::ErrorInThread(_) => self.inner.prepare_commit().err(),
            other => Some(other),
        };
        match cause {
            Some(cause) => failure::writing(cause, &self.dir, "adding paragraphs to the index"),
            None => anyhow::anyhow!("adding paragraphs to the index: an indexing thread stopped"),
        }
    }

    /// Whether a commit would change the index's documents.
    pub fn has_changes(&self) -> bool {
        self.changed
    }

    /// Makes everything since the last commit visible, atomically, with the manifest that
    /// describes it (made durable first), then waits for merges.
    pub fn commit(mut self, manifest: ManifestWriter) -> Result<()> {
        let generation = manifest.generation;
        manifest.finish()?;
        let dir = self.dir.clone();
        let mut prepared = self
            .inner
            .prepare_commit()
            .map_err(|e| failure::writing(e, &dir, "preparing the index commit"))?;
        prepared.set_payload(&manifest::payload_for(generation));
        prepared
            .commit()
            .map_err(|e| failure::writing(e, &dir, "committing the index"))?;
        manifest::prune(&self.dir, generation);
        self.inner
            .wait_merging_threads()
            .map_err(|e| failure::writing(e, &dir, "merging index segments"))?;
        Ok(())
    }
}

/// The keys of each speaker name met in one article, worked out once: `name_key` runs the name
/// analyzer (6,400 instructions a name on the benchmark corpus, callgrind), and an article
/// names its speakers again and again.
#[derive(Default)]
struct SpeakerKeys<'a>(HashMap<&'a str, Option<NameKey>>);

impl<'a> SpeakerKeys<'a> {
    fn of(&mut self, name: &'a str) -> Option<(&'a str, &NameKey)> {
        let keys = self.0.entry(name).or_insert_with(|| name_key(name));
        keys.as_ref().map(|keys| (name, keys))
    }
}

/// The exact-match keys of a speaker (`--speaker` filters, counts per speaker), the same on a
/// paragraph and on a quote.
fn add_speaker(doc: &mut TantivyDocument, f: &Fields, name: &str, keys: &NameKey) {
    doc.add_text(f.speaker_key, &keys.key);
    doc.add_text(f.speaker_surname, &keys.surname);
    doc.add_text(f.speaker_name, name);
}

/// Where a quote stands: its paragraph's file, article address, date and paragraph.
struct QuotePlace<'p, 'a> {
    file: &'p str,
    address: &'p str,
    date: Option<&'p DateValues>,
    paragraph: &'p NewParagraph<'a>,
}

/// One quote of a paragraph, as a document of its own: its words (not stored: its paragraph has
/// them), where it stands in the paragraph, its speaker (with its keys), kind and cue, and the
/// article's file and date.
fn quote_document(
    f: &Fields,
    place: &QuotePlace,
    quote: &Quote,
    speaker: Option<(&str, &NameKey)>,
) -> TantivyDocument {
    let q = f.quote;
    let mut doc = TantivyDocument::default();
    doc.add_text(f.kind, KIND_QUOTE);
    doc.add_text(f.file, place.file);
    doc.add_text(q.path, place.address);
    doc.add_u64(q.paragraph, u64::from(place.paragraph.number));
    if let Some(part) = place.paragraph.part {
        doc.add_u64(q.part, u64::from(part));
    }
    if let Some(date) = place.date {
        date.add_period(&mut doc, f);
    }
    doc.add_text(q.text, &quote.text);
    doc.add_text(q.kind, quote_kind_value(quote.kind));
    if let Some(cue) = &quote.cue {
        doc.add_text(q.cue, cue);
    }
    if let Some((name, keys)) = speaker {
        add_speaker(&mut doc, f, name, keys);
        doc.add_text(q.speaker, name);
    }
    doc.add_u64(q.start, quote.start as u64);
    doc.add_u64(q.end, quote.end as u64);
    doc
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn a_folders_range_holds_its_files_and_not_its_neighbours() {
        let (first, past) = FileKey::of(Path::new("/data/news")).folder_range();
        let inside = |p: &str| first.as_str() <= p && p < past.as_str();
        assert!(inside("/data/news/a b/x.txt"));
        assert!(inside("/data/news/z.json"));
        assert!(!inside("/data/newsroom/x.txt"));
        assert!(!inside("/data/news-2/x.txt"));
        assert!(!inside("/data/news"));
        assert!(!inside("/data/new"));
    }
}
