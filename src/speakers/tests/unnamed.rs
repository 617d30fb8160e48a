//! Unnamed sources (issue 17): kept as the article describes them, as a noun phrase.
use super::*;

#[test]
fn agent_nouns_that_can_speak() {
    assert_eq!(
        one("A resident said the road was closed."),
        vec!["a resident"]
    );
    assert_eq!(
        one("The road was closed, a resident said."),
        vec!["a resident"]
    );
    assert_eq!(
        one("Another resident said the water was brown."),
        vec!["another resident"]
    );
    assert_eq!(
        one("A bystander said she heard shots."),
        vec!["a bystander"]
    );
    assert_eq!(
        one("Some lawmakers said the bill was flawed."),
        vec!["some lawmakers"]
    );
    assert_eq!(
        one("Republican lawmakers said the bill was flawed."),
        vec!["Republican lawmakers"]
    );
    assert_eq!(
        one("Medical staff said the boy was stable."),
        vec!["medical staff"]
    );
    assert_eq!(
        one("A researcher at the university said the drug worked."),
        vec!["a researcher at the university"]
    );
    assert_eq!(
        one("A critic of the plan said it was costly."),
        vec!["a critic of the plan"]
    );
}

#[test]
fn a_source_after_its_verb_keeps_its_postmodifier() {
    assert_eq!(
        one("A deal was close, according to sources familiar with the negotiations."),
        vec!["sources familiar with the negotiations"]
    );
    assert_eq!(
        one("\"We are done,\" said a spokesperson for the camp."),
        vec!["a spokesperson for the camp"]
    );
    assert_eq!(
        one("The talks had stalled, said sources close to the talks, who asked not to be named."),
        vec!["sources close to the talks"]
    );
    assert_eq!(
        one("According to a spokesperson for the camp, the protest would continue."),
        vec!["a spokesperson for the camp"]
    );
    // A time after the phrase is not part of it.
    assert_eq!(
        one("The road will reopen, said officials at the ministry on Tuesday."),
        vec!["officials at the ministry"]
    );
}

#[test]
fn a_place_after_a_group_is_not_the_speaker() {
    assert_eq!(
        one("Police in Eastport said the man was arrested."),
        vec!["police"]
    );
}

#[test]
fn a_compound_noun_is_read_to_its_last_word() {
    assert_eq!(
        one("The man lied, according to police officials."),
        vec!["police officials"]
    );
    // Documents speak for whoever wrote them: the court is not the speaker.
    assert!(one("According to court documents, the man lied.").is_empty());
}

#[test]
fn a_group_keeps_the_capitals_of_an_acronym() {
    assert_eq!(
        one("U.S. officials said the outbreak was over."),
        vec!["U.S. officials"]
    );
}

#[test]
fn someone_in_general_is_not_a_source() {
    assert!(one("An eviction is when a landlord tells a tenant to leave.").is_empty());
}

#[test]
fn the_source_named_again_with_the() {
    let got = speakers(&[
        "A justice official said the request was received.",
        "Ada Lind was arrested in Eastport.",
        "The justice official told reporters the case was strong.",
    ]);
    assert_eq!(got[2], vec!["a justice official"]);
    // Described, with no such source before: the person in focus.
    let got = speakers(&[
        "Ada Lind opened her shop in 1990.",
        "\"It was hard,\" says the laid-back Eastport resident.",
    ]);
    assert_eq!(got[1], vec!["Ada Lind"]);
}

#[test]
fn a_group_before_a_reported_clause_is_not_inverted() {
    // ", said landlords in cities will ..." has its own clause: "landlords" is not the speaker.
    let got = one("An expert, who wrote the report, said landlords in cities will raise rents.");
    assert!(!got.contains(&"landlords".to_string()), "{got:?}");
}

#[test]
fn a_story_told_with_when_keeps_its_source() {
    assert_eq!(
        one("I was at a party when a friend wondered loudly, \"Do you ever sleep?\""),
        vec!["a friend"]
    );
}

#[test]
fn an_unnamed_source_is_its_noun_phrase_without_a_relative_clause() {
    // After its verb and before it alike: the clause says how the source was quoted.
    assert_eq!(
        one("\"It will fall,\" said one harbour trader who asked not to be identified."),
        vec!["one harbour trader"]
    );
    assert_eq!(
        one("One harbour trader who asked not to be identified said it would fall."),
        vec!["one harbour trader"]
    );
    assert_eq!(
        one("A senior official who spoke on condition of anonymity said the talks failed."),
        vec!["a senior official"]
    );
}

#[test]
fn capitals_before_a_plural_noun_for_people_name_a_group() {
    assert_eq!(
        one("The fund is alarmed, said Western diplomats."),
        vec!["Western diplomats"]
    );
    assert_eq!(
        one("Business leaders said the deal would help."),
        vec!["business leaders"]
    );
    assert_eq!(
        one("The fund is alarmed, according to Eastport Bank analysts."),
        vec!["Eastport Bank analysts"]
    );
}

#[test]
fn a_name_and_its_verb_in_ers_are_no_group() {
    // "remembers" ends like "members"; an object after it shows the verb.
    assert_eq!(
        one("Lind remembers him apologizing in court, saying he was sorry."),
        vec!["Lind"]
    );
    assert_eq!(
        one("Berg offers the board a deal, saying it is fair."),
        vec!["Berg"]
    );
}

