//! Which earlier person a he/she points back to: salience over the recent mentions, after
//! Lappin and Leass. Each mention weighs by its grammatical place (a speaker over a clause
//! subject over any other mention, a possessor or a name in a prepositional phrase least) and
//! halves with each sentence back; an entity is as salient as its most salient mention (a
//! sum over mentions, as Lappin and Leass have it, lets a long-quoted speaker outweigh the
//! person the last sentence is about). Gender filters the candidates; the most salient wins.

use super::{Doc, Mention, NameKind};

/// Where a pronoun subject stands in its own sentence, which decides whether the names
/// before it in that sentence may be its antecedent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// Only someone who already spoke in the sentence ("Dunn and others hid, he said" is
    /// someone else talking only if Dunn did not speak).
    Plain,
    /// "Dahl called Berg, and he said": the first conjunct is open to the pronoun.
    Conjunct,
    /// "Berg hid under a desk, he said": the words before are what the pronoun reports, so a
    /// name among them is not the pronoun (the pronoun c-commands it).
    Reported,
    /// "Berg bought the mill, which he said was cheap": a relative clause's pronoun is open
    /// to its own sentence, and "it" or "they" there is the sentence's subject.
    Relative,
}

/// How far back (in sentences) pronouns and role nouns look for an antecedent.
pub(super) const PRONOUN_REACH: u64 = 12;

const RECENT: f32 = 100.0;
const SUBJECT: f32 = 80.0;
const SPEAKER: f32 = 100.0;
const BACKGROUND: f32 = 80.0;

impl Mention {
    fn weight(&self) -> f32 {
        let mut w = RECENT;
        if self.subject || self.speaker {
            w += SUBJECT;
        }
        if self.speaker {
            w += SPEAKER;
        } else if self.background {
            w -= BACKGROUND;
        }
        w
    }
}

impl Doc {
    /// The person a he/she points back to, or None. Within `PRONOUN_REACH` sentences by
    /// salience; further back only someone whose gender is known to agree.
    pub(super) fn antecedent(
        &self,
        sent: u64,
        female: Option<bool>,
        place: Place,
    ) -> Option<usize> {
        self.most_salient(sent, female, PRONOUN_REACH, false, place)
            .or_else(|| {
                female.and_then(|_| self.most_salient(sent, female, PRONOUN_REACH * 3, true, place))
            })
            .map(|(e, _)| e)
    }

    /// The latest unnamed one-person speaker ("a police spokesman said ... He added"), when
    /// it is more salient than the named antecedent `named` (weighed as a speaker, halving
    /// with each sentence back) and its head noun does not give the other gender.
    pub(super) fn unnamed_antecedent(
        &self,
        sent: u64,
        female: Option<bool>,
        named: Option<usize>,
    ) -> Option<String> {
        let (wording, at, gender) = self.one_unnamed.as_ref()?;
        if gender.is_some() && *gender != female || *at + PRONOUN_REACH < sent {
            return None;
        }
        let speaker = Mention {
            sent: *at,
            ent: 0,
            speaker: true,
            subject: true,
            background: false,
        };
        let w = speaker.weight() * 0.5f32.powi(sent.saturating_sub(*at).min(60) as i32);
        let beaten = named.is_some_and(|e| self.salience(e, sent) >= w);
        (!beaten).then(|| wording.clone())
    }

    /// How salient the entity `e` is at `sent`: its most salient recent mention.
    fn salience(&self, e: usize, sent: u64) -> f32 {
        let floor = self.log.len().saturating_sub(super::SCAN);
        self.log[floor..]
            .iter()
            .filter(|m| m.ent == e && m.sent + PRONOUN_REACH * 3 >= sent)
            .map(|m| m.weight() * 0.5f32.powi(sent.saturating_sub(m.sent).min(60) as i32))
            .fold(0.0, f32::max)
    }

    fn most_salient(
        &self,
        sent: u64,
        female: Option<bool>,
        reach: u64,
        known_gender: bool,
        place: Place,
    ) -> Option<(usize, f32)> {
        let floor = self.log.len().saturating_sub(super::SCAN);
        let mut cands: Vec<(usize, f32)> = Vec::new();
        let mut excluded: Vec<usize> = Vec::new();
        for m in self.log[floor..].iter().rev() {
            if m.sent + reach < sent {
                break;
            }
            let own = m.sent >= sent;
            if own && place == Place::Reported && !m.speaker {
                excluded.push(m.ent);
                continue;
            }
            if own && place == Place::Plain && !m.speaker {
                continue;
            }
            let e = &self.ents[m.ent];
            let ok = self.person_like(m.ent, female)
                && (!known_gender || e.female == female)
                && (m.speaker || e.confirmed || m.subject && e.kind == NameKind::Person
                    // Out of subject place a two-word place reads like a name: only someone
                    // known to be a person, or whose first name has a gender.
                    || e.female.is_some());
            if !ok {
                continue;
            }
            let back = sent.saturating_sub(m.sent).min(60) as i32;
            let w = m.weight() * 0.5f32.powi(back);
            // Candidates come in order of their latest mention, which wins a tie.
            match cands.iter_mut().find(|c| c.0 == m.ent) {
                Some(c) => c.1 = c.1.max(w),
                None => cands.push((m.ent, w)),
            }
        }
        let mut best: Option<(usize, f32)> = None;
        for &c in cands.iter().filter(|c| !excluded.contains(&c.0)) {
            if best.is_none_or(|b| c.1 > b.1) {
                best = Some(c);
            }
        }
        best
    }
}
