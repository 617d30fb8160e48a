//! Lower-case speaker phrases: pronouns, determiners, role and unnamed-source noun phrases
//! ("the French president", "a spokesperson", "sources familiar with the talks").

use super::names::{analyse_run, run_right, Role};
use super::recurs::Recurrence;
use super::report::{Cue, Pron, Subject};
use super::tokens::{is_cap, Ctx};
use super::words;

pub fn pronoun(w: &str) -> Option<Pron> {
    match w {
        "he" | "He" => Some(Pron::He),
        "she" | "She" => Some(Pron::She),
        "they" | "They" => Some(Pron::They),
        "it" | "It" => Some(Pron::It),
        _ => None,
    }
}

pub fn possessive_pronoun(w: &str) -> Option<Pron> {
    match w {
        "his" => Some(Pron::He),
        "her" => Some(Pron::She),
        "their" => Some(Pron::They),
        "its" => Some(Pron::It),
        _ => None,
    }
}

pub fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "some"
            | "many"
            | "several"
            | "other"
            | "another"
            | "two"
            | "three"
            | "one"
            | "most"
            | "all"
            | "both"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
    )
}

pub fn head_class(h: &str) -> bool {
    words::is_unnamed(h)
        || words::is_role_noun(h)
        || words::is_org_role(h)
        || words::is_collective(h)
        || words::is_document(h)
}

/// Builds a subject from a lower-case phrase `det? mods* head` (tokens `from..=head`).
pub fn phrase(cx: &Ctx, det: Option<usize>, from: usize, head: usize) -> Option<Subject> {
    let mut buf = String::new();
    let h = cx.lower(head, &mut buf);
    let d = det.map(|i| cx.lower(i, &mut buf));
    let mut mods = Vec::new();
    for i in from..head {
        mods.push(cx.lower(i, &mut buf));
    }
    let start = det.unwrap_or(from);
    let wording = cx
        .text
        .get(cx.toks[start].start..cx.toks[head].end)?
        .to_string();
    let definite = matches!(d.as_deref(), Some("the"));
    if words::is_document(&h) {
        // "the parole board decision", "the Lisbon court ruling": a body before the document
        // issued it (a place before the body only says where it sits)
        let body = definite
            .then(|| body_before_document(cx, from, head))
            .flatten();
        let owner = match d.as_deref().and_then(possessive_pronoun) {
            Some(p) => Some(Subject::Pronoun(p)),
            None if body.is_some() => body,
            None => (from..head)
                .find(|&i| is_cap(cx.word(i)))
                .and_then(|i| run_right(cx, i).and_then(|b| analyse_run(cx, i, b.min(head - 1))))
                // "a White House-ordered report": ordered, not written, there
                .filter(|n| !hyphenated_participle(cx.word(n.last)))
                .map(Subject::Name)
                // "the ministry's statement": the body that owns it
                .or_else(|| {
                    let possessive = |w: &str| w.ends_with("'s") || w.ends_with("’s");
                    let owner = (from..head).rev().find(|&i| possessive(cx.word(i)));
                    owner.map_or_else(
                        || d.as_deref().filter(|w| possessive(w)).and_then(owner_noun),
                        |i| owner_noun(cx.word(i)),
                    )
                }),
        };
        return Some(Subject::Doc(owner.map(Box::new), h));
    }
    if d.as_deref().and_then(possessive_pronoun).is_some() {
        // "his lawyer", "her father": the person introduced with that role, else as worded
        if words::is_role_noun(&h) {
            return Some(Subject::RoleRef(
                Role { head: h, mods },
                lower_first(&wording),
            ));
        }
        return Some(Subject::Unnamed(wording));
    }
    if definite && words::is_org_role(&h) {
        return Some(Subject::OrgRef(h, wording));
    }
    // "the laid-back resident": one person described, like a role ("the plumber")
    let singular = !h.ends_with('s') && !words::is_mass_plural(&h);
    let one_person = singular && words::is_unnamed(&h);
    if definite && (words::is_role_noun(&h) || one_person || !head_class(&h)) {
        return Some(Subject::RoleRef(
            Role { head: h, mods },
            lower_first(&wording),
        ));
    }
    let wording = if definite && !words::is_collective(&h) {
        cx.text
            .get(cx.toks[from].start..cx.toks[head].end)?
            .to_string()
    } else {
        wording
    };
    Some(Subject::Unnamed(wording))
}

