//! Arbitrary user text through query parsing, search and highlighting on a small index.
#![no_main]
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use search::corpus::{parse_bytes, Format};
use search::index::{NewParagraph, SearchIndex};
use search::search::{run, Request};

fn index() -> &'static SearchIndex {
    static INDEX: OnceLock<(tempfile::TempDir, SearchIndex)> = OnceLock::new();
    let (_, index) = INDEX.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temporary folder");
        let index = SearchIndex::open_or_create(&dir.path().join("idx")).expect("index");
        let seed = include_bytes!("../../corpus/2025-09-04-reassurance-force.txt");
        let parsed = parse_bytes("corpus/seed.txt", Format::Text, seed);
        let mut writer = index.writer().expect("writer");
        let speakers = vec!["Maria Zakharova".to_string()];
        for article in &parsed.articles {
            let paragraphs = article.paragraphs.iter().map(|p| NewParagraph {
                number: p.number,
                section: p.section.as_deref(),
                text: &p.text,
                speakers: &speakers,
            });
            writer.add(article, std::path::Path::new("/seed.txt"), paragraphs).expect("add");
        }
        writer.commit(0, &Default::default()).expect("commit");
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
