//! Arbitrary paragraphs through speaker attribution.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let paragraphs: Vec<&str> = text.split("\n\n").collect();
    let attributed = search::speakers::attribute(&paragraphs);
    assert_eq!(attributed.len(), paragraphs.len());
    for (p, a) in paragraphs.iter().zip(&attributed) {
        for q in &a.quotes {
            assert!(q.start <= q.end && q.end <= p.len());
            assert!(p.is_char_boundary(q.start) && p.is_char_boundary(q.end));
        }
    }
});
