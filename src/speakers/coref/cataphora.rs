//! A role that speaks before the person holding it is named: "the league commissioner said
//! ..." then "League commissioner Ada Lind said ...". News often names a source a paragraph
//! after first quoting them by role; the role is that person when exactly one person is
//! introduced with it soon after. So is an indefinite one in a wire story's opening ("...,
//! an analyst of world weather said." then "Grain analyst Ada Lind said ...").

use super::salience::PRONOUN_REACH;
use super::{not_naming, same_role, Doc, NameKind};
use crate::speakers::names::Role;
use crate::speakers::{phrases, words};

impl Doc {
    /// The person a role worded `wording`, which spoke before anyone held it, turned out to
    /// be: the one entity first named within `PRONOUN_REACH` sentences after it with the same
    /// role (modifiers agreeing as in `by_role`), and who speaks.
    pub(super) fn named_after(&self, wording: &str) -> Option<usize> {
        let (_, role, sent) = self.ahead.iter().find(|(w, _, _)| w == wording)?;
        let naming = role.mods.iter().any(|m| !not_naming(m));
        let mut found = None;
        // (entities are registered in the order the article first names them, so those named
        // after `sent` start here and end within the reach)
        let from = self.ents.partition_point(|e| e.first_sent <= *sent);
        for (i, e) in self.ents.iter().enumerate().skip(from) {
            if e.first_sent > sent + PRONOUN_REACH {
                break;
            }
            let soon = e.first_sent > *sent;
            // Only someone who speaks in turn: "the late Sen. Lind" named in passing is not
            // "the senator" quoted before.
            if !soon || !e.spoke || e.kind == NameKind::Org {
                continue;
            }
            let holds = e.roles.iter().any(|er| {
                let hits = role.mods.iter().filter(|m| er.mods.contains(m)).count();
                same_role(er, role) && (hits > 0 || !naming || er.mods.is_empty())
            });
            if holds {
                if found.is_some() {
                    return None;
                }
                found = Some(i);
            }
        }
        found
    }
}

/// The role of one person described with "a" or "an" ("a grain analyst on a trade panel":
/// an analyst, of grain), whom the article may name soon after; None for a group ("a group of
/// analysts") or anything but a person's noun.
pub(super) fn indefinite_role(phrase: &str) -> Option<Role> {
    let lower = phrase.to_lowercase();
    let mut ws = lower.split(' ');
    if !matches!(ws.next(), Some("a" | "an")) {
        return None;
    }
    let before_post: Vec<&str> = ws
        .take_while(|w| !phrases::is_preposition(w) && !matches!(*w, "who" | "familiar" | "close"))
        .collect();
    let (head, mods) = before_post.split_last()?;
    let person = words::is_role_noun(head) || words::is_title(head) || words::is_agent_noun(head);
    let plural = head.ends_with('s') || head.ends_with("men");
    (person && !plural).then(|| Role {
        head: (*head).to_string(),
        mods: mods.iter().map(|m| (*m).to_string()).collect(),
    })
}
