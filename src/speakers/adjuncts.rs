//! Adjuncts between a subject and its verb: a time ("Lind on Monday said", "the company
//! earlier this month said", "the ministry late Friday said"), a medium ("the company in a
//! statement said", "Lind in an interview with the Herald said") or an occasion ("the mayor
//! at a news conference said"). The subject is whatever stands before them. A participle
//! ("Legislation passed by Congress last year calling for") has no subject before it.

use super::tokens::{is_cap, Ctx};
use super::words;

/// Most tokens a run of adjuncts before a verb may take.
const LONGEST: usize = 14;

/// The first token of a run of adjuncts that ends right before `k`, if the words before `k`
/// are one: "in a statement on Monday" before "said".
pub fn adjuncts_before(cx: &Ctx, k: usize) -> Option<usize> {
    // Asked before every verb: first, whether the word before it can end an adjunct at all.
    if k == 0 || !could_end_one(cx, k - 1) {
        return None;
    }
    let mut found = None;
    for s in (k.saturating_sub(LONGEST)..k).rev() {
        if !cx.free_word(s) || !cx.same_sent(s, k) {
            break;
        }
        if reaches(cx, s, k) {
            found = Some(s);
        }
    }
    found
}

/// Whether the word at `e` may be an adjunct's last: a day, a number, a unit of time, a medium
/// or an occasion, or whom a statement was made to ("reporters", "the Eastport Herald").
fn could_end_one(cx: &Ctx, e: usize) -> bool {
    let w = cx.word(e);
    // an addressee ends with a name or a plural after "to" or "with"
    let addressed = || {
        (is_cap(w) || w.ends_with('s'))
            && (e.saturating_sub(5)..e).any(|x| matches!(cx.word(x), "to" | "with"))
    };
    cx.free_word(e)
        && (is_weekday(cx, e)
            || w.bytes().all(|b| b.is_ascii_digit())
            || unit_end(cx, e).is_some()
            || part_of_day(cx, e).is_some()
            || matches!(w, "yesterday" | "today" | "tonight" | "staff")
            || is_medium(w)
            || is_occasion(w)
            || addressed())
}

/// Whether adjuncts, one after another from `s`, end exactly before `k`.
fn reaches(cx: &Ctx, s: usize, k: usize) -> bool {
    let mut i = s;
    while i < k {
        match adjunct_end(cx, i, k) {
            Some(e) => i = e + 1,
            None => return false,
        }
    }
    i == k
}

/// The last token of one adjunct opening at `i` and ending before `k`.
fn adjunct_end(cx: &Ctx, i: usize, k: usize) -> Option<usize> {
    time_end(cx, i)
        .or_else(|| medium_end(cx, i))
        .or_else(|| occasion_end(cx, i))
        .filter(|&e| e < k)
}

/// Whether tokens `from..=to` are one time alone: "on Monday", "on May 3", "yesterday",
/// "last week", "earlier this month", "late Friday".
pub fn is_time_phrase(cx: &Ctx, from: usize, to: usize) -> bool {
    from <= to && (from..=to).all(|i| cx.free_word(i)) && time_end(cx, from) == Some(to)
}

/// The last token of a time opening at `i`.
pub fn time_end(cx: &Ctx, i: usize) -> Option<usize> {
    // "earlier this month", "earlier on Monday", "earlier today", "late Friday": one such word
    // before a time (never a chain of them, however long the text)
    let earlier = matches!(
        &*words::small(cx.word(i)),
        "earlier" | "later" | "late" | "early"
    );
    if earlier && cx.free_word(i) {
        return plain_time_end(cx, i + 1);
    }
    plain_time_end(cx, i)
}

/// The last token of a time opening at `i` without "earlier" or "late" before it.
fn plain_time_end(cx: &Ctx, i: usize) -> Option<usize> {
    if !cx.free_word(i) {
        return None;
    }
    if is_weekday(cx, i) {
        return Some(part_of_day(cx, i + 1).unwrap_or(i));
    }
    match &*words::small(cx.word(i)) {
        "yesterday" | "today" | "tonight" => Some(i),
        "on" if is_weekday(cx, i + 1) => Some(part_of_day(cx, i + 2).unwrap_or(i + 1)),
        // "on May 3": a capitalised word and a number
        "on" if is_date(cx, i + 1) => Some(i + 2),
        "last" | "this" | "next" => unit_end(cx, i + 1),
        _ => None,
    }
}

