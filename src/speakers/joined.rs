//! Two names joined by "and" that are one name: "Trinidad and Tobago notes ...", a country or
//! body whose name holds "and", against "Lind and Berg said", two people.

use super::names::{analyse_run, NameInfo, NameKind};
use super::recurs::Recurrence;
use super::report::{Cue, Subject};
use super::tokens::Ctx;
use super::words;

/// Merges the subjects of cues sharing one verb ("X and Y said") into one name when the verb
/// is singular ("X and Y notes") or the article writes Y more than once, always after "X and".
pub fn merge(cx: &Ctx, mut found: Vec<Cue>, recurs: &mut Recurrence) -> Vec<Cue> {
    let mut i = 0;
    while i + 1 < found.len() {
        if found[i].verb == found[i + 1].verb {
            if portfolio_before(cx, &found[i], &found[i + 1]) {
                found.remove(i);
                continue;
            }
            if portfolio_before(cx, &found[i + 1], &found[i]) {
                found.remove(i + 1);
                continue;
            }
        }
        if found[i].verb == found[i + 1].verb {
            if let Some(n) = one_name(cx, &found[i], &found[i + 1], recurs) {
                found[i].at = n.first;
                found[i].subj = Subject::Name(n);
                found.remove(i + 1);
            }
        }
        i += 1;
    }
    found
}

fn one_name(cx: &Ctx, a: &Cue, b: &Cue, recurs: &mut Recurrence) -> Option<NameInfo> {
    let (Subject::Name(x), Subject::Name(y)) = (&a.subj, &b.subj) else {
        return None;
    };
    // The first may be longer ("Saint Kitts and Nevis"); the second is one word.
    let single = n_single(y);
    if !single || x.evidence || y.first != x.last + 2 || cx.word(x.last + 1) != "and" {
        return None;
    }
    let x_single = n_single(x);
    let verb = cx.word(a.verb);
    let singular = verb.len() > 2 && verb.ends_with('s') && !verb.ends_with("ss");
    let one = singular && x_single || recurs.only_after(&y.name, &format!("{} and ", x.name));
    if !one {
        return None;
    }
    let mut n = analyse_run(cx, x.first, y.last)?;
    n.kind = NameKind::Org;
    Some(n)
}

/// "Trade and Industry Minister Ada Lind said", "Chairman and Chief Executive Ada Lind": the
/// words before "and" are the first half of the second name's title, not a speaker of their
/// own. They end in a portfolio or a title and carry no first name, and the second name's title
/// runs from right after "and" to the name. ("Lind and Finance Director Nils Berg" are two.)
fn portfolio_before(cx: &Ctx, a: &Cue, b: &Cue) -> bool {
    let (Subject::Name(x), Subject::Name(y)) = (&a.subj, &b.subj) else {
        return false;
    };
    let last = words::small(cx.word(x.last));
    let office = words::is_portfolio(&last) || words::is_title(&last);
    // ("Federal Resources" reads as two names of a person; its portfolio says otherwise.)
    let words_only = office && x.role.is_none() && !x.evidence;
    let title_after_and = y.role.is_some()
        && cx.word(x.last + 1) == "and"
        && y.first > x.last + 2
        && (x.last + 2..y.first).all(|i| cx.name_piece(i));
    words_only && title_after_and
}

/// One word, and nothing marks it as a person.
fn n_single(n: &NameInfo) -> bool {
    n.first == n.last && !n.evidence && n.kind != NameKind::Person
}
