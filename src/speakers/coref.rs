//! Article-level coreference: an entity registry that resolves surnames, roles and pronouns to names.

use super::names::{NameInfo, NameKind, Role};
use super::report::{Pron, Subject};
pub use salience::Place;
use salience::PRONOUN_REACH;
use std::borrow::Cow;
use wording::{body_phrase, phrase_head, plural_phrase, same, says_more, says_no_more, Shape};

mod cataphora;
mod groups;
mod issuers;
mod orgs;
mod salience;
mod wording;

/// A resolved speaker: a registry entity (named later by its fullest form) or a phrase as worded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Speaker {
    Ent(usize),
    Phrase(String),
}

#[derive(Debug, Clone)]
struct Entity {
    name: String,
    /// Where the first and last word of `name` lie, its word count and fingerprints, kept to
    /// make lookups cheap.
    shape: Shape,
    kind: NameKind,
    female: Option<bool>,
    roles: Vec<Role>,
    /// Has been a speaker: single-word names only become pronoun antecedents once they spoke.
    spoke: bool,
    /// Known to be a person (spoke, or had a title, role, honorific or age).
    confirmed: bool,
    /// Index of its latest mention in the log (recency for role lookups).
    seen: usize,
    /// The sentence it was first named in.
    first_sent: u64,
}

#[derive(Debug, Clone, Copy)]
struct Mention {
    sent: u64,
    ent: usize,
    speaker: bool,
    /// Subject of its sentence's main clause.
    subject: bool,
    /// A possessor, in brackets or in a prepositional phrase (`prominence`).
    background: bool,
}

/// Most entities or log entries any single lookup examines (keeps huge inputs linear).
const SCAN: usize = 400;

#[derive(Debug, Default)]
pub struct Doc {
    ents: Vec<Entity>,
    log: Vec<Mention>,
    /// Recent speakers, latest last, with the paragraph they spoke in.
    speakers: Vec<(Speaker, usize)>,
    /// Unnamed sources by head noun, with their fullest wording.
    phrases: Vec<(String, String)>,
    /// The latest group of speakers sharing one verb: (members, verb token, paragraph).
    group: (Vec<Speaker>, usize, usize),
    /// Acronyms introduced after an organisation's full name, with its entity.
    aliases: Vec<(String, usize)>,
    /// The latest unnamed speaker who is one person ("a police spokesman"), with its sentence
    /// and the gender its head noun gives: a he/she may point back to it (`salience`).
    one_unnamed: Option<(String, u64, Option<bool>)>,
    /// Roles that spoke before anyone held them, as worded, with their sentence: a person
    /// named with the role just after is who they were (`cataphora`).
    ahead: Vec<(String, Role, u64)>,
    /// Documents by kind ("report") with who issued them, latest last (`issuers`).
    issuers: Vec<(String, Speaker)>,
    /// The number of the first sentence of the paragraph being read.
    para_first_sent: u64,
}

/// "Spindler's father, Joseph,": a relative given by first name alone, of someone named, is
/// not another Joseph the article named with another surname (`known`).
fn other_family(known: &str, n: &NameInfo) -> bool {
    let Some(r) = n.role.as_ref().filter(|r| is_kin(&r.head)) else {
        return false;
    };
    let one_word = !n.name.contains(' ');
    let named_family = r
        .mods
        .last()
        .filter(|m| !matches!(m.as_str(), "his" | "her" | "their"));
    let surname = known.rsplit(' ').next().unwrap_or(known).to_lowercase();
    one_word && known.contains(' ') && named_family.is_some_and(|f| *f != surname)
}

/// Nouns for a relative: "his father, Joseph," is one of the family.
fn is_kin(head: &str) -> bool {
    matches!(
        head,
        "father"
            | "mother"
            | "son"
            | "daughter"
            | "wife"
            | "husband"
            | "brother"
            | "sister"
            | "grandfather"
            | "grandmother"
            | "grandson"
            | "granddaughter"
            | "uncle"
            | "aunt"
            | "nephew"
            | "niece"
            | "cousin"
            | "stepfather"
            | "stepmother"
            | "stepson"
            | "stepdaughter"
    )
}

/// Whether `a` and `b` differ by one letter that one of them has and the other lacks
/// ("Maurer", "Mauer"), in any case.
fn one_letter_apart(a: &str, b: &str) -> bool {
    let (long, short) = if a.len() > b.len() { (a, b) } else { (b, a) };
    if long.len() != short.len() + 1 {
        return false;
    }
    let (long, short) = (long.as_bytes(), short.as_bytes());
    let same = |x: &u8, y: &u8| x.eq_ignore_ascii_case(y);
    let head = long
        .iter()
        .zip(short)
        .take_while(|(x, y)| same(x, y))
        .count();
    long[head + 1..]
        .iter()
        .zip(&short[head..])
        .all(|(x, y)| same(x, y))
}

