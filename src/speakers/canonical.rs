//! A person's name as stored: the forms of address, titles and possessive an article wrote
//! around it removed (issue 17). Pure functions of the name; grouping the names of one person
//! across articles is done when the index is searched (`search::persons`).

use std::borrow::Cow;

use super::words::{self, has, lexicon, Lexicon};

/// Forms of address written before a name that are not titles of an office: "Comrade Ada
/// Lind", "His Excellency Nils Berg", "Herr Berg".
#[rustfmt::skip]
static HONORIFICS: Lexicon = lexicon(&[
    "comrade", "excellency", "herr", "frau", "his", "her", "honorable", "honourable", "madam",
    "madame", "marshal", "mme", "monsieur", "senhor", "senor", "senora", "signor", "signora",
]);

/// `name` without the forms of address, titles and role nouns written before it ("Comrade Ada
/// Lind", "Secretary-General Ada Lind", "SecretaryGeneral Ada Lind", "Presidents Lind") nor a
/// possessive after it ("Lind's"). A name that is nothing but such words ("Madam President")
/// is kept whole.
pub fn person(name: &str) -> Cow<'_, str> {
    let name = name.trim();
    let mut rest = name;
    while let Some((first, tail)) = rest.split_once(' ') {
        let tail = tail.trim_start();
        let named = tail.split(' ').any(|w| !w.is_empty() && !addresses(w));
        if !addresses(first) || !named || !opens_a_name(tail) {
            break;
        }
        rest = tail;
    }
    let rest = without_possessive(rest);
    if rest.len() == name.len() {
        Cow::Borrowed(name)
    } else {
        Cow::Owned(rest.to_string())
    }
}

/// `name` as stored: a person's without what `person` removes; an organisation's without its
/// legal form ("General Harbour" of "General Harbour Co."), as news calls it after the first
/// mention, unless a form of address opens it, which only a person takes ("The Honourable Ada
/// Lind" reads as an organisation for its "The").
pub fn stored(name: &str, organisation: bool) -> Cow<'_, str> {
    let first = name.split(' ').next().unwrap_or("");
    let addressed = has(&HONORIFICS, first) && !matches!(first, "His" | "Her" | "his" | "her");
    if organisation && !addressed {
        Cow::Borrowed(cut_ending(name, words::is_company_form))
    } else {
        person(name)
    }
}

/// `name` without the last words that `cut` picks ("Inc", "Corp."), and the comma or "and"
/// before them;
/// the whole name when no capitalised word other than a sentence opener would be left.
pub fn cut_ending(name: &str, cut: impl Fn(&str) -> bool) -> &str {
    let mut end = name.len();
    while let Some(sp) = name[..end].rfind(' ') {
        if !cut(name[sp + 1..end].trim_end_matches(',')) {
            break;
        }
        end = sp;
    }
    // "Lind, Berg and Co": the "and" went with the legal form.
    let mut short = name[..end].trim_end_matches(',');
    if end < name.len() {
        short = short
            .strip_suffix(" and")
            .or_else(|| short.strip_suffix(" &"))
            .unwrap_or(short)
            .trim_end_matches(',');
    }
    let named = short
        .split(' ')
        .any(|w| w.starts_with(char::is_uppercase) && !words::is_stop_cap(w));
    if named {
        short
    } else {
        name
    }
}

/// Whether a name can start with `text`: a capitalised word, or a particle before one ("de
/// Gaulle").
fn opens_a_name(text: &str) -> bool {
    let mut pieces = text.split(' ');
    loop {
        match pieces.next() {
            Some(w) if is_particle(w) => continue,
            Some(w) => return w.starts_with(char::is_uppercase),
            None => return false,
        }
    }
}

/// A form of address, a title or a role noun written before a name: alone ("Dr.", "Comrade"),
/// plural ("Presidents"), hyphenated ("Secretary-General") or run together as a text
/// extracted from a page may leave it ("SecretaryGeneral").
fn addresses(word: &str) -> bool {
    let word = word.trim_end_matches(['.', ',']);
    if !word.starts_with(char::is_uppercase) {
        return false;
    }
    let one = |w: &str| {
        has(&HONORIFICS, w) || words::is_title(w) || words::is_person_role(w) || {
            let singular = w.strip_suffix(['s', 'S']).unwrap_or(w);
            singular.len() > 2 && (words::is_title(singular) || words::is_person_role(singular))
        }
    };
    if one(word) {
        return true;
    }
    if let Some((_, last)) = word.rsplit_once('-') {
        return one(last);
    }
    camel_parts(word).is_some_and(|parts| parts.iter().all(|p| one(p)))
}

/// The capitalised parts of a word written without spaces ("SecretaryGeneral"), when there are
/// at least two and each is a word of three letters or more (never "McNamara").
fn camel_parts(word: &str) -> Option<Vec<&str>> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, c) in word.char_indices().skip(1) {
        if c.is_uppercase() {
            parts.push(&word[start..i]);
            start = i;
        }
    }
    parts.push(&word[start..]);
    let words = parts.len() >= 2 && parts.iter().all(|p| p.chars().count() >= 3);
    words.then_some(parts)
}

