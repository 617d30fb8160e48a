//! Unit tests of names.rs, on sentences written for the tests.
use super::super::{quotes, tokens};
use super::*;

fn names(text: &str) -> Vec<(String, NameKind, Option<String>)> {
    let toks = tokens::tokenize(text, &quotes::find(text));
    let cx = Ctx::new(text, &toks);
    mentions(&cx)
        .into_iter()
        .map(|n| (n.name, n.kind, n.role.map(|r| r.head)))
        .collect()
}

#[test]
fn titles_become_roles() {
    let n = names("Yesterday Chief Inspector Ada Quill met us.");
    assert_eq!(
        n,
        vec![(
            "Ada Quill".into(),
            NameKind::Person,
            Some("inspector".into())
        )]
    );
}

#[test]
fn role_nouns_before_and_after() {
    let n = names("The talks ended, and city spokeswoman Lena Hart said little.");
    assert_eq!(
        n[0],
        (
            "Lena Hart".into(),
            NameKind::Person,
            Some("spokeswoman".into())
        )
    );
    let n = names("We met Omar Diallo, the mayor of the town, on Friday.");
    assert_eq!(
        n[0],
        ("Omar Diallo".into(), NameKind::Person, Some("mayor".into()))
    );
}

#[test]
fn particles_hyphens_and_possessives() {
    let n = names("Later, Greta von der Berg and Jean-Luc O'Neill spoke.");
    assert_eq!(n[0].0, "Greta von der Berg");
    assert_eq!(n[1].0, "Jean-Luc O'Neill");
    let n = names("Then Norland's Premier Ivo Tamm arrived.");
    assert_eq!(
        n[0],
        ("Ivo Tamm".into(), NameKind::Person, Some("premier".into()))
    );
}

#[test]
fn organisations() {
    let n = names("On Monday the Northern Rail Company and the FBI said nothing.");
    assert!(n
        .iter()
        .any(|x| x.0 == "Northern Rail Company" && x.1 == NameKind::Org));
    assert!(n.iter().any(|x| x.0 == "FBI" && x.1 == NameKind::Org));
}

/// Titles of local officers, agents and clergy come off the name as the older titles do, after
/// a place or a body ("Eastport County Sheriff"), and "in Charge" belongs to the title before it.
#[test]
fn more_titles_come_off_the_name() {
    for (text, name, role) in [
        (
            "Eastport County Sheriff Tom Dahl said the road was closed.",
            "Tom Dahl",
            "sheriff",
        ),
        (
            "State Park Ranger Supervisor Maria Dahl said it was rare.",
            "Maria Dahl",
            "supervisor",
        ),
        (
            "Special Agent in Charge Tom Dahl said the search was over.",
            "Tom Dahl",
            "agent",
        ),
        (
            "Chief Coroner Maria Dahl said the inquest would open.",
            "Maria Dahl",
            "coroner",
        ),
        (
            "Majority Whip Tom Dahl said the votes were there.",
            "Tom Dahl",
            "whip",
        ),
        (
            "Air Vice Marshal Tom Dahl said the search would go on.",
            "Tom Dahl",
            "marshal",
        ),
        (
            "Lieutenant Airman Maria Dahl told a newspaper she saw it.",
            "Maria Dahl",
            "airman",
        ),
    ] {
        let n = names(text);
        assert_eq!(
            n[0],
            (name.into(), NameKind::Person, Some(role.into())),
            "{text}"
        );
    }
}

/// A known first name marks where a person's name starts after a role's object ("an analyst
/// for Eastport Capital Markets Mario Hale"), but not as its last word: a surname may be a
/// first name too ("the Harbour Council Enver Solomon").
#[test]
fn a_first_name_opens_the_name_after_an_object() {
    let n = names("The report was written by an analyst for Eastport Capital Markets Mario Hale.");
    assert_eq!(n[0].0, "Mario Hale");
    let n = names("CEO of the Harbour Council Enver Solomon told reporters the plan was sound.");
    assert_eq!(n[0].0, "Enver Solomon");
}
