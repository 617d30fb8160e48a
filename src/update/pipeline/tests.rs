use super::*;
use std::path::Path;

use crate::corpus::FileKey;
use crate::corpus::{Format, SourceFile};
use crate::index::SearchIndex;

/// A listed JSON Lines file, as the planner would hand it to a worker.
fn listed_job(dir: &Path) -> Job {
    let path = dir.join("a.jsonl");
    std::fs::write(&path, "{\"body\": \"The harbour reopened.\"}\n").unwrap();
    let stat = super::super::plan::stat(&path).unwrap();
    let key = FileKey::of(&path);
    Job {
        old: Some(FileEntry {
            key: key.clone(),
            display: "d/a.jsonl".into(),
            size: stat.size,
            mtime_ns: stat.mtime_ns,
            node: stat.node,
            hash: "0123456789abcdef".into(),
            articles: 1,
            paragraphs: 1,
        }),
        file: SourceFile {
            key,
            path,
            display: "d/a.jsonl".into(),
            format: Format::JsonLines,
        },
        size: stat.size,
    }
}

#[test]
fn a_file_that_fails_part_way_is_listed_so_that_the_next_run_reads_it_again() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path().canonicalize().unwrap();
    let index =
        SearchIndex::open_or_create(&dir.join("idx"), Some(crate::index::Kind::Full)).unwrap();
    let mut writer = index.writer(1).unwrap();
    let job = listed_job(&dir);
    let mut tally = Tally::default();
    let failed = || Prepared::Failed("d/a.jsonl: cannot read to the end: gone".into());

    // Before any of its articles were written, the file keeps its entry (and its paragraphs).
    let (entry, changed) = apply(&job, failed(), false, &mut writer, &mut tally).unwrap();
    assert_eq!((entry.as_ref(), changed), (job.old.as_ref(), false));

    // After some were, its old paragraphs are gone: the entry must not read as unchanged.
    let (entry, changed) = apply(&job, failed(), true, &mut writer, &mut tally).unwrap();
    assert!(changed);
    assert_eq!(tally.failures(), 2);
    let entry = entry.expect("still listed");
    let mut steps = Vec::new();
    let entries = std::iter::once(Ok(entry));
    plan(
        &[dir.join("a.jsonl")],
        &[],
        &[],
        &WalkOptions::default(),
        entries,
        &mut |step| {
            steps.push(match step {
                Step::Read(job) => format!("read, listed: {}", job.old.is_some()),
                Step::Known(Known::Keep(_, unchanged)) => format!("keep, unchanged: {unchanged}"),
                Step::Known(_) => "other".into(),
            });
            true
        },
    )
    .unwrap();
    assert_eq!(steps, ["read, listed: true"]);
}
