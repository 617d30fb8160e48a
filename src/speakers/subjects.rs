//! Finding the subject a cue points at: names, pronouns, role and unnamed-source phrases,
//! appositives, inverted and postmodified subjects.

use super::names::{
    analyse_run, role_after, role_before, run_left, run_right, title_only, NameInfo, NameKind, Role,
};
use super::phrases::{
    head_class, is_determiner, is_preposition, opens_postmodifier, phrase, phrase_left,
    possessive_pronoun, postmodified_subject, postmodifier_end, pronoun, sender_after,
};
use super::report::Subject;
use super::tokens::{is_cap, Ctx, Kind};
use super::words;

/// Subjects whose last token is `k` (a name, pronoun or phrase), nearest first.
pub fn subject_left(cx: &Ctx, k: usize, depth: u8) -> Vec<(usize, Subject)> {
    let mut out = Vec::new();
    if cx.is_punct(k, ",") && depth == 0 {
        return appositive_subject(cx, k);
    }
    // 'Ada Lind, author of "Global Crop News," said': the appositive's comma inside the
    // closing mark of a title
    if depth == 0 && title_with_comma_before(cx, k) {
        return appositive_subject(cx, k - 1);
    }
    // "Harbours, Rivers and Canals Norland (HRCN) said"
    if let Some(n) = super::acronyms::subject_before(cx, k) {
        return vec![(n.first, Subject::Name(n))];
    }
    // "Sen. Ada Lind (R-Ohio) said", "Ada Lind (pictured) said": the brackets are an aside
    if let Some(open) = bracket_before(cx, k) {
        return subject_left(cx, open - 1, depth);
    }
    if !cx.free_word(k) {
        return out;
    }
    let w = cx.word(k);
    // "Ada Lind, D-Mich.": the party and state are the name's
    if words::is_party_tag(w) && k >= 2 && cx.is_punct(k - 1, ",") {
        return subject_left(cx, k - 2, depth);
    }
    if let Some(p) = pronoun(w) {
        out.push((k, Subject::Pronoun(p)));
        return out;
    }
    if w == "who" && k >= 2 && cx.is_punct(k - 1, ",") {
        let found = subject_left(cx, k - 2, depth + 1);
        let person = |s: &Subject| !matches!(s, Subject::Name(n) if n.kind == NameKind::Org);
        if found.iter().all(|(_, s)| person(s)) {
            return found;
        }
        // "Ada Lind, director of the Harbour Institute, who ...": "who" is the person
        return nearest_person_left(cx, k - 2).into_iter().collect();
    }
    if cx.name_piece(k) {
        return capitalised_subject(cx, k, depth);
    }
    // "Baker International corp said": a legal form in lower case still ends a company's name
    if k > 0 && cx.name_piece(k - 1) && lower_case_legal_form(w) {
        if let Some(a) = run_left(cx, k - 1) {
            if let Some(mut n) = analyse_run(cx, a, k) {
                n.kind = NameKind::Org;
                return name_subject(cx, n, a, k, depth);
            }
        }
    }
    let mut buf = String::new();
    let lw = cx.lower(k, &mut buf);
    // "the 42-year-old said", "the 42-year-old woman said"
    let aged = words::is_age(&lw) || k > 0 && words::is_age(cx.word(k - 1));
    // A noun for people by its ending only: not before a cue word that is a noun too ("their
    // annexationist claims").
    let agent =
        words::is_agent_noun(&lw) && !(cx.free_word(k + 1) && words::is_noun_too(cx.word(k + 1)));
    if head_class(&lw) || aged || agent {
        if let Some(s) = phrase_left(cx, k) {
            out.extend(conjoined(cx, s, k, depth));
        }
    }
    out
}

/// Subjects whose last token `k` is a capitalised word: a name, a title standing for its
/// holder, or a phrase the name is only part of.
fn capitalised_subject(cx: &Ctx, k: usize, depth: u8) -> Vec<(usize, Subject)> {
    let w = cx.word(k);
    let Some(a) = run_left(cx, k) else {
        return Vec::new();
    };
    // "Moody's said", "McDonald's has said": a possessive with no noun after it, right
    // before the verb group, is a name of that shape
    let verb_next = depth == 0 && {
        let next = cx.word(k + 1);
        // (not a noun: "Freeland's remarks came", "Japan's state oil company", "Tokyo's
        // alleged failure")
        let verb = words::is_cue_verb(next) && !words::is_noun_too(next) && next != "alleged";
        // ... and what follows the verb opens a clause or a quote, not a noun it modifies
        // ("NEC's admitted strengths", "PDVSA's stated goal")
        let after = cx.word(k + 2);
        let opens = !cx.free_word(k + 2)
            || is_cap(after)
            || matches!(
                after,
                "that"
                    | "the"
                    | "a"
                    | "an"
                    | "it"
                    | "its"
                    | "he"
                    | "she"
                    | "they"
                    | "this"
                    | "there"
                    | "on"
                    | "in"
                    | "at"
                    | "also"
                    | "last"
                    | "today"
                    | "yesterday"
                    | "earlier"
                    | "said"
                    | "been"
            );
        cx.free_word(k + 1)
            && (verb || words::is_auxiliary(next) || words::is_between(next))
            && opens
    };
    let possessive = w.ends_with("'s") || w.ends_with("’s");
    if possessive && !verb_next {
        return Vec::new();
    }
    // "The Frenchman said", "the Spaniard said": a demonym is an epithet for someone the
    // article is about, not a name.
    if let Some(r) = demonym_epithet(cx, a, k) {
        return vec![r];
    }
    // "Estimates suggest ...": a finding opening the sentence is no name.
    if a == k && words::is_finding(&words::small(w)) {
        return Vec::new();
    }
    // "Aides to Ada Lind said", "Lawyers for Nils Berg said": the name is the object of a
    // group's postmodifier, and the group speaks (a spokesperson speaks for the name).
    if let Some(group) = group_around_object(cx, a, k) {
        return vec![group];
    }
    if let Some(mut n) = analyse_run(cx, a, k) {
        if possessive && n.last == k {
            // the name keeps its "'s" ("Moody's"); a person is not named so, a firm is
            if let Some(t) = cx.text.get(cx.toks[n.first].start..cx.toks[k].end) {
                n.name = t.to_string();
                n.kind = NameKind::Org;
            }
        }
        return name_subject(cx, n, a, k, depth);
    }
    if let Some(p) = pronoun(w) {
        vec![(k, Subject::Pronoun(p))]
    } else if let Some(r) = title_only(cx, a, k) {
        let wording = title_wording(&r, w);
        vec![(a, Subject::RoleRef(r, wording))]
    } else {
        // "Ada Lind of IG said"
        person_before_org(cx, a).into_iter().collect()
    }
}

/// An abbreviated legal form written in lower case ("corp", "inc", "ltd"), as wire copy
/// sometimes has it.
fn lower_case_legal_form(w: &str) -> bool {
    let w = w.strip_suffix('.').unwrap_or(w);
    w.bytes().all(|b| b.is_ascii_lowercase())
        && words::is_company_form(w)
        && !matches!(w, "corporation" | "incorporated")
}

/// The name `n` (its run `a..=k`) as a subject, unless it only describes or belongs to the
/// phrase that speaks; with a subject joined to it by "and".
fn name_subject(cx: &Ctx, mut n: NameInfo, a: usize, k: usize, depth: u8) -> Vec<(usize, Subject)> {
    // "Ada Lind, professor of law at Eastport University said": the appositive was left open
    if let Some(p) = open_appositive_person(cx, a) {
        return vec![p];
    }
    // "Ada Lind with the Harbour Authority said": the person, not the organisation
    if n.kind != NameKind::Person {
        if let Some(p) = person_before_org(cx, a) {
            return vec![p];
        }
    }
    // "a memo seen by the Daily Planet says": whoever saw it did not write it
    if saw_it(cx, a) {
        return Vec::new();
    }
    // "Analysts polled by the Eastport Herald said": those asked speak, not who asked them
    if let Some(head) = asked_by(cx, a) {
        return phrase_left(cx, head).into_iter().collect();
    }
    // "The mayor of Westfield said", "a lawyer for Ada Lind said": the noun speaks; "the
    // envoy to Norland Ada Lind said": the person holding it does
    let holder = || super::names::name_after_role_object(cx, a, k).is_some();
    if let Some(found) = noun_of_name(cx, a, k).filter(|_| !holder()) {
        return vec![found];
    }
    // A place after "in", "from" ...: whoever it describes speaks, if anyone ("Eastport", or a
    // name read as a person's: "the Middle East").
    if let Some(described) = described_at_place(cx, a) {
        return described;
    }
    if n.role.is_none() {
        n.role = role_before(cx, n.first);
    }
    let mut out = vec![(n.first, Subject::Name(n))];
    // "... and the Eastport School District said": the article is the name's.
    let a = if a >= 3 && cx.word(a - 1).eq_ignore_ascii_case("the") {
        a - 1
    } else {
        a
    };
    // "Mines, Power and Steel Minister Bunu Musa said": an "and" before a title joins its
    // portfolios, not two speakers
    let title_first = matches!(&out[0].1, Subject::Name(n) if n.first > a);
    let portfolio = title_first
        && a >= 3
        && is_cap(cx.word(a - 2))
        && (words::is_portfolio(&words::small(cx.word(a - 2))) || cx.is_punct(a - 3, ","));
    if a >= 2 && cx.word(a - 1) == "and" && depth <= 1 && !portfolio {
        if let Some(joined) = name_joined_before(cx, a, depth, &mut out) {
            return joined;
        }
    }
    out
}

