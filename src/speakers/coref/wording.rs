//! How coreference compares and reads names and phrases: first and last words, case-blind
//! equality, the head noun of an unnamed source.

pub(super) fn last_token(s: &str) -> &str {
    s.rsplit(' ').next().unwrap_or(s)
}

/// Where a name's first and last words lie, its word count, and case-blind fingerprints of the
/// name and of those words: registry scans compare fingerprints and call `same` only on a match.
#[derive(Debug, Clone, Copy)]
pub(super) struct Shape {
    pub first_end: usize,
    pub last_start: usize,
    pub last_end: usize,
    pub words: usize,
    pub name_fp: u32,
    pub first_fp: u32,
    pub last_fp: u32,
}

impl Shape {
    pub fn of(name: &str) -> Shape {
        let shape = if name.is_ascii() {
            Self::of_ascii(name)
        } else {
            Self::of_any(name)
        };
        shape.before_suffix(name)
    }

    /// "Richard Lind III", "Ada Lind Jr.": the surname is the word before a generational
    /// suffix, so that "Lind" alone finds them.
    fn before_suffix(mut self, name: &str) -> Shape {
        // (most names have fewer words: no comparison for them)
        if self.words < 3
            || !matches!(
                self.last(name),
                "Jr" | "Jr." | "Sr" | "Sr." | "II" | "III" | "IV"
            )
        {
            return self;
        }
        let end = self.last_start - 1;
        let head = name[..end].trim_end_matches(',');
        self.last_start = head.rfind(' ').map_or(0, |i| i + 1);
        self.last_end = head.len();
        self.last_fp = fingerprint(&head[self.last_start..]);
        self
    }

    fn of_any(name: &str) -> Shape {
        let first_end = name.find(' ').unwrap_or(name.len());
        let last_start = name.rfind(' ').map_or(0, |i| i + 1);
        let first = name.get(..first_end).unwrap_or(name);
        let last = name.get(last_start..).unwrap_or(name);
        Shape {
            first_end,
            last_start,
            last_end: name.len(),
            words: name.bytes().filter(|&b| b == b' ').count() + 1,
            name_fp: fingerprint(name),
            first_fp: fingerprint(first),
            last_fp: fingerprint(last),
        }
    }

    /// `of` in one pass over the bytes, for the usual ASCII name.
    fn of_ascii(name: &str) -> Shape {
        let (mut whole, mut word) = (SEED, SEED);
        let (mut words, mut word_start) = (1, 0);
        let mut first: Option<(usize, u32)> = None;
        for (i, b) in name.bytes().enumerate() {
            let c = u32::from(b.to_ascii_lowercase());
            whole = step(whole, c);
            if b == b' ' {
                first.get_or_insert((i, step(word, (i - word_start) as u32)));
                words += 1;
                word_start = i + 1;
                word = SEED;
            } else {
                word = step(word, c);
            }
        }
        let last_fp = step(word, (name.len() - word_start) as u32);
        let (first_end, first_fp) = first.unwrap_or((name.len(), last_fp));
        Shape {
            first_end,
            last_start: word_start,
            last_end: name.len(),
            words,
            name_fp: step(whole, name.len() as u32),
            first_fp,
            last_fp,
        }
    }

    pub fn first<'a>(&self, name: &'a str) -> &'a str {
        name.get(..self.first_end).unwrap_or(name)
    }

    pub fn last<'a>(&self, name: &'a str) -> &'a str {
        name.get(self.last_start..self.last_end).unwrap_or(name)
    }
}

const SEED: u32 = 0x811c_9dc5;

fn step(h: u32, c: u32) -> u32 {
    (h ^ c).wrapping_mul(0x0100_0193)
}

/// Equal whenever `same` holds: the lower-cased characters and the byte length are hashed.
/// (ASCII-case-blind equality implies equal lower-cased characters.)
pub(super) fn fingerprint(s: &str) -> u32 {
    let mut h = SEED;
    if s.is_ascii() {
        for b in s.bytes() {
            h = step(h, u32::from(b.to_ascii_lowercase()));
        }
    } else {
        for c in s.chars().flat_map(char::to_lowercase) {
            h = step(h, u32::from(c));
        }
    }
    step(h, s.len() as u32)
}

