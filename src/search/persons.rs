//! Which speaker names are one person across the corpus (issue 17). Names are stored as the
//! articles give them (`speakers::canonical`) and keyed without initials (`NameKey`); here,
//! when the index is searched, the keys of one surname are sorted into people: a surname
//! alone is the person when the corpus has one person by that surname, and a full name is the
//! same person as a longer or shorter form of it (`Ada Lind`, `Ada Maria Lind`). Done at query
//! time, so a later article that brings a second person by a surname changes the grouping at
//! once, with no index-wide step.
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::index::analyzers::{name_key, NameKey, NameShape};
use crate::speakers::canonical::is_place_or_org_word;

/// The full-name keys met, by the words of their surname (`NameKey::family`), with their
/// paragraph counts.
#[derive(Debug, Default)]
pub struct Persons {
    by_family: HashMap<String, Vec<(String, u64)>>,
    /// Paragraphs quoting a surname alone, by the surname's words.
    alone: HashMap<String, u64>,
    /// `groups` of each surname asked for since the last `add`: a listing asks for each name's.
    grouped: RefCell<HashMap<String, Rc<Groups>>>,
}

/// Keys grouped by person, each group's most quoted first.
type Groups = Vec<Vec<String>>;

/// A surname alone is the one person by it only when that person's full names are quoted at
/// least this fraction as often (1/5): a full name met once beside a surname quoted alone fifty
/// times is a slip of attribution (`Leave Norland` beside the country `Norland`), not the
/// person. On the UN General Debate speeches, the people named so (`Obama` beside `Barack
/// Obama`: 38 and 8) are above it, and such slips below it.
const FULL_SHARE: u64 = 5;

impl Persons {
    /// Counts `paragraphs` for the key of a name.
    pub fn add(&mut self, name: &NameKey, paragraphs: u64) {
        self.grouped.get_mut().clear();
        match name.shape {
            NameShape::Full => {
                let keys = self.by_family.entry(name.family.clone()).or_default();
                match keys.iter_mut().find(|(key, _)| *key == name.key) {
                    Some((_, count)) => *count += paragraphs,
                    None => keys.push((name.key.clone(), paragraphs)),
                }
            }
            NameShape::Surname => *self.alone.entry(name.family.clone()).or_default() += paragraphs,
            NameShape::Other => {}
        }
    }

    /// The person a name is: the key of the most quoted full name of its group (see
    /// `groups`); for a surname alone, that of the one person by the surname (`the_one`),
    /// else the surname itself.
    pub fn person(&self, name: &NameKey) -> String {
        let found = match name.shape {
            NameShape::Full => self
                .groups(&name.family)
                .iter()
                .find(|g| g.contains(&name.key))
                .cloned(),
            NameShape::Surname => self.the_one(&name.family),
            NameShape::Other => None,
        };
        match found.as_ref().and_then(|g| g.first()) {
            Some(head) => head.clone(),
            None => name.key.clone(),
        }
    }

    /// Every key that names the same person as `name`: the full names of its group, and the
    /// surname alone when they are the one person by it (`the_one`). A full name the corpus
    /// lacks is itself.
    pub fn keys(&self, name: &NameKey) -> Vec<String> {
        let the_one = self.the_one(&name.family);
        let mut keys = match name.shape {
            NameShape::Other => return vec![name.key.clone()],
            NameShape::Full => {
                let group = self
                    .groups(&name.family)
                    .iter()
                    .find(|g| g.contains(&name.key))
                    .cloned()
                    .unwrap_or_else(|| vec![name.key.clone()]);
                if the_one.as_ref() == Some(&group) {
                    keys_and(group, &name.family)
                } else {
                    group
                }
            }
            NameShape::Surname => keys_and(the_one.unwrap_or_default(), &name.family),
        };
        keys.sort();
        keys
    }

    /// The one person by a surname, whom the surname alone names: the only group of full names
    /// with it, when quoted often enough beside the surname alone (`FULL_SHARE`).
    fn the_one(&self, family: &str) -> Option<Vec<String>> {
        let groups = self.groups(family);
        let [group] = groups.as_slice() else {
            return None;
        };
        let group = group.clone();
        let counts = self.by_family.get(family)?;
        let full: u64 = counts
            .iter()
            .filter(|(key, _)| group.contains(key))
            .map(|(_, n)| n)
            .sum();
        let alone = self.alone.get(family).copied().unwrap_or(0);
        (full * FULL_SHARE >= alone).then_some(group)
    }

