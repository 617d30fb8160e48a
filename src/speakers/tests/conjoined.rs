//! Subjects joined by "and" (issue 17): two people are two speakers, two bare plurals one
//! group, and an "and" inside a name or a modifier joins nothing.
use super::*;

#[test]
fn two_people_joined_are_two_speakers() {
    assert_eq!(
        one("The mayor and Ada Lind said the road was closed."),
        vec!["the mayor", "Ada Lind"]
    );
    assert_eq!(
        one("Both the premier and the opposition leader said the road was closed."),
        vec!["the premier", "the opposition leader"]
    );
    assert_eq!(
        one("Ada Lind and Nils Berg said the road was closed."),
        vec!["Ada Lind", "Nils Berg"]
    );
    // A name after "and the" keeps the one before it.
    assert_eq!(
        one("Both the Eastport Police and the Eastport School District have said it was closed."),
        vec!["Eastport Police", "Eastport School District"]
    );
}

#[test]
fn two_bare_plurals_are_one_group() {
    assert_eq!(
        one("Prices rose, officials and businessmen from the region said."),
        vec!["officials and businessmen from the region"]
    );
    assert_eq!(
        one("Officials and experts said the road was closed."),
        vec!["officials and experts"]
    );
    assert_eq!(
        one("The road was closed, officials and experts in Eastport said."),
        vec!["officials and experts"]
    );
    assert_eq!(
        one("Doctors and nurses at the hospital said the road was closed."),
        vec!["doctors and nurses at the hospital"]
    );
}

#[test]
fn an_and_inside_a_modifier_or_a_name_joins_nothing() {
    assert_eq!(
        one("Prices rose, a Norland Steel and Iron Association official said."),
        vec!["a Norland Steel and Iron Association official"]
    );
    assert_eq!(
        one("Prices rose, Norlandic and Eastlandic research officials said."),
        vec!["Norlandic and Eastlandic research officials"]
    );
    assert_eq!(
        one("Prices rose, Ada Lind of Berg Hansen and Dahl said."),
        vec!["Ada Lind"]
    );
}

#[test]
fn a_second_role_without_an_article_is_the_same_person() {
    assert_eq!(
        one("The chairman and chief executive said prices rose."),
        vec!["the chairman"]
    );
}

/// "Delegates" after "consumer delegates" is that group; "producer delegates" is another.
#[test]
fn a_group_keeps_its_own_modifier() {
    let got = speakers(&[
        "Producer delegates said prices rose.",
        "Consumer delegates said prices fell.",
        "Delegates said the talks would go on.",
    ]);
    assert_eq!(got[0], vec!["producer delegates"]);
    assert_eq!(got[1], vec!["consumer delegates"]);
    assert_eq!(got[2], vec!["consumer delegates"]);
}

#[test]
fn a_portfolio_joined_by_and_is_part_of_the_title() {
    assert_eq!(
        one("Trade and Industry Minister Ada Lind said exports rose."),
        vec!["Ada Lind"]
    );
    assert_eq!(
        one("Exports rose, said Harbours and Canals Secretary Ada Lind."),
        vec!["Ada Lind"]
    );
    assert_eq!(
        one("Chairman and Chief Executive Ada Lind said exports rose."),
        vec!["Ada Lind"]
    );
    assert_eq!(
        one("Exports rose, Federal Resources and Energy Minister Ada Lind said."),
        vec!["Ada Lind"]
    );
    // Two people stay two.
    assert_eq!(
        one("Ada Lind and Energy Minister Nils Berg said exports rose."),
        vec!["Ada Lind", "Nils Berg"]
    );
    assert_eq!(
        one("Lind and Finance Director Nils Berg said exports rose."),
        vec!["Lind", "Nils Berg"]
    );
}

/// A list of speakers opening the sentence ("Lind, Berg and Dahl said", with or without a
/// comma before "and"), or after a phrase set off before it ("On Monday, "), gives every one
/// of them. Not a list: a sentence adverb or a place
/// before the comma, a description set off after a name, the places of one phrase, the
/// portfolios of one title. Sources without a name or a role are one group, as two are.
#[test]
fn a_list_of_three_speakers() {
    for text in [
        "Lind, Berg and Dahl said the plan would fail.",
        "Lind, Berg, and Dahl said the plan would fail.",
        "But Lind, Berg and Dahl said the plan would fail.",
        "On Monday, Lind, Berg and Dahl said the plan would fail.",
        "In Eastport, Lind, Berg and Dahl said the plan would fail.",
        "Afterwards, Lind, Berg and Dahl said the plan would fail.",
    ] {
        assert_eq!(one(text), vec!["Lind", "Berg", "Dahl"], "{text}");
    }
    assert_eq!(
        one("The mayor, Ada Lind and the fire chief said the plan would fail."),
        vec!["the mayor", "Ada Lind", "the fire chief"]
    );
    assert_eq!(
        one("Eastport, Norland and Westport said in a statement that the plan would fail."),
        vec!["Eastport", "Norland", "Westport"]
    );
    assert_eq!(
        one("In Eastport, Lind and Berg said the plan would fail."),
        vec!["Lind", "Berg"]
    );
    assert_eq!(
        one("Afterwards, Lind and Berg told reporters the plan would fail."),
        vec!["Lind", "Berg"]
    );
    assert_eq!(
        one("Ada Lind, a lawyer, and Tom Berg said the plan would fail."),
        vec!["Ada Lind", "Tom Berg"]
    );
    assert_eq!(
        one("Mines, Power and Steel Minister Ada Lind said exports rose."),
        vec!["Ada Lind"]
    );
    assert_eq!(
        one("Lawyers, doctors and nurses said the plan would fail."),
        vec!["lawyers, doctors and nurses"]
    );
}