/// "Smith and Okafor said", "Smith (D-Ohio) and Okafor (R-Iowa) said", "the mayor and Okafor
/// said", "Lind, Berg and Okafor said": the subjects before the "and" that precedes the name
/// at `a` go in front of `out`.
/// `Some` replaces the whole answer: "Ada Lind of Ball and Turben said" is Ada Lind alone.
fn name_joined_before(
    cx: &Ctx,
    a: usize,
    depth: u8,
    out: &mut Vec<(usize, Subject)>,
) -> Option<Vec<(usize, Subject)>> {
    // "Lind, Berg, and Dahl said": the comma of a list before "and"
    let serial = a >= 3 && cx.is_punct(a - 2, ",");
    let before = if serial { a - 3 } else { a - 2 };
    let e = bracket_before(cx, before).map_or(before, |open| open - 1);
    let mut left = subject_left(cx, e, depth + 1);
    // The "and" joins the firm's name, and the person before it speaks.
    let inside = left
        .iter()
        .any(|(_, s)| matches!(s, Subject::Name(n) if n.last < before && n.last + 1 < e));
    if inside {
        return Some(left);
    }
    // "Lind, Berg and Dahl said": the list's first items before them
    let listed = match left.as_slice() {
        [(b, l)] if list_item(l) => listed_before(cx, *b, depth),
        _ => None,
    };
    let is_list = listed.is_some();
    match listed {
        Some(mut items) => {
            items.append(&mut left);
            left = items;
        }
        None if serial => return None,
        None => {}
    }
    // "of Management and Budget Ada Lind": capitals on both sides of "and" with no name before
    // it are one name's words.
    let named = left.iter().any(|(_, s)| matches!(s, Subject::Name(_)));
    if named || !is_cap(cx.word(e)) {
        out.splice(0..0, left);
    }
    if is_list {
        *out = without_appositives(std::mem::take(out));
    }
    None
}

/// How a title standing for its holder is worded: "the president", "the prime minister" (the
/// title's own words with it); an acronym keeps its capitals ("the CEO").
fn title_wording(r: &Role, last: &str) -> String {
    let acronym = last.len() > 1 && last.bytes().all(|c| c.is_ascii_uppercase());
    let own = |m: &&String| words::is_title(m) || words::is_portfolio(m) || words::makes_title(m);
    let mut title: Vec<&str> = r.mods.iter().filter(own).map(String::as_str).collect();
    title.push(if acronym { last } else { &r.head });
    format!("the {}", title.join(" "))
}

/// The phrase `right` ending at `k` with a subject joined to it by "and" or "or": "Ada Lind
/// and the mayor said", "the premier and the opposition leader said" are two speakers;
/// "officials and businessmen said", two bare plurals, one group worded as in the text.
fn conjoined(cx: &Ctx, right: (usize, Subject), k: usize, depth: u8) -> Vec<(usize, Subject)> {
    let at = right.0;
    if depth > 1 || at < 2 || !cx.free_word(at - 1) || !matches!(cx.word(at - 1), "and" | "or") {
        return vec![right];
    }
    // "Lind, Berg and Dahl said", "Lind, Berg, and Dahl said": a list of speakers
    let serial = at >= 3 && cx.is_punct(at - 2, ",");
    let left = subject_left(cx, if serial { at - 3 } else { at - 2 }, depth + 1);
    if let [(a, l)] = left.as_slice() {
        if let Some(mut items) = listed_before(cx, *a, depth).filter(|_| list_item(l)) {
            if list_item(&right.1) {
                items.extend([(*a, l.clone()), right]);
                // "Opposition politicians, businessmen and newspapers criticised": sources
                // without a name or a role are one group, as two are ("officials and bankers")
                let group = items
                    .iter()
                    .all(|(_, s)| matches!(s, Subject::Unnamed(_)) || source_opening_sentence(s));
                let from = items[0].0;
                return match cx.text.get(cx.toks[from].start..cx.toks[k].end) {
                    Some(w) if group => vec![(from, Subject::Unnamed(w.to_string()))],
                    _ => without_appositives(items),
                };
            }
        }
    }
    if serial {
        return vec![right];
    }
    // "a Steel and Iron Association official", "Japanese and Norlandic officials": capitals
    // on both sides of "and" modify the one phrase.
    let modifier = |s: &Subject| {
        matches!(s, Subject::Name(n) if n.kind != NameKind::Person
            || n.first > 0 && matches!(cx.word(n.first - 1), "a" | "an" | "the" | "A" | "An" | "The"))
    };
    // "Thai and foreign bankers": a proper adjective alone before "and"
    let adjective = |s: &Subject| {
        matches!(s, Subject::Name(n) if n.first == n.last && n.kind == NameKind::Unknown
            && super::phrases::proper_adjective_shape(&n.name))
    };
    let joined = left.iter().any(|(_, s)| modifier(s)) && is_cap(cx.word(at))
        || left.iter().any(|(_, s)| adjective(s));
    if joined && cx.same_sent(at - 1, at) {
        let from = left.iter().map(|(a, _)| *a).min().unwrap_or(at);
        let from = if from > 0 && is_determiner(cx.low(from - 1, &mut String::new())) {
            from - 1
        } else {
            from
        };
        let whole = cx.text.get(cx.toks[from].start..cx.toks[k].end);
        return match (&right.1, whole) {
            (Subject::Unnamed(_), Some(w)) => vec![(from, Subject::Unnamed(w.to_string()))],
            _ => vec![right],
        };
    }
    let bare = |s: &Subject| match s {
        Subject::Unnamed(w) => !w.contains(' '),
        s => source_opening_sentence(s),
    };
    // "the chairman and chief executive said": a second role with no article of its own is
    // the same person's.
    let det = |a: usize| is_determiner(cx.low(a, &mut String::new()));
    let second_role = matches!(&right.1, Subject::RoleRef(..) | Subject::Unnamed(_))
        && !det(at)
        && words::is_person_role(&words::small(cx.word(k)));
    match left.as_slice() {
        [] => vec![right],
        [(a, l)] if second_role && matches!(l, Subject::RoleRef(..) | Subject::Unnamed(_)) => {
            vec![(*a, l.clone())]
        }
        [(a, l)] if bare(l) && bare(&right.1) => {
            let wording = cx.text.get(cx.toks[*a].start..cx.toks[k].end);
            wording.map_or(vec![right], |w| vec![(*a, Subject::Unnamed(w.to_string()))])
        }
        _ => {
            let mut out = left;
            out.push(right);
            out
        }
    }
}

/// The items of a list of speakers before the one starting at `a` ("Lind, Berg" before "and
/// Dahl"), each set off by a comma, when the list opens the sentence ("In Ottawa, Lind and
/// Berg said" lists nobody before Lind). None when there is no such list.
fn listed_before(cx: &Ctx, a: usize, depth: u8) -> Option<Vec<(usize, Subject)>> {
    let mut items = Vec::new();
    let mut first = a;
    while first >= 2 && cx.is_punct(first - 1, ",") && cx.same_sent(first - 2, a) {
        // ("Officials in Mexico, Guatemala and Ecuador said": the names go on the object of
        // a preposition)
        let governed = |b: usize| (b..first - 1).any(|x| is_preposition(cx.word(x)));
        // ("On Monday, Lind, Berg and Dahl said": the object of an opening preposition ends
        // the walk; whether it opens the sentence is asked below)
        let opens = |b: usize| b > 0 && is_preposition(&words::small(cx.word(b - 1)));
        match subject_left(cx, first - 2, depth + 2).as_slice() {
            [] => break,
            [(b, _)] if opens(*b) => break,
            [(b, item)] if list_item(item) && !governed(*b) => {
                items.push((*b, item.clone()));
                first = *b;
            }
            _ => return None,
        }
    }
    let mut start = cx.sentence_start(a);
    while start < first && !cx.free_word(start) {
        start += 1;
    }
    if matches!(cx.word(start), "But" | "And") {
        start += 1;
    }
    (!items.is_empty() && (first == start || opening_phrase(cx, start, first))).then(|| {
        items.reverse();
        items
    })
}