pub(super) fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && (a.eq_ignore_ascii_case(b)
            || !a.is_ascii()
                && a.chars()
                    .flat_map(char::to_lowercase)
                    .eq(b.chars().flat_map(char::to_lowercase)))
}

/// The head noun of an unnamed-source phrase: before any prepositional postmodifier, the last
/// word that names the source kind ("sources familiar with the talks" -> "sources", "a police
/// spokesman" -> "spokesman"), else the last word there ("a lawyer for Ada Lind" -> "lawyer").
/// A capitalised word inside the phrase belongs to a name ("a Sugar Producers Association
/// spokesman").
pub(super) fn phrase_head(p: &str) -> String {
    let lower = p.to_lowercase();
    let in_a_name = |i: usize| {
        i > 0
            && p.split(' ')
                .nth(i)
                .is_some_and(crate::speakers::tokens::is_cap)
    };
    let before: Vec<(usize, &str)> = lower
        .split(' ')
        .enumerate()
        .take_while(|(_, w)| !crate::speakers::phrases::is_preposition(w))
        .collect();
    before
        .iter()
        .rev()
        .find(|&&(i, w)| (crate::speakers::words::is_unnamed(w) || w == "people") && !in_a_name(i))
        .or(before.last())
        .map(|&(_, w)| w)
        .unwrap_or_else(|| last_token(&lower))
        .to_string()
}

/// Whether the phrase `short` names no other kind than the fuller phrase `full` with the same
/// head: the words before its head, but for quantifiers, all before the head of `full`
/// ("analysts", "other analysts" after "trade analysts"; not "consumer delegates" after
/// "government delegates"). What follows the head ("familiar with the talks") tells no
/// group from another.
pub(super) fn says_no_more(short: &str, full: &str) -> bool {
    let known = premodifiers(full);
    premodifiers(short)
        .iter()
        .all(|w| known.contains(w) || is_quantifier(w))
}

/// Whether `full` says more than `short` in words other than quantifiers: "sources familiar
/// with the talks" more than "sources", "some analysts" no more than "analysts".
pub(super) fn says_more(full: &str, short: &str) -> bool {
    let short = short.to_lowercase();
    let mine: Vec<&str> = short.split(' ').collect();
    full.to_lowercase()
        .split(' ')
        .any(|w| !mine.contains(&w) && !is_quantifier(w))
}

/// The lower-cased words of a phrase before its head.
fn premodifiers(p: &str) -> Vec<String> {
    let head = phrase_head(p);
    p.to_lowercase()
        .split(' ')
        .take_while(|w| *w != head)
        .map(str::to_string)
        .collect()
}

fn is_quantifier(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "some"
            | "most"
            | "many"
            | "other"
            | "several"
            | "few"
            | "these"
            | "those"
            | "both"
            | "all"
            | "two"
            | "three"
            | "one"
    )
}

/// Plural or collective phrases that "they" can point back to.
pub(super) fn plural_phrase(p: &str) -> bool {
    let h = last_token(p).to_lowercase();
    h.ends_with('s') || h == "crown" || crate::speakers::words::is_mass_plural(&h)
}

/// Whether an unnamed speaker is one body ("the US military", "the union"), which "it" can
/// stand for.
pub(super) fn body_phrase(p: &str) -> bool {
    let h = phrase_head(p);
    let words =
        crate::speakers::words::is_collective(&h) || crate::speakers::words::is_org_role(&h);
    words && !h.ends_with('s')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shape_fingerprints_agree_with_same() {
        for name in [
            "Ada",
            "Ada Lind",
            "Emmanuel Jean Macron",
            "",
            " x",
            "x ",
            "a  b",
            "Zoë Ørsted",
        ] {
            let s = Shape::of(name);
            assert_eq!(s.first(name), name.split(' ').next().unwrap_or(name));
            assert_eq!(s.last(name), name.rsplit(' ').next().unwrap_or(name));
            assert_eq!(s.words, name.matches(' ').count() + 1);
            assert_eq!(s.name_fp, fingerprint(name));
            assert_eq!(s.first_fp, fingerprint(s.first(name)));
            assert_eq!(s.last_fp, fingerprint(s.last(name)));
        }
        for (a, b) in [("LIND", "Lind"), ("zoë", "ZOË"), ("McDonald", "MCDONALD")] {
            assert!(same(a, b));
            assert_eq!(fingerprint(a), fingerprint(b));
        }
    }
}
