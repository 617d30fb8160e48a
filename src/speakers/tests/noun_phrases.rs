//! Common-noun subjects of reporting verbs (issue 17): groups, organisations named by their
//! kind, a role set before the name it stands for, and nouns that never speak.
use super::*;

#[test]
fn a_possessive_before_an_organisation_noun() {
    assert_eq!(
        one("Berg's campaign said in a statement that the ad was false."),
        vec!["Berg's campaign"]
    );
    assert_eq!(
        one("The charity's board said the shelter would stay open."),
        vec!["the charity's board"]
    );
}

#[test]
fn a_group_with_a_postmodifier_after_to_or_on() {
    assert_eq!(
        one("Advisers to the premier said she would sign the bill."),
        vec!["advisers to the premier"]
    );
    assert_eq!(
        one("Republicans on the panel argued that the hearing was unfair."),
        vec!["Republicans on the panel"]
    );
    // A time after "on" is not part of the group.
    assert_eq!(
        one("Officials on Monday said the road was closed."),
        vec!["officials"]
    );
}

#[test]
fn the_press_speaks_as_a_group() {
    assert_eq!(
        one("But media have said the queues were hours long."),
        vec!["media"]
    );
    assert_eq!(
        one("Local media said the bridge had been closed since May."),
        vec!["local media"]
    );
}

#[test]
fn an_outlet_named_by_its_kind() {
    let got = speakers(&[
        "The Eastport Courier broke the story on Sunday.",
        "The newspaper said the mayor had been questioned by police.",
    ]);
    assert_eq!(got[1], vec!["Eastport Courier"]);
    assert_eq!(
        one("The magazine said the ruling was historic."),
        vec!["the magazine"]
    );
}

#[test]
fn a_body_named_by_its_kind_is_the_one_so_named() {
    let got = speakers(&[
        "Acme and the Harbour Safety Committee met on Monday.",
        "The committee said the quay was unsafe.",
    ]);
    assert_eq!(got[1], vec!["Harbour Safety Committee"]);
    // No committee named: as worded, not the company last mentioned.
    let got = speakers(&[
        "Acme opened a plant in Eastport on Monday.",
        "The committee said the plant was unsafe.",
    ]);
    assert_eq!(got[1], vec!["the committee"]);
}

#[test]
fn plural_people_nouns_are_groups() {
    assert_eq!(
        one("The authors say the figures point to a shortage of nurses."),
        vec!["authors"]
    );
    let got = speakers(&[
        "One commenter admitted to taking part. The commenter wrote that the site was down.",
    ]);
    assert_eq!(got[0], vec!["one commenter"]);
}

/// A plural noun for people speaks by its ending, though no list names it ("sailors",
/// "seamen"), after an opening phrase too; a plural of things does not.
#[test]
fn plural_people_nouns_by_their_ending() {
    assert_eq!(
        one("Yesterday, sailors said 190 ships were idle."),
        vec!["sailors"]
    );
    assert_eq!(
        one("At the strike headquarters, spokesmen say 190 ships are idle."),
        vec!["spokesmen"]
    );
    assert_eq!(
        one("In Eastport, seamen said the strike would go on."),
        vec!["seamen"]
    );
    assert!(one("It will cover the criminal settlements announced today.").is_empty());
}

/// People at a workplace speak, not the workplace; a relative clause after it changes nothing.
#[test]
fn people_at_a_workplace_speak() {
    assert_eq!(
        one("Analysts at Eastport Securities said the rally would fade."),
        vec!["analysts"]
    );
    assert_eq!(
        one("Floor traders at the Eastport Exchange, which merged with a rival last year, said they would move."),
        vec!["floor traders"]
    );
}