/// An adverb that opens a sentence and is set off by a comma: "Later,", "Meanwhile,",
/// "Separately,", "Afterwards,".
fn sentence_adverb(w: &str) -> bool {
    w.len() > 4 && (w.ends_with("ly") || w.ends_with("wards"))
        || matches!(
            w,
            "meanwhile" | "later" | "earlier" | "however" | "yesterday" | "today" | "then" | "now"
        )
}

/// Whether `start..first` is a short phrase set off before the sentence's subject: "On
/// Monday, ", "In Eastport, ", "Later, " (a preposition or a sentence adverb, a comma, and no
/// verb of saying).
fn opening_phrase(cx: &Ctx, start: usize, first: usize) -> bool {
    let mut buf = String::new();
    let opener = cx.low(start, &mut buf).to_string();
    first >= start + 2
        && first - start <= 6
        && cx.is_punct(first - 1, ",")
        && (is_preposition(&opener) || sentence_adverb(&opener))
        && (start..first - 1).all(|x| cx.free_word(x) && !words::is_cue_verb(cx.low(x, &mut buf)))
}

/// A list without the descriptions set off after a name in it: in "Ada Lind, a lawyer, and
/// Tom Berg said", "a lawyer" is Lind, and in "Dudley Taft, Taft vice chairman, and ..."
/// the vice chairman is Taft. (The last item is one of its own: "the mayor, Ada Lind and the
/// fire chief".)
fn without_appositives(list: Vec<(usize, Subject)>) -> Vec<(usize, Subject)> {
    let last = list.len().saturating_sub(1);
    let mut out: Vec<(usize, Subject)> = Vec::with_capacity(list.len());
    for (i, (at, s)) in list.into_iter().enumerate() {
        let description = matches!(s, Subject::RoleRef(..) | Subject::Unnamed(_));
        let after_name =
            matches!(out.last(), Some((_, n @ Subject::Name(_))) if !source_opening_sentence(n));
        if !(description && after_name && i < last) {
            out.push((at, s));
        }
    }
    out
}

/// "Officials" opening a sentence, read as a name: a source's noun all the same.
fn source_opening_sentence(s: &Subject) -> bool {
    matches!(s, Subject::Name(n) if n.first == n.last
        && n.kind == NameKind::Unknown
        && head_class(&words::small(&n.name)))
}

/// A speaker that can stand in a list: a name (not a sentence adverb: "Afterwards, Lind and
/// Berg said"), a role or an unnamed source.
fn list_item(s: &Subject) -> bool {
    match s {
        Subject::Name(n) => {
            let lone = words::small(&n.name);
            !(words::is_stop_cap(&lone) || n.first == n.last && lone.ends_with("ly"))
        }
        Subject::RoleRef(..) | Subject::Unnamed(_) => true,
        _ => false,
    }
}

/// Where the "(" is of a short bracketed aside closed at `k`, with a word before it. An
/// acronym in brackets is not an aside but a name (`acronyms`).
fn bracket_before(cx: &Ctx, k: usize) -> Option<usize> {
    if !cx.is_punct(k, ")") {
        return None;
    }
    let open = (k.saturating_sub(8)..k)
        .rev()
        .find(|&j| cx.is_punct(j, "("))?;
    let acronym = open + 2 == k && cx.word(open + 1).bytes().all(|c| c.is_ascii_uppercase());
    let aside = open > 0 && !acronym && cx.free_word(open - 1) && cx.same_sent(open - 1, k);
    aside.then_some(open)
}

/// "the Frenchman", "the Spaniard", "the Israeli": one capitalised word after "the" with the
/// shape of a noun for a person of a nation (not a title: "the Chairman").
fn demonym_epithet(cx: &Ctx, a: usize, k: usize) -> Option<(usize, Subject)> {
    // ("The" opening the sentence may be read into the run.)
    let a = if cx.word(a).eq_ignore_ascii_case("the") {
        a + 1
    } else {
        a
    };
    if a != k || a == 0 || !cx.word(a - 1).eq_ignore_ascii_case("the") {
        return None;
    }
    let w = cx.word(a);
    let low = words::small(w).to_string();
    let person = (low.ends_with("man") || low.ends_with("woman")) && low.len() > 6;
    let shaped = person || low.ends_with("ard") || low.ends_with('i') && low.len() >= 5;
    if !shaped || words::is_title(&low) || words::is_role_noun(&low) || !is_cap(w) {
        return None;
    }
    let wording = format!("the {w}");
    let role = Role {
        head: low,
        mods: Vec::new(),
    };
    Some((a - 1, Subject::RoleRef(role, wording)))
}

/// The group whose postmodifier ("to", "for") has the name `a..=k` for object, right before
/// the verb: "Aides to Ada Lind said". Not a spokesperson, who speaks for that name.
fn group_around_object(cx: &Ctx, a: usize, k: usize) -> Option<(usize, Subject)> {
    if a < 2 || !matches!(cx.word(a - 1), "to" | "for") || !cx.free_word(a - 2) {
        return None;
    }
    let mut buf = String::new();
    let head = cx.low(a - 2, &mut buf);
    let group = words::is_unnamed(head) || words::is_party_member(head);
    if !group || head.starts_with("spokes") {
        return None;
    }
    // "Ada Lind, analyst for Eastport Securities said": a role with no article after a comma
    // is an appositive left open, and the name before it speaks.
    let bare_one = !head.ends_with('s') && a >= 4 && cx.is_punct(a - 3, ",");
    if bare_one {
        let b = a - 4;
        let n = run_left(cx, b).and_then(|s| analyse_run(cx, s, b));
        return n
            .filter(|n| n.kind == NameKind::Person)
            .map(|n| (n.first, Subject::Name(n)));
    }
    postmodified_subject(cx, k + 1)
}

/// Where the name at `a` starts with the "the" before it, if any ("the Eastport Herald").
fn with_its_article(cx: &Ctx, a: usize) -> usize {
    if a > 0 && cx.word(a - 1).eq_ignore_ascii_case("the") {
        a - 1
    } else {
        a
    }
}

/// The person before an appositive that a comma opened and nothing closed, when the name at
/// `a` ends it as the object of "at", "for", "with" or "of": "Ada Lind, professor of law at
/// Eastport University told the hearing". Only lower-case words stand between the comma and
/// that preposition.
fn open_appositive_person(cx: &Ctx, a: usize) -> Option<(usize, Subject)> {
    let j = with_its_article(cx, a);
    let prep = j.checked_sub(1)?;
    if !cx.free_word(prep) || !matches!(cx.word(prep), "at" | "for" | "with" | "of") {
        return None;
    }
    let mut c = prep;
    loop {
        c = c.checked_sub(1)?;
        if prep - c > 8 || !cx.same_sent(c, a) {
            return None;
        }
        if cx.is_punct(c, ",") {
            break;
        }
        let w = cx.word(c);
        if !cx.free_word(c) || !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
            return None;
        }
    }
    if c + 1 == prep {
        return None;
    }
    let b = c.checked_sub(1)?;
    let n = run_left(cx, b).and_then(|s| analyse_run(cx, s, b))?;
    (n.kind == NameKind::Person).then_some((n.first, Subject::Name(n)))
}

/// The closest person name ending before `k` in the same sentence.
fn nearest_person_left(cx: &Ctx, k: usize) -> Option<(usize, Subject)> {
    let mut j = k;
    while j > 0 && k - j < 30 && cx.same_sent(j, k) {
        if let Some(a) = run_left(cx, j) {
            if let Some(n) = analyse_run(cx, a, j) {
                if n.kind == NameKind::Person {
                    return Some((n.first, Subject::Name(n)));
                }
            }
            j = a;
        }
        j = j.saturating_sub(1);
    }
    None
}

/// Whether the run at `a` is the agent of a participle of seeing or getting ("a memo seen by
/// the Daily Planet", "documents obtained by Ada Lind"): it describes how a text came to light,
/// so the text's words are not that agent's. "a report by", "written by", "released by" name
/// an author and are not this.
fn saw_it(cx: &Ctx, a: usize) -> bool {
    let j = with_its_article(cx, a);
    j >= 2
        && cx.free_word(j - 1)
        && cx.word(j - 1) == "by"
        && cx.free_word(j - 2)
        && matches!(
            cx.word(j - 2),
            "seen"
                | "obtained"
                | "reviewed"
                | "viewed"
                | "cited"
                | "quoted"
                | "acquired"
                | "received"
                | "examined"
                | "read"
                | "heard"
                | "intercepted"
        )
}

/// A plural or an abstract noun by its ending ("events", "growth", "pollution").
fn common_noun_form(w: &str) -> bool {
    [
        "s", "th", "tion", "sion", "ment", "ness", "ity", "ence", "ance", "ism", "ing", "sis",
    ]
    .iter()
    .any(|e| w.ends_with(e))
}