/// Lower-case phrase ending at `head`, walking left over modifiers to a determiner.
pub fn phrase_left(cx: &Ctx, head: usize) -> Option<(usize, Subject)> {
    let mut buf = String::new();
    let mut from = head;
    let mut det = None;
    while from > 0 && head - from < 5 && cx.free_word(from - 1) && cx.same_sent(from - 1, head) {
        let w = cx.lower(from - 1, &mut buf);
        if is_determiner(&w) {
            det = Some(from - 1);
            break;
        }
        // ("state media", "state television": a cue word that is a noun too modifies the head.)
        let verb = words::is_cue_verb(&w) && !(words::is_noun_too(&w) && from == head);
        if words::is_stop_cap(&w) || verb || words::is_between(&w) {
            break;
        }
        from -= 1;
    }
    let start = det.unwrap_or(from);
    // "with general comments": a phrase after a preposition is an object, not a subject; so
    // is a person or group right after a reporting verb ("told reporters: ..."), where a
    // document may still say something of its own ("confirmed a report saying ...").
    if start > 0 && cx.same_sent(start - 1, start) {
        let before = cx.word(start - 1);
        // "said Libyan oil sources said ...": after a verb that takes a clause, not a person,
        // the phrase is the subject of the reported clause, and speaks in it.
        let takes_a_clause = matches!(
            before,
            "said"
                | "says"
                | "say"
                | "added"
                | "adds"
                | "noted"
                | "notes"
                | "stated"
                | "wrote"
                | "writes"
                | "reported"
                | "reports"
        ) && words::is_cue_verb(cx.word(head + 1));
        let verb = words::is_cue_verb(before)
            && !is_cap(before)
            && !words::is_noun_too(before)
            && !words::is_document(cx.low(head, &mut buf))
            && !takes_a_clause;
        if before == "of" {
            // "a number of analysts said", "some of the economists said"
            return quantity_of(cx, start - 1, head);
        }
        if verb || is_preposition(&cx.lower(start - 1, &mut buf)) {
            return None;
        }
    }
    // "when a landlord tells a tenant ...": someone in general, not a source (a story's "when
    // a friend asked" is in the past)
    let indefinite = det.is_some_and(|d| matches!(cx.lower(d, &mut buf).as_str(), "a" | "an"));
    if indefinite && start > 0 && cx.same_sent(start - 1, start) {
        let w = cx.lower(start - 1, &mut buf);
        let condition = matches!(w.as_str(), "when" | "whenever" | "if" | "unless" | "once");
        let mut v = head + 1;
        while cx.free_word(v) && words::stands_between(cx.word(v)) {
            v += 1;
        }
        let present = cx.word(v).ends_with('s') && !cx.word(v).ends_with("ss");
        if condition && present {
            return None;
        }
    }
    // A bare singular head ("general said") is rarely a subject; plurals and mass nouns are.
    let hw = cx.lower(head, &mut buf);
    // "spokesmen", "businesswomen": plurals of "-man" and "-woman" have no "s".
    let plural = hw.ends_with('s') || hw.ends_with("men") || words::is_mass_plural(&hw);
    if det.is_none() && !plural && from == head {
        return None;
    }
    let s = phrase(cx, det, from, head)?;
    Some((start, s))
}

