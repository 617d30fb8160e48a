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
