//! Arbitrary user text through query parsing, search and highlighting on a small index.
#![no_main]

use libfuzzer_sys::fuzz_target;
use search::index::SearchIndex;
use search::search::bounds::TooComplex;
use search::search::{run, Request};

fn index() -> &'static SearchIndex {
    search::testing::shared_seed_index()
}

fuzz_target!(|data: &[u8]| {
    // `0xFF N PIECE` is PIECE repeated 40 N times: deep nesting and long repetitions (issue 15)
    // are reached without the fuzzer having to grow an input thousands of bytes long.
    let text = match data {
        [0xFF, times, piece @ ..] => String::from_utf8_lossy(piece).repeat(usize::from(*times) * 40),
        _ => String::from_utf8_lossy(data).into_owned(),
    };
    let (query, speaker) = text.split_once('\u{1}').unwrap_or((&text, ""));
    let request = Request {
        text: query.to_string(),
        limit: 5,
        speakers: vec![speaker.to_string()],
        ..Request::default()
    };
    let index = index();
    let searcher = index.searcher().expect("a searcher of the seed index");
    // The one error user text may cause: a query refused as too long or too deep to parse.
    let outcome = match run(index, &searcher, &request) {
        Ok(outcome) => outcome,
        Err(err) if err.downcast_ref::<TooComplex>().is_some() => return,
        Err(err) => panic!("user text made a query fail: {err:#}"),
    };
    for hit in outcome.hits {
        for [start, end] in hit.highlights {
            assert!(start < end && end <= hit.text.len());
        }
    }
});