/// Whether `rest`, the rest of a name after a prefix, starts a new word of it: "Norland" of
/// "Norland Shipping", "Lind" of "Lind, Berg and Co", "Moody" of "Moody's Analytics".
fn follows_a_name_part(rest: &str) -> bool {
    rest.starts_with([' ', ',']) || ["'s ", "’s "].iter().any(|p| rest.starts_with(p))
}

/// Whether the last words of `name` are `tail`, in any case ("Charles de Gaulle", "De Gaulle").
fn ends_with_words(name: &str, tail: &str) -> bool {
    name.len() > tail.len()
        && name.is_char_boundary(name.len() - tail.len())
        && name[name.len() - tail.len()..].eq_ignore_ascii_case(tail)
        && name.as_bytes()[name.len() - tail.len() - 1] == b' '
}

impl Doc {
    /// A paragraph starts; its first sentence is numbered `sent`.
    pub fn begin_paragraph(&mut self, sent: u64) {
        self.para_first_sent = sent;
    }

    pub fn name(&self, s: &Speaker) -> String {
        match s {
            // A person's name as stored: no form of address or title before it (issue 17).
            Speaker::Ent(i) => self.ents.get(*i).map_or_else(String::new, |e| {
                super::canonical::stored(&e.name, e.kind == NameKind::Org).into_owned()
            }),
            Speaker::Phrase(p) => match self.named_after(p) {
                Some(i) => self.name(&Speaker::Ent(i)),
                None => p.clone(),
            },
        }
    }

    /// Among recent entities matching `ok`, the one mentioned last.
    fn latest(&self, ok: impl Fn(&Entity) -> bool) -> Option<usize> {
        let floor = self.ents.len().saturating_sub(SCAN);
        (floor..self.ents.len())
            .filter(|&i| ok(&self.ents[i]))
            .max_by_key(|&i| self.ents[i].seen)
    }

    fn find(&self, name: &str, kind: NameKind, q: &Shape) -> Option<usize> {
        let last = q.last(name);
        let first = q.first(name);
        let same_name = |e: &Entity| e.shape.name_fp == q.name_fp && same(&e.name, name);
        let same_last =
            |e: &Entity| e.shape.last_fp == q.last_fp && same(e.shape.last(&e.name), last);
        if kind == NameKind::Org {
            return self
                .latest(same_name)
                .or_else(|| self.by_alias(name))
                .or_else(|| self.body_named_by_its_kind(name, q))
                .or_else(|| self.spelt_out_by(name))
                // "Moody's" after "Moody's Investors Service Inc"
                .or_else(|| self.company_called(name));
        }
        // A name the article gave an organisation ("Exxon" for "Exxon Corp") is that one.
        if let Some(i) = self.by_alias(name).or_else(|| self.spelt_out_by(name)) {
            return Some(i);
        }
        if q.words >= 2 {
            // A longer or shorter form of a person already known ("Macron" / "Emmanuel Macron"),
            // or a surname with its particle ("De Gaulle" / "Charles de Gaulle").
            let particle = super::words::is_particle(first);
            return self
                .latest(|e| {
                    e.kind != NameKind::Org
                        && same_last(e)
                        && (e.shape.words == 1
                            || e.shape.first_fp == q.first_fp
                                && same(e.shape.first(&e.name), first)
                            || particle && ends_with_words(&e.name, name))
                })
                .or_else(|| self.person_called_by_first_words(name))
                .or_else(|| self.company_called(name));
        }
        self.latest(|e| e.kind != NameKind::Org && same_last(e))
            .or_else(|| self.company_called(name))
            .or_else(|| {
                self.latest(|e| {
                    e.kind == NameKind::Person
                        && e.shape.first_fp == q.last_fp
                        && same(e.shape.first(&e.name), last)
                })
            })
            .or_else(|| self.latest(same_name))
            .or_else(|| self.body_named_by_its_kind(name, q))
            .or_else(|| self.first_of_two_surnames(name))
            .or_else(|| self.surname_misspelt(name))
    }

    /// "Hudson's Bay said" after "Hudson's Bay Co": a firm the article named with a possessive
    /// in its name, where a possessive before a name is otherwise its owner ("Norway's
    /// Statoil").
    fn owner_in_the_name(&self, n: &NameInfo) -> Option<usize> {
        let whole = n.with_owner.as_deref()?;
        self.latest(|e| e.kind == NameKind::Org && same(&e.name, whole))
            .or_else(|| self.company_called(whole))
    }

