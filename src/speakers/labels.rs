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
