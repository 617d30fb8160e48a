//! Arbitrary user text through query parsing, search and highlighting on a small index.
#![no_main]
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use search::index::SearchIndex;
use search::search::{run, Request};

fn index() -> &'static SearchIndex {
    static INDEX: OnceLock<(tempfile::TempDir, SearchIndex)> = OnceLock::new();
    let (_, index) = INDEX.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temporary folder");
        let index = search::testing::seed_index(&dir.path().join("idx")).expect("seed index");
        (dir, index)
    });
    index
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (query, speaker) = text.split_once('\u{1}').unwrap_or((&text, ""));
    let request = Request {
        text: query.to_string(),
        limit: 5,
        speakers: vec![speaker.to_string()],
        ..Request::default()
    };
    let outcome = run(index(), &request).expect("user text never makes a query fail");
    for hit in outcome.hits {
        for [start, end] in hit.highlights {
            assert!(start < end && end <= hit.text.len());
        }
    }
});