    /// "Salinas" after "Guadalupe Salinas Hernández", "López" after "Andrés Manuel López
    /// Obrador": Spanish names carry two surnames, and news calls the person by the first of
    /// them (so it may a name with a particle: "Ten" of "Koos Ten Have"). A word before the
    /// last of one person's name of three or more words, not a given name, is that person when
    /// the article named one person so.
    fn first_of_two_surnames(&self, name: &str) -> Option<usize> {
        if super::gender::is_given_name(name) || !name.starts_with(char::is_uppercase) {
            return None;
        }
        // (nor a place or a body read as a person: "South West Africa", "African Economic
        // Community")
        let second_last = |e: &Entity| {
            e.kind == NameKind::Person
                && e.shape.words >= 3
                && e.name.rsplit(' ').nth(1).is_some_and(|w| same(w, name))
                && !names_a_place_or_body(&e.name)
                && !e.name.split(' ').any(|w| {
                    super::places::is_place(w)
                        || super::canonical::is_place_word(&super::words::small(w))
                })
        };
        let floor = self.ents.len().saturating_sub(SCAN);
        let mut found = (floor..self.ents.len()).filter(|&i| second_last(&self.ents[i]));
        let one = found.next()?;
        found.next().is_none().then_some(one)
    }

    /// "Mauer said" after "K.C. Maurer", "Water" after "Kathryn Waters": a surname the article
    /// misspells by one letter left out or added, when it names one person so and nobody by
    /// that spelling. Short names differ by a letter too often to be taken as slips.
    fn surname_misspelt(&self, name: &str) -> Option<usize> {
        if name.len() < 5 || !name.is_ascii() {
            return None;
        }
        let slip = |e: &Entity| {
            let last = e.shape.last(&e.name);
            last.len().abs_diff(name.len()) == 1
                && e.kind == NameKind::Person
                && e.shape.words >= 2
                && last.is_ascii()
                && one_letter_apart(last, name)
                && !super::gender::is_given_name(last)
        };
        let floor = self.ents.len().saturating_sub(SCAN);
        let mut found = (floor..self.ents.len()).filter(|&i| slip(&self.ents[i]));
        let one = found.next()?;
        if found.next().is_some() {
            return None;
        }
        // ("William" is not "Serena Williams", nor "Democrats" a "Texas Democrat"); asked only
        // of a name that has a candidate
        let given = super::gender::is_given_name(name);
        let (plural, single) = (
            super::words::small(name),
            super::words::small(name.trim_end_matches('s')),
        );
        let common = super::words::is_party_member(&plural)
            || super::words::is_role_noun(&single)
            || super::words::is_unnamed(&plural);
        (!given && !common).then_some(one)
    }

    /// "Te Kaurinui" after "Te Kaurinui Robert Parata", "Kim Jong" after "Kim Jong Un": the first
    /// words of a person's longer name, when no longer name shares its last word, are that
    /// person, if the article named one person so.
    fn person_called_by_first_words(&self, name: &str) -> Option<usize> {
        let opens = |e: &Entity| {
            e.kind == NameKind::Person
                && e.name.len() > name.len() + 1
                && matches!(e.name.as_bytes()[name.len()], b' ' | b',')
                && same(&e.name[..name.len()], name)
        };
        let floor = self.ents.len().saturating_sub(SCAN);
        let mut found = (floor..self.ents.len()).filter(|&i| opens(&self.ents[i]));
        let one = found.next()?;
        found.next().is_none().then_some(one)
    }

    /// "the SEC" after "the Securities and Exchange Commission", "USDA" after "the U.S.
    /// Department of Agriculture", "S and P" after "Standard and Poor's": an acronym is the
    /// organisation whose capitals it spells, when the article named no other one so.
    fn spelt_out_by(&self, acronym: &str) -> Option<usize> {
        // ("S and P", as some newswires write "S&P", is "Standard and Poor's", not "Security
        // Pacific".)
        let b = acronym.as_bytes();
        if b.len() == 7 && &b[1..6] == b" and " {
            if !(b[0].is_ascii_uppercase() && b[6].is_ascii_uppercase()) {
                return None;
            }
            let letters = format!("{}{}", char::from(b[0]), char::from(b[6]));
            return self.latest(|e| {
                e.kind == NameKind::Org
                    && e.name.split(' ').any(|w| w == "and" || w == "&")
                    && capitals_spell(&e.name, &letters)
            });
        }
        // ("PG&E" is "Pacific Gas & Electric": the ampersand spells nothing.)
        let n = acronym.bytes().filter(|&b| b != b'&').count();
        if !(2..=6).contains(&n) || !acronym.bytes().all(|b| b.is_ascii_uppercase() || b == b'&') {
            return None;
        }
        let letters: Cow<str> = if n == acronym.len() {
            Cow::Borrowed(acronym)
        } else {
            Cow::Owned(acronym.replace('&', ""))
        };
        self.latest(|e| {
            e.kind == NameKind::Org && e.shape.words >= 2 && capitals_spell(&e.name, &letters)
        })
    }

