//! Arbitrary bytes through every article reader.
#![no_main]
use libfuzzer_sys::fuzz_target;
use search::corpus::{parse_bytes, Format};

fuzz_target!(|data: &[u8]| {
    for format in [Format::Text, Format::Markdown, Format::Json, Format::JsonLines, Format::Html] {
        let _ = parse_bytes("fuzz/2024-01-01-input.txt", format, data);
    }
});
