//! Names of countries and of their states, provinces and territories (`places.txt`, written by
//! `scripts/places.py` from the ISO 3166 tables of Debian's `iso-codes`): a name that speaks
//! and is one of them is a place, never a he or she.

use std::collections::HashSet;
use std::sync::OnceLock;

static LIST: &str = include_str!("places.txt");

/// Whether `word` is the name of a country, state, province or territory (one word, or several
/// as the list writes them).
pub fn is_place(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| LIST.lines().filter(|l| !l.is_empty()).collect())
        .contains(word)
}

/// Whether `name` is a place of several words in the list ("New Zealand", "Nova Scotia"), or
/// every word of it is a place or a word of places' names ("Middle East", "North Korea",
/// "South Australia").
pub fn names_a_place(name: &str) -> bool {
    !name.is_empty()
        && (name.contains(' ') && is_place(name)
            || name
                .split(' ')
                .all(|w| is_place(w) || super::canonical::is_place_word(&w.to_lowercase())))
}

#[cfg(test)]
mod tests {
    use super::{is_place, names_a_place};

    #[test]
    fn countries_and_their_states_are_places_and_people_are_not() {
        for p in [
            "Argentina",
            "Chad",
            "Ontario",
            "Texas",
            "Bihar",
            "Quebec",
            "Bihār",
        ] {
            assert!(is_place(p), "{p}");
        }
        for w in ["Lind", "Smith", "Reuters", "argentina", ""] {
            assert!(!is_place(w), "{w}");
        }
        assert!(names_a_place("Middle East") && names_a_place("North Korea"));
        assert!(!names_a_place("Ada Lind") && !names_a_place("East Lind"));
    }

    /// Places of several words are kept whole ("Nova Scotia" has no word that is a place).
    #[test]
    fn places_of_several_words_are_places() {
        for p in ["New Zealand", "Nova Scotia", "British Columbia", "Wales"] {
            assert!(names_a_place(p), "{p}");
        }
        assert!(!names_a_place("Nova Lind") && !names_a_place("Zealand Berg"));
    }
}