/// A singular noun for a person by its ending speaks with its determiner ("a Western aid
/// specialist"), before or after the verb; a thing or a comparative with that ending does not,
/// and a he/she after it may be that one.
#[test]
fn singular_people_nouns_by_their_ending() {
    let got = speakers(&[
        "\"It is a no-win situation,\" a Western aid specialist said.",
        "Rains have been poor, he said.",
    ]);
    assert_eq!(got[0], vec!["a Western aid specialist"]);
    assert_eq!(got[1], vec!["a Western aid specialist"]);
    assert_eq!(
        one("\"Prices doubled,\" said a veteran shopkeeper."),
        vec!["a veteran shopkeeper"]
    );
    assert!(one("It held the dividend at 37.5 cents after declaring a final dividend.").is_empty());
    assert!(
        one("The merger is subject to prior written consent, the filing said.")
            .iter()
            .all(|s| !s.contains("prior"))
    );
}

/// "economists here said": an adverb of place between a group and its verb.
#[test]
fn an_adverb_of_place_before_the_verb() {
    assert_eq!(
        one("The bags have been piling up, economists here said."),
        vec!["economists"]
    );
    assert_eq!(
        one("One trader at a major Eastport bank here said rates would fall."),
        vec!["one trader at a major Eastport bank"]
    );
}

/// After a verb that takes a clause, a phrase before a second reporting verb is that clause's
/// subject and speaks too; after one that takes a person ("told reporters"), it is the object.
#[test]
fn a_source_inside_a_reported_clause() {
    assert_eq!(
        one("The newsletter also said Norlandic oil sources said output was falling."),
        vec!["the newsletter", "Norlandic oil sources"]
    );
    assert_eq!(
        one("Ada Lind told reporters officials said the plan failed."),
        vec!["Ada Lind"]
    );
}

/// Those polled, surveyed or interviewed by someone answer; who asked them does not speak.
#[test]
fn people_polled_by_someone_speak_for_themselves() {
    assert_eq!(
        one("Analysts polled by the Eastport Herald estimated profits would rise."),
        vec!["analysts"]
    );
    assert_eq!(
        one("Bank economists contacted by the Eastport Herald said rates would fall."),
        vec!["bank economists"]
    );
}

#[test]
fn a_reported_finding_is_said() {
    assert_eq!(
        one("The newspaper reported that the mayor had been questioned."),
        vec!["the newspaper"]
    );
    // A plain object is no report of speech.
    assert!(one("The firm reported a loss of two million.").is_empty());
}

#[test]
fn a_role_then_its_name_in_apposition_after_the_verb() {
    assert_eq!(
        one("According to the club's captain, Ines Okafor, the match was fixed."),
        vec!["Ines Okafor"]
    );
    assert_eq!(
        one("\"We were robbed,\" said the club's captain, Ines Okafor."),
        vec!["Ines Okafor"]
    );
    // The name opening the clause after the comma is that clause's subject, not apposition.
    assert_eq!(
        one("According to the coach, Okafor played through the pain."),
        vec!["the coach"]
    );
}

#[test]
fn data_and_findings_do_not_speak() {
    for t in [
        "Estimates suggest the economy grew.",
        "Polls show the race is tight.",
        "The data suggest a slowdown.",
        "Reports say the mayor was questioned.",
        "Studies suggest the drug works.",
        "The results confirm the trend.",
    ] {
        assert!(one(t).is_empty(), "{t}: {:?}", one(t));
    }
}

#[test]
fn the_object_of_a_reporting_verb_is_no_speaker() {
    assert_eq!(
        one("Ada Lind, head of the port, told reporters: \"We are open.\""),
        vec!["Ada Lind"]
    );
}

#[test]
fn a_noun_then_the_name_it_stands_for() {
    assert_eq!(
        one("The columnist Ines Okafor reviewed the film, saying that it was too long."),
        vec!["Ines Okafor"]
    );
    assert_eq!(
        one("The charity Open Doors sued the city, saying that the ban was unlawful."),
        vec!["Open Doors"]
    );
}

