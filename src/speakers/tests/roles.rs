//! Role nouns for people (issue 17): a role refers to the person introduced with it, however
//! the article wrote the role; with nobody to refer to, it is kept as worded.
use super::*;

#[test]
fn a_role_with_nobody_behind_it_stays_as_worded() {
    // Not the last person named: a lawyer was never introduced.
    let got = speakers(&[
        "Nils Berg was charged with fraud on Monday.",
        "The lawyer said they would appeal.",
    ]);
    assert_eq!(got[1], vec!["the lawyer"]);
    let got = speakers(&[
        "Nils Berg was charged with fraud on Monday.",
        "The family's lawyer said they would appeal.",
    ]);
    assert_eq!(got[1], vec!["the family's lawyer"]);
}

#[test]
fn a_capitalised_title_alone_is_a_role() {
    let got = speakers(&[
        "President Ada Lind met the press on Monday in Eastport.",
        "The President said the talks went well.",
    ]);
    assert_eq!(got[1], vec!["Ada Lind"]);
    let got = speakers(&[
        "Acme named Ada Lind as chief executive. Acme CEO Ada Lind spoke on Monday.",
        "The company's CEO said profits were up.",
    ]);
    assert_eq!(got[1], vec!["Ada Lind"]);
    let got = speakers(&["The President said the talks went well."]);
    assert_eq!(got[0], vec!["the president"]);
}

#[test]
fn a_title_after_a_form_of_address_is_a_name() {
    let got = speakers(&["Dr. King said the clinic would open."]);
    assert_eq!(got[0], vec!["King"]);
}

#[test]
fn a_described_role_is_the_person_in_focus() {
    // Guards the rule above: an epithet still points back to the person the article is about.
    let got = speakers(&[
        "Ada Lind opened her bakery in 1990.",
        "The affable owner said business had never been better.",
    ]);
    assert_eq!(got[1], vec!["Ada Lind"]);
}
