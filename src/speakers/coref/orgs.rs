//! Role nouns for organisations: "the union", "the agency", "the department" as a speaker
//! are the organisation of that kind the article named, when exactly one qualifies.

use super::{Doc, NameKind, Speaker, PRONOUN_REACH, SCAN};
use crate::speakers::{canonical, words};

/// Role nouns for businesses, which a company's legal form ("Eastport Shipping Inc") fits.
fn is_business(head: &str) -> bool {
    matches!(
        head,
        "company"
            | "firm"
            | "corporation"
            | "group"
            | "retailer"
            | "airline"
            | "broadcaster"
            | "railway"
            | "utility"
            | "network"
            | "bank"
    ) || words::is_trade(head)
}

/// A word that says what kind of organisation a name is ("Union", "Agency", "Inc").
fn names_a_kind(w: &str) -> bool {
    words::is_org_role(w)
        || words::is_collective(w)
        || words::is_company_form(w)
        || matches!(
            w,
            "association"
                | "authority"
                | "commission"
                | "committee"
                | "council"
                | "institute"
                | "university"
                | "college"
                | "school"
                | "hospital"
                | "party"
                | "service"
                | "services"
                | "foundation"
                | "federation"
                | "society"
                | "embassy"
                | "fund"
                | "trust"
                | "army"
                | "navy"
                | "police"
                | "office"
                | "centre"
                | "center"
                | "parliament"
                | "senate"
                | "congress"
                | "force"
                | "agencies"
                | "airlines"
                | "bureau"
                | "administration"
        )
}

/// Bodies whose names carry their kind ("the Harbour Safety Committee", "the Labour Party"),
/// or that are named after someone ("Lind's campaign"): "the committee" is one the article
/// named so, never an organisation of another kind mentioned lately.
fn named_with_its_kind(head: &str) -> bool {
    matches!(
        head,
        "administration"
            | "alliance"
            | "association"
            | "campaign"
            | "charity"
            | "coalition"
            | "commission"
            | "committee"
            | "council"
            | "defence"
            | "defense"
            | "embassy"
            | "federation"
            | "foundation"
            | "hospital"
            | "institute"
            | "panel"
            | "partnership"
            | "party"
            | "prosecution"
            | "school"
            | "university"
    )
}

/// Whether a word of `name` is `head` or its plural ("the airline": "Norland Airlines").
fn has_word(name: &str, head: &str) -> bool {
    name.split(' ').any(|w| {
        let w = w.trim_end_matches(',');
        w.eq_ignore_ascii_case(head)
            || w.len() == head.len() + 1
                && w.get(..head.len())
                    .is_some_and(|s| s.eq_ignore_ascii_case(head))
                && w.ends_with(['s', 'S'])
    })
}

/// Kinds of public body, all of which "the agency" may name ("the State Department").
fn is_public_body(w: &str) -> bool {
    matches!(
        w,
        "department"
            | "ministry"
            | "office"
            | "service"
            | "services"
            | "commission"
            | "authority"
            | "bureau"
            | "administration"
    )
}

/// A name with no word of kind ("Norland Hydro"), a company's for a business role noun, or a
/// public body's or a company's for "agency".
fn kind_fits(name: &str, head: &str) -> bool {
    // "the newspaper" is a title of the press ("the Eastport Courier"), never the country or
    // the company the story is about.
    // ("TV", "Radio" alone are media, no outlet's name: "on TV and radio ... the website said")
    if is_press(head) {
        let medium_alone = !name.contains(' ') && is_medium(&name.to_lowercase());
        return !medium_alone && name.split(' ').any(|w| is_press_title(&w.to_lowercase()));
    }
    let kinds: Vec<String> = name
        .split(' ')
        .map(|w| w.trim_end_matches([',', '.']).to_lowercase())
        .filter(|w| names_a_kind(w))
        .collect();
    let all = |f: fn(&str) -> bool| kinds.iter().all(|w| f(w));
    // "Eastport Shipping Group Ltd" is a company too: a business's own kind words fit, and a
    // legal form at the end makes any name a business's ("Moody's Investors Service Inc").
    let business = |w: &str| words::is_company_form(w) || is_business(w);
    let incorporated = kinds.last().is_some_and(|w| words::is_company_form(w))
        && name
            .rsplit(' ')
            .next()
            .is_some_and(|w| words::is_company_form(w.trim_end_matches([',', '.'])));
    kinds.is_empty()
        || is_business(head) && (all(business) || incorporated)
        // (an agency may be a firm too: a rating, news or advertising agency)
        || head == "agency" && (all(is_public_body) || all(business) || incorporated)
}

