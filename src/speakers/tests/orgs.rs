//! Organisations (issue 17): names spelt out by an acronym, role nouns such as "the agency",
//! and panel labels naming a person and an affiliation.
use super::*;

#[test]
fn a_name_with_commas_and_and_is_spelt_out_by_its_acronym() {
    let got = speakers(&[
        "Harbours, Rivers and Canals Norland (HRCN) said the locks would close.",
        "HRCN said it had received 400 complaints.",
    ]);
    assert_eq!(got[0], vec!["Harbours, Rivers and Canals Norland"]);
    assert_eq!(got[1], vec!["Harbours, Rivers and Canals Norland"]);
    let got = speakers(&[
        "The Department of Fisheries, Oceans and Canals (DFOC) closed the bay.",
        "DFOC said the closure would last a week.",
    ]);
    assert_eq!(got[1], vec!["Department of Fisheries, Oceans and Canals"]);
}

#[test]
fn a_list_the_acronym_does_not_spell_stays_a_list() {
    let got = speakers(&[
        "Ada Lind, Nils Berg and the Eastport Harbour Authority (EHA) met on Monday.",
        "The EHA said the quay would reopen.",
    ]);
    assert_eq!(got[1], vec!["Eastport Harbour Authority"]);
    let got = speakers(&["Ada Lind (NDP) said she would vote against."]);
    assert_eq!(got[0], vec!["Ada Lind"]);
}

#[test]
fn a_spelt_out_name_after_the_verb_or_according_to() {
    assert_eq!(
        one("“We are ready,” said the Department of Harbours and Canals (DHC)."),
        vec!["Department of Harbours and Canals"]
    );
    assert_eq!(
        one("The locks will close, according to Harbours, Rivers and Canals Norland (HRCN)."),
        vec!["Harbours, Rivers and Canals Norland"]
    );
}

#[test]
fn a_panel_label_names_the_person_not_the_outlet() {
    // Issue 17, class 3: `Name, Outlet: "..."` gave the outlet.
    assert_eq!(
        one("Ada Lind, Eastport Herald: “The budget is a mess and everyone knows it.”"),
        vec!["Ada Lind"]
    );
    assert_eq!(
        one("Nils Berg, a teacher in Eastport: “We have no books for the children.”"),
        vec!["Nils Berg"]
    );
    assert_eq!(
        one("Berg, a teacher in Eastport: “We have no books for the children.”"),
        vec!["Berg"]
    );
    assert_eq!(
        one("Ada Lind (Eastport Herald): “The budget is a mess and everyone knows it.”"),
        vec!["Ada Lind"]
    );
    assert_eq!(
        one("Dr. Ada Lind, Eastport General Hospital, Norland: “We are full.”"),
        vec!["Ada Lind"]
    );
}

#[test]
fn a_label_without_a_person_is_the_organisation() {
    assert_eq!(
        one("A spokesperson, Eastport Harbour Authority: “The quay is closed.”"),
        vec!["Eastport Harbour Authority"]
    );
    // A sentence before the colon is not a label.
    assert_eq!(
        one("Ada Lind, the town's doctor, is more blunt: “We are full.”"),
        vec!["Ada Lind"]
    );
    assert_eq!(
        one("In Eastport, the mood was grim: “We are full.”"),
        Vec::<String>::new()
    );
}