/// "a number of analysts", "some of the economists", "dozens of residents": a word for a
/// quantity before the "of" at `of` and a plural noun for people at `head` make one unnamed
/// source, worded from the quantity's determiner.
fn quantity_of(cx: &Ctx, of: usize, head: usize) -> Option<(usize, Subject)> {
    let q = of
        .checked_sub(1)
        .filter(|&q| cx.free_word(q) && cx.same_sent(q, of))?;
    let mut buf = String::new();
    let qw = cx.low(q, &mut buf).to_string();
    // a noun for a quantity needs a determiner ("group of scholars wrote" is a headline's
    // shorthand); a word that is one itself does not
    let noun = matches!(
        qw.as_str(),
        "number" | "group" | "majority" | "minority" | "handful" | "couple"
    );
    let alone = matches!(
        qw.as_str(),
        "dozens"
            | "hundreds"
            | "thousands"
            | "scores"
            | "some"
            | "most"
            | "many"
            | "several"
            | "all"
            | "few"
            | "half"
            | "both"
            | "none"
            | "one"
            | "two"
            | "three"
    );
    if !(noun || alone) || !words::is_people_plural(cx.low(head, &mut buf)) {
        return None;
    }
    // its determiner, maybe past an adjective ("a small group of")
    let det = (q.saturating_sub(2)..q)
        .rev()
        .find(|&d| cx.free_word(d) && cx.same_sent(d, q) && is_determiner(cx.low(d, &mut buf)));
    if noun && det.is_none() {
        return None;
    }
    let start = det.unwrap_or(q);
    // "an official with one of the banks", "the chairman of one of the banks": an object
    let governed = start
        .checked_sub(1)
        .is_some_and(|b| cx.free_word(b) && cx.same_sent(b, start) && is_preposition(cx.word(b)));
    if governed {
        return None;
    }
    let text = cx.text.get(cx.toks[start].start..cx.toks[head].end)?;
    Some((start, Subject::Unnamed(lower_first(text))))
}

pub fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "with"
            | "of"
            | "for"
            | "in"
            | "on"
            | "at"
            | "by"
            | "from"
            | "to"
            | "about"
            | "into"
            | "over"
            | "under"
            | "than"
            | "like"
    )
}

/// An unnamed-source subject with a postmodifier, ending right before the verb at `v`:
/// "sources familiar with the talks said", "people arrested last week said",
/// "a release from the Harbour Union said", "the chairman of the Senate panel said". The
/// wording runs up to the verb.
pub fn postmodified_subject(cx: &Ctx, v: usize) -> Option<(usize, Subject)> {
    let s = local_clause_start(cx, v);
    if v <= s + 2 || v > s + 12 || (s..v).any(|i| !cx.free_word(i)) {
        return None;
    }
    let mut buf = String::new();
    // ("with dealers reporting that ...": the object of a preposition, not a subject)
    if is_preposition(cx.low(s, &mut buf)) {
        return None;
    }
    // det? mods{0,3} head, then the postmodifier
    let mut i = s;
    if is_determiner(cx.low(i, &mut buf)) {
        i += 1;
    }
    let head = postmodified_head(cx, s, i, v)?;
    // "doctors and nurses at the hospital said": the group runs to the second head
    let second = head + 2;
    let conjoined = second + 1 < v
        && matches!(cx.low(head + 1, &mut buf), "and" | "or")
        && !is_cap(cx.word(second))
        && {
            let w = cx.low(second, &mut buf);
            words::is_unnamed(w) || words::is_role_noun(w) || w == "people"
        };
    let head = if conjoined { second } else { head };
    let mut end = v - 1;
    while end > head && words::stands_between(cx.word(end)) {
        end -= 1;
    }
    // "Officials on Monday said": a time between the source and its verb is not part of it.
    let timed = super::adjuncts::is_time_phrase(cx, head + 1, end);
    if timed {
        end = head;
    }
    // "an expert who writes ...": the verb belongs to a relative clause
    let relative = matches!(cx.low(v - 1, &mut buf), "who" | "that" | "which");
    // A cue verb inside the phrase reports speech of its own, unless it takes an infinitive:
    // "a trader who asked not to be named said" made a request.
    let reports = |x: usize, buf: &mut String| {
        words::is_cue_verb(cx.low(x, buf)) && !matches!(cx.word(x + 1), "not" | "to")
    };
    if relative || !(timed || opens_reduced_clause(cx, head + 1, v)) {
        return None;
    }
    if (head + 1..v).any(|x| reports(x, &mut buf)) {
        return None;
    }
    // "the institutions created in 1945 must respond", "the foundation of the UN we recall":
    // a clause of its own before the verb, with an auxiliary or a pronoun subject outside any
    // relative clause
    let finite = |x: usize, buf: &mut String| {
        let w = cx.low(x, buf);
        words::is_auxiliary(w) || pronoun(w).is_some() || matches!(w, "i" | "we" | "you")
    };
    // (the verb's own auxiliaries are not one: "people in the West are asking")
    let mut group = v;
    while group > head + 1 && {
        let w = cx.low(group - 1, &mut buf);
        words::is_auxiliary(w) || words::stands_between(w)
    } {
        group -= 1;
    }
    let relative_at = (head + 1..v).find(|&x| matches!(cx.word(x), "who" | "that" | "which"));
    if (head + 1..relative_at.unwrap_or(group)).any(|x| finite(x, &mut buf)) {
        return None;
    }
    postmodified_wording(cx, (s, i, head), end, v)
}