/// Role nouns for the press.
fn is_press(head: &str) -> bool {
    matches!(
        head,
        "newspaper"
            | "newsletter"
            | "paper"
            | "magazine"
            | "tabloid"
            | "broadcaster"
            | "channel"
            | "outlet"
            | "website"
            | "daily"
            | "weekly"
    )
}

/// Words for a medium, which name an outlet only with other words ("Eastport TV").
fn is_medium(w: &str) -> bool {
    matches!(
        w,
        "tv" | "radio"
            | "television"
            | "online"
            | "network"
            | "channel"
            | "newspaper"
            | "magazine"
            | "broadcasting"
            | "news"
            | "press"
            | "wire"
    )
}

/// Words that the titles of newspapers, magazines and broadcasters are made of.
fn is_press_title(w: &str) -> bool {
    matches!(
        w,
        "times"
            | "post"
            | "herald"
            | "courier"
            | "daily"
            | "news"
            | "journal"
            | "gazette"
            | "tribune"
            | "telegraph"
            | "observer"
            | "guardian"
            | "mail"
            | "star"
            | "globe"
            | "chronicle"
            | "express"
            | "review"
            | "weekly"
            | "today"
            | "magazine"
            | "radio"
            | "tv"
            | "television"
            | "press"
            | "mirror"
            | "sun"
            | "standard"
            | "independent"
            | "examiner"
            | "inquirer"
            | "register"
            | "bulletin"
            | "dispatch"
            | "record"
            | "reporter"
            | "monitor"
            | "economist"
            | "insider"
            | "wire"
            | "broadcasting"
            | "network"
            | "channel"
            | "online"
            | "newspaper"
            | "week"
            | "sentinel"
            | "leader"
    )
}

/// Whether the words of `a` are some of the words of the longer name `b` ("Steelworkers
/// Union" of "Norland Steelworkers Union"): one organisation named twice.
fn shorter_form(a: &str, b: &str) -> bool {
    a.len() < b.len()
        && a.split(' ')
            .all(|w| b.split(' ').any(|x| x.eq_ignore_ascii_case(w)))
}

/// A company's name without its legal form or a last "Group" ("Eastport Shipping" of
/// "Eastport Shipping Group Inc"), by which the article may call it later. None when nothing
/// was cut or nothing capitalised is left.
pub(super) fn short_name(name: &str) -> Option<&str> {
    let short = canonical::cut_ending(name, |w| {
        words::is_company_form(w)
            || w.eq_ignore_ascii_case("group")
            || w.eq_ignore_ascii_case("holdings")
    });
    (short.len() < name.len()).then_some(short)
}

