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

#[test]
fn a_compound_role_is_read_to_its_last_noun() {
    let got = speakers(&[
        "Ada Lind, chief executive of Acme, spoke on Monday.",
        "The chief executive said profits were up.",
    ]);
    assert_eq!(got[1], vec!["Ada Lind"]);
    let got = speakers(&[
        "Nils Berg, the Eagles' head coach, spoke after the game.",
        "\"We played well,\" the head coach said.",
    ]);
    assert_eq!(got[1], vec!["Nils Berg"]);
    let got = speakers(&[
        "Ada Lind, vice-president of Acme, spoke on Monday.",
        "The vice-president said sales were up.",
    ]);
    assert_eq!(got[1], vec!["Ada Lind"]);
}

#[test]
fn a_role_set_before_the_name_by_a_comma() {
    let got = speakers(&[
        "The province's premier, Ada Lind, visited the plant.",
        "\"We will keep it open,\" the premier said.",
    ]);
    assert_eq!(got[1], vec!["Ada Lind"]);
    let got = speakers(&[
        "The minister of health, Ada Lind, visited the plant.",
        "The minister said hospitals were ready.",
    ]);
    assert_eq!(got[1], vec!["Ada Lind"]);
}

#[test]
fn an_appositive_role_after_a_possessive() {
    let got = speakers(&[
        "Ada Lind, Norland's minister of health, visited the plant.",
        "The minister said hospitals were ready.",
    ]);
    assert_eq!(got[1], vec!["Ada Lind"]);
    let got = speakers(&[
        "Ada Lind, Acme's chief executive, spoke on Monday.",
        "The chief executive said profits were up.",
    ]);
    assert_eq!(got[1], vec!["Ada Lind"]);
}

#[test]
fn an_age_refers_to_the_person_of_that_age() {
    let got = speakers(&[
        "Ada Lind, 42, and Nils Berg, 57, were arrested on Friday.",
        "The 42-year-old said she was innocent.",
    ]);
    assert_eq!(got[1], vec!["Ada Lind"]);
    let got = speakers(&[
        "Ada Lind, a 42-year-old teacher, was charged with fraud.",
        "The 42-year-old woman told the court she was innocent.",
    ]);
    assert_eq!(got[1], vec!["Ada Lind"]);
}

#[test]
fn former_and_new_do_not_tell_roles_apart() {
    let got = speakers(&[
        "Ada Lind, the mayor of Eastport, ran again on Monday.",
        "The former mayor said she would win.",
    ]);
    assert_eq!(got[1], vec!["Ada Lind"]);
    // A modifier that does name the role still does.
    let got = speakers(&[
        "Ada Lind, the mayor of Eastport, met Nils Berg, the mayor of Westport.",
        "The Eastport mayor said the talks went well.",
    ]);
    assert_eq!(got[1], vec!["Ada Lind"]);
}

#[test]
fn more_ways_to_give_a_role() {
    // An organisation's name before the title in an appositive.
    let got = speakers(&[
        "Ada Lind, Acme CEO, spoke on Monday.",
        "The CEO said profits were up.",
    ]);
    assert_eq!(got[1], vec!["Ada Lind"]);
    // A preposition's object after the role set before the name.
    let got = speakers(&[
        "The senator from Eastport, Ada Lind, spoke on Monday.",
        "\"We are ready,\" the senator told reporters.",
    ]);
    assert_eq!(got[1], vec!["Ada Lind"]);
    // The role as the predicate of a copula.
    let got = speakers(&[
        "Ada Lind, who is the coach of the Eastport Eagles, spoke on Monday.",
        "The coach said the team would win.",
    ]);
    assert_eq!(got[1], vec!["Ada Lind"]);
    let got = speakers(&[
        "Ada Lind was named Eastport's new police chief on Monday.",
        "The new chief said crime was falling.",
    ]);
    assert_eq!(got[1], vec!["Ada Lind"]);
    // The chief executive is the CEO; an acronym role keeps its capitals as worded.
    let got = speakers(&[
        "Acme chief executive Ada Lind spoke on Monday.",
        "The company's CEO said profits were up.",
    ]);
    assert_eq!(got[1], vec!["Ada Lind"]);
    assert_eq!(
        speakers(&["The CEO said profits were up."])[0],
        vec!["the CEO"]
    );
}