/// Where the clause of the verb at `v` starts: back to punctuation or the sentence start,
/// past a conjunction, and after a subordinating one ("He was arrested after employees of a
/// dealership said ...").
fn local_clause_start(cx: &Ctx, v: usize) -> usize {
    let mut s = v;
    while s > 0 && v - s < 13 && cx.free_word(s - 1) && cx.same_sent(s - 1, v) {
        s -= 1;
    }
    let mut buf = String::new();
    // ("-- which a dealer in Davenport said was ...": the relative is the verb's object)
    let relative = cx.word(s) == "which" && is_determiner(cx.low(s + 1, &mut buf));
    if relative || matches!(cx.low(s, &mut buf), "but" | "and" | "so" | "yet") {
        s += 1;
    }
    let subordinate = |i: usize, buf: &mut String| {
        matches!(
            cx.low(i, buf),
            "after" | "because" | "when" | "while" | "since" | "until" | "although" | "though"
        )
    };
    (s..v)
        .rev()
        .find(|&i| subordinate(i, &mut buf))
        .map_or(s, |c| c + 1)
}

/// The head noun of a postmodified subject whose phrase starts at `s` (its determiner, if
/// any, before `i`): a source, a person by role or a document; a body only after "the"; one
/// person set off by a comma only with a determiner (after a comma, "senior director of
/// marketing" describes the name before it). Of two nouns in a row the second is the head
/// ("the general trading manager", "the parole board decision").
fn postmodified_head(cx: &Ctx, s: usize, i: usize, v: usize) -> Option<usize> {
    let mut buf = String::new();
    let definite = i > s && cx.low(s, &mut buf) == "the";
    let after_comma = s > 0 && cx.is_punct(s - 1, ",");
    let mut candidate = |h: usize| {
        let w = cx.low(h, &mut buf);
        let shaped = h == s || !is_cap(cx.word(h));
        // ("Mark Rogers, paper analyst for Prudential Bache said": one person without an
        // article after a comma is an appositive)
        let plural = w.ends_with('s') || w.ends_with("men") || words::is_mass_plural(w);
        let appositive = after_comma && i == s && !plural;
        let source = words::is_unnamed(w)
            || words::is_document(w)
            || matches!(w, "people" | "person")
            || words::is_role_noun(w)
            || words::is_org_role(w) && definite;
        shaped && source && !appositive || h == s && words::is_party_member(w)
    };
    let last = (i + 4).min(v - 1);
    let mut head = (i..last).find(|&h| candidate(h))?;
    loop {
        if head + 1 < v && candidate(head + 1) {
            head += 1;
            continue;
        }
        let between = cx.word(head + 1);
        let modifier = !is_cap(between)
            && !is_preposition(between)
            && !opens_postmodifier(between)
            && between != "and";
        if head + 2 < v && modifier && candidate(head + 2) {
            head += 2;
            continue;
        }
        return Some(head);
    }
}