    /// The full-name keys of `family` (a surname's words) sorted into people, each the most
    /// quoted first: two keys are one person when they share the first word and one's words are all in the
    /// other, in order (`ada lind`, `ada maria lind`), unless a word of places or
    /// organisations says they are not people (`south africa`, `south west africa`).
    fn groups(&self, family: &str) -> Rc<Groups> {
        if let Some(groups) = self.grouped.borrow().get(family) {
            return Rc::clone(groups);
        }
        let groups = Rc::new(self.group(family));
        self.grouped
            .borrow_mut()
            .insert(family.to_owned(), Rc::clone(&groups));
        groups
    }

    /// `groups`, worked out.
    fn group(&self, family: &str) -> Groups {
        let Some(keys) = self.by_family.get(family) else {
            return Vec::new();
        };
        let mut keys = keys.clone();
        keys.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut parent: Vec<usize> = (0..keys.len()).collect();
        for i in 0..keys.len() {
            for j in i + 1..keys.len() {
                if same_person(&keys[i].0, &keys[j].0) {
                    let (a, b) = (root(&mut parent, i), root(&mut parent, j));
                    parent[a.max(b)] = a.min(b);
                }
            }
        }
        let mut groups: Vec<Vec<String>> = Vec::new();
        let mut at: HashMap<usize, usize> = HashMap::new();
        for (i, (key, _)) in keys.iter().enumerate() {
            let r = root(&mut parent, i);
            match at.get(&r) {
                Some(&g) => groups[g].push(key.clone()),
                None => {
                    at.insert(r, groups.len());
                    groups.push(vec![key.clone()]);
                }
            }
        }
        groups
    }
}

/// `keys` and `family`.
fn keys_and(mut keys: Vec<String>, family: &str) -> Vec<String> {
    keys.push(family.to_owned());
    keys
}

/// One person among counted names: the name to show, and the names counted, each with its
/// paragraphs, most first.
#[derive(Debug, Clone, PartialEq)]
pub struct Gathered {
    pub name: String,
    pub variants: Vec<(String, u64)>,
}

/// The names of `counted` gathered by person, the people being those of the whole index
/// (`corpus`: every name with its paragraphs), so that a person is shown under one name
/// whatever the query: the most quoted of their full names in the corpus (one not all in
/// capitals, when there is one; ties by name).
pub fn gather(corpus: &[(String, u64)], counted: &[(String, u64)]) -> Vec<Gathered> {
    let keyed = |names: &[(String, u64)]| -> Vec<(String, u64, NameKey)> {
        names
            .iter()
            .filter_map(|(name, n)| Some((name.clone(), *n, name_key(name)?)))
            .collect()
    };
    let corpus = keyed(corpus);
    let mut persons = Persons::default();
    for (_, n, key) in &corpus {
        persons.add(key, *n);
    }
    let person: HashMap<&str, String> = corpus
        .iter()
        .map(|(name, _, key)| (name.as_str(), persons.person(key)))
        .collect();
    // The name shown for each person: full names first, then names not all in capitals, then
    // the most quoted, then by name.
    let mut shown: HashMap<&str, ((bool, bool, u64), &str)> = HashMap::new();
    for (name, n, key) in &corpus {
        let capitals = !name.chars().any(char::is_lowercase);
        let candidate = ((key.shape == NameShape::Full, !capitals, *n), name.as_str());
        let Some(person) = person.get(name.as_str()) else {
            continue;
        };
        match shown.get_mut(person.as_str()) {
            Some(old) if candidate.0 > old.0 || candidate.0 == old.0 && candidate.1 < old.1 => {
                *old = candidate
            }
            Some(_) => {}
            None => {
                shown.insert(person, candidate);
            }
        }
    }
    let mut people: HashMap<String, Vec<(String, u64)>> = HashMap::new();
    for (name, n) in counted {
        let keyed = || Some(persons.person(&name_key(name)?));
        let Some(person) = person.get(name.as_str()).cloned().or_else(keyed) else {
            continue;
        };
        people.entry(person).or_default().push((name.clone(), *n));
    }
    people
        .into_iter()
        .map(|(person, mut variants)| {
            variants.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let name = match shown.get(person.as_str()) {
                Some((_, name)) => name.to_string(),
                None => variants[0].0.clone(),
            };
            Gathered { name, variants }
        })
        .collect()
}