#[test]
fn an_abbreviated_title_is_its_role() {
    let got = speakers(&[
        "Sen. Ada Lind spoke on Monday.",
        "The senator said the bill was flawed.",
    ]);
    assert_eq!(got[1], vec!["Ada Lind"]);
    let got = speakers(&[
        "Gov. Ada Lind spoke on Monday.",
        "The governor said the bill was flawed.",
    ]);
    assert_eq!(got[1], vec!["Ada Lind"]);
    // A member of a legislature is its lawmaker; a representative is a congresswoman.
    let got = speakers(&[
        "Rep. Ada Lind spoke on Monday.",
        "The congresswoman said the bill was flawed. The lawmaker added that she would vote no.",
    ]);
    assert_eq!(got[1], vec!["Ada Lind"]);
}

#[test]
fn a_role_owned_by_a_pronoun_refers_back_too() {
    let got = speakers(&[
        "Nils Berg was charged with fraud. His lawyer, Ada Lind, spoke to reporters.",
        "\"We will appeal,\" his lawyer said.",
    ]);
    assert_eq!(got[1], vec!["Ada Lind"]);
    // Nobody introduced with the role: as worded.
    let got = speakers(&[
        "Nils Berg was charged with fraud.",
        "\"We will appeal,\" his lawyer said.",
    ]);
    assert_eq!(got[1], vec!["his lawyer"]);
}

#[test]
fn a_role_owned_by_a_pronoun_opening_a_sentence_is_in_lower_case() {
    assert_eq!(
        one("His lawyer said they would appeal."),
        vec!["his lawyer"]
    );
}

/// A role quoted before anyone holds it is the person named with that role soon after, who
/// speaks ("the league commissioner said" ... "league commissioner Ada Lind said"); someone
/// named with it in passing is not ("the late Sen. Lind").
#[test]
fn a_role_may_be_named_after_it_speaks() {
    let got = speakers(&[
        "Asked for comment, the league commissioner said the league had not been served.",
        "\"We will review it,\" league commissioner Ada Lind said in a statement.",
    ]);
    assert_eq!(got[0], vec!["Ada Lind"]);
    let got = speakers(&[
        "The senator predicted a close vote.",
        "Nils Berg was chosen to replace the late Sen. Ada Lind.",
    ]);
    assert_eq!(got[0], vec!["the senator"]);
}

/// A wire story's opening may quote one person by an indefinite role and name them in the
/// next paragraph ("..., an analyst of world weather said." then "Grain analyst Ada Lind
/// said ..."); a group, or someone named with another role, is not them.
#[test]
fn an_indefinite_role_may_be_named_after_it_speaks() {
    let got = speakers(&[
        "The crop suffered losses due to dry weather, an analyst of world weather said.",
        "Grain analyst Ada Lind, author of a crop newsletter, said imports may rise.",
    ]);
    assert_eq!(got[0], vec!["Ada Lind"]);
    let got = speakers(&[
        "The crop suffered losses, a grain analyst said.",
        "The outlook is poor, said Ada Lind, a coffee analyst at Harbour Inc.",
    ]);
    assert_eq!(got[0], vec!["a grain analyst"]);
    let got = speakers(&[
        "The crop suffered losses, a company spokesman said.",
        "The outlook is poor, said Ada Lind, the mayor of Eastport.",
    ]);
    assert_eq!(got[0], vec!["a company spokesman"]);
}

/// A portfolio before a title is the title's ("Norland's Finance Minister said" is the
/// finance minister, not a name).
#[test]
fn a_portfolio_is_part_of_the_title() {
    assert_eq!(
        speakers(&["Norland's Finance Minister said the debt was paid."])[0],
        vec!["the finance minister"]
    );
}

/// A verb of leading gives a role: "Ada Lind, who heads the Norland central bank," is "the
/// central bank chief"; "who leads the opposition party" is "the party leader".
#[test]
fn a_verb_of_leading_gives_a_role() {
    let got = speakers(&[
        "Ada Lind, who heads the Norland central bank, arrived on Monday.",
        "The central bank chief said rates would rise.",
    ]);
    assert_eq!(got[1], vec!["Ada Lind"]);
    let got = speakers(&[
        "Nils Berg, who leads the opposition party, arrived on Monday.",
        "The party leader said rates would rise.",
    ]);
    assert_eq!(got[1], vec!["Nils Berg"]);
}

/// A demonym after "the" is an epithet for the person the article is about, not a name: "The
/// Frenchman said" after "Emmanuel Macron arrived"; a title stays a role ("the Chairman").
#[test]
fn a_demonym_is_an_epithet() {
    let got = speakers(&[
        "Emmanuel Macron arrived in Berlin on Monday.",
        "The Frenchman said the talks would go well.",
    ]);
    assert_eq!(got[1], vec!["Emmanuel Macron"]);
    assert_eq!(
        speakers(&["The Chairman said the talks would go well."])[0],
        vec!["the chairman"]
    );
}