/// Whether the word at `p`, right after a head noun, opens what describes it: a preposition,
/// a relative "who", a participle ("living nearby", "reached by phone"; a past one without an
/// object, as a passive has none: "officials blamed the talks" is a clause), a noun phrase
/// after "to" or "on".
fn opens_reduced_clause(cx: &Ctx, p: usize, v: usize) -> bool {
    let mut buf = String::new();
    let post = cx.low(p, &mut buf).to_string();
    if opens_postmodifier(&post) || opens_noun_phrase_after(cx, p) {
        return true;
    }
    // ("the engineers determined estimated revenues": two verbs, the first of them the
    // subject's; "residents interviewed said": a participle right before "said")
    let right_before_said = p + 1 == v && matches!(cx.word(v), "said" | "say" | "says" | "told");
    let passive = |w: &str| {
        right_before_said || is_preposition(w) || w.ends_with("ly") || matches!(w, "last" | "near")
    };
    // A cue word that is a noun too ("asylum claims") may end a phrase that is no subject.
    if words::is_noun_too(cx.word(v)) {
        return post == "who";
    }
    match post.as_str() {
        "who" => true,
        w if w.len() > 4 && w.ends_with("ing") => true,
        w if w.len() > 4 && w.ends_with("ed") || irregular_participle(w) => {
            passive(cx.low(p + 1, &mut buf))
        }
        _ => false,
    }
}

/// Past participles that do not end in "-ed" and often follow a noun: "a release sent to
/// media", "talks held in Geneva".
fn irregular_participle(w: &str) -> bool {
    matches!(
        w,
        "sent"
            | "held"
            | "seen"
            | "given"
            | "taken"
            | "written"
            | "known"
            | "led"
            | "found"
            | "kept"
            | "chosen"
            | "shown"
            | "caught"
            | "hit"
            | "left"
            | "built"
            | "brought"
            | "hired"
    )
}

/// The subject a postmodified phrase (`s` its start, `i` past its determiner, `head` its
/// noun) stands for, worded up to `end`: a document's sender or issuer, a body the article
/// has named, else the phrase as worded.
fn postmodified_wording(
    cx: &Ctx,
    (s, i, head): (usize, usize, usize),
    end: usize,
    v: usize,
) -> Option<(usize, Subject)> {
    let mut buf = String::new();
    let hw = cx.low(head, &mut buf).to_string();
    let det = (i > s).then_some(s);
    if words::is_document(&hw) {
        // "a release sent to media from the Harbour Union said": the sender speaks; "the
        // report released on Monday said": the report's issuer
        // ("a letter seen by Sky News": whoever saw it did not send it)
        let sent_by = |x: usize| match cx.word(x) {
            "from" => true,
            "by" => x == head + 1 || super::issued::wrote_it(cx.word(x - 1)),
            _ => false,
        };
        let Some(from) = (head + 1..v).find(|&x| sent_by(x)) else {
            return phrase(cx, det, i, head).map(|d| (s, d));
        };
        let sender = sender_after(cx, from)?;
        return Some((s, Subject::Doc(Some(Box::new(sender)), hw)));
    }
    // "a trader who asked not to be named said": the source is the noun phrase; a relative
    // clause says how it was quoted, not who it is.
    let end = (head + 1..=end)
        .find(|&x| cx.word(x) == "who")
        .map_or(end, |who| who - 1);
    let wording = cx.text.get(cx.toks[s].start..cx.toks[end].end)?.to_string();
    // "the company based in Eastport said": the company the article has named. (A person by
    // title is kept as worded: "the chairman of the Senate subcommittee" need not be the
    // chairman named before.)
    let definite = det.is_some_and(|d| cx.word(d).eq_ignore_ascii_case("the"));
    if definite && words::is_org_role(&hw) {
        return phrase(cx, det, i, head).map(|o| (s, o));
    }
    Some((s, Subject::Unnamed(wording)))
}