/// "week", "month", "Monday", "night" after "last" or "this".
fn unit_end(cx: &Ctx, i: usize) -> Option<usize> {
    if is_weekday(cx, i) {
        return Some(i);
    }
    let unit = matches!(
        cx.word(i),
        "week" | "weekend" | "month" | "year" | "night" | "morning" | "afternoon" | "evening"
    );
    (cx.free_word(i) && unit).then_some(i)
}

/// "night" or "morning" after a day.
fn part_of_day(cx: &Ctx, i: usize) -> Option<usize> {
    let part = matches!(cx.word(i), "night" | "morning" | "afternoon" | "evening");
    (cx.free_word(i) && part).then_some(i)
}

/// A day of the week, capitalised.
pub fn is_weekday(cx: &Ctx, i: usize) -> bool {
    i < cx.toks.len()
        && cx.free_word(i)
        && matches!(
            cx.word(i),
            "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
        )
}

/// "May 3": a capitalised stop word (a month) and a number.
fn is_date(cx: &Ctx, i: usize) -> bool {
    i + 1 < cx.toks.len()
        && cx.free_word(i)
        && cx.free_word(i + 1)
        && is_cap(cx.word(i))
        && words::is_stop_cap(&words::small(cx.word(i)))
        && cx.word(i + 1).bytes().all(|b| b.is_ascii_digit())
}

/// "in a statement", "in an interview with the Herald", "in a letter to shareholders".
fn medium_end(cx: &Ctx, i: usize) -> Option<usize> {
    if cx.word(i) != "in" || !cx.free_word(i) {
        return None;
    }
    let noun = noun_after_article(cx, i + 1, is_medium)?;
    Some(addressee_end(cx, noun + 1).unwrap_or(noun))
}

/// "at a news conference", "during a briefing". With "the" the occasion is known already and
/// more often describes who speaks ("participants at the meeting said").
fn occasion_end(cx: &Ctx, i: usize) -> Option<usize> {
    let indefinite = matches!(cx.word(i + 1), "a" | "an");
    if !matches!(cx.word(i), "at" | "during") || !cx.free_word(i) || !indefinite {
        return None;
    }
    noun_after_article(cx, i + 1, is_occasion)
}

/// The noun that `is_noun` accepts after an article or possessive at `i` and at most three
/// lower-case modifiers ("a brief written statement", "a news conference", "its annual report").
pub fn noun_after_article(cx: &Ctx, i: usize, is_noun: fn(&str) -> bool) -> Option<usize> {
    let article = matches!(
        cx.word(i),
        "a" | "an" | "the" | "his" | "her" | "its" | "their"
    );
    if !article || !cx.free_word(i) {
        return None;
    }
    (i + 1..i + 5)
        .take_while(|&j| cx.free_word(j) && !is_cap(cx.word(j)) && cx.same_sent(i, j))
        .find(|&j| is_noun(cx.word(j)))
}

/// "with reporters", "to the Eastport Herald", "to shareholders": whom a statement was made to.
fn addressee_end(cx: &Ctx, i: usize) -> Option<usize> {
    if !matches!(cx.word(i), "to" | "with") || !cx.free_word(i) {
        return None;
    }
    let mut j = i + 1;
    if matches!(cx.word(j), "the" | "a" | "an") {
        j += 1;
    }
    let caps = (j..j + 4)
        .take_while(|&x| cx.free_word(x) && is_cap(cx.word(x)))
        .last();
    // "reporters", "shareholders", "staff": one lower-case noun for a group
    let w = cx.word(j);
    let group = w.ends_with('s') && !w.ends_with("ss") || w == "staff";
    let group = cx.free_word(j) && !is_cap(w) && group;
    caps.or(group.then_some(j))
}

/// Nouns for what a statement is made in.
fn is_medium(w: &str) -> bool {
    matches!(
        w,
        "statement"
            | "interview"
            | "email"
            | "e-mail"
            | "letter"
            | "tweet"
            | "post"
            | "posting"
            | "filing"
            | "speech"
            | "release"
            | "note"
            | "memo"
            | "message"
            | "video"
            | "broadcast"
            | "address"
            | "testimony"
            | "announcement"
            | "submission"
    )
}

/// Nouns for where a statement is made.
fn is_occasion(w: &str) -> bool {
    matches!(
        w,
        "conference"
            | "briefing"
            | "hearing"
            | "rally"
            | "meeting"
            | "event"
            | "summit"
            | "forum"
            | "ceremony"
            | "session"
            | "debate"
            | "seminar"
    )
}
