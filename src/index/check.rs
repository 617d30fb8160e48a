//! Whether the index's files are what was written: every file its last commit names is there
//! and opens (checked by every `search index` before it writes), and for `search check` also
//! matches its checksum, with every stored paragraph decoded and the manifest read whole.
use std::collections::HashSet;
use std::path::PathBuf;

use anyhow::Result;
use tantivy::directory::Directory;
use tantivy::index::SegmentComponent;
use tantivy::index::SegmentId;
use tantivy::{SegmentMeta, SegmentReader, TantivyDocument};

use super::{failure, SearchIndex};
use crate::model::Report;

impl SearchIndex {
    /// The cheap check: every file of the last commit is there, and every segment opens with
    /// its postings, positions and stored paragraphs. A run of `search index` on a damaged
    /// index would otherwise report every file "unchanged" and leave the damage in place.
    pub fn verify_present(&self) -> Result<()> {
        let mut problems = Vec::new();
        self.each_segment(&mut problems, |_, _| {});
        match problems.first() {
            None => Ok(()),
            Some(first) => Err(failure::damaged(&self.path, first)),
        }
    }

    /// Everything `verify_present` checks, and every file's checksum, every stored paragraph
    /// decoded, the manifest read whole.
    pub fn check(&self) -> Report {
        let mut report = Report::default();
        let mut problems = Vec::new();
        // Checksums first: decoding a store whose bytes are known to be wrong could ask for any
        // amount of memory (a flipped length), and the damage is already found.
        let damaged = self.checksums(&mut problems);
        let files = self.each_segment(&mut problems, |reader, problems| {
            if !damaged.contains(&reader.segment_id()) {
                decode_store(reader, problems);
            }
        });
        report.files = files.len();
        match self.manifest() {
            Ok((_, Ok(manifest))) => report.listed_files = Some(manifest.files),
            Ok((_, Err(unusable))) => problems.push(unusable.to_string()),
            Err(err) => problems.push(format!("{err:#}")),
        }
        if let Ok(searcher) = self.searcher() {
            report.segments = searcher.segment_readers().len();
            report.paragraphs = paragraphs(&searcher, &self.fields);
        }
        problems.dedup();
        report.problems = problems;
        report
    }

    /// Checks the checksum of every file of the last commit that is there (`each_segment` says
    /// which are missing); returns the segments with a file that fails it.
    fn checksums(&self, problems: &mut Vec<String>) -> HashSet<SegmentId> {
        let mut damaged = HashSet::new();
        let Ok(metas) = self.index.searchable_segment_metas() else {
            return damaged;
        };
        let directory = self.index.directory();
        for meta in metas {
            for file in segment_files(&meta) {
                if !directory.exists(&file).unwrap_or(false) {
                    continue;
                }
                let problem = match directory.validate_checksum(&file) {
                    Ok(true) => continue,
                    Ok(false) => format!(
                        "{}: its checksum does not match its content",
                        file.display()
                    ),
                    Err(err) => format!("{}: {err}", file.display()),
                };
                problems.push(problem);
                damaged.insert(meta.id());
            }
        }
        damaged
    }

    /// Opens every segment of the last commit, checking its files are there first, and hands
    /// each opened segment to `more`; returns the files the commit names.
    fn each_segment(
        &self,
        problems: &mut Vec<String>,
        mut more: impl FnMut(&SegmentReader, &mut Vec<String>),
    ) -> Vec<PathBuf> {
        let metas = match self.index.searchable_segment_metas() {
            Ok(metas) => metas,
            Err(err) => {
                problems.push(failure::short(&err));
                return Vec::new();
            }
        };
        let mut all = Vec::new();
        for meta in metas {
            let files = segment_files(&meta);
            let missing: Vec<String> = files
                .iter()
                .filter(|f| !self.index.directory().exists(f).unwrap_or(false))
                .map(|f| format!("{} is missing", f.display()))
                .collect();
            all.extend(files);
            if !missing.is_empty() {
                problems.extend(missing);
                continue;
            }
            let segment = self.index.segment(meta);
            let opened = guarded(|| {
                let reader = SegmentReader::open(&segment)?;
                reader.inverted_index(self.fields.text)?;
                reader.get_store_reader(0)?;
                Ok(reader)
            });
            match opened {
                Ok(reader) => more(&reader, problems),
                Err(problem) => problems.push(problem),
            }
        }
        all
    }
}

/// How many paragraph documents the searcher sees (the quotes beside them are not counted).
fn paragraphs(searcher: &tantivy::Searcher, fields: &super::Fields) -> u64 {
    let query = tantivy::query::TermQuery::new(
        tantivy::Term::from_field_text(fields.kind, super::schema::KIND_PARAGRAPH),
        tantivy::schema::IndexRecordOption::Basic,
    );
    searcher
        .search(&query, &tantivy::collector::Count)
        .map_or(0, |n| n as u64)
}

/// The files a committed segment is made of.
fn segment_files(meta: &SegmentMeta) -> Vec<PathBuf> {
    let mut components = vec![
        SegmentComponent::Postings,
        SegmentComponent::Positions,
        SegmentComponent::Terms,
        SegmentComponent::Store,
        SegmentComponent::FastFields,
        SegmentComponent::FieldNorms,
    ];
    if meta.delete_opstamp().is_some() {
        components.push(SegmentComponent::Delete);
    }
    components
        .into_iter()
        .map(|component| meta.relative_path(component))
        .collect()
}

/// Decodes every stored paragraph of a segment.
fn decode_store(reader: &SegmentReader, problems: &mut Vec<String>) {
    let decoded = guarded(|| {
        let store = reader.get_store_reader(1)?;
        for doc in store.iter::<TantivyDocument>(reader.alive_bitset()) {
            doc?;
        }
        Ok(())
    });
    if let Err(problem) = decoded {
        problems.push(format!(
            "segment {}: {problem}",
            reader.segment_id().short_uuid_string()
        ));
    }
}

/// Runs a read of tantivy's that may fail or panic on damaged bytes; either is one line.
fn guarded<T>(read: impl FnOnce() -> tantivy::Result<T>) -> Result<T, String> {
    match crate::crash::catch(read) {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(err)) => Err(failure::short(&err)),
        Err(panic) => Err(format!("tantivy failed decoding it: {panic}")),
    }
}