    /// "the Ministry" after "the Ministry of Health": a one-word name that is a kind of body is
    /// the body of that kind named last.
    fn body_named_by_its_kind(&self, name: &str, q: &Shape) -> Option<usize> {
        let kind = super::words::is_org_word(name) || super::words::is_body_kind(name);
        if q.words != 1 || !kind {
            return None;
        }
        self.latest(|e| {
            e.kind == NameKind::Org
                && e.shape.words > 1
                && e.name.split(' ').any(|w| w.eq_ignore_ascii_case(name))
        })
    }

    /// A company named with its legal form whose name starts with `name`: news calls "Norland
    /// Shipping Lines Inc" "Norland Shipping" or "Norland" after naming it once, and "Lind,
    /// Berg and Co" "Lind".
    fn company_called(&self, name: &str) -> Option<usize> {
        // ("CSR" is not "CSR Ltd and Exxon Corp", two companies: a legal form inside)
        let one = |rest: &str| {
            let mut words = rest.split_whitespace().peekable();
            while let Some(w) = words.next() {
                if words.peek().is_some()
                    && super::words::is_company_form(w.trim_end_matches([',', '.']))
                {
                    return false;
                }
            }
            true
        };
        self.latest(|e| {
            e.kind == NameKind::Org
                && e.name.len() > name.len() + 1
                && e.name.starts_with(name)
                && follows_a_name_part(&e.name[name.len()..])
                && one(&e.name[name.len()..])
                && orgs::short_name(&e.name).is_some()
        })
    }

    fn by_alias(&self, name: &str) -> Option<usize> {
        self.aliases
            .iter()
            .rev()
            .find(|(a, _)| a == name)
            .map(|(_, e)| *e)
    }

    /// A company named with its legal form ("Eastport Shipping Inc") may be called without it
    /// later ("Eastport Shipping said").
    fn alias_short_name(&mut self, id: usize) {
        let e = &self.ents[id];
        if e.kind != NameKind::Org {
            return;
        }
        if let Some(short) = orgs::short_name(&e.name) {
            if self.by_alias(short).is_none() {
                self.aliases.push((short.to_string(), id));
            }
        }
    }

    /// "the Eastport Harbour Authority (EHA)": the acronym in brackets after an organisation's
    /// name is that organisation, if a word of the name starts with one of its letters, or
    /// after any name its letters spell out. A person's bracket ("Ada Lind (NDP)") holds a
    /// party, not the person.
    pub fn alias(&mut self, acronym: &str, ent: usize) {
        let Some(e) = self.ents.get(ent) else {
            return;
        };
        let initials = e
            .name
            .split(' ')
            .filter_map(|w| w.chars().next())
            .filter(|c| c.is_uppercase());
        // All of them, or the last ones of a name whose start was cut at a comma or an "and".
        let spelt: String = initials.clone().collect();
        let spelt = spelt.len() >= 2 && acronym.ends_with(&spelt);
        let fits = initials.clone().any(|c| acronym.starts_with(c))
            || initials
                .clone()
                .next_back()
                .is_some_and(|c| acronym.contains(c));
        // A name its acronym spells out is an organisation, whatever its words.
        if (spelt || e.kind == NameKind::Org && fits) && self.by_alias(acronym).is_none() {
            self.aliases.push((acronym.to_string(), ent));
            if let Some(e) = self.ents.get_mut(ent) {
                e.kind = NameKind::Org;
            }
        }
    }

    /// Registers a name mention and returns its entity.
    pub fn observe(&mut self, n: &NameInfo, sent: u64, speaker: bool) -> usize {
        self.register(Cow::Borrowed(&n.name), n, sent, speaker)
    }

    /// `observe` for a mention that is not needed afterwards: its name moves into the registry.
    pub fn observe_owned(&mut self, mut n: NameInfo, sent: u64, speaker: bool) -> usize {
        let name = std::mem::take(&mut n.name);
        self.register(Cow::Owned(name), &n, sent, speaker)
    }

    /// `observe` with the name apart from the rest of the mention (whose own name is not read).
    fn register(&mut self, name: Cow<str>, n: &NameInfo, sent: u64, speaker: bool) -> usize {
        let shape = Shape::of(&name);
        let known = self
            .owner_in_the_name(n)
            .or_else(|| self.find(&name, n.kind, &shape))
            .filter(|&i| !other_family(&self.ents[i].name, n));
        let id = match known {
            Some(i) => {
                let e = &mut self.ents[i];
                if shape.words > e.shape.words {
                    e.name = name.into_owned();
                    e.shape = shape;
                }
                if e.kind == NameKind::Unknown {
                    e.kind = n.kind;
                }
                i
            }
            None => {
                self.ents.push(Entity {
                    name: name.into_owned(),
                    shape,
                    kind: n.kind,
                    female: None,
                    roles: Vec::new(),
                    spoke: false,
                    confirmed: false,
                    seen: 0,
                    first_sent: sent,
                });
                let id = self.ents.len() - 1;
                self.alias_short_name(id);
                id
            }
        };
        let e = &mut self.ents[id];
        if let Some(r) = &n.role {
            if !e.roles.contains(r) {
                e.roles.push(r.clone());
            }
        }
        if e.female.is_none() {
            e.female = n.female;
        }
        e.spoke |= speaker;
        e.confirmed |= speaker || n.evidence;
        self.push_log(Mention {
            sent,
            ent: id,
            speaker,
            subject: n.subject,
            background: false,
        });
        id
    }

