use super::super::attribute;
use super::super::QuoteKind;

/// The reported quotes of a one-paragraph article: (text, speaker).
fn reported(text: &str) -> Vec<(String, Option<String>)> {
    attribute(&[text])
        .remove(0)
        .quotes
        .into_iter()
        .filter(|q| q.kind == QuoteKind::Reported)
        .map(|q| (q.text, q.speaker))
        .collect()
}

#[test]
fn placeholder() {
    let _ = reported("Ada Lind said the bridge will open in May.");
}
