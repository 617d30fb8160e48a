//! How prominent a name mention is in its sentence, for pronoun salience: a possessor
//! ("Lind's plan"), a name in brackets ("(Photo: Ada Lind)") or the object of a preposition
//! ("talks with Ada Lind") is in the background, whatever its recency.

use super::coref::Place;
use super::names::NameInfo;
use super::tokens::{clause_start, is_cap, Ctx};
use super::words::{is_person_role, is_stop_cap, is_title, small};

/// The mention is a possessor, bracketed, or governed by a preposition.
pub fn in_background(cx: &Ctx, m: &NameInfo) -> bool {
    possessor(cx, m) || bracketed(cx, m) || after_preposition(cx, m)
}

fn possessor(cx: &Ctx, m: &NameInfo) -> bool {
    let w = cx.word(m.last);
    let next = cx.word(m.last + 1);
    ["'s", "’s", "'", "’"].iter().any(|s| w.ends_with(s)) || matches!(next, "'s" | "’s")
}

/// An opening bracket before the name in its sentence, with no closing one between.
fn bracketed(cx: &Ctx, m: &NameInfo) -> bool {
    let from = cx.sentence_start(m.first).max(m.first.saturating_sub(12));
    for k in (from..m.first).rev() {
        if cx.is_punct(k, ")") {
            return false;
        }
        if cx.is_punct(k, "(") {
            return true;
        }
    }
    false
}

/// "with Slovak Prime Minister Ada Lind", "from the mayor, Ada Lind": a preposition before
/// the name and the titles or article in front of it.
fn after_preposition(cx: &Ctx, m: &NameInfo) -> bool {
    let floor = cx.sentence_start(m.first).max(m.first.saturating_sub(6));
    let mut k = m.first;
    while k > floor {
        k -= 1;
        if !cx.free_word(k) {
            return false;
        }
        let w = cx.word(k);
        if is_cap(w) {
            continue;
        }
        let w = small(w);
        if matches!(&*w, "the" | "a" | "an") {
            continue;
        }
        return is_preposition(&w);
    }
    false
}

fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "about"
            | "against"
            | "alongside"
            | "among"
            | "at"
            | "behind"
            | "beside"
            | "between"
            | "by"
            | "for"
            | "from"
            | "in"
            | "including"
            | "into"
            | "like"
            | "near"
            | "of"
            | "on"
            | "over"
            | "than"
            | "through"
            | "to"
            | "toward"
            | "towards"
            | "under"
            | "with"
            | "without"
    )
}

/// Where a pronoun subject at token `at`, of the cue word at `verb`, stands in its sentence:
/// after a coordinator ("..., and he said") the first conjunct is open to it; set off by
/// commas after the main clause's words, with nothing of its own to report ("Berg hid, he
/// said."), it reports those words. After an opening clause ("Even though Berg ..., she
/// says that ...") neither holds.
pub fn pronoun_place(cx: &Ctx, at: usize, verb: usize) -> Place {
    if at == 0 || !cx.same_sent(at - 1, at) {
        return Place::Plain;
    }
    let before = cx.word(at - 1);
    if cx.free_word(at - 1) && matches!(before, "and" | "but") {
        return Place::Conjunct;
    }
    if cx.free_word(at - 1) && matches!(before, "which" | "who" | "whom") {
        return Place::Relative;
    }
    let start = cx.sentence_start(at);
    let opener = (start..at).find(|&k| cx.free_word(k)).map(|k| cx.word(k));
    // "When Berg was asked about it, he said", "After Berg arrived, he said": the subject of
    // an opening subordinate clause is open to the pronoun, as a first conjunct is
    if cx.is_punct(at - 1, ",") && opener.is_some_and(subordinator) {
        return Place::Conjunct;
    }
    let opening_clause = opener.is_none_or(|w| is_stop_cap(w) || w.ends_with("ing"));
    if cx.is_punct(at - 1, ",") && !opening_clause && ends_parenthetical(cx, verb) {
        return Place::Reported;
    }
    Place::Plain
}

/// A conjunction opening a subordinate clause of time, cause or concession.
fn subordinator(w: &str) -> bool {
    matches!(
        &*small(w),
        "when"
            | "after"
            | "before"
            | "once"
            | "while"
            | "as"
            | "since"
            | "until"
            | "although"
            | "though"
            | "because"
            | "whenever"
    )
}

/// The cue word at `verb` ends its clause within a few words ("he said.", "he told Reuters
/// on Monday,"), without a clause of its own ("she says that ...", "he said it was ...").
fn ends_parenthetical(cx: &Ctx, verb: usize) -> bool {
    for k in verb + 1..verb + 7 {
        if !cx.same_sent(k, verb) || !cx.free_word(k) {
            return true;
        }
        let w = small(cx.word(k));
        if matches!(
            &*w,
            "that" | "he" | "she" | "they" | "it" | "i" | "we" | "there" | "this"
        ) {
            return false;
        }
    }
    false
}

/// A second name heading the same clause as an earlier subject ending at token `subject`
/// is its object when a verb stands between them ("Dahl called Berg"), not when only a
/// coordinator or a role does ("Dahl and Berg", "Dahl and her deputy Berg").
pub fn object_of_subject(cx: &Ctx, subject: usize, m: &NameInfo) -> bool {
    if subject >= m.first || !cx.same_sent(subject, m.first) {
        return false;
    }
    if clause_start(cx, subject) != clause_start(cx, m.first) {
        return false;
    }
    (subject + 1..m.first).any(|k| {
        let w = cx.word(k);
        cx.free_word(k)
            && !is_cap(w)
            && !matches!(
                &*small(w),
                "and" | "or" | "the" | "a" | "an" | "her" | "his" | "their" | "its"
            )
            && !is_title(w)
            && !is_person_role(w)
    })
}
