//! A role that speaks before the person holding it is named: "the league commissioner said
//! ..." then "League commissioner Ada Lind said ...". News often names a source a paragraph
//! after first quoting them by role; the role is that person when exactly one person is
//! introduced with it soon after.

use super::salience::PRONOUN_REACH;
use super::{not_naming, same_role, Doc, NameKind};

impl Doc {
    /// The person a role worded `wording`, which spoke before anyone held it, turned out to
    /// be: the one entity first named within `PRONOUN_REACH` sentences after it with the same
    /// role (modifiers agreeing as in `by_role`), and who speaks.
    pub(super) fn named_after(&self, wording: &str) -> Option<usize> {
        let (_, role, sent) = self.ahead.iter().find(|(w, _, _)| w == wording)?;
        let naming = role.mods.iter().any(|m| !not_naming(m));
        let mut found = None;
        for (i, e) in self.ents.iter().enumerate() {
            let soon = e.first_sent > *sent && e.first_sent <= sent + PRONOUN_REACH;
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