/// `name` without an `'s` after its last word.
fn without_possessive(name: &str) -> &str {
    ["'s", "’s", "'S", "’S"]
        .iter()
        .find_map(|s| name.strip_suffix(s))
        .filter(|rest| !rest.is_empty())
        .unwrap_or(name)
}

/// A lower-case piece inside a name ("von", "de", "bin"): part of the surname, never a given
/// name.
pub fn is_particle(word: &str) -> bool {
    words::is_particle(word)
}

/// Articles, prepositions and conjunctions: a name holding one is a phrase ("the minister",
/// "Government of Norland"), never a person's name.
#[rustfmt::skip]
static LINK_WORDS: Lexicon = lexicon(&[
    "a", "an", "and", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to",
    "with",
]);

/// Whether `word` links the words of a phrase (see `LINK_WORDS`).
pub fn is_link_word(word: &str) -> bool {
    has(&LINK_WORDS, word)
}

/// Words of places and organisations ("South West Africa", "National Union"): a name holding
/// one is not the longer or shorter form of a person's name with the same first and last word.
#[rustfmt::skip]
static PLACE_WORDS: Lexicon = lexicon(&[
    "arab", "central", "democratic", "east", "eastern", "equatorial", "federal", "federation",
    "great", "greater", "island", "islands", "islamic", "kingdom", "latin", "lower", "middle",
    "nation", "nations", "national", "new", "north", "northern", "people", "peoples",
    "republic", "socialist", "south", "southern", "state", "states", "united", "upper", "west",
    "western",
]);

/// Whether `word` (lower case) is a word of places' names ("north", "republic", "middle").
pub fn is_place_word(word: &str) -> bool {
    has(&PLACE_WORDS, word)
}

/// Whether `word` belongs to the names of places or organisations (see `PLACE_WORDS`), or
/// of groups of people (`officials`, `residents`), rather than to a person's.
pub fn is_place_or_org_word(word: &str) -> bool {
    has(&PLACE_WORDS, word)
        || words::is_org_word(word)
        || words::is_collective(word)
        || words::is_org_role(word)
        || word.ends_with('s') && words::is_unnamed(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_of_address_and_titles_before_a_name_go() {
        assert_eq!(person("Comrade Ada Lind"), "Ada Lind");
        assert_eq!(person("His Excellency Nils Berg"), "Nils Berg");
        assert_eq!(person("Excellency Mr. Nils Berg"), "Nils Berg");
        assert_eq!(person("Dr. Ada Lind"), "Ada Lind");
        assert_eq!(person("Secretary-General Ada Lind"), "Ada Lind");
        assert_eq!(person("SecretaryGeneral Ada Lind"), "Ada Lind");
        assert_eq!(person("Presidents Berg"), "Berg");
        assert_eq!(person("Herr Berg"), "Berg");
        assert_eq!(person("Marshal Ivo Tarn"), "Ivo Tarn");
        assert_eq!(person("General de Vries"), "de Vries");
    }

    #[test]
    fn a_name_of_titles_alone_stays_whole() {
        assert_eq!(person("Madam President"), "Madam President");
        assert_eq!(person("Secretary-General"), "Secretary-General");
        assert_eq!(person("Comrade chairman"), "Comrade chairman");
    }

    #[test]
    fn names_are_not_cut_inside() {
        assert_eq!(person("Ada Lind"), "Ada Lind");
        assert_eq!(person("McArdle"), "McArdle");
        assert_eq!(person("Ivo McArdle"), "Ivo McArdle");
        assert_eq!(person("Nils Berg Sr."), "Nils Berg Sr.");
        assert!(matches!(person("Ada Lind"), Cow::Borrowed(_)));
    }

    #[test]
    fn an_organisation_keeps_its_name_unless_addressed_as_a_person() {
        // Without its legal form, as news calls it after the first mention.
        assert_eq!(stored("General Harbour Co", true), "General Harbour");
        assert_eq!(
            stored("Eastport Shipping Group Ltd.", true),
            "Eastport Shipping Group"
        );
        // A legal form alone, or after a sentence opener, is the whole name.
        assert_eq!(stored("The Co", true), "The Co");
        assert_eq!(stored("Lind, Berg and Co.", true), "Lind, Berg");
        assert_eq!(stored("Lind Berg and Co Inc", true), "Lind Berg");
        assert_eq!(stored("Morgan Stanley and Co Inc", true), "Morgan Stanley");
        assert_eq!(
            stored("Her Majesty's Government", true),
            "Her Majesty's Government"
        );
        assert_eq!(stored("Honourable Ada Lind", true), "Ada Lind");
        assert_eq!(stored("General Ada Lind", false), "Ada Lind");
    }

    #[test]
    fn a_possessive_goes() {
        assert_eq!(person("Ada Lind's"), "Ada Lind");
        assert_eq!(person("Berg’s"), "Berg");
    }

    #[test]
    fn place_words_are_not_name_words() {
        assert!(is_place_or_org_word("South"));
        assert!(is_place_or_org_word("Republic"));
        assert!(is_place_or_org_word("Council"));
        assert!(is_place_or_org_word("officials"));
        assert!(!is_place_or_org_word("Lind"));
    }
}
