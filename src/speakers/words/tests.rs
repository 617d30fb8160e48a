//! Unit tests of words.rs, on sentences written for the tests.
use super::*;

#[test]
fn lists_are_sorted_and_lower_case() {
    for lex in [
        &CUE_VERBS,
        &TITLES,
        &PERSON_ROLES,
        &UNNAMED,
        &ORG_ROLES,
        &COLLECTIVES,
        &DOCUMENTS,
        &ORG_WORDS,
        &STOP_CAPS,
        &PARTICLES,
        &BETWEEN,
        &super::super::gender::FEMALE,
        &super::super::gender::MALE,
        &super::super::gender::FEMALE_NAMES,
        &super::super::gender::MALE_NAMES,
    ] {
        let list = lex.words;
        for w in list.windows(2) {
            assert!(w[0] < w[1], "{} !< {}", w[0], w[1]);
        }
        assert!(list.iter().all(|w| w.to_lowercase() == *w));
    }
    for w in ABBREVS.words.windows(2) {
        assert!(w[0] < w[1], "{} !< {}", w[0], w[1]);
    }
}

#[test]
fn verb_forms() {
    assert!(is_cue_verb("said") && is_cue_verb("opined") && is_cue_verb("quipped"));
    assert!(!is_cue_verb("seemed"));
    assert!(inverts("said") && inverts("says") && !inverts("told"));
}

/// One hashing for two lists answers as the two lookups do, for every word of both lists, in
/// any case and with a period, and for words of neither.
#[test]
fn a_title_or_role_is_either_list() {
    let words: Vec<String> = TITLES
        .words
        .iter()
        .chain(PERSON_ROLES.words.iter())
        .chain(CUE_VERBS.words.iter())
        .flat_map(|w| {
            [
                w.to_string(),
                w.to_uppercase(),
                format!("{w}."),
                format!("{w}x"),
            ]
        })
        .collect();
    let mut hits = 0;
    for w in &words {
        let want = is_title(w) || is_person_role(w);
        assert_eq!(is_title_or_role(w), want, "{w}");
        hits += usize::from(want);
    }
    assert!(hits > TITLES.words.len(), "the lists' own words are found");
}
