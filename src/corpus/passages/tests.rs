use super::*;
use proptest::prelude::*;

fn chars(s: &str) -> usize {
    s.chars().count()
}

fn words(s: &str) -> Vec<&str> {
    s.split_whitespace().collect()
}

#[test]
fn a_short_paragraph_is_one_piece() {
    assert_eq!(split("One. Two.", 100), ["One. Two."]);
}

#[test]
fn pieces_end_at_sentence_ends_and_are_about_equal() {
    let sentence = "The council met on Tuesday and voted on the budget again. ";
    let text = sentence.repeat(10);
    let pieces = split(text.trim(), 250);
    // 589 characters under a cap of 250: three pieces of three or four sentences, not 250+250+89.
    assert_eq!(pieces.len(), 3, "{pieces:#?}");
    for piece in &pieces {
        assert!(chars(piece) <= 250);
        assert!(piece.ends_with("again."), "{piece}");
        assert!(piece.starts_with("The council"), "{piece}");
    }
    assert_eq!(words(&pieces.join(" ")), words(&text));
}

#[test]
fn titles_initials_and_dotted_abbreviations_end_no_sentence() {
    let text = "He met Mr. Brown and J. Smith. U.S. officials said No. 10 agreed. Then it rained.";
    let found: Vec<&str> = sentences(text).collect();
    assert_eq!(
        found,
        [
            "He met Mr. Brown and J. Smith.",
            "U.S. officials said No. 10 agreed.",
            "Then it rained."
        ]
    );
}

#[test]
fn quotes_and_brackets_stay_with_their_sentence() {
    let text = "She said: \"We will go.\" (It was late.) “Never!” he said. 3 people left.";
    let found: Vec<&str> = sentences(text).collect();
    assert_eq!(
        found,
        [
            "She said: \"We will go.\"",
            "(It was late.)",
            "“Never!” he said.",
            "3 people left."
        ]
    );
}

#[test]
fn a_lower_case_word_or_a_decimal_after_a_dot_starts_no_sentence() {
    let text = "Costs rose 3.5 percent, e.g. in rent. the end";
    assert_eq!(sentences(text).count(), 1);
}

#[test]
fn a_sentence_over_the_cap_is_cut_between_words() {
    let text = "word ".repeat(100);
    let pieces = split(text.trim(), 42);
    assert!(pieces.iter().all(|p| chars(p) <= 42), "{pieces:?}");
    assert!(pieces.iter().all(|p| words(p).iter().all(|w| *w == "word")));
    assert_eq!(words(&pieces.join(" ")).len(), 100);
}

#[test]
fn a_word_over_the_cap_is_cut_between_characters() {
    let text = "é".repeat(25);
    let pieces = split(&text, 10);
    assert_eq!(
        pieces.iter().map(|p| chars(p)).collect::<Vec<_>>(),
        [10, 10, 5]
    );
}

#[test]
fn only_long_paragraphs_get_parts() {
    let long = "A sentence of some length for the test. ".repeat(120);
    let mut paragraphs = vec![
        Paragraph {
            number: 1,
            part: None,
            section: None,
            text: "Short.".into(),
        },
        Paragraph {
            number: 2,
            part: None,
            section: Some("S".into()),
            text: long.trim().into(),
        },
        Paragraph {
            number: 3,
            part: None,
            section: None,
            text: "After.".into(),
        },
    ];
    split_long(&mut paragraphs);
    let labels: Vec<(u32, Option<u32>)> = paragraphs.iter().map(|p| (p.number, p.part)).collect();
    assert_eq!(
        labels,
        [
            (1, None),
            (2, Some(1)),
            (2, Some(2)),
            (2, Some(3)),
            (3, None)
        ]
    );
    assert!(paragraphs.iter().all(|p| chars(&p.text) <= PASSAGE_CAP));
    assert!(paragraphs[1..4]
        .iter()
        .all(|p| p.section.as_deref() == Some("S")));
}

proptest! {
    #[test]
    fn no_piece_is_over_the_cap_and_no_word_is_lost(
        text in "([A-Za-zé.!?\"”“ ]{0,12}){0,80}",
        cap in 1usize..60,
    ) {
        let pieces = split(&text, cap);
        for piece in &pieces {
            prop_assert!(chars(piece) <= cap, "{piece:?}");
            prop_assert!(!piece.is_empty());
        }
        let kept: String = pieces.concat().chars().filter(|c| !c.is_whitespace()).collect();
        let all: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        prop_assert_eq!(kept, all);
    }
}
