//! Documents and who issued them: "GM said in its annual report", "a House panel released a
//! report", "the union's statement". A later "the report said" speaks for that issuer.

use super::wording::Shape;
use super::{Doc, Speaker, Subject};

/// Most issued documents remembered per article (keeps lookups short).
const KEPT: usize = 16;

impl Doc {
    /// The document of kind `kind` ("report") was issued by `by`.
    pub fn note_issuer(&mut self, kind: &str, by: Speaker) {
        self.issuers.retain(|(k, _)| k != kind);
        if self.issuers.len() == KEPT {
            self.issuers.remove(0);
        }
        self.issuers.push((kind.to_string(), by));
    }

    /// Who issued the document called `kind` ("the report said"): the issuer of the latest
    /// document of that kind; failing one, the one issuer of every document of its family
    /// the article has given one (a report is also "the white paper", a lawsuit "the legal
    /// document"; a statement is not a report).
    pub(super) fn issuer_of(&self, kind: &str) -> Option<Speaker> {
        if let Some((_, by)) = self.issuers.iter().rev().find(|(k, _)| k == kind) {
            return Some(by.clone());
        }
        let mut kin = self
            .issuers
            .iter()
            .filter(|(k, _)| kind == "document" || family(k) != 0 && family(k) == family(kind));
        let (_, first) = kin.next()?;
        kin.all(|(_, by)| by == first).then(|| first.clone())
    }

    /// Who `s` stands for, read without making them a speaker: a name, an organisation named
    /// by its kind, a role (as worded if nobody holds it) or an unnamed source as worded.
    pub fn identify(&mut self, s: &Subject, (sent, para): (u64, usize)) -> Option<Speaker> {
        match s {
            Subject::Name(n) => {
                let ent = self.find(&n.name, n.kind, &Shape::of(&n.name));
                ent.map(Speaker::Ent)
            }
            // an organisation named by its kind is only known once found
            Subject::OrgRef(head, _) => {
                self.org_of_kind(head, (sent, para), true).map(Speaker::Ent)
            }
            Subject::RoleRef(r, wording) => Some(
                self.by_role(r)
                    .map_or_else(|| Speaker::Phrase(wording.clone()), Speaker::Ent),
            ),
            Subject::Unnamed(w) => Some(Speaker::Phrase(self.fullest_phrase(w))),
            Subject::Doc(Some(owner), _) => self.identify(owner, (sent, para)),
            Subject::Pronoun(_) | Subject::Doc(None, _) => None,
        }
    }
}

/// Kinds of document that one text may be called by in turn: a statement and its release,
/// an email, a post, a study, court papers. Other kinds only by their own word (a memo is
/// not the statement).
fn family(kind: &str) -> u8 {
    match kind {
        "statement" | "release" => 1,
        "email" | "e-mail" => 2,
        "tweet" | "post" => 3,
        "report" | "study" | "paper" | "document" | "documents" => 4,
        "lawsuit" | "suit" | "complaint" | "claim" | "filing" | "indictment" => 5,
        _ => 0,
    }
}
