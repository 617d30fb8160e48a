//! Panel quotes: a label before a colon that opens a quote is `Person[, affiliation]`, as in
//! `Ada Lind, Eastport Herald: "..."` or `Ada Lind, a teacher in Eastport: "..."`. The
//! speaker is the label's head when it has the shape of a person's name (or is an
//! organisation's name); otherwise the label is left to the usual reading, which takes the
//! organisation nearest the colon (`A spokesperson, Eastport Harbour Authority: "..."`).

use super::names::{analyse_run, run_right, NameKind};
use super::phrases::{is_determiner, pronoun};
use super::report::Subject;
use super::tokens::{is_cap, Ctx, Kind};
use super::words;

/// Most tokens an affiliation may have.
const MAX_AFFILIATION: usize = 16;

/// The head of a label `Name, affiliation` that runs from its sentence's start to the colon
/// at `colon`.
pub fn label_subject(cx: &Ctx, colon: usize) -> Option<(usize, Subject)> {
    let mut s = cx.sentence_start(colon);
    while s < colon && !cx.free_word(s) && cx.toks[s].kind != Kind::Mark(true) {
        s += 1;
    }
    let b = run_right(cx, s)?;
    let comma = b + 1;
    if !cx.is_punct(comma, ",") || comma + 1 >= colon || colon - comma > MAX_AFFILIATION {
        return None;
    }
    let n = analyse_run(cx, s, b)?;
    // Only a title may stand before the name ("Dr. Ada Lind, ..."), not "In Eastport, ...".
    if n.first > s && n.role.is_none() {
        return None;
    }
    let described = affiliation(cx, comma + 1, colon)?;
    let head = match n.kind {
        NameKind::Person | NameKind::Org => true,
        // "Lind, a teacher in Eastport:": a single word is a person when described as one.
        NameKind::Unknown => described,
    };
    head.then_some((n.first, Subject::Name(n)))
}

/// Whether the tokens `from..colon` read as an affiliation: noun phrases separated by
/// commas, each opening with a capital, a determiner, a number or a word for a person's
/// role, and no verb, pronoun or relative word in them (`Lind, the mayor, was blunt:` is a
/// sentence, not a label). Some(true) when the first phrase describes someone in lower case.
fn affiliation(cx: &Ctx, from: usize, colon: usize) -> Option<bool> {
    let mut buf = String::new();
    let mut described = false;
    let mut opening = true;
    for i in from..colon {
        if cx.is_punct(i, ",") {
            opening = true;
            continue;
        }
        let t = cx.toks[i];
        if t.kind != Kind::Word {
            if t.quoted || matches!(t.kind, Kind::Mark(_)) {
                return None;
            }
            continue;
        }
        let raw = cx.word(i);
        let w = cx.low(i, &mut buf);
        if is_verb_like(w) || pronoun(w).is_some() {
            return None;
        }
        if opening {
            let role = (i..colon).take_while(|&j| !cx.is_punct(j, ",")).any(|j| {
                let mut b2 = String::new();
                let x = cx.low(j, &mut b2);
                words::is_person_role(x) || words::is_unnamed(x)
            });
            let noun_phrase = is_cap(raw)
                || is_determiner(w)
                || raw.starts_with(|c: char| c.is_ascii_digit())
                || role;
            if !noun_phrase {
                return None;
            }
            if i == from {
                described = !is_cap(raw);
            }
            opening = false;
        }
    }
    Some(described)
}

/// Whether the name or phrase starting at `first` is someone spoken to, not the speaker:
/// the object of a verb of telling (`told Metro Radio:`, `warned the council:`), or after
/// "to" or "with" that follow a reporting verb or a word for a message (`said to Channel
/// Four:`, `in an interview with Harbour Radio:`, `in a letter to the mayor:`).
pub fn addressee(cx: &Ctx, first: usize) -> bool {
    let mut buf = String::new();
    // Back over the phrase's titles and determiner ("told Prime Minister Ada Lind").
    let mut k = first;
    while k > 0
        && cx.same_sent(k - 1, first)
        && (cx.name_piece(k - 1) || is_determiner(cx.low(k - 1, &mut buf)))
    {
        k -= 1;
    }
    if k == 0 || !cx.free_word(k - 1) || !cx.same_sent(k - 1, first) {
        return false;
    }
    match cx.low(k - 1, &mut buf) {
        w if tells(w) => true,
        "to" | "with" => (k.saturating_sub(4)..k - 1).any(|j| {
            cx.free_word(j) && cx.same_sent(j, first) && {
                let w = cx.low(j, &mut buf);
                w != "according" && (words::is_cue_verb(w) || is_message(w))
            }
        }),
        _ => false,
    }
}

/// A verb whose object is the one spoken to.
fn tells(w: &str) -> bool {
    matches!(
        w,
        "told"
            | "tell"
            | "tells"
            | "telling"
            | "asked"
            | "asks"
            | "assured"
            | "assures"
            | "reminded"
            | "reminds"
            | "warned"
            | "warns"
            | "urged"
            | "urges"
            | "informed"
            | "informs"
    )
}

/// A word for something said or written to someone: what follows its "to" or "with" hears it.
fn is_message(w: &str) -> bool {
    matches!(
        w,
        "interview"
            | "interviews"
            | "conversation"
            | "letter"
            | "email"
            | "e-mail"
            | "message"
            | "statement"
            | "remarks"
            | "comments"
            | "speech"
            | "address"
            | "note"
            | "call"
            | "briefing"
            | "speaking"
            | "spoke"
            | "talking"
            | "talked"
    )
}

/// Verbs and words that open a clause: a sentence before the colon, not a label.
fn is_verb_like(w: &str) -> bool {
    words::is_cue_verb(w)
        || matches!(
            w,
            "is" | "are"
                | "was"
                | "were"
                | "be"
                | "been"
                | "has"
                | "have"
                | "had"
                | "do"
                | "does"
                | "did"
                | "will"
                | "would"
                | "can"
                | "could"
                | "may"
                | "might"
                | "should"
                | "must"
                | "who"
                | "whose"
                | "which"
                | "that"
                | "when"
                | "where"
                | "while"
                | "because"
                | "if"
                | "i"
                | "we"
                | "you"
                | "me"
                | "us"
                | "him"
                | "them"
        )
}

#[cfg(test)]
mod tests {
    use super::super::tests::one;

    #[test]
    fn the_one_spoken_to_before_a_colon_is_not_the_speaker() {
        let ward = vec!["Lena Ward"];
        assert_eq!(
            one("On Monday, Home Secretary Lena Ward told Harbour Radio: \"We have a plan for the floods.\""),
            ward
        );
        assert_eq!(
            one("Lena Ward said to Channel Four: \"Nothing will change this winter.\""),
            ward
        );
        assert_eq!(
            one("Lena Ward said in an interview with Harbour Radio: \"We will not back down.\""),
            ward
        );
        assert_eq!(
            one("Lena Ward wrote to Prime Minister Tomas Berg: \"Your plan has failed us.\""),
            ward
        );
    }

    #[test]
    fn panel_labels_and_plain_colons_keep_their_speaker() {
        assert_eq!(
            one("Lena Ward, Harbour Radio: \"We have a plan, and it is a good one.\""),
            vec!["Lena Ward"]
        );
        assert_eq!(
            one("According to Lena Ward: \"The plan has failed, and everyone knows it.\""),
            vec!["Lena Ward"]
        );
    }
}