    /// The mention just observed is in the background of its sentence (`prominence`).
    pub fn demote_last(&mut self) {
        if let Some(m) = self.log.last_mut() {
            m.background = true;
        }
    }

    fn person_like(&self, i: usize, female: Option<bool>) -> bool {
        let e = &self.ents[i];
        // "Investigators said" makes a group a speaker, never a "he" or "she".
        // "Argentina said": a place that speaks is its government, never a "he" or "she".
        (e.kind == NameKind::Person
            || (e.spoke || e.confirmed)
                && e.kind == NameKind::Unknown
                && !super::words::is_unnamed(&e.name))
            && (female.is_none() || e.female.is_none() || e.female == female)
            && !names_a_place_or_body(&e.name)
    }

    /// "The Norland Front claimed the attack, which it said ...": a body named as the subject
    /// of sentence `sent` is what "it" or "they" in a relative clause there stands for.
    fn body_subject_of(&self, sent: u64) -> Option<usize> {
        self.log
            .iter()
            .rev()
            .take(SCAN)
            .take_while(|m| m.sent == sent)
            .find(|m| {
                m.subject
                    && self.ents[m.ent].kind != NameKind::Person
                    && !self.person_like(m.ent, None)
            })
            .map(|m| m.ent)
    }

    /// The latest speaker "it" (`it`) or "they" can stand for: a named body, or a phrase for
    /// one body ("the US military") or for a group.
    fn recent_nonperson(&self, para: usize, it: bool) -> Option<Speaker> {
        self.speakers
            .iter()
            .rev()
            .take(SCAN)
            .take_while(|(_, p)| p + 4 >= para)
            .find(|(s, _)| match s {
                Speaker::Ent(i) => self.ents[*i].kind != NameKind::Person,
                Speaker::Phrase(p) if it => body_phrase(p),
                Speaker::Phrase(p) => plural_phrase(p),
            })
            .map(|(s, _)| s.clone())
    }

    fn last_seen(&self, e: usize) -> usize {
        self.ents.get(e).map_or(0, |x| x.seen)
    }

    fn push_log(&mut self, m: Mention) {
        if let Some(e) = self.ents.get_mut(m.ent) {
            e.seen = self.log.len();
        }
        self.log.push(m);
    }

    /// Entity `e` is the subject of a reporting verb in sentence `sent`.
    fn log_speaking_subject(&mut self, sent: u64, e: usize) {
        self.push_log(Mention {
            sent,
            ent: e,
            speaker: true,
            subject: true,
            background: false,
        });
    }

    /// The person introduced with this role (or one `same_role` holds for); modifiers ("French") must agree when both sides
    /// have some, and the most recently mentioned wins ties.
    fn by_role(&self, r: &Role) -> Option<usize> {
        if let Some(age) = age_of(r) {
            return self.latest(|e| e.roles.iter().any(|er| age_of(er) == Some(age)));
        }
        let mut best: Option<(usize, usize, usize)> = None;
        let from = self.ents.len().saturating_sub(SCAN);
        for (i, e) in self.ents.iter().enumerate().skip(from) {
            for er in &e.roles {
                if !same_role(er, r) {
                    continue;
                }
                let hits = r.mods.iter().filter(|m| er.mods.contains(m)).count();
                let naming = r.mods.iter().any(|m| !not_naming(m));
                if hits == 0 && naming && !er.mods.is_empty() {
                    continue;
                }
                let cand = (hits, self.last_seen(i), i);
                if best.is_none_or(|b| (cand.0, cand.1) > (b.0, b.1)) {
                    best = Some(cand);
                }
            }
        }
        best.map(|b| b.2)
    }