/// The last token of the people before "polled by", "surveyed by", "interviewed by" ... and
/// the name at `a`: the ones asked, who answer.
fn asked_by(cx: &Ctx, a: usize) -> Option<usize> {
    let j = with_its_article(cx, a);
    let asked = j >= 3
        && cx.free_word(j - 1)
        && cx.word(j - 1) == "by"
        && cx.free_word(j - 2)
        && matches!(
            cx.word(j - 2),
            "polled" | "surveyed" | "interviewed" | "questioned" | "contacted" | "consulted"
        )
        && cx.free_word(j - 3)
        && cx.same_sent(j - 3, a);
    asked.then(|| j - 3)
}

/// "a bank teller in Eastport said", "analysts at Eastport Bank said": a place or a workplace
/// inside a description is not the subject; the described one is: a name before the
/// preposition, or a phrase whose head is a noun for people; any other noun, nobody (`Some`
/// of none). `None` when the run at `a` is not the object of a place preposition.
fn described_at_place(cx: &Ctx, a: usize) -> Option<Vec<(usize, Subject)>> {
    // Back over "the", or "a major" before the name ("a trader at a major Eastport bank").
    let mut j = a;
    while j > 0
        && a - j < 3
        && cx.free_word(j - 1)
        && cx.word(j - 1).bytes().all(|b| b.is_ascii_lowercase())
        && !is_preposition(cx.word(j - 1))
    {
        j -= 1;
    }
    if j < a && !matches!(cx.word(j), "the" | "a" | "an") {
        j = a;
    }
    if j == a && j > 0 && cx.word(j - 1) == "The" {
        j -= 1;
    }
    if j < 2 || !cx.free_word(j - 1) || !cx.free_word(j - 2) {
        return None;
    }
    if !matches!(
        cx.word(j - 1),
        "in" | "from" | "near" | "outside" | "across" | "at"
    ) {
        return None;
    }
    let head = j - 2;
    let mut buf = String::new();
    let h = cx.low(head, &mut buf);
    // "a statement from the EU": a document's source is its speaker. "Police in Eastport"
    // opening the sentence is a group all the same.
    let opening_group = is_cap(cx.word(head))
        && (head == 0 || !cx.same_sent(head - 1, head))
        && words::is_unnamed(h);
    if words::is_stop_cap(h) || words::is_cue_verb(h) || words::is_document(h) {
        return None;
    }
    // "Amnesty International in London said", "Ada Lind in Eastport said": the name before
    // the place. A single capitalised word opening the sentence may be a common noun, plural
    // or abstract ("Events in Norland confirm", "Growth in Norland suggests"): it is read as
    // one below. Other single words are names ("Lind at Eastport Securities suggested").
    let sentence_initial = head == 0 || !cx.same_sent(head - 1, head);
    if is_cap(cx.word(head)) && !opening_group {
        let a2 = run_left(cx, head)?;
        if !(a2 == head && sentence_initial && common_noun_form(h)) {
            let n = analyse_run(cx, a2, head)?;
            return Some(vec![(n.first, Subject::Name(n))]);
        }
    }
    let agent = [
        "er", "or", "ist", "ant", "ent", "ian", "ers", "ors", "ists", "ians",
    ]
    .iter()
    .any(|x| h.ends_with(x));
    if !(head_class(h) || agent) {
        // "The breakthrough in Norland tells us ...": nobody speaks.
        return Some(Vec::new());
    }
    Some(phrase_left(cx, head).map_or(Vec::new(), |s| conjoined(cx, s, head, 1)))
}

/// "Ada Lind of the Harbour Authority": a person run right before "of/with/from/at (the)".
fn person_before_org(cx: &Ctx, a: usize) -> Option<(usize, Subject)> {
    let mut j = a;
    if j > 0 && matches!(cx.word(j - 1), "the" | "The") {
        j -= 1;
    }
    if j < 2 || !matches!(cx.word(j - 1), "with" | "of" | "from" | "at") {
        return None;
    }
    let a2 = run_left(cx, j - 2)?;
    let n = analyse_run(cx, a2, j - 2)?;
    (n.kind == NameKind::Person).then_some((n.first, Subject::Name(n)))
}

/// "The mayor of Westfield said", "The family of Ada Lind said", "a lawyer for Ada Lind said",
/// "Norland's ambassador to Eastland said": the name ending at `k` (its run from `a`) is the
/// object of "of", "for" or "to" after a noun for
/// people, so that noun phrase speaks, worded as in the text. A spokesperson for an
/// organisation speaks for it, so "a spokesman for Harbour Foods" stays the organisation.
fn noun_of_name(cx: &Ctx, a: usize, k: usize) -> Option<(usize, Subject)> {
    let j = with_its_article(cx, a);
    if j < 2 || !cx.free_word(j - 1) || !matches!(cx.word(j - 1), "of" | "for" | "to") {
        return None;
    }
    let head = j - 2;
    let mut buf = String::new();
    let h = cx.low(head, &mut buf).to_string();
    let people = words::is_role_noun(&h)
        || words::is_unnamed(&h)
        || words::is_collective(&h)
        || matches!(h.as_str(), "family" | "families" | "relatives" | "friends");
    if !cx.free_word(head) || is_cap(cx.word(head)) || !people || h.starts_with("spokes") {
        return None;
    }
    // With a determiner ("The mayor", "a lawyer", "Norland's"), or a bare plural alone
    // ("Supporters of"):
    // "said Ada Lind, medical director of ..." is an appositive, "quoted experts of" a verb's.
    let (start, _) = phrase_left(cx, head)?;
    let possessive = |i: usize| {
        let w = cx.word(i);
        cx.free_word(i) && (w.ends_with("'s") || w.ends_with("’s"))
    };
    let start = if is_determiner(cx.low(start, &mut buf)) {
        start
    } else if let Some(p) = (start.saturating_sub(1)..=start)
        .rev()
        .find(|&i| possessive(i))
    {
        // "Norland's ambassador to Eastland": the possessor is the phrase's determiner
        run_left(cx, p).unwrap_or(p)
    } else if h.ends_with('s') {
        head
    } else {
        return None;
    };
    let wording = cx.text.get(cx.toks[start].start..cx.toks[k].end)?;
    Some((start, Subject::Unnamed(wording.to_string())))
}

/// Letters after a name for an honour, a degree or a rank at the bar ("QC", "SC", "MBE",
/// "PhD"): two to four letters, capitals but for an inner lower-case one; or a US party and
/// state ("D-Calif.").
fn is_post_nominal(w: &str) -> bool {
    let b = w.as_bytes();
    if words::is_party_tag(w) {
        return true;
    }
    (2..=4).contains(&b.len())
        && b.iter().all(u8::is_ascii_alphabetic)
        && b[0].is_ascii_uppercase()
        && b[b.len() - 1].is_ascii_uppercase()
}

/// Subject before an appositive that ends at the comma `k`: "Smith, a spokesperson for the
/// firm, said", "Smith, who ..., said", "His lawyer, Ada Lind, said".
fn appositive_subject(cx: &Ctx, k: usize) -> Vec<(usize, Subject)> {
    let commas = commas_before(cx, k);
    // "Ada Lind of Eastport University in Dunedin, New Zealand, said": the place goes on
    if let Some((j, p)) = commas
        .first()
        .and_then(|&j| Some((j, place_goes_on(cx, j, k)?)))
    {
        // (an appositive before the place: "Ada Lind, a teacher in Eastport, Ontario, said")
        let before = (commas.len() > 1)
            .then(|| appositive_subject(cx, j))
            .filter(|found| !found.is_empty());
        return before.unwrap_or_else(|| subject_around_phrase(cx, j, p));
    }
    if let Some(found) = described_subject(cx, &commas, k) {
        return found;
    }
    match commas.first() {
        Some(&j) => name_appositive(cx, j, k),
        None => Vec::new(),
    }
}

/// "in Dunedin, New Zealand,": between the commas `j` and `k`, a place that follows a place
/// named after a preposition; returns that preposition.
fn place_goes_on(cx: &Ctx, j: usize, k: usize) -> Option<usize> {
    let b = run_right(cx, j + 1).filter(|&b| b + 1 == k)?;
    if !super::places::names_a_place(&super::names::analyse_run(cx, j + 1, b)?.name) {
        return None;
    }
    let a = run_left(cx, j.checked_sub(1)?)?;
    let p = a.checked_sub(1)?;
    (cx.free_word(p) && matches!(cx.word(p), "in" | "from" | "at" | "near")).then_some(p)
}

