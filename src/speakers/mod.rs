//! STUB (replaced by the real attribution): speakers per paragraph.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Quote {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub speaker: Option<String>,
    pub cue: Option<String>,
}
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct ParagraphSpeakers {
    pub speakers: Vec<String>,
    pub quotes: Vec<Quote>,
}
pub fn attribute(paragraphs: &[&str]) -> Vec<ParagraphSpeakers> {
    paragraphs
        .iter()
        .map(|p| ParagraphSpeakers {
            speakers: if p.contains("Zakharova") {
                vec!["Maria Zakharova".into()]
            } else {
                vec![]
            },
            quotes: vec![],
        })
        .collect()
}