#[test]
fn a_minister_of_foreign_affairs_is_a_role() {
    assert_eq!(
        one("Minister of Foreign Affairs Ada Lind said the war must end."),
        vec!["Ada Lind"]
    );
    assert_eq!(
        one("The Minister of Foreign Affairs said the war must end."),
        vec!["the foreign minister"]
    );
}

#[test]
fn a_role_known_by_its_ending_in_an_appositive() {
    let got = speakers(&[
        "Ada Lind, the mayor, met Nils Berg on Monday.",
        "“We will rebuild,” the mayor said.",
        "Berg, a local builder, disagreed. “It is too late,” he said.",
        "The builder added that costs had doubled.",
        "She said the city would pay.",
    ]);
    assert_eq!(got[3], vec!["Nils Berg"]);
    assert_eq!(got[4], vec!["Ada Lind"]);
    // Before another noun it describes that noun, not a person.
    let got = speakers(&[
        "Ada Lind spoke for Harbour Post, of Eastport, a messenger service, on Monday.",
        "She said the deal was good.",
    ]);
    assert_eq!(got[1], vec!["Ada Lind"]);
}

/// "Berg's father, Tom, says": a relative given by first name alone is one of that family, not
/// another Tom the article named, and "his father" later is him; a relative whose full name
/// was given before is still that person.
#[test]
fn a_relative_by_first_name_is_one_of_the_family() {
    let got = speakers(&[
        "Police chief Tom Lind said the attack was over.",
        "Berg's father, Tom, says his son grew up in Eastport.",
        "His father said the boy loved the sea.",
        "Lind said the area was safe.",
    ]);
    assert_eq!(got[1], vec!["Tom"]);
    assert_eq!(got[2], vec!["Tom"]);
    assert_eq!(got[3], vec!["Tom Lind"]);
    let got = speakers(&[
        "Mary Dahl and Tom Dahl live in Eastport.",
        "Dahl's wife, Mary, says the house is old.",
    ]);
    assert_eq!(got[1], vec!["Mary Dahl"]);
}

/// "the envoy to Eastland Maria Dahl said": a role's object runs into the name of the person
/// who holds the role, with no comma; she speaks, not the role. The name starts at a known
/// first name, or after a place or a body's word; with neither, the phrase stays as worded.
#[test]
fn a_roles_object_runs_into_the_holders_name() {
    let got = speakers(&["Norland's envoy to Eastland Maria Dahl said talks would resume."]);
    assert_eq!(got[0], vec!["Maria Dahl"]);
    let got = speakers(&["The ambassador to France Xu Ming said the talks were over."]);
    assert_eq!(got[0], vec!["Xu Ming"]);
    let got = speakers(&["A spokesman for Acme Corp Tom Dahl said the plant would close."]);
    assert_eq!(got[0], vec!["Tom Dahl"]);
    let got = speakers(&["The chairman of the Senate Banking Committee said the bill was dead."]);
    assert_eq!(got[0], vec!["the chairman of the Senate Banking Committee"]);
    let got = speakers(&["A lawyer for Maria Dahl said she would appeal."]);
    assert_eq!(got[0], vec!["a lawyer for Maria Dahl"]);
}

/// "..., said Acme's chief executive": after the verb, a name's possessive opens a role for the
/// person who speaks, as it does before the verb; a name given right after the role is hers.
#[test]
fn a_possessive_opens_a_role_after_the_verb() {
    let got = speakers(&["Talks would resume, said Acme's chief executive."]);
    assert_eq!(got[0], vec!["Acme's chief executive"]);
    let got = speakers(&["Talks would resume, according to Norland's finance minister."]);
    assert_eq!(got[0], vec!["Norland's finance minister"]);
    let got = speakers(&[
        "Talks would resume, according to Norland's finance minister, Tom Dahl, on Monday.",
    ]);
    assert_eq!(got[0], vec!["Tom Dahl"]);
    let got = speakers(&["Talks would resume, said Acme's chief executive Tom Dahl."]);
    assert_eq!(got[0], vec!["Tom Dahl"]);
    let got = speakers(&[
        "The deal was approved, according to Acme's secretary and general counsel Tom Dahl.",
    ]);
    assert_eq!(got[0], vec!["Tom Dahl"]);
}

/// "to become Chief Whip he said": titles alone after a lower-case word name nobody; "he" is
/// the person the article is about.
#[test]
fn titles_alone_after_a_verb_name_nobody() {
    let got = speakers(&[
        "Tom Dahl, who was education secretary until the summer, is said to \
        believe the exam was a mistake. Before stepping aside to become Chief Whip he set in \
        train an overhaul which he said would fix it.",
    ]);
    assert_eq!(got[0], vec!["Tom Dahl"]);
}