/// Whether `k` closes a quoted title that ends with a comma ('author of "Global Crop
/// News,"'): a few capitalised words after a word of the sentence.
pub fn title_with_comma_before(cx: &Ctx, k: usize) -> bool {
    if !matches!(cx.toks.get(k).map(|t| t.kind), Some(Kind::Mark(false)))
        || k < 3
        || !cx.is_punct(k - 1, ",")
    {
        return false;
    }
    let Some(open) = (k.saturating_sub(12)..k - 1)
        .rev()
        .find(|&j| matches!(cx.toks[j].kind, Kind::Mark(true)))
    else {
        return false;
    };
    let title = (open + 1..k - 1).all(|j| {
        let w = cx.word(j);
        cx.toks[j].kind != Kind::Word || is_cap(w) || w.len() <= 3
    });
    title && open > 0 && cx.free_word(open - 1) && cx.same_sent(open - 1, k)
}

/// The commas of the sentence before the comma `k` (at most 60 tokens back), nearest first; a
/// partial quote inside an appositive ("who lost “two belt loops”,") is skipped.
fn commas_before(cx: &Ctx, k: usize) -> Vec<usize> {
    let mut commas = Vec::new();
    let mut j = k;
    while j > 0 && k - j < 60 && cx.same_sent(j - 1, k) {
        j -= 1;
        let t = cx.toks[j];
        if t.quoted || matches!(t.kind, Kind::Mark(_)) {
            continue;
        }
        if j > 0 && cx.is_punct(j, ",") {
            commas.push(j);
        }
    }
    commas
}

/// The token before the name starting at `at` when that name is the object of a preposition
/// (its token) or the second part of a place ("Fort Worth, Texas": the comma).
fn inside_a_phrase(cx: &Ctx, at: usize) -> Option<usize> {
    let j = with_its_article(cx, at);
    let p = j.checked_sub(1)?;
    let place = cx.is_punct(p, ",")
        && p > 0
        && is_cap(cx.word(p - 1))
        && !words::is_stop_cap(cx.word(p - 1))
        && cx.same_sent(p - 1, at)
        && (p - 1 > 0 && cx.same_sent(p - 2, p - 1))
        && cx.free_word(at)
        && !cx.word(at).bytes().all(|b| b.is_ascii_uppercase());
    (cx.free_word(p) && is_preposition(cx.word(p)) || place).then_some(p)
}

/// The subject whose phrase holds the place or name that a ", which" at comma `j` describes:
/// the whole phrase ("a spokesman for the port of Eastport"), else a person before the
/// preposition ("Ada Lind of the Harbour Trust, which ..."), else nobody.
fn subject_around_phrase(cx: &Ctx, j: usize, p: usize) -> Vec<(usize, Subject)> {
    if let Some(x) = postmodified_subject(cx, j) {
        return vec![x];
    }
    let person = |s: &Subject| matches!(s, Subject::Name(n) if n.kind == NameKind::Person);
    // Back over "of the Consumer Federation of America", a few prepositions at most.
    let mut p = p;
    for _ in 0..3 {
        let Some(b) = p.checked_sub(1) else {
            break;
        };
        let before = subject_left(cx, b, 1);
        match before.iter().find_map(|(at, _)| inside_a_phrase(cx, *at)) {
            Some(q) if q < p => p = q,
            _ if !before.is_empty() && before.iter().all(|(_, s)| person(s)) => return before,
            _ => break,
        }
    }
    Vec::new()
}

/// The subject before a descriptive appositive between one of `commas` and `k`: ", a
/// spokesperson for ...," / ", who ...," / ", 42,". The farthest one wins: "Lind, father of
/// Nils Lind, 42, said" is the father speaking.
fn described_subject(cx: &Ctx, commas: &[usize], k: usize) -> Option<Vec<(usize, Subject)>> {
    let mut buf = String::new();
    for &j in commas.iter().rev() {
        // ", President Ada Lind," is a name appositive (`name_appositive`).
        let titled_name = run_right(cx, j + 1).is_some_and(|b| {
            b + 1 == k && analyse_run(cx, j + 1, b).is_some_and(|n| n.role.is_some())
        });
        if titled_name {
            continue;
        }
        let first = cx.lower(j + 1, &mut buf);
        // "Lind, however, said": an interjected adverb; "Lind, QC, said": a post-nominal
        let interjection = j + 2 == k && words::is_stop_cap(&first);
        let post_nominal = j + 2 == k && is_post_nominal(cx.word(j + 1));
        if !(interjection || post_nominal || describes(cx, j, k)) {
            continue;
        }
        let found = subject_left(cx, j - 1, 1);
        // "a spokesman for the port of Santos, which ..., said", "the Bass family of Fort
        // Worth, Texas, which ..., said": what "which" describes there is a place inside the
        // subject, not the subject.
        if first == "which" {
            if let Some(p) = found.iter().find_map(|(at, _)| inside_a_phrase(cx, *at)) {
                return Some(subject_around_phrase(cx, j, p));
            }
        }
        // "the Accounting Office, GAO, said": letters after an organisation are its acronym
        let person = |s: &Subject| matches!(s, Subject::Name(n) if n.kind == NameKind::Person);
        if post_nominal && !interjection && !found.iter().all(|(_, s)| person(s)) {
            continue;
        }
        if !found.is_empty() {
            return Some(found);
        }
        // "A source close to the talks, who ..., said": a postmodified source before it
        if let Some(x) = postmodified_subject(cx, j) {
            return Some(vec![x]);
        }
    }
    None
}

/// Whether the words between the commas `j` and `k` describe the one before them: they open
/// with a relative, an article, a number, a quantifier, a possessive, a participle or a
/// preposition, or hold a role noun or a title.
fn describes(cx: &Ctx, j: usize, k: usize) -> bool {
    let mut buf = String::new();
    let first = cx.lower(j + 1, &mut buf);
    matches!(
        first.as_str(),
        "who" | "whose" | "which" | "a" | "an" | "the" | "including" | "such" | "like"
    )
        // ", one of the founders," / ", his brother," / ", then the mayor,"
        || matches!(
            first.as_str(),
            "one" | "two" | "three" | "both" | "each" | "all" | "among" | "himself"
                | "herself" | "themselves" | "his" | "her" | "their" | "its" | "then"
                | "now" | "formerly" | "once" | "previously" | "also"
        )
        || first.starts_with(|c: char| c.is_ascii_digit())
        // ", speaking in Eastport," / ", reached by phone,"
        || first.ends_with("ing") && first.len() > 4
        || matches!(first.as_str(), "reached" | "asked" | "interviewed")
        // ", in Chapter 11 of the bankruptcy code," / ", of Eastport," / ", for her part,"
        || matches!(
            first.as_str(),
            "in" | "of" | "at" | "from" | "with" | "based" | "for" | "on" | "by" | "after"
                | "despite" | "unlike" | "along"
        )
        || (j + 1..k).any(|x| {
            let w = cx.lower(x, &mut buf);
            words::is_role_noun(&w) || words::is_title(&w)
        })
        || noun_of_something(cx, j, k)
        // ", Louisiana's largest newspaper,": a name's possessive, then what it has
        || cx.free_word(j + 1)
            && super::names::strip_possessive(cx.word(j + 1)).1
            && cx.free_word(j + 2)
            && !is_cap(cx.word(j + 2))
}

/// ", member of the board,", ", Democratic member of the panel,", ", professor of law at
/// ...,": a noun with no article, among the appositive's first words, that an "of", "for",
/// "at" or "with" phrase completes, says what the subject is. Not a relative clause (",
/// which merged with ...,"), a verb form, a direction (", north of Athens,") or a quantity
/// (", most of them,").
fn noun_of_something(cx: &Ctx, j: usize, k: usize) -> bool {
    let clause = |x: usize| matches!(cx.word(x), "which" | "that" | "who" | "where" | "when");
    (j + 1..(j + 4).min(k.saturating_sub(1)))
        .take_while(|&x| !clause(x))
        .any(|x| {
            let w = cx.word(x);
            cx.free_word(x)
                && w.len() > 2
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && !(w.ends_with("ed") || w.ends_with("ing"))
                && !matches!(
                    w,
                    "north"
                        | "south"
                        | "east"
                        | "west"
                        | "northeast"
                        | "northwest"
                        | "southeast"
                        | "southwest"
                        | "outside"
                        | "ahead"
                        | "out"
                        | "most"
                        | "some"
                        | "many"
                        | "all"
                        | "none"
                        | "each"
                        | "part"
                        | "one"
                        | "because"
                        | "instead"
                        | "full"
                        | "short"
                        | "free"
                        | "aware"
                )
                && cx.free_word(x + 1)
                && matches!(cx.word(x + 1), "of" | "for" | "at" | "with")
        })
}

