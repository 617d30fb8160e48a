//! Unit tests of tokens.rs, on sentences written for the tests.
use super::super::quotes;
use super::*;

fn words(text: &str) -> Vec<String> {
    let spans = quotes::find(text);
    tokenize(text, &spans)
        .iter()
        .map(|t| t.text(text).to_string())
        .collect()
}

#[test]
fn keeps_names_whole() {
    assert_eq!(
        words("Jean-Noël Barrot met Conan O'Brien in the U.S. today."),
        vec![
            "Jean-Noël",
            "Barrot",
            "met",
            "Conan",
            "O'Brien",
            "in",
            "the",
            "U.S.",
            "today",
            "."
        ]
    );
    assert_eq!(words("Mr. Smith's"), vec!["Mr.", "Smith's"]);
}

#[test]
fn sentences_and_quotes() {
    let t = "“We lost. It hurts,” Smith said. He left.";
    let spans = quotes::find(t);
    let toks = tokenize(t, &spans);
    let said = toks
        .iter()
        .find(|x| x.text(t) == "said")
        .map(|x| (x.sent, x.quoted));
    assert_eq!(said, Some((1, false)));
    let lost = toks.iter().find(|x| x.text(t) == "lost").map(|x| x.quoted);
    assert_eq!(lost, Some(true));
    let he = toks.iter().find(|x| x.text(t) == "He").map(|x| x.sent);
    assert_eq!(he, Some(2));
}

#[test]
fn multibyte_joiners_before_a_period() {
    // A multi-byte joiner before a period must not split a character.
    assert_eq!(words("O’Brien. Eva-Ø."), vec!["O’Brien", ".", "Eva-Ø."]);
    assert_eq!(words("é’é.").len(), 1);
}

#[test]
fn invisible_characters_are_spaces() {
    assert_eq!(words("Lind\u{200b} said"), vec!["Lind", "said"]);
}

#[test]
fn odd_input() {
    for t in ["", "’", "....", "a\u{301}b", "U.", "日本語の文。"] {
        let _ = words(t);
    }
}

/// Newswire markup: a name in angle brackets is read without them, a ticker not at all, and
/// other angle brackets are punctuation as before.
#[test]
fn angle_bracket_markup_is_read_as_newswires_mean_it() {
    assert_eq!(
        words("<Eastport Shipping Co> said it sold <ESC.N> shares."),
        ["Eastport", "Shipping", "Co", "said", "it", "sold", "shares", "."]
    );
    assert_eq!(
        words("if x < y and y > z"),
        ["if", "x", "<", "y", "and", "y", ">", "z"]
    );
    let got = super::super::attribute(&["<Eastport Shipping Co> said profits rose 12 pct."]);
    assert_eq!(got[0].speakers, vec!["Eastport Shipping"]);
}

/// An abbreviation that keeps its period ends the sentence before a word that only opens one
/// ("... Eastport Shipping Corp. The company said"), not before a day, and not after an
/// initialism, which some newswire follows with a capital mid-sentence ("the U.S. Did not").
#[test]
fn an_abbreviation_ends_a_sentence_before_the() {
    let sentence_of = |text: &str, word: &str| {
        let toks = tokenize(text, &quotes::find(text));
        toks.iter().find(|t| t.text(text) == word).map(|t| t.sent)
    };
    let text = "Lind bought ships from Eastport Shipping Corp. The company said costs rose.";
    assert_eq!(sentence_of(text, "Corp."), Some(0));
    assert_eq!(sentence_of(text, "company"), Some(1));
    let text = "Eastport Corp. Monday said costs rose.";
    assert_eq!(sentence_of(text, "said"), Some(0));
    let text = "The official said the U.S. Did not accept the figures.";
    assert_eq!(sentence_of(text, "accept"), Some(0));
}