/// "to" or "on" at `p` opening a postmodifier: a noun phrase follows ("aides to the
/// governor", "Democrats on the committee", "advisers to Lind"), not an infinitive ("officials
/// to decide") or a day ("on Monday").
fn opens_noun_phrase_after(cx: &Ctx, p: usize) -> bool {
    if !matches!(cx.word(p), "to" | "on") || !cx.free_word(p + 1) || !cx.same_sent(p, p + 1) {
        return false;
    }
    let next = cx.word(p + 1);
    let small = words::small(next);
    is_determiner(&small)
        || possessive_pronoun(&small).is_some()
        || is_cap(next) && !words::is_stop_cap(&small)
}

/// A word that opens what follows a noun and describes it: a preposition ("sources at the
/// bank", "executives across the region"), an adjective or participle with its complement
/// ("people familiar with the talks", "a person briefed on it", "a group representing
/// farmers").
pub fn opens_postmodifier(w: &str) -> bool {
    matches!(
        w,
        "familiar"
            | "close"
            | "with"
            | "for"
            | "from"
            | "at"
            | "of"
            | "in"
            | "across"
            | "around"
            | "throughout"
            | "involved"
            | "based"
            | "knowledgeable"
            | "briefed"
            | "representing"
    )
}

/// The last token of a postmodifier after an unnamed source's head at `head`, read left to
/// right after its verb: "said sources familiar with the talks", "according to a
/// spokesperson for the camp". It ends at punctuation or a word that starts something else
/// (a time, a relative clause, a conjunction); one that runs on for more than six words is
/// not taken.
pub fn postmodifier_end(cx: &Ctx, head: usize) -> Option<usize> {
    let mut buf = String::new();
    let opens = opens_postmodifier(cx.low(head + 1, &mut buf));
    if !cx.free_word(head + 1) || !cx.same_sent(head + 1, head) || !opens {
        return None;
    }
    let mut end = head + 1;
    while cx.free_word(end + 1) && cx.same_sent(end + 1, head) {
        // ("briefed on the matter": "on" is its complement, not a time.)
        let briefed = end == head + 1 && cx.word(end) == "briefed";
        let w = cx.low(end + 1, &mut buf);
        let ends = words::is_cue_verb(w)
            || words::is_auxiliary(w)
            || w == "on" && !briefed
            || matches!(
                w,
                "who"
                    | "which"
                    | "that"
                    | "and"
                    | "or"
                    | "but"
                    | "when"
                    | "while"
                    | "after"
                    | "before"
                    | "during"
                    | "since"
                    | "as"
                    | "because"
                    | "last"
                    | "this"
                    | "earlier"
                    | "later"
                    | "today"
                    | "yesterday"
                    | "said"
            )
            || words::is_stop_cap(w) && is_cap(cx.word(end + 1)) && !matches!(w, "the");
        if ends {
            break;
        }
        end += 1;
        if end - head > 6 {
            return None;
        }
    }
    // Not ending on a preposition or an article ("sources close to").
    let last = cx.low(end, &mut buf);
    (!is_preposition(last) && !is_determiner(last) && end > head + 1).then_some(end)
}

/// Who sent a document, after "from" or "by" at `by` (past a "the"): a name, or a body or a
/// person named by its kind ("a statement from the ministry").
pub fn sender_after(cx: &Ctx, by: usize) -> Option<Subject> {
    let mut a = by + 1;
    let the = matches!(cx.word(a), "the" | "The");
    if the {
        a += 1;
    }
    if let Some(b) = run_right(cx, a) {
        // "a report from U.S. intelligence agencies": the name describes the senders, who are
        // the group as worded
        let head = (b + 1..b + 4)
            .take_while(|&j| cx.free_word(j) && !is_cap(cx.word(j)))
            .find(|&j| head_class(&words::small(cx.word(j))));
        return match head {
            Some(h) => cx
                .text
                .get(cx.toks[a].start..cx.toks[h].end)
                .map(|w| Subject::Unnamed(w.to_string())),
            None => analyse_run(cx, a, b).map(Subject::Name),
        };
    }
    let continues = cx.free_word(a + 1) && head_class(&words::small(cx.word(a + 1)));
    if !the || !cx.free_word(a) || continues {
        return None;
    }
    owner_noun(&words::small(cx.word(a)))
}