/// A name appositive between the comma `j` and `k`: "His lawyer, Ada Lind, said" / ", Ada Lind
/// and Nils Berg, said".
fn name_appositive(cx: &Ctx, j: usize, k: usize) -> Vec<(usize, Subject)> {
    // "what you, Mr. President, have concluded": the one addressed, not a speaker
    if j > 0 && matches!(cx.word(j - 1), "you" | "You") {
        return Vec::new();
    }
    let Some(b) = run_right(cx, j + 1) else {
        return Vec::new();
    };
    let mut names = Vec::new();
    let mut end = b;
    if let Some(n) = analyse_run(cx, j + 1, b) {
        names.push((n.first, Subject::Name(n)));
    }
    if cx.word(b + 1) == "and" {
        if let Some(b2) = run_right(cx, b + 2) {
            if let Some(n) = analyse_run(cx, b + 2, b2) {
                names.push((n.first, Subject::Name(n)));
                end = b2;
            }
        }
    }
    if end + 1 == k {
        names
    } else {
        Vec::new()
    }
}

/// The subject at the start of the verb's sentence, for "X did this and said ..." and
/// "X did this, saying ...".
pub fn sentence_subject(cx: &Ctx, verb: usize) -> Option<(usize, Subject)> {
    cx.toks.get(verb)?;
    let mut s = cx.sentence_start(verb);
    while s < verb && !cx.free_word(s) {
        s += 1;
    }
    // Skip a conjunction and an introductory phrase ("But on Thursday, ...").
    let mut buf = String::new();
    if matches!(
        cx.low(s, &mut buf),
        "but" | "and" | "so" | "yet" | "then" | "still"
    ) {
        s += 1;
    }
    let w = cx.lower(s, &mut buf);
    if words::is_stop_cap(&w) && !matches!(w.as_str(), "the" | "he" | "she" | "they" | "it") {
        let comma = (s..verb.min(s + 8)).find(|&i| cx.is_punct(i, ","))?;
        s = comma + 1;
    }
    if s >= verb {
        return None;
    }
    let (at, subj) = subject_right(cx, s, false).or_else(|| phrase_before_its_verb(cx, s, verb))?;
    // "In these circumstances, Mr. President, my Prime Minister wishes ...": a name set off
    // before "my", "I", "we" addresses someone; the subject follows.
    if let Subject::Name(n) = &subj {
        let addressed = cx.is_punct(n.last + 1, ",")
            && matches!(
                cx.word(n.last + 2),
                "I" | "we" | "my" | "our" | "you" | "your" | "let"
            );
        if addressed && n.last + 2 < verb {
            return subject_right(cx, n.last + 2, false);
        }
    }
    // The subject must be followed by its own verb, not be the start of a longer phrase.
    if let Subject::Name(n) = &subj {
        if cx.word(n.last).ends_with("'s") || cx.word(n.last).ends_with("’s") {
            return None;
        }
    }
    Some((at, subj))
}

/// "The commission is frustrated with the firms, saying ...": a phrase from `s` whose head is
/// followed by an auxiliary, before the cue at `verb`, is the clause's subject.
fn phrase_before_its_verb(cx: &Ctx, s: usize, verb: usize) -> Option<(usize, Subject)> {
    let mut buf = String::new();
    let aux = (s + 1..verb.min(s + 6))
        .take_while(|&i| cx.free_word(i))
        .find(|&i| words::is_auxiliary(cx.low(i, &mut buf)))?;
    if !head_class(cx.low(aux - 1, &mut buf)) {
        return None;
    }
    let (start, subj) = phrase_left(cx, aux - 1)?;
    (start == s).then_some((start, subj))
}

/// "Harbour Health Authority CEO Ada Lind", "Norland foreign ministry spokeswoman Ada Lind":
/// organisation or description words, a title, then the name.
fn titled_name_ahead(cx: &Ctx, k: usize) -> Option<(usize, Subject)> {
    let mut buf = String::new();
    let mut i = k;
    let mut title = None;
    while i < k + 10 && cx.free_word(i) && cx.same_sent(i, k) {
        let w = cx.low(i, &mut buf);
        if words::is_title(w) || words::is_person_role(w) {
            title = Some(i);
        } else if title.is_some() && is_cap(cx.word(i)) {
            break;
        } else if !is_cap(cx.word(i)) && !matches!(w, "and" | "of" | "&") && i > k + 4 {
            return None;
        }
        i += 1;
    }
    let t = title?;
    let b = run_right(cx, t + 1)?;
    let mut n = analyse_run(cx, t + 1, b)?;
    if n.role.is_none() {
        n.role = role_before(cx, n.first);
    }
    n.evidence = true;
    Some((n.first, Subject::Name(n)))
}

/// Subject right after an inverted verb ("..., said NATO chief Ada Lind") or "according to".
pub fn subject_right(cx: &Ctx, k: usize, after_quote: bool) -> Option<(usize, Subject)> {
    if !cx.free_word(k) {
        return None;
    }
    let w = cx.word(k);
    if let Some(p) = pronoun(w) {
        return Some((k, Subject::Pronoun(p)));
    }
    let mut buf = String::new();
    if is_cap(w) && !is_determiner(&cx.lower(k, &mut buf)) {
        // "said Acme's chief executive", "according to Norland's finance minister": a name's
        // possessive opens a phrase for a person, who speaks
        if let Some(found) = owned_phrase_right(cx, k, after_quote, &mut buf) {
            return Some(found);
        }
        let named = name_right(cx, k);
        if let Some((_, Subject::Name(n))) = &named {
            if let Some(group) = group_named_by(cx, k, n.last) {
                return Some((k, group));
            }
        }
        return named;
    }
    if let Some(n) = name_after_bare_role(cx, k) {
        return Some((n.first, Subject::Name(n)));
    }
    if let Some(n) = the_spelt_name(cx, k, &mut buf) {
        return Some((n.first, Subject::Name(n)));
    }
    if let Some((j, b)) = described_name_right(cx, k, &mut buf) {
        let mut n = analyse_run(cx, j, b)?;
        n.role = n.role.or_else(|| role_before(cx, n.first));
        return Some((n.first, Subject::Name(n)));
    }
    if let Some(n) = name_after_its_kind(cx, k, &mut buf) {
        return Some((n.first, Subject::Name(n)));
    }
    phrase_right(cx, k, after_quote, &mut buf)
}

/// The phrase from `k` whose determiner is a name's possessive ("Acme's chief executive",
/// "Norland's envoy to Eastland"), read as `phrase_right` reads one.
fn owned_phrase_right(
    cx: &Ctx,
    k: usize,
    after_quote: bool,
    buf: &mut String,
) -> Option<(usize, Subject)> {
    let b = run_right(cx, k)?;
    let owner = super::names::strip_possessive(cx.word(b)).1;
    if !owner || !cx.free_word(b + 1) || is_cap(cx.word(b + 1)) || !cx.same_sent(b + 1, k) {
        return None;
    }
    let (at, s) = phrase_right(cx, k, after_quote, buf)?;
    let wording = match &s {
        Subject::Unnamed(w) | Subject::RoleRef(_, w) => w,
        Subject::Name(_) => return Some((at, s)),
        _ => return None,
    };
    // (a person: "Acme's board approved a deal calling for ..." is no speaker of "calling")
    let head = after_wording(cx, at, wording)?.checked_sub(1)?;
    let hw = words::small(cx.word(head));
    if !(words::is_role_noun(&hw) || words::is_unnamed(&hw) || words::is_agent_noun(&hw)) {
        return None;
    }
    // "said Acme's chief executive Tom Dahl", "according to Acme's secretary and general
    // counsel Tom Dahl": the name the phrase describes is read as before
    let e = head + 1;
    let named_soon = (e..(e + 5).min(cx.toks.len()))
        .take_while(|&x| cx.free_word(x) && cx.same_sent(x, e))
        .any(|x| cx.name_piece(x));
    if named_soon {
        return None;
    }
    // "according to Acme's chief executive, Tom Dahl": the person the role names
    if cx.is_punct(e, ",") && cx.name_piece(e + 1) {
        let b = run_right(cx, e + 1)?;
        let mut n = analyse_run(cx, e + 1, b).filter(|n| n.kind == NameKind::Person)?;
        if let Subject::RoleRef(r, _) = &s {
            n.role = n.role.or(Some(r.clone()));
        }
        n.evidence = true;
        return Some((n.first, Subject::Name(n)));
    }
    Some((at, s))
}

