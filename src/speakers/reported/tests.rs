//! Reported speech (issue 19), on sentences written for each rule.

use super::super::attribute;
use super::super::{Quote, QuoteKind};

fn quotes(text: &str) -> Vec<Quote> {
    attribute(&[text]).remove(0).quotes
}

/// The reported quotes of a one-paragraph article: (text, speaker).
fn reported(text: &str) -> Vec<(String, Option<String>)> {
    quotes(text)
        .into_iter()
        .filter(|q| q.kind == QuoteKind::Reported)
        .map(|q| (q.text, q.speaker))
        .collect()
}

fn one(text: &str, speaker: &str) -> (String, Option<String>) {
    let got = reported(text);
    assert_eq!(got.len(), 1, "{text}: {got:?}");
    assert_eq!(got[0].1.as_deref(), Some(speaker), "{text}");
    got[0].clone()
}

#[test]
fn the_clause_after_the_verb_runs_to_the_sentence_end() {
    let (q, _) = one(
        "Ada Lind said the bridge will open in May. Traffic is light.",
        "Ada Lind",
    );
    assert_eq!(q, "the bridge will open in May");
}

#[test]
fn a_complementiser_and_an_adverbial_before_it_are_not_the_clause() {
    let (q, _) = one(
        "Ada Lind said in a statement on Monday that the bridge will open in May.",
        "Ada Lind",
    );
    assert_eq!(q, "the bridge will open in May");
}

#[test]
fn the_hearer_of_tell_is_not_the_clause() {
    let (q, _) = one("Ada Lind told reporters the bridge will open.", "Ada Lind");
    assert_eq!(q, "the bridge will open");
    let (q, _) = one("Ada Lind told Nils Berg the bridge will open.", "Ada Lind");
    assert_eq!(q, "the bridge will open");
}

#[test]
fn a_cue_closing_the_sentence_reports_what_came_before() {
    let (q, _) = one("The bridge will open in May, Ada Lind said.", "Ada Lind");
    assert_eq!(q, "The bridge will open in May");
    let (q, _) = one(
        "The bridge will open in May, said Ada Lind, the mayor.",
        "Ada Lind",
    );
    assert_eq!(q, "The bridge will open in May");
    let (q, _) = one(
        "The bridge will open in May, Ada Lind said on Monday.",
        "Ada Lind",
    );
    assert_eq!(q, "The bridge will open in May");
}

#[test]
fn according_to_reports_the_clause_on_either_side() {
    let (q, _) = one(
        "According to Ada Lind, the bridge will open in May.",
        "Ada Lind",
    );
    assert_eq!(q, "the bridge will open in May");
    let (q, _) = one(
        "The bridge will open in May, according to Ada Lind.",
        "Ada Lind",
    );
    assert_eq!(q, "The bridge will open in May");
}

#[test]
fn a_cue_between_commas_reports_both_sides_of_it() {
    let got = reported("The new bridge, Ada Lind said, will open in May.");
    let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts, vec!["The new bridge", "will open in May"]);
    // What only sets the scene is not reported.
    let got = reported("While the council met, Ada Lind said, the bridge stayed open.");
    let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts, vec!["the bridge stayed open"]);
}

#[test]
fn the_comma_before_a_cue_may_stand_before_its_whole_subject() {
    let (q, _) = one(
        "The bridge will open in May, the Norland Harbour Authority said.",
        "Norland Harbour Authority",
    );
    assert_eq!(q, "The bridge will open in May");
}

#[test]
fn warning_a_hearer_reports_the_infinitive() {
    let (q, _) = one(
        "Ada Lind warned the public on Monday not to use the old bridge.",
        "Ada Lind",
    );
    assert_eq!(q, "not to use the old bridge");
}

#[test]
fn two_verbs_of_one_subject_report_two_clauses() {
    let got =
        reported("Ada Lind said the bridge will open in May, and added she expects long queues.");
    let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(
        texts,
        vec!["the bridge will open in May", "she expects long queues"]
    );
}

#[test]
fn urging_reports_the_infinitive() {
    let (q, _) = one(
        "Ada Lind urged drivers to avoid the bridge until May.",
        "Ada Lind",
    );
    assert_eq!(q, "to avoid the bridge until May");
}

#[test]
fn a_mixed_quote_is_one_reported_quote() {
    let t = "Ada Lind said the bridge was “a long time coming” and would open in May.";
    let got = quotes(t);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].kind, QuoteKind::Reported);
    assert_eq!(
        got[0].text,
        "the bridge was “a long time coming” and would open in May"
    );
    assert_eq!(&t[got[0].start..got[0].end], got[0].text);
}

#[test]
fn a_clause_that_is_mostly_quoted_stays_a_direct_quote() {
    let got = quotes("Ada Lind said, “We will open the bridge in May, whatever happens.”");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].kind, QuoteKind::Direct);
}

#[test]
fn an_adverbial_alone_after_the_verb_is_not_reported() {
    let got = quotes("“We will open the bridge in May,” Ada Lind said in a statement.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].kind, QuoteKind::Direct);
}

#[test]
fn what_a_verb_cannot_report_is_not_a_clause() {
    for t in [
        "Ada Lind said so.",
        "Ada Lind is said to be the best mayor in years.",
        "Ada Lind announced a new bridge for the town.",
        "After the meeting ended, Ada Lind said: “We will build it.”",
        "While the council met, Ada Lind said.",
    ] {
        assert!(reported(t).is_empty(), "{t}: {:?}", reported(t));
    }
}

#[test]
fn offsets_are_the_clause() {
    let t = "Nach dem Treffen: Ada Lind said the bridge will open in May.";
    for q in quotes(t) {
        assert_eq!(&t[q.start..q.end], q.text);
    }
}

#[test]
fn a_sentence_end_ends_the_clause_even_before_a_parenthesis() {
    let (q, _) = one(
        "Ada Lind said the bridge will open in May. (Photo by Nils Berg for the city)",
        "Ada Lind",
    );
    assert_eq!(q, "the bridge will open in May");
}

#[test]
fn a_fragment_that_loses_its_closing_mark_ends_with_the_clause() {
    // The writer's next quote opens where the fragment should have closed.
    let t = "Ada Lind said the council and the province should both 'act now. 'It will be too late in a month,' she added.";
    let got = quotes(t);
    let kinds: Vec<_> = got.iter().map(|q| (q.kind, q.text.as_str())).collect();
    assert_eq!(
        kinds[0],
        (
            QuoteKind::Reported,
            "the council and the province should both 'act now. "
        ),
        "{kinds:?}"
    );
    assert!(
        got.iter().skip(1).all(|q| q.start >= got[0].end),
        "{kinds:?}"
    );
}

#[test]
fn a_comma_before_a_coordinated_clause_does_not_make_the_cue_fronted() {
    let (q, _) = one(
        "The council met on Monday, and Nils Berg claimed over two dozen bridges need repair.",
        "Nils Berg",
    );
    assert_eq!(q, "over two dozen bridges need repair");
}