    /// Resolves a cue's subject to a speaker, updating the registry.
    /// `place` is where a pronoun subject stands in its sentence.
    pub fn resolve(
        &mut self,
        s: &Subject,
        (sent, place): (u64, Place),
        para: usize,
    ) -> Option<Speaker> {
        let sp = match s {
            Subject::Name(n) => Some(Speaker::Ent(self.observe(n, sent, true))),
            Subject::Pronoun(Pron::He | Pron::She) => {
                let female = Some(matches!(s, Subject::Pronoun(Pron::She)));
                let found = self.antecedent(sent, female, place);
                if let Some(p) = self.unnamed_antecedent(sent, female, found) {
                    self.speakers.push((Speaker::Phrase(p.clone()), para));
                    return Some(Speaker::Phrase(p));
                }
                let e = found?;
                if self.ents[e].female.is_none() {
                    self.ents[e].female = female;
                }
                self.log_speaking_subject(sent, e);
                Some(Speaker::Ent(e))
            }
            Subject::Pronoun(p @ (Pron::They | Pron::It)) => {
                let own = (place == Place::Relative).then(|| self.body_subject_of(sent));
                own.flatten()
                    .map(Speaker::Ent)
                    .or_else(|| self.recent_nonperson(para, *p == Pron::It))
            }
            Subject::RoleRef(r, wording) => match self.by_role(r) {
                Some(e) => {
                    self.log_speaking_subject(sent, e);
                    Some(Speaker::Ent(e))
                }
                // "the justice official said" after "a justice official said": the same source
                None if self.phrases.iter().any(|(h, _)| *h == r.head) => {
                    let (_, full) = self.phrases.iter().find(|(h, _)| *h == r.head)?;
                    Some(Speaker::Phrase(full.clone()))
                }
                // "the nonpartisan office said": a body the article named with that word
                None if r.head == "office" && r.mods.iter().all(|m| describes_only(m)) => Some(
                    self.org_of_kind(&r.head, (sent, para), false)
                        .map_or_else(|| Speaker::Phrase(wording.clone()), Speaker::Ent),
                ),
                // "the father said", "the lawyer said" with no lawyer introduced: someone the
                // article has not named, kept as worded (issue 17). A role with a description
                // ("the affable owner") is an epithet for the person in focus.
                None if super::words::is_title(&r.head)
                    || super::gender::gender_of(&r.head).is_some()
                    || (super::words::is_role_noun(&r.head)
                        || super::words::is_unnamed(&r.head)
                        || super::words::is_agent_noun(&r.head) && !capitalised_head(wording))
                        && !epithet(r) =>
                {
                    self.ahead.push((wording.clone(), r.clone(), sent));
                    Some(Speaker::Phrase(wording.clone()))
                }
                None => {
                    let e = self.antecedent(sent, None, place)?;
                    self.log_speaking_subject(sent, e);
                    Some(Speaker::Ent(e))
                }
            },
            Subject::OrgRef(head, wording) => Some(
                self.org_of_kind(head, (sent, para), true)
                    .map_or_else(|| Speaker::Phrase(wording.clone()), Speaker::Ent),
            ),
            Subject::Unnamed(w) => match self
                .org_of_members(w)
                .or_else(|| self.org_named_by(w, (sent, para)))
            {
                Some(e) => Some(Speaker::Ent(e)),
                None => {
                    let phrase = self.fullest_phrase(w);
                    if let Some(role) = cataphora::indefinite_role(&phrase) {
                        self.ahead.push((phrase.clone(), role, sent));
                    }
                    Some(Speaker::Phrase(phrase))
                }
            },
            Subject::Doc(Some(owner), kind) => {
                let sp = self.resolve(owner, (sent, place), para)?;
                // ("the company's report" with no company found stays unowned)
                let unfound =
                    matches!(**owner, Subject::OrgRef(..)) && matches!(sp, Speaker::Phrase(_));
                if !unfound {
                    self.note_issuer(kind, sp.clone());
                }
                Some(sp)
            }
            Subject::Doc(None, kind) => self.issuer_of(kind),
        }?;
        self.note_one_unnamed(&sp, sent);
        self.speakers.push((sp.clone(), para));
        Some(sp)
    }

    /// Keeps an unnamed speaker that is one person as a possible antecedent of he/she: a
    /// singular noun for a person ("a police spokesman", "one resident", "the mayor" when no
    /// mayor is named). Any other speaker ends its turn.
    fn note_one_unnamed(&mut self, sp: &Speaker, sent: u64) {
        let Speaker::Phrase(p) = sp else {
            self.one_unnamed = None;
            return;
        };
        // The noun before any postmodifier: "a police spokesman", "one resident of Eastport".
        let lower = p.to_lowercase();
        let head = lower
            .split(' ')
            .take_while(|w| {
                !super::phrases::is_preposition(w) && !matches!(*w, "who" | "familiar" | "close")
            })
            .last()
            .unwrap_or("")
            .to_string();
        // ("businessmen", "spokeswomen": plural without an "s")
        let plural = head.ends_with('s')
            || head.ends_with("men")
            || matches!(head.as_str(), "police" | "staff" | "people");
        let person = super::words::is_role_noun(&head)
            || super::words::is_unnamed(&head) && head != "office"
            || super::words::is_title(&head)
            || super::words::is_agent_noun(&head);
        self.one_unnamed =
            (person && !plural).then(|| (p.clone(), sent, super::gender::gender_of(&head)));
    }