/// "..., said economist Ada Lind", "said oil analyst Nils Berg": a role without an article from
/// `k` right before a person's name; the name speaks, with the role. The role's head is a
/// noun for a person, by a list or by its ending ("chartist").
fn name_after_bare_role(cx: &Ctx, k: usize) -> Option<NameInfo> {
    if is_cap(cx.word(k)) {
        return None;
    }
    // "said former White House Russia adviser Fiona Hill": capitalised words may qualify the
    // role, so the name starts at the first capital after a lower-case noun for a person.
    let person =
        |w: &str| words::is_person_role(w) || words::is_title(w) || words::is_agent_noun(w);
    let j = (k + 1..(k + 8).min(cx.toks.len()))
        .take_while(|&x| cx.free_word(x) && cx.same_sent(x, k))
        .find(|&x| {
            let before = cx.word(x - 1);
            is_cap(cx.word(x)) && !is_cap(before) && person(&words::small(before))
        })?;
    let modifiers = (k..j).all(|x| is_cap(cx.word(x)) || !words::is_stop_cap(cx.word(x)));
    if !modifiers {
        return None;
    }
    let b = run_right(cx, j)?;
    let mut n = analyse_run(cx, j, b)?;
    if n.kind != NameKind::Person || n.first != j {
        return None;
    }
    n.role = n.role.or_else(|| role_before(cx, j));
    n.evidence = true;
    Some(n)
}

/// "Western diplomats", "Eastport officials": capitals from `k` to `last` that qualify a plural
/// noun for people right after them name a group, the unnamed source.
fn group_named_by(cx: &Ctx, k: usize, last: usize) -> Option<Subject> {
    let h = last + 1;
    if !cx.free_word(h) || !cx.same_sent(h, k) || is_cap(cx.word(h)) {
        return None;
    }
    // "Lind remembers him ...", "Berg offers the ...": a word in "-ers" with an object after it
    // is the name's verb, not a noun the name qualifies.
    let object = matches!(
        cx.word(h + 1),
        "him" | "her" | "them" | "me" | "us" | "it" | "the" | "a" | "an" | "his" | "their" | "its"
    );
    let group = words::is_people_plural(cx.word(h)) && !object;
    let wording = cx.text.get(cx.toks[k].start..cx.toks[h].end)?;
    group.then(|| Subject::Unnamed(wording.to_string()))
}

/// "the journalist Joseph Hartsch", "the magazine Westlight", "a Danish shipping firm Norlink":
/// after a determiner at `k`, a noun for a person or an organisation right before the name it
/// stands for. The name is the speaker, with the noun as its role.
fn name_after_its_kind(cx: &Ctx, k: usize, buf: &mut String) -> Option<NameInfo> {
    if !matches!(cx.low(k, buf), "the" | "a" | "an") {
        return None;
    }
    let mut j = k + 1;
    while j < k + 4 && cx.free_word(j) && cx.same_sent(j, k) && !is_cap(cx.word(j)) {
        let w = cx.low(j, buf);
        if is_preposition(w) || words::is_cue_verb(w) || words::is_stop_cap(w) {
            return None;
        }
        j += 1;
    }
    if j == k + 1 || !cx.same_sent(j, k) {
        return None;
    }
    let noun = cx.low(j - 1, buf).to_string();
    let person = words::is_role_noun(&noun) || words::is_unnamed(&noun);
    if !person && !words::is_org_role(&noun) {
        return None;
    }
    let b = run_right(cx, j)?;
    let possessive = cx.word(b).ends_with("'s") || cx.word(b).ends_with("’s");
    let mut n = analyse_run(cx, j, b).filter(|n| n.first == j && !possessive)?;
    if !person {
        n.kind = NameKind::Org;
    } else if n.kind == NameKind::Org {
        return None;
    } else {
        n.kind = NameKind::Person;
        let mods = (k + 1..j - 1).map(|x| cx.lower(x, buf)).collect();
        n.role = n.role.or(Some(Role { head: noun, mods }));
        n.evidence = true;
    }
    Some(n)
}

/// "said the Department of Harbours and Canals (DHC)": after "the", a name its acronym spells.
fn the_spelt_name(cx: &Ctx, k: usize, buf: &mut String) -> Option<NameInfo> {
    if cx.low(k, buf) != "the" {
        return None;
    }
    let b = run_right(cx, k + 1)?;
    super::acronyms::name_on(cx, k + 1, b)
}

/// A name starting at the capitalised word `k`, with the title or descriptor before it
/// ("NATO chief Ada Lind") or the role in an appositive after it ("Smith, the mayor").
fn name_right(cx: &Ctx, k: usize) -> Option<(usize, Subject)> {
    let b = run_right(cx, k)?;
    if let Some(n) = super::acronyms::name_on(cx, k, b) {
        return Some((n.first, Subject::Name(n)));
    }
    if let Some(found) = titled_name_ahead(cx, k) {
        return Some(found);
    }
    if let Some(found) = name_after_descriptor(cx, b) {
        return Some(found);
    }
    let mut n = analyse_run(cx, k, b)?;
    if n.role.is_none() {
        n.role = role_after(cx, b);
    }
    Some((n.first, Subject::Name(n)))
}

/// "said Opposition critic Ada Lind": a descriptor between two runs (the first ending at
/// `b`); the name is the second, and it ends the clause.
fn name_after_descriptor(cx: &Ctx, b: usize) -> Option<(usize, Subject)> {
    let mut j = b + 1;
    while j < b + 3 && cx.free_word(j) && !is_cap(cx.word(j)) && !is_preposition(cx.word(j)) {
        j += 1;
    }
    if j <= b + 1 || words::is_stop_cap(cx.word(b + 1)) {
        return None;
    }
    let b2 = run_right(cx, j)?;
    let ends = cx.toks.get(b2 + 1).is_none_or(|t| t.kind != Kind::Word);
    let mut n = analyse_run(cx, j, b2).filter(|n| n.kind == NameKind::Person)?;
    if !ends {
        return None;
    }
    n.role = n.role.or_else(|| role_before(cx, n.first));
    n.evidence = true;
    Some((n.first, Subject::Name(n)))
}

/// "said oil and gas worker Ada Lind": the run `j..=b` of a name after a lower-case
/// description starting at `k`, when the name ends its clause.
fn described_name_right(cx: &Ctx, k: usize, buf: &mut String) -> Option<(usize, usize)> {
    let mut j = k;
    while j < k + 6 && cx.free_word(j) && !is_cap(cx.word(j)) {
        j += 1;
    }
    // Only a noun phrase qualifies: "her niece moved to Eastport" is a clause.
    let described = (k..j).any(|x| {
        let w = cx.low(x, buf);
        words::is_document(w)
            || is_preposition(w)
            || possessive_pronoun(w).is_some()
            || pronoun(w).is_some()
            || words::is_cue_verb(w)
            || matches!(
                w,
                "titled" | "called" | "named" | "entitled" | "that" | "who"
            )
    });
    if j == k || !cx.same_sent(j, k) || described {
        return None;
    }
    let b = run_right(cx, j)?;
    let ends = cx.toks.get(b + 1).is_none_or(|t| t.kind != Kind::Word);
    // ("the Philadelphia, Pennsylvania-based appeals court": a place in a modifier goes on)
    let modifier = cx.is_punct(b + 1, ",") && super::phrases::hyphenated_participle(cx.word(b + 2));
    (ends && !modifier).then_some((j, b))
}

/// "according to the regional Health Ministry more than 40 people ...": after "the" and up to
/// three lower-case modifiers, a capitalised run followed by a lower-case word that does not
/// continue the phrase (no noun for a speaker or document, no preposition that may go on with
/// the name as in "Institute on Drug Abuse", no cue verb) is the source, though
/// no comma closes it. "according to" takes a noun phrase, so its end needs no punctuation.
pub fn name_after_the(cx: &Ctx, k: usize) -> Option<(usize, Subject)> {
    let mut buf = String::new();
    if cx.low(k, &mut buf) != "the" {
        return None;
    }
    let mut j = k + 1;
    while j < k + 4 && cx.free_word(j) && !is_cap(cx.word(j)) {
        let w = cx.low(j, &mut buf);
        if is_preposition(w) || head_class(w) || words::is_cue_verb(w) {
            return None;
        }
        j += 1;
    }
    let b = run_right(cx, j)?;
    let next = cx.word(b + 1);
    // "according to the Harbour Board of Eastport": a name goes on after "of", "for", "on"; after
    // another preposition ("the Interior Ministry over 345 died", "in a statement") it ended.
    let continues = !cx.free_word(b + 1)
        || is_cap(next)
        || head_class(&words::small(next))
        || matches!(next, "of" | "for" | "on")
        || words::is_cue_verb(next);
    if continues || !cx.same_sent(b + 1, k) {
        return None;
    }
    let n = analyse_run(cx, j, b)?;
    Some((n.first, Subject::Name(n)))
}

