//! The workers' side: reading, hashing, parsing and attributing one file.
use super::plan::{stat, Job};
use super::read::attribute;
use std::io::BufReader;

use crate::corpus::{self, Article};
use crate::corpus::{content_hash, Hashing};
use crate::index::FileEntry;
use crate::speakers::ParagraphSpeakers;

/// Articles of a JSON Lines file or a JSON array sent on while the rest is still being read, so
/// that a large file is never held whole (peak memory grew with the largest file: the 17.7 MB of
/// Reuters in one file peaked at 131 MB, against 112 MB as 22 files).
const BATCH_ARTICLES: usize = 256;

/// What a worker made of one job.
pub(super) enum Prepared {
    /// Same bytes as before (only the modification time, change time or inode moved).
    Same(FileEntry),
    Changed {
        entry: FileEntry,
        articles: Vec<Attributed>,
        warnings: Vec<String>,
    },
    Failed(String),
}

pub(super) type Attributed = (Article, Vec<ParagraphSpeakers>);

/// Reads, parses and attributes one file; a JSON Lines file's or JSON array's articles go to
/// `part` in batches (while it accepts them), the last of them in what this returns.
pub(super) fn prepare(job: &Job, part: &mut dyn FnMut(Vec<Attributed>) -> bool) -> Prepared {
    let stat = match stat(&job.file.path) {
        Ok(stat) => stat,
        Err(err) => return Prepared::Failed(format!("{}: {err}", job.file.display)),
    };
    let mut counts = Counts::default();
    let mut warnings = Vec::new();
    let mut accepted = true;
    let mut each = |articles: Vec<Article>| {
        counts.add(&articles);
        // A refused part means the run is ending (the writer stopped): nothing more to do.
        if accepted {
            accepted = part(attributed(articles, &mut warnings));
        }
    };
    let content = if corpus::streamed(job.file.format) {
        read_stream(job, &mut each)
    } else {
        read_whole(job, &mut each)
    };
    let mut entry = job.entry(stat);
    let (hash, parsed) = match content {
        Err(message) => return Prepared::Failed(format!("{}: {message}", job.file.display)),
        Ok(Content::Listed(hash)) => {
            let old = job.old.as_ref();
            entry.hash = hash;
            entry.articles = old.map_or(0, |old| old.articles);
            entry.paragraphs = old.map_or(0, |old| old.paragraphs);
            return Prepared::Same(entry);
        }
        Ok(Content::Parsed(hash, parsed)) => (hash, parsed),
    };
    counts.add(&parsed.articles);
    entry.hash = hash;
    entry.articles = counts.articles;
    entry.paragraphs = counts.paragraphs;
    let articles = attributed(parsed.articles, &mut warnings);
    let mut all_warnings = parsed.warnings;
    all_warnings.append(&mut warnings);
    Prepared::Changed {
        entry,
        articles,
        warnings: all_warnings,
    }
}

/// A file's content hash, and what it parsed to unless its bytes are those listed before.
enum Content {
    Listed(String),
    Parsed(String, corpus::Parsed),
}

/// Any format but JSON and JSON Lines: an article or a few, read whole.
fn read_whole(job: &Job, each: &mut dyn FnMut(Vec<Article>)) -> Result<Content, String> {
    let bytes =
        corpus::read_regular(&job.file.path).map_err(|err| format!("cannot read: {err}"))?;
    let hash = content_hash(&bytes);
    if job.old.as_ref().is_some_and(|old| old.hash == hash) {
        return Ok(Content::Listed(hash));
    }
    let parsed = corpus::parse_bytes_in_batches(
        &job.file.display,
        job.file.format,
        &bytes,
        BATCH_ARTICLES,
        each,
    );
    Ok(Content::Parsed(hash, parsed))
}

/// JSON Lines and JSON, streamed: a line or an array's element, and a batch of articles, in
/// memory whatever the file's size (a file read whole was held twice, as bytes and as text). A
/// listed file is hashed first, so that one whose bytes did not change is not parsed.
fn read_stream(job: &Job, each: &mut dyn FnMut(Vec<Article>)) -> Result<Content, String> {
    let open = || {
        corpus::open_regular(&job.file.path)
            .map(Hashing::new)
            .map_err(|err| format!("cannot read: {err}"))
    };
    if let Some(old) = &job.old {
        let mut file = open()?;
        std::io::copy(&mut file, &mut std::io::sink())
            .map_err(|err| format!("cannot read: {err}"))?;
        let hash = file.hash();
        if old.hash == hash {
            return Ok(Content::Listed(hash));
        }
    }
    let mut reader = BufReader::with_capacity(1 << 16, open()?);
    let display = &job.file.display;
    let parsed = corpus::parse_reader(display, job.file.format, &mut reader, BATCH_ARTICLES, each)
        .and_then(|parsed| {
            // The rest of a file skipped as binary still counts in its hash.
            std::io::copy(&mut reader, &mut std::io::sink())?;
            Ok(parsed)
        })
        .map_err(|err| format!("cannot read to the end: {err}"))?;
    let hash = reader.get_ref().hash();
    Ok(Content::Parsed(hash, parsed))
}

#[derive(Default)]
struct Counts {
    articles: u32,
    paragraphs: u32,
}

impl Counts {
    fn add(&mut self, articles: &[Article]) {
        self.articles = self.articles.saturating_add(len32(articles.len()));
        for a in articles {
            self.paragraphs = self.paragraphs.saturating_add(len32(a.paragraphs.len()));
        }
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