/// The first of `i`'s group (union-find, with path halving).
fn root(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// Whether two full-name keys of one surname may name one person (see `Persons::groups`).
fn same_person(a: &str, b: &str) -> bool {
    let a: Vec<&str> = a.split(' ').collect();
    let b: Vec<&str> = b.split(' ').collect();
    if a.first() != b.first() || a.iter().chain(&b).any(|w| is_place_or_org_word(w)) {
        return false;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let mut long = long.iter();
    short.iter().all(|w| long.any(|l| l == w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn persons(names: &[(&str, u64)]) -> Persons {
        let mut persons = Persons::default();
        for (name, count) in names {
            persons.add(&name_key(name).unwrap(), *count);
        }
        persons
    }

    fn person(persons: &Persons, name: &str) -> String {
        persons.person(&name_key(name).unwrap())
    }

    #[test]
    fn a_surname_alone_is_the_one_person_by_it() {
        let p = persons(&[("Ada Lind", 5), ("Lind", 3), ("Ivo Tarn", 2)]);
        assert_eq!(person(&p, "Lind"), "ada lind");
        assert_eq!(person(&p, "ADA K. LIND"), "ada lind");
        assert_eq!(p.keys(&name_key("Ada Lind").unwrap()), ["ada lind", "lind"]);
        assert_eq!(p.keys(&name_key("Lind").unwrap()), ["ada lind", "lind"]);
    }

    #[test]
    fn a_surname_of_two_people_is_no_one_of_them() {
        let p = persons(&[("Ada Lind", 5), ("Lind", 3), ("Ole Lind", 2)]);
        assert_eq!(person(&p, "Lind"), "lind");
        assert_eq!(person(&p, "Ole Lind"), "ole lind");
        assert_eq!(p.keys(&name_key("Ada Lind").unwrap()), ["ada lind"]);
        assert_eq!(p.keys(&name_key("Lind").unwrap()), ["lind"]);
        assert_eq!(p.keys(&name_key("Eva Lind").unwrap()), ["eva lind"]);
    }

    #[test]
    fn a_full_name_met_rarely_beside_its_surname_alone_is_not_its_person() {
        let p = persons(&[("Ada Lind", 1), ("Lind", 6)]);
        assert_eq!(person(&p, "Lind"), "lind");
        assert_eq!(p.keys(&name_key("Ada Lind").unwrap()), ["ada lind"]);
        let p = persons(&[("Ada Lind", 2), ("Lind", 6)]);
        assert_eq!(person(&p, "Lind"), "ada lind");
    }

    #[test]
    fn a_longer_form_of_a_name_is_the_same_person() {
        let p = persons(&[("Ada Lind", 5), ("Ada Maria Lind", 1), ("Lind", 3)]);
        assert_eq!(person(&p, "Ada Maria Lind"), "ada lind");
        assert_eq!(person(&p, "Lind"), "ada lind");
        assert_eq!(
            p.keys(&name_key("Ada Maria Lind").unwrap()),
            ["ada lind", "ada maria lind", "lind"]
        );
    }

    #[test]
    fn names_are_gathered_under_the_most_quoted_full_name() {
        let corpus = [
            ("Ada Lind".to_string(), 5),
            ("ADA K. LIND".to_string(), 6),
            ("Lind".to_string(), 9),
            ("Ivo Tarn".to_string(), 2),
        ];
        let counted = [
            ("Lind".to_string(), 2),
            ("Ada Lind".to_string(), 1),
            ("Ivo Tarn".to_string(), 1),
        ];
        let mut got = gather(&corpus, &counted);
        got.sort_by(|a, b| a.name.cmp(&b.name));
        assert_eq!(
            got,
            [
                Gathered {
                    name: "Ada Lind".into(),
                    variants: vec![("Lind".into(), 2), ("Ada Lind".into(), 1)]
                },
                Gathered {
                    name: "Ivo Tarn".into(),
                    variants: vec![("Ivo Tarn".into(), 1)]
                },
            ]
        );
    }

    #[test]
    fn places_are_not_longer_forms_of_each_other() {
        let p = persons(&[("South Norland", 5), ("South West Norland", 1)]);
        assert_eq!(person(&p, "South West Norland"), "south west norland");
        assert_eq!(person(&p, "Norland"), "norland");
    }
}