/// "White House-ordered": a name and a participle made one adjective.
pub fn hyphenated_participle(w: &str) -> bool {
    w.rsplit_once('-')
        .is_some_and(|(_, t)| t.starts_with(|c: char| c.is_ascii_lowercase()) && t.ends_with("ed"))
}

/// A body or a person named by its kind, as the owner or sender of a document: "the
/// ministry's", "the union", "the coach's".
/// "the parole board decision", "the union statement": the word right before a document
/// noun is a body that issued it. Only one document: the records of a court case are filed by
/// its parties, not by the court.
fn body_before_document(cx: &Ctx, from: usize, head: usize) -> Option<Subject> {
    let body = head.checked_sub(1).filter(|&b| b >= from)?;
    let w = cx.word(body);
    let singular = !cx.word(head).ends_with('s');
    let organisation = words::is_org_role(w) || words::is_collective(w);
    (singular && organisation && cx.free_word(body))
        .then(|| owner_noun(w))
        .flatten()
}

fn owner_noun(w: &str) -> Option<Subject> {
    let w = w
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .to_lowercase();
    let wording = format!("the {w}");
    if words::is_org_role(&w) {
        Some(Subject::OrgRef(w, wording))
    } else if words::is_collective(&w) {
        Some(Subject::Unnamed(wording))
    } else if words::is_role_noun(&w) {
        let role = Role {
            head: w,
            mods: Vec::new(),
        };
        Some(Subject::RoleRef(role, wording))
    } else {
        None
    }
}

/// An unnamed source in one case wherever the article names it: "Analysts said" opening a
/// sentence is the "analysts" of "other analysts said", "A spokesman" is "a spokesman". The
/// first word loses its capital when it is a function word, the head itself, or a word the
/// article never writes capitalised inside a sentence (a proper adjective such as "Norlandic"
/// it does, or it has the shape of one).
pub fn in_one_case(mut found: Vec<Cue>, recurs: &mut Recurrence) -> Vec<Cue> {
    for c in &mut found {
        // "Analysts said" read as a capitalised word is the group "analysts"; so is a plural
        // agent noun ("Dealers said") the article never writes capitalised inside a sentence.
        if let Subject::Name(n) = &c.subj {
            let small = words::small(&n.name);
            let agents = ["ers", "ors", "ists"].iter().any(|e| small.ends_with(e))
                && n.role.is_none()
                && !recurs.inside_a_sentence(&n.name);
            if n.first == n.last && (words::is_unnamed(&small) || agents) {
                c.subj = Subject::Unnamed(n.name.clone());
            }
        }
        let wording = match &mut c.subj {
            Subject::Unnamed(w) | Subject::OrgRef(_, w) => w,
            _ => continue,
        };
        let first = wording.split(' ').next().unwrap_or("");
        // "Lind's office": a possessive is a name's; "NATO officials": an acronym.
        let possessive = first.ends_with("'s") || first.ends_with("’s");
        // ("U.S. officials": a capital after the first letter marks an acronym too.)
        if !is_cap(first) || possessive || first.chars().skip(1).any(char::is_uppercase) {
            continue;
        }
        let small = words::small(first);
        // "North Korean state media": a place's first word before another capital.
        let second = wording.split(' ').nth(1).unwrap_or("");
        if words::is_party_member(&small)
            || super::canonical::is_place_word(&small) && is_cap(second)
        {
            continue;
        }
        let common = words::is_stop_cap(&small)
            || words::is_unnamed(&small)
            || words::is_collective(&small)
            || !proper_adjective_shape(&small) && !recurs.inside_a_sentence(first);
        if common {
            *wording = lower_first(wording);
        }
    }
    found
}

/// "Norlandic", "Eastportese", "Western": endings of adjectives made from names.
pub fn proper_adjective_shape(w: &str) -> bool {
    ["an", "ese", "ish", "ic", "ern", "i"]
        .iter()
        .any(|s| w.ends_with(s))
}

fn lower_first(w: &str) -> String {
    let mut cs = w.chars();
    match cs.next() {
        Some(c) => c.to_lowercase().chain(cs).collect(),
        None => String::new(),
    }
}