/// A lower-case phrase starting at `k`: "said a spokesperson", "according to the company",
/// "according to a statement from the Harbour Authority" (the sender speaks).
fn phrase_right(
    cx: &Ctx,
    k: usize,
    after_quote: bool,
    buf: &mut String,
) -> Option<(usize, Subject)> {
    let lw = cx.lower(k, buf);
    let (det, from) = if is_determiner(&lw) {
        (Some(k), k + 1)
    } else {
        (None, k)
    };
    let head = head_right(cx, k, from, det.is_none(), buf)?;
    let hw = cx.lower(head, buf);
    let agent = det.is_some() && words::is_agent_noun(&hw);
    // "people familiar with the talks", "a person briefed on them": people the words after
    // them describe.
    let described_people =
        matches!(hw.as_str(), "people" | "person") && postmodifier_end(cx, head).is_some();
    if !(head_class(&hw)
        || agent
        || described_people
        || after_quote && det.is_some_and(|d| cx.word(d) == "the"))
    {
        return None;
    }
    if is_cap(cx.word(head)) {
        return None;
    }
    let mut s = phrase(cx, det, from, head)?;
    if let Some(n) = named_after_description(cx, &s, head, &hw) {
        return Some((n.first, Subject::Name(n)));
    }
    if matches!(s, Subject::Doc(None, _)) && matches!(cx.word(head + 1), "from" | "by") {
        if let Some(sender) = sender_after(cx, head + 1) {
            return Some((k, Subject::Doc(Some(Box::new(sender)), hw.to_string())));
        }
    }
    // "according to sources familiar with the talks": the source as the article describes it
    if let (Subject::Unnamed(w), Some(end)) = (&mut s, postmodifier_end(cx, head)) {
        // (as `phrase` words it: "the" is dropped)
        let start = det
            .filter(|&d| !cx.word(d).eq_ignore_ascii_case("the"))
            .unwrap_or(from);
        if let Some(t) = cx.text.get(cx.toks[start].start..cx.toks[end].end) {
            *w = t.to_string();
        }
    }
    Some((k, s))
}

/// "according to the team's coach, Ali Rahimi, ...", "said another witness in the inquiry,
/// Ada Lind": the person a role or a description of one person (`s`, with its head `hw` at
/// `head`) names right after it, with that role. Not after a group, nor after a description
/// that ends with a body ("a trader at the bank, Morgan Stanley" names the bank).
fn named_after_description(cx: &Ctx, s: &Subject, head: usize, hw: &str) -> Option<NameInfo> {
    let role = match s {
        Subject::RoleRef(role, _) => role.clone(),
        Subject::Unnamed(_)
            if (words::is_role_noun(hw) || words::is_unnamed(hw))
                && !words::is_people_plural(hw) =>
        {
            Role {
                head: hw.to_string(),
                mods: Vec::new(),
            }
        }
        _ => return None,
    };
    let tail = postmodifier_end(cx, head).unwrap_or(head);
    let body_last = tail > head && {
        let last = words::small(cx.word(tail));
        words::is_org_role(&last) || words::is_collective(&last)
    };
    if body_last {
        return None;
    }
    let mut n = name_in_apposition(cx, tail)?;
    n.role = Some(role);
    n.evidence = true;
    Some(n)
}

/// A person's name set off by commas right after a role's head or its description, ending at
/// `head` (", Ali Rahimi,"), or ending the sentence. A name followed by a verb opens a clause
/// of its own ("according to the coach, Okafor played ...").
fn name_in_apposition(cx: &Ctx, head: usize) -> Option<NameInfo> {
    if !cx.is_punct(head + 1, ",") || !cx.same_sent(head + 1, head + 2) {
        return None;
    }
    let set_off = |b: usize| {
        cx.toks.get(b + 1).is_none_or(|t| t.kind != Kind::Word)
            && !cx.is_punct(b + 1, "(")
            && !(cx.is_punct(b + 1, ",") && matches!(cx.word(b + 2), "and" | "or"))
    };
    // (", former adviser Ada Lind": with a role of its own)
    if let Some(n) = name_after_bare_role(cx, head + 2) {
        return set_off(n.last).then_some(n);
    }
    let b = run_right(cx, head + 2)?;
    let n = analyse_run(cx, head + 2, b)?;
    (set_off(b) && n.kind == NameKind::Person && n.first == head + 2).then_some(n)
}

/// The head of a phrase whose words start at `from` (`k` with its determiner): the last word
/// before punctuation or a preposition, or without a determiner the first head noun.
fn head_right(cx: &Ctx, k: usize, from: usize, bare: bool, buf: &mut String) -> Option<usize> {
    let mut head = None;
    let mut i = from;
    while i < from + 6 && cx.free_word(i) && cx.same_sent(i, k) {
        let w = cx.lower(i, buf);
        // ("The war against the regime ...", "people familiar with ...": what describes the
        // head follows it.)
        if opens_postmodifier(&w)
            || matches!(
                w.as_str(),
                "against" | "among" | "who" | "that" | "and" | "by"
            )
            || words::is_cue_verb(&w)
        {
            break;
        }
        // "said its division is the contractor", "said the company has licensed it": the
        // phrase is the subject of a clause of its own, not of the cue.
        if words::is_auxiliary(&w) {
            return None;
        }
        head = Some(i);
        // "police officials", "court documents": a noun before another is a modifier.
        let next_noun = cx.free_word(i + 1)
            && cx.same_sent(i + 1, k)
            && head_class(&words::small(cx.word(i + 1)));
        // "according to the harbour spokesman the ferry was late": a determiner or pronoun
        // after a head noun opens the clause.
        let clause_next = cx.free_word(i + 1)
            && (is_determiner(&words::small(cx.word(i + 1))) || pronoun(cx.word(i + 1)).is_some());
        // "according to people familiar with the talks": a head noun ends before what
        // describes it.
        let described_next = cx.free_word(i + 1)
            && cx.same_sent(i + 1, k)
            && opens_postmodifier(&words::small(cx.word(i + 1)));
        let people = matches!(w.as_str(), "people" | "person");
        if (bare || clause_next || described_next)
            && (head_class(&w) || people && described_next)
            && !next_noun
        {
            break;
        }
        i += 1;
    }
    head
}

/// An inverted subject ends its clause ("..., said Smith." / "..., said Smith, who ...");
/// ", said he grabbed ..." is a normal clause whose subject comes later.
pub fn inverted_ends(cx: &Ctx, at: usize, subj: &Subject, after_quote: bool) -> bool {
    let end = match subj {
        Subject::Name(n) => n.last,
        Subject::Pronoun(_) => at,
        Subject::Unnamed(w) if !after_quote => return unnamed_ends(cx, at, w),
        // "..., said the captain and the crew were calm": the role opens the reported clause.
        Subject::RoleRef(_, w) | Subject::OrgRef(_, w) if !after_quote => {
            return after_wording(cx, at, w).is_none_or(|e| !finite_verb_from(cx, e));
        }
        _ => return true,
    };
    if after_quote && matches!(subj, Subject::Name(_)) {
        return true;
    }
    match cx.toks.get(end + 1) {
        None => true,
        Some(t) if t.kind != Kind::Word => true,
        Some(_) => matches!(
            cx.word(end + 1),
            "in" | "on"
                | "of"
                | "at"
                | "during"
                | "after"
                | "before"
                | "when"
                | "while"
                | "who"
                | "from"
                | "with"
                | "to"
        ),
    }
}

/// Whether a finite verb (an auxiliary or a form of "be") comes in the words from `e` to the
/// next punctuation: what stands before it is that clause's subject.
fn finite_verb_from(cx: &Ctx, e: usize) -> bool {
    (e..(e + 8).min(cx.toks.len()))
        .take_while(|&x| cx.free_word(x) && cx.same_sent(x, e))
        .any(|x| words::is_auxiliary(cx.word(x)))
}

/// An unnamed source after a verb that follows a comma ends its clause too: "..., said
/// officials in Eastport." / "..., said police on Tuesday", but in "..., said landlords in
/// cities will ..." the phrase is the subject of a reported clause.
/// The token after a phrase worded `wording` that starts at or after token `at`.
fn after_wording(cx: &Ctx, at: usize, wording: &str) -> Option<usize> {
    let from = cx.toks.get(at).map(|t| t.start)?;
    let stop = from + cx.text.get(from..)?.find(wording)? + wording.len();
    Some(cx.toks.partition_point(|t| t.end <= stop))
}

fn unnamed_ends(cx: &Ctx, at: usize, wording: &str) -> bool {
    let Some(end) = after_wording(cx, at, wording) else {
        return true;
    };
    match cx.toks.get(end) {
        None => true,
        Some(t) if t.kind != Kind::Word => true,
        Some(_) => {
            let mut buf = String::new();
            let w = cx.low(end, &mut buf);
            let then = |i: usize| is_determiner(cx.low(i, &mut String::new()));
            matches!(
                w,
                "on" | "during"
                    | "after"
                    | "before"
                    | "when"
                    | "while"
                    | "who"
                    | "last"
                    | "this"
                    | "yesterday"
                    | "today"
                    | "earlier"
                    | "later"
            ) || matches!(w, "in" | "at") && then(end + 1)
                || words::is_stop_cap(w) && is_cap(cx.word(end))
        }
    }
}