impl Doc {
    /// The organisation a role noun `head` ("union") points back to at sentence `sent` of
    /// paragraph `para`: the one organisation the article named with that word; failing any,
    /// when `fits` allows it, the one organisation of a fitting kind (`kind_fits`) mentioned
    /// lately, or of several the one that spoke last. None when none or several qualify.
    pub(super) fn org_of_kind(
        &self,
        head: &str,
        (sent, para): (u64, usize),
        fits: bool,
    ) -> Option<usize> {
        let floor = self.ents.len().saturating_sub(SCAN);
        let is_org = |i: &usize| self.ents[*i].kind == NameKind::Org;
        // Named with the word, or introduced with it ("the media company Zenvo").
        let named: Vec<usize> = (floor..self.ents.len())
            .filter(is_org)
            .filter(|&i| {
                let e = &self.ents[i];
                has_word(&e.name, head) || e.roles.iter().any(|r| r.head == head)
            })
            .collect();
        if !named.is_empty() {
            return self.the_one(named);
        }
        if !fits || named_with_its_kind(head) {
            return None;
        }
        let mut recent: Vec<usize> = Vec::new();
        let mut foreground: Option<(usize, bool)> = None;
        for m in self.recent_mentions(sent) {
            if is_org(&m.ent) && !recent.contains(&m.ent) {
                recent.push(m.ent);
            }
            if !m.background && foreground.is_none() && is_org(&m.ent) {
                // (whether it was the subject of the sentence before this one, in this
                // paragraph)
                let before = m.sent + 1 == sent && m.sent >= self.para_first_sent;
                foreground = Some((m.ent, m.subject && before));
            }
        }
        recent.retain(|&i| kind_fits(&self.ents[i].name, head));
        if recent.is_empty() {
            return self.lone_word_that_spoke(sent);
        }
        if recent.len() > 1 {
            // Several: the one that spoke last, if it is one of them, is the one meant.
            if let Some(spoke) = self.last_org_speaker(para) {
                return recent.contains(&spoke).then_some(spoke);
            }
            // Failing that, the last one written in the foreground (not after a preposition
            // nor as a possessor: "Bally bought the park from Marriott Corp"), if it has
            // spoken in the article or was the subject of the sentence before in the same
            // paragraph ("Viacom reported a loss. The company said").
            let topic = foreground
                .filter(|&(i, subject_before)| {
                    let place = || super::super::places::names_a_place(&self.ents[i].name);
                    (self.ents[i].spoke || subject_before && !place()) && recent.contains(&i)
                })
                .map(|(i, _)| i);
            return topic;
        }
        self.the_one(recent)
    }

    /// "the conservation department" after "the Department of Conservation": the one
    /// organisation lately named with the kind `head` and every word of `mods`.
    pub(super) fn org_with_words(&self, head: &str, mods: &[&str]) -> Option<usize> {
        let floor = self.ents.len().saturating_sub(SCAN);
        let named: Vec<usize> = (floor..self.ents.len())
            .filter(|&i| {
                let e = &self.ents[i];
                e.kind == NameKind::Org
                    && has_word(&e.name, head)
                    && mods.iter().all(|m| has_word(&e.name, m))
            })
            .collect();
        self.the_one(named)
    }

    /// The organisation that spoke last, within the last few paragraphs.
    fn last_org_speaker(&self, para: usize) -> Option<usize> {
        self.speakers
            .iter()
            .rev()
            .take(SCAN)
            .take_while(|(_, p)| p + 4 >= para)
            .find_map(|(s, _)| match s {
                Speaker::Ent(i) if self.ents[*i].kind == NameKind::Org => Some(*i),
                _ => None,
            })
    }

    /// The mentions within an organisation role noun's reach of sentence `sent`, latest first.
    fn recent_mentions(&self, sent: u64) -> impl Iterator<Item = &super::Mention> {
        self.log
            .iter()
            .rev()
            .take(SCAN)
            .take_while(move |m| m.sent + PRONOUN_REACH * 2 >= sent)
    }

    /// "Roscosmos said ... The agency would not say": failing any organisation, the one
    /// speaker lately named by a single word that nothing marks as a person or a place, which
    /// news names a body by as often as a person.
    fn lone_word_that_spoke(&self, sent: u64) -> Option<usize> {
        let mut found = None;
        for m in self.recent_mentions(sent).filter(|m| m.speaker) {
            let e = &self.ents[m.ent];
            let bare = e.kind == NameKind::Unknown
                && e.shape.words == 1
                && e.female.is_none()
                && e.roles.is_empty()
                && !super::super::places::names_a_place(&e.name)
                && !crate::speakers::gender::is_given_name(&e.name);
            match found {
                _ if !bare => return None,
                Some(f) if f != m.ent => return None,
                _ => found = Some(m.ent),
            }
        }
        found
    }

    /// The single organisation among `cands`, a shorter form of another counting as that one.
    fn the_one(&self, mut cands: Vec<usize>) -> Option<usize> {
        let names: Vec<&str> = cands.iter().map(|&i| self.ents[i].name.as_str()).collect();
        let longer = |n: &str| names.iter().any(|x| shorter_form(n, x));
        cands.retain(|&i| !longer(&self.ents[i].name));
        match cands[..] {
            [one] => Some(one),
            _ => None,
        }
    }
}