    /// "Board members said" after "the Parole Board": members or officials named by a word of an
    /// organisation the article has named speak for it. Officials named by a country ("U.S.
    /// officials", "Norlandic officials") are not those of an organisation whose name begins
    /// with it ("U.S. Treasury"): they stay as worded.
    fn org_of_members(&self, wording: &str) -> Option<usize> {
        let (word, head) = wording.split_once(' ')?;
        let members = matches!(head, "members" | "officials" | "staff" | "spokespeople");
        if !members || !word.starts_with(char::is_uppercase) || names_a_people(word) {
            return None;
        }
        let floor = self.ents.len().saturating_sub(SCAN);
        (floor..self.ents.len())
            .rev()
            .find(|&i| {
                let e = &self.ents[i];
                e.kind == NameKind::Org && e.name.split(' ').any(|w| w == word)
            })
            // "OECD officials" after "the Organisation for Economic Cooperation and
            // Development (OECD)"
            .or_else(|| self.by_alias(word).or_else(|| self.spelt_out_by(word)))
            .filter(|&i| self.ents[i].kind == NameKind::Org)
    }

    /// "the department said" after "the Department of Harbours": a collective noun with "the"
    /// is the organisation the article named with that word, if any (else it stays as worded).
    fn org_named_by(&self, wording: &str, at: (u64, usize)) -> Option<usize> {
        let rest = wording
            .strip_prefix("the ")
            .or_else(|| wording.strip_prefix("The "))?;
        let (mods, head) = rest.rsplit_once(' ').unwrap_or(("", rest));
        let described = mods.split(' ').all(|m| m.is_empty() || describes_only(m));
        let body = super::words::is_collective(head) || head == "office";
        if !body {
            return None;
        }
        if !described {
            // "the conservation department": its words name it
            let words: Vec<&str> = mods.split(' ').filter(|m| !describes_only(m)).collect();
            return self.org_with_words(head, &words);
        }
        self.org_of_kind(head, at, false)
    }

    /// An unnamed source keeps the fullest wording the article gave it: "sources" after
    /// "sources familiar with the talks" is the same group.
    fn fullest_phrase(&mut self, w: &str) -> String {
        let key = phrase_head(w);
        // "a trader", "another trader": someone new each time, as worded
        let first = w.split(' ').next().unwrap_or_default().to_lowercase();
        let new_one = matches!(first.as_str(), "a" | "an" | "one" | "another");
        for (head, full) in &self.phrases {
            if !new_one && *head == key && full.len() >= w.len() && says_no_more(w, full) {
                // "Some analysts" after "analysts": as worded, the group is the same
                let same = full.eq_ignore_ascii_case(w) || says_more(full, w);
                return if same { full.clone() } else { w.to_string() };
            }
        }
        self.phrases.retain(|(h, _)| *h != key);
        self.phrases.push((key, w.to_string()));
        w.to_string()
    }

    /// Records a gender learnt from the text, unless one is already known.
    pub fn learn_gender(&mut self, e: usize, female: bool) {
        if let Some(x) = self.ents.get_mut(e) {
            if x.female.is_none() && x.kind != NameKind::Org {
                x.female = Some(female);
            }
        }
    }

    /// The latest speaker if they spoke within the last `reach` paragraphs.
    pub fn last_speaker(&self, para: usize, reach: usize) -> Option<Speaker> {
        self.speakers
            .last()
            .filter(|(_, p)| p + reach >= para)
            .map(|(s, _)| s.clone())
    }

    pub fn note_speaker(&mut self, s: &Speaker, sent: u64, para: usize) {
        if let Speaker::Ent(e) = s {
            if let Some(x) = self.ents.get_mut(*e) {
                x.spoke = true;
                x.confirmed = true;
            }
            self.push_log(Mention {
                sent,
                ent: *e,
                speaker: true,
                subject: true,
                background: false,
            });
        }
        self.speakers.push((s.clone(), para));
    }
}

/// "the affable owner", "the 26-year-old winger": a role described by a modifier that is not
/// a possessive ("the family's lawyer" is someone's lawyer, not the person in focus).
fn epithet(r: &Role) -> bool {
    !r.mods.is_empty()
        && !r
            .mods
            .iter()
            .any(|m| m.ends_with("'s") || m.ends_with("’s") || m.ends_with('\''))
}

/// Whether the capitals opening the words of `name` spell `acronym` ("Securities and Exchange
/// Commission": SEC); an abbreviation gives all its capitals ("U.S. Department of
/// Agriculture": USDA).
fn capitals_spell(name: &str, acronym: &str) -> bool {
    let mut spelt = String::with_capacity(acronym.len() + 4);
    // A company's legal forms may spell nothing ("British Petroleum Co Plc": BP): where the
    // spelling stood when the trailing run of them began.
    let mut before_forms = None;
    for w in name.split(' ') {
        if !super::words::is_company_form(w) {
            before_forms = None;
        } else if before_forms.is_none() {
            before_forms = Some(spelt.len());
        }
        if w.contains('.') {
            spelt.extend(w.chars().filter(char::is_ascii_uppercase));
        } else if let Some(c) = w.chars().next().filter(char::is_ascii_uppercase) {
            spelt.push(c);
        }
        if spelt.len() > acronym.len() + 8 {
            return false;
        }
    }
    spelt == acronym || before_forms.is_some_and(|n| spelt.get(..n) == Some(acronym))
}