#[test]
fn trades_and_their_groups_speak() {
    assert_eq!(
        one("The notes sold well, underwriters said."),
        vec!["underwriters"]
    );
    assert_eq!(
        one("Malaysian growers, however, said they preferred a free market."),
        vec!["Malaysian growers"]
    );
    assert_eq!(
        one("Most analysts polled said the cut was unlikely."),
        vec!["most analysts polled"]
    );
    // A body named by its kind that the article did not name stays as worded.
    let got = speakers(&[
        "Acme opened a plant in Eastport on Monday.",
        "The partnership said the plant would hire 300 people.",
    ]);
    assert_eq!(got[1], vec!["the partnership"]);
}

#[test]
fn a_source_inside_a_name_is_not_the_head() {
    let got = speakers(&[
        "A Harbour Growers Union spokesman said the quay was shut.",
        "The spokesman said it would reopen on Friday.",
    ]);
    assert_eq!(got[1], vec!["a Harbour Growers Union spokesman"]);
}

#[test]
fn a_name_after_a_group_s_to_or_for_is_its_object() {
    assert_eq!(
        one("Aides to Ada Lind said she would not run."),
        vec!["aides to Ada Lind"]
    );
    assert_eq!(
        one("Lawyers for Nils Berg said he would appeal."),
        vec!["lawyers for Nils Berg"]
    );
    // A spokesperson speaks for the name.
    assert_eq!(
        one("A spokesman for Acme said the plan was sound."),
        vec!["Acme"]
    );
}

/// "The newspaper" points back to a title of the press, never to the country the story is
/// about; a phrase after "said" ends at its verb ("said its division is the contractor").
#[test]
fn the_press_is_no_country_and_a_phrase_ends_at_its_verb() {
    assert_eq!(
        one("The Norlands will offer their creditors a plan, the newspaper said."),
        vec!["the newspaper"]
    );
    assert_eq!(
        one("Eastport Mining, in a separate release, said its harbour division is the contractor for the pier."),
        vec!["Eastport Mining"]
    );
}

/// "A Texas state court upheld": a cue word after an article and a capitalised modifier is
/// a noun; "Ada Lind, analyst for Eastport Securities noted": an appositive left open.
#[test]
fn modifiers_and_open_appositives() {
    assert_eq!(
        one("A Westlands state court upheld a ruling that the firm broke the law."),
        Vec::<String>::new()
    );
    assert_eq!(
        one("Ada Lind, analyst for Eastport Securities noted that prices are lower."),
        vec!["Ada Lind"]
    );
}

/// "Delegates" stays as worded after "some delegates": a quantifier says nothing more.
#[test]
fn a_quantifier_adds_nothing_to_a_group() {
    let got = speakers(&[
        "Some delegates said prices rose.",
        "Delegates said the talks would go on.",
    ]);
    assert_eq!(got[1], vec!["delegates"]);
}

#[test]
fn a_role_without_an_article_before_a_name_after_its_verb() {
    assert_eq!(
        one("\"The breakout matters,\" said chartist Ada Lind of Eastport Data Corp."),
        vec!["Ada Lind"]
    );
    assert_eq!(
        one("Prices rose, according to economist Nils Berg."),
        vec!["Nils Berg"]
    );
}

#[test]
fn a_bare_role_with_capitalised_modifiers_before_a_name() {
    assert_eq!(
        one("The envoy was in charge, said former Harbour House Norland adviser Ada Lind."),
        vec!["Ada Lind"]
    );
    assert_eq!(
        one(
            "The envoy was in charge, said another witness, former Harbour House adviser Ada Lind."
        ),
        vec!["Ada Lind"]
    );
}

#[test]
fn a_subject_before_its_auxiliary_speaks_in_a_participle() {
    assert_eq!(
        one("The commission is frustrated with the firms, saying they hid the data."),
        vec!["the commission"]
    );
}

#[test]
fn an_appositive_opening_with_a_possessive_name() {
    // "Eastport Bank, Norland's biggest lender, said": the possessive describes the subject.
    assert_eq!(
        one("Eastport Bank, Norland's biggest lender, said profits rose."),
        vec!["Eastport Bank"]
    );
    assert_eq!(
        one("\"I was not told,\" Ivo Tarn, Lind's superior, said."),
        vec!["Ivo Tarn"]
    );
}