#[test]
fn a_quantity_of_people_is_one_unnamed_source() {
    assert_eq!(
        one("Over the longer term, a number of analysts say the rift will heal."),
        vec!["a number of analysts"]
    );
    assert_eq!(
        one("Some of the economists said rates would fall."),
        vec!["some of the economists"]
    );
    // not a quantity of things
    assert!(one("Most of the shares said to be sold were old.").is_empty());
}

#[test]
fn people_described_after_the_verb_are_a_source() {
    // "people" alone is nobody in particular; described, they are a source.
    assert_eq!(
        one("Talks stalled, according to people familiar with their thinking."),
        vec!["people familiar with their thinking"]
    );
    assert_eq!(
        one("Talks stalled, said two people familiar with the matter."),
        vec!["two people familiar with the matter"]
    );
    assert_eq!(
        one("Talks stalled, according to a person briefed on the matter."),
        vec!["a person briefed on the matter"]
    );
    assert_eq!(
        one("Power was cut, according to a group representing rural counties."),
        vec!["a group representing rural counties"]
    );
    assert!(one("Talks stalled, according to people.").is_empty());
}

#[test]
fn a_group_described_by_where_it_is() {
    assert_eq!(
        one("Executives across the region say they have no choice."),
        vec!["executives across the region"]
    );
    // A noun inside what describes another is not the source.
    assert!(
        one("The war against the regime has exposed the flaws and has revealed the rest.")
            .is_empty()
    );
}

#[test]
fn a_name_set_off_after_a_description_is_who_spoke() {
    assert_eq!(
        one("The envoy was in charge, said another witness in the inquiry, Ada Lind."),
        vec!["Ada Lind"]
    );
    assert_eq!(
        one("The envoy was in charge, said a former aide, Ada Lind."),
        vec!["Ada Lind"]
    );
    // A name after a group, or after a body ending the description, is not the speaker.
    assert_eq!(
        one("Prices rose, said analysts at the bank, Lind Berg."),
        vec!["analysts at the bank"]
    );
    assert_eq!(
        one("Prices rose, said a trader at the bank, Lind Berg."),
        vec!["a trader at the bank"]
    );
}

#[test]
fn a_described_source_after_a_subordinating_conjunction() {
    assert_eq!(
        one("He was arrested after employees of a car dealership said he tried to steal a van."),
        vec!["employees of a car dealership"]
    );
    assert_eq!(
        one("Prices fell, while sources at the ministry said a deal was near."),
        vec!["sources at the ministry"]
    );
}

/// A source or person by role described by a participle or a prepositional phrase before the
/// verb is the whole phrase; a past tense with an object is a clause of its own, and a title
/// without an article after a name and a comma describes the name.
#[test]
fn a_source_described_by_a_participle_before_its_verb() {
    for (text, who) in [
        (
            "A woman living near the plant said the smell was bad.",
            "a woman living near the plant",
        ),
        (
            "A spokesman reached by phone said the plant was closed.",
            "a spokesman reached by phone",
        ),
        (
            "The head of another foreign bank said rates would rise.",
            "the head of another foreign bank",
        ),
        (
            "The general trading manager of an oil company told reporters prices would fall.",
            "the general trading manager of an oil company",
        ),
    ] {
        assert_eq!(one(text), vec![who], "{text}");
    }
    assert_eq!(
        one("Economists welcomed the plan and said growth would pick up."),
        vec!["economists"]
    );
    assert_eq!(
        one("Mark Rogers, paper analyst for Eastport Bank said prices would rise."),
        vec!["Mark Rogers"]
    );
    for text in [
        "A Harbour Bank spokesman declined comment on the charges.",
        "Figures show 45,756 migrants crossing the Channel last year drove asylum claims up.",
        "With dealers reporting that the remarks helped, shares rose.",
    ] {
        assert!(one(text).is_empty(), "{text}: {:?}", one(text));
    }
}

/// "in Dunedin, New Zealand,": a place after a place and a comma goes on naming it; it is no
/// appositive, and the person or the source the place describes speaks.
#[test]
fn a_place_after_a_place_and_a_comma_goes_on() {
    let got = speakers(&[
        "\"Penguins are at risk,\" Ada Lind of Eastport University in Dunedin, New Zealand, said.",
    ]);
    assert_eq!(got[0], vec!["Ada Lind"]);
    let got = speakers(&["A teacher in Halifax, Nova Scotia, said the school would close."]);
    assert_eq!(got[0], vec!["a teacher in Halifax"]);
    let got = speakers(&["Ada Lind, a teacher in Eastport, Ontario, said the school would close."]);
    assert_eq!(got[0], vec!["Ada Lind"]);
    let got = speakers(&["Grain moved late -- which a dealer in Eastport, Iowa, said was normal."]);
    assert_eq!(got[0], vec!["a dealer in Eastport"]);
}

/// "according to the Eastport, Ontario-based appeals court": a place before a comma and a
/// hyphenated participle is part of the modifier, not the source.
#[test]
fn a_place_inside_a_hyphenated_modifier_is_no_source() {
    let got = speakers(&[
        "Among the products was a video, according to the Eastport, Ontario-based appeals court.",
    ]);
    assert!(!got[0].iter().any(|s| s == "Eastport"), "{:?}", got[0]);
}