/// "the Frenchman": a capitalised noun for a person is a demonym, an epithet for someone named.
fn capitalised_head(wording: &str) -> bool {
    wording
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// An adjective that describes a body without saying which kind it is ("the independent
/// authority", "the nonpartisan office", "the state-owned company"), by its ending; a noun
/// before the head ("the health department") names another kind.
fn describes_only(m: &str) -> bool {
    m.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        && [
            "al", "ic", "ive", "ous", "ent", "ant", "ed", "ful", "less", "ary", "an", "ian",
            "ible", "able",
        ]
        .iter()
        .any(|e| m.ends_with(e))
}

/// The age a role gives ("42-year-old" as its head or a modifier).
fn age_of(r: &Role) -> Option<&str> {
    std::iter::once(&r.head)
        .chain(&r.mods)
        .find(|w| super::words::is_age(w))
        .map(String::as_str)
}

/// Modifiers that say when or how long someone held a role, not which role it is: "the former
/// mayor" is the mayor of Eastport the article introduced.
fn not_naming(m: &str) -> bool {
    matches!(
        m,
        "former"
            | "new"
            | "then"
            | "current"
            | "outgoing"
            | "incoming"
            | "interim"
            | "acting"
            | "longtime"
            | "long-time"
            | "veteran"
            | "embattled"
            | "late"
    )
}

/// Whether two roles have one head noun: the same word, a title and its abbreviation ("Sen."
/// is the senator), a spokesman and a spokeswoman, the CEO and the chief executive, a
/// member of a legislature and "the lawmaker", and "the Rev." and the pastor or priest.
fn same_role(a: &Role, b: &Role) -> bool {
    let (ha, hb) = (full_title(&a.head), full_title(&b.head));
    let spokes = |h: &str| h.starts_with("spokes");
    let ceo =
        |x: &Role, h: &str| h == "ceo" || h == "executive" && x.mods.iter().any(|m| m == "chief");
    let member = |h: &str| {
        matches!(
            h,
            "senator"
                | "representative"
                | "congressman"
                | "congresswoman"
                | "legislator"
                | "mp"
                | "mpp"
                | "mla"
        )
    };
    let house = |h: &str| matches!(h, "representative" | "congressman" | "congresswoman");
    // "who heads the bank" is its chief, its leader
    let leads = |h: &str| matches!(h, "head" | "chief" | "leader");
    // "the Rev. Ada Lind" is a member of the clergy, whom "the pastor" names
    let clergy = |h: &str| matches!(h, "pastor" | "priest" | "minister" | "vicar" | "rector");
    ha == hb
        || ha == "reverend" && clergy(hb)
        || hb == "reverend" && clergy(ha)
        || leads(ha) && leads(hb)
        || spokes(ha) && spokes(hb)
        || ceo(a, ha) && ceo(b, hb)
        || house(ha) && house(hb)
        || ha == "lawmaker" && member(hb)
        || hb == "lawmaker" && member(ha)
}

/// The full word of an abbreviated title ("sen" -> "senator"), else the word itself.
fn full_title(h: &str) -> &str {
    match h {
        "sen" => "senator",
        "rep" => "representative",
        "gov" => "governor",
        "gen" => "general",
        "lt" => "lieutenant",
        "det" => "detective",
        "insp" => "inspector",
        "supt" => "superintendent",
        "const" => "constable",
        "prof" => "professor",
        "capt" => "captain",
        "sgt" => "sergeant",
        "cpl" => "corporal",
        "col" => "colonel",
        "maj" => "major",
        "adm" => "admiral",
        "cmdr" => "commander",
        "rev" => "reverend",
        _ => h,
    }
}

/// A country's abbreviation ("U.S.", "U.K.") or a word for its people ("Canadian", "Korean",
/// "Mexican", "Japanese", "Danish"): it names officials by their country, not by an
/// organisation. (Endings alone: "Morgan officials" are a bank's.)
fn names_a_people(word: &str) -> bool {
    word.contains('.')
        || matches!(word, "US" | "UK")
        || ["ian", "ean", "can", "ese", "ish"]
            .iter()
            .any(|e| word.ends_with(e))
}

/// A name no "he" or "she" points back to: a place ("Argentina", "Middle East"), a body by
/// its last word ("the Assembly", "European Community", "the Synod"), or a numbered thing
/// ("Public Act No. 9670", "Apollo 11").
fn names_a_place_or_body(name: &str) -> bool {
    let last = super::words::small(name.rsplit(' ').next().unwrap_or_default());
    name.bytes().any(|b| b.is_ascii_digit())
        || super::words::is_body_kind(&last)
        || super::canonical::is_place_or_org_word(&last)
        || super::places::names_a_place(name)
}
