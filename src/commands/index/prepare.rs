//! The workers' side: reading, hashing, parsing and attributing one file.
use super::plan::{stat, Job};
use crate::commands::read::attribute;
use crate::corpus::{self, Article};
use crate::index::manifest::content_hash;
use crate::index::FileEntry;
use crate::speakers::ParagraphSpeakers;

/// Articles of a JSON Lines file sent on while the rest is still being read, so that a large
/// file is never held parsed whole (peak memory grew with the largest file: the 17.7 MB of
/// Reuters in one file peaked at 131 MB, against 112 MB as 22 files).
const BATCH_ARTICLES: usize = 256;

/// What a worker made of one job.
pub(super) enum Prepared {
    /// Same bytes as before (only the modification time moved).
    Same(FileEntry),
    Changed {
        entry: FileEntry,
        articles: Vec<Attributed>,
        warnings: Vec<String>,
    },
    Failed(String),
}

pub(super) type Attributed = (Article, Vec<ParagraphSpeakers>);

/// Reads, parses and attributes one file; a JSON Lines file's articles go to `part` in batches
/// (while it accepts them), the last of them in what this returns.
pub(super) fn prepare(job: &Job, part: &mut dyn FnMut(Vec<Attributed>) -> bool) -> Prepared {
    let (size, mtime_ns) = match stat(&job.file.path) {
        Ok(stat) => stat,
        Err(err) => return Prepared::Failed(format!("{}: {err}", job.file.display)),
    };
    let bytes = match std::fs::read(&job.file.path) {
        Ok(bytes) => bytes,
        Err(err) => return Prepared::Failed(format!("{}: cannot read: {err}", job.file.display)),
    };
    let hash = content_hash(&bytes);
    let mut entry = FileEntry {
        key: job.key.clone(),
        display: job.file.display.clone(),
        size,
        mtime_ns,
        hash,
        articles: 0,
        paragraphs: 0,
    };
    if let Some(old) = &job.old {
        if old.hash == entry.hash {
            entry.articles = old.articles;
            entry.paragraphs = old.paragraphs;
            return Prepared::Same(entry);
        }
    }
    let mut warnings = Vec::new();
    let mut accepted = true;
    let parsed = corpus::parse_bytes_in_batches(
        &job.file.display,
        job.file.format,
        &bytes,
        BATCH_ARTICLES,
        &mut |articles| {
            count(&mut entry, &articles);
            // A refused part means the run is ending (the writer stopped): nothing more to do.
            if accepted {
                accepted = part(attributed(articles, &mut warnings));
            }
        },
    );
    drop(bytes);
    count(&mut entry, &parsed.articles);
    let articles = attributed(parsed.articles, &mut warnings);
    let mut all_warnings = parsed.warnings;
    all_warnings.append(&mut warnings);
    Prepared::Changed {
        entry,
        articles,
        warnings: all_warnings,
    }
}

fn count(entry: &mut FileEntry, articles: &[Article]) {
    entry.articles = entry.articles.saturating_add(len32(articles.len()));
    for a in articles {
        entry.paragraphs = entry.paragraphs.saturating_add(len32(a.paragraphs.len()));
    }
}

fn attributed(articles: Vec<Article>, warnings: &mut Vec<String>) -> Vec<Attributed> {
    articles
        .into_iter()
        .map(|article| {
            let speakers = attribute(&article, warnings);
            (article, speakers)
        })
        .collect()
}

fn len32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
