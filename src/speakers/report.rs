//! What a reporting cue says before coreference: the cue (`Cue`) and who it names as speaking
//! (`Subject`, `Pron`). The recognisers (`cues`, `subjects`, `phrases`, `signatures`) build
//! these and the registry (`coref`) resolves them; this module needs only the name types.

use super::names::{NameInfo, Role};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pron {
    He,
    She,
    They,
    It,
}

/// Who a cue says is speaking, before coreference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    Name(NameInfo),
    Pronoun(Pron),
    /// A definite description of a person: "the French president", "the 26-year-old winger",
    /// with its wording, kept when the article introduced nobody with that role.
    RoleRef(Role, String),
    /// "the company": points back to a named organisation; the wording is the fallback.
    OrgRef(String, String),
    /// An unnamed source kept as worded: "a spokesperson", "police", "the city".
    Unnamed(String),
    /// A document speaking for its author ("her statement", "the lawsuit"), with its kind
    /// ("statement"): a document of a kind the article said someone issued is theirs.
    Doc(Option<Box<Subject>>, String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// Token index of the subject (orders speakers within the paragraph).
    pub at: usize,
    /// Token index of the cue word itself.
    pub verb: usize,
    pub cue: String,
    pub subj: Subject,
}
