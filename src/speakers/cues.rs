//! Reporting cues and the subject each one points at, one function per kind of cue: reporting
//! verbs in normal and inverted order, "according to", a colon before a quote, naming in
//! quoted words, any verb right after a quote, and signed text (`signatures`). Subjects are
//! read by `subjects` and `phrases`; the types are `report`'s.

use super::phrases::{is_determiner, is_preposition, postmodified_subject};
use super::report::{Cue, Subject};
use super::subjects::{
    inverted_ends, name_after_the, sentence_subject, subject_left, subject_right,
};
use super::tokens::{is_cap, Ctx, Kind};
use super::words;

/// "Eastport added two more", "she responded with a goal", "posted a video": verbs that
/// also name non-speech acts. As speech they are followed by punctuation, a quote or "that"
/// (maybe past a word of time).
fn non_speech_object(cx: &Ctx, verb: &str, i: usize) -> bool {
    let extra: &[&str] = match verb {
        "add" | "added" | "adds" | "adding" => &[],
        // "responded to requests for comment": a reaction to something; "responded by
        // saying", "responded in a statement" still report.
        "responded" | "responds" | "responding" => &["by", "in"],
        "posted" | "posts" => &["on", "to", "online"],
        // "denied the allegations", "confirmed the move", "announced the end of the siege",
        // "vowed retribution": an act done with words, whose content is not reported; "denied
        // that ...", "vowed to ...", "denied the firm had ..." report it. "conceded a penalty",
        // "maintained a policy", "boasts a pair of titles", "contended for the title": not
        // even with words.
        "deny" | "denied" | "denies" | "denying" | "confirm" | "confirmed" | "confirms"
        | "confirming" | "announce" | "announced" | "announces" | "announcing" | "vow"
        | "vowed" | "vows" | "concede" | "conceded" | "concedes" | "conceding" | "maintain"
        | "maintained" | "maintains" | "boast" | "boasts" | "boasted" | "contend" | "contends"
        | "contended" => {
            return plain_object(cx, i);
        }
        // "declared its support for": a stance put in words; "declared a dividend", "declared
        // dead": an act
        "declare" | "declared" | "declares" | "declaring" => {
            let stance = matches!(
                cx.word(past_time_words(cx, i)),
                "its"
                    | "his"
                    | "her"
                    | "their"
                    | "our"
                    | "my"
                    | "itself"
                    | "himself"
                    | "herself"
                    | "themselves"
            );
            return !stance && plain_object(cx, i);
        }
        // "claimed responsibility", "claimed his own reward", "claimed the title": taken, not
        // said; "claimed that ...", "claimed the vote was rigged" report
        "claimed" | "claims" | "claim" => {
            return matches!(cx.word(i + 1), "responsibility" | "credit") || claims_a_thing(cx, i);
        }
        // "expressed deep concern", "voiced their support": an attitude put into words;
        // "expressed milk", "voiced a character" are not speech, nor a name's word ("American
        // Express"). (The base forms are not cues: "to signal disapproval and express
        // solidarity" is an aim.)
        "expressed" | "expresses" | "expressing" | "voiced" | "voices" | "voicing" => {
            return is_cap(cx.word(i)) || !stance_object(cx, i);
        }
        // "wrote off its exposure", "writes down the stake": accounting, not writing; "wrote
        // for the Herald": a job
        "write" | "writes" | "wrote" | "writing" | "written" => {
            return matches!(cx.word(i + 1), "off" | "down" | "up" | "for");
        }
        "pleaded" | "pleads" => {
            return matches!(cx.word(i + 1), "guilty" | "innocent" | "no")
                || cx.word(i + 1) == "not" && cx.word(i + 2) == "guilty";
        }
        _ => return false,
    };
    let k = past_time_words(cx, i);
    let speechlike = match cx.toks.get(k) {
        None => true,
        Some(t) if t.kind != Kind::Word => true,
        Some(_) => opens_clause(cx.word(k)) || extra.contains(&cx.word(k)),
    };
    !speechlike
}

/// "claimed his own reward", "claim a membership of ...", "claimed the lives of ...": after
/// the verb at `i`, a noun phrase opened by an article or a possessive that ends at
/// punctuation or a preposition within four words is a thing claimed. "claimed the vote was
/// rigged", "claimed over two dozen bridges need repair" go on into a clause.
fn claims_a_thing(cx: &Ctx, i: usize) -> bool {
    let determiner = matches!(
        cx.word(i + 1),
        "a" | "an" | "the" | "his" | "her" | "its" | "their" | "our" | "my" | "your"
    );
    if !determiner || !cx.free_word(i + 1) {
        return false;
    }
    for j in i + 2..(i + 6).min(cx.toks.len()) {
        if !cx.free_word(j) || !cx.same_sent(j, i) || is_preposition(cx.word(j)) {
            return j > i + 2;
        }
        let w = cx.word(j);
        if words::is_auxiliary(w) || w.ends_with("ed") {
            return false;
        }
    }
    false
}

/// Whether the verb at `i` takes a plain noun phrase ("denied the allegations") rather than a
/// clause: no "that", quote, pronoun or "to" after it (past a word of time or a preposition
/// such as "in a statement"), and no auxiliary or modal in the words up to the next
/// punctuation ("denied the firm had broken the rules" is a clause that lost its "that").
/// Whether the object of the verb at `i` is an attitude, past a determiner and modifiers:
/// "deep concern", "their strong support", "some reservations".
fn stance_object(cx: &Ctx, i: usize) -> bool {
    let mut buf = String::new();
    (i + 1..(i + 5).min(cx.toks.len()))
        .take_while(|&x| cx.free_word(x) && cx.same_sent(x, i) && !is_preposition(cx.word(x)))
        .any(|x| words::is_stance(cx.low(x, &mut buf)))
}

fn plain_object(cx: &Ctx, i: usize) -> bool {
    let k = past_time_words(cx, i);
    let Some(t) = cx.toks.get(k) else {
        return false;
    };
    if t.kind != Kind::Word {
        return false;
    }
    let next = cx.word(k);
    // "denied these allegations: "...": what the colon introduces is the words
    let introduces = (k..(k + 12).min(cx.toks.len()))
        .take_while(|&x| cx.same_sent(x, i))
        .any(|x| cx.is_punct(x, ":"));
    if introduces {
        return false;
    }
    let reports = opens_clause(next)
        || matches!(
            next,
            "to" | "so" | "as" | "in" | "on" | "at" | "via" | "through" | "during"
        );
    if reports {
        return false;
    }
    let finite_verb_follows = (k..(k + 10).min(cx.toks.len()))
        .take_while(|&x| cx.toks[x].kind == Kind::Word && cx.same_sent(x, i))
        .any(|x| words::is_auxiliary(cx.word(x)));
    !finite_verb_follows
}

/// The token after the verb at `i`, past up to two words or phrases of time ("confirmed Monday
/// that", "added again that", "announced Friday night on television").
fn past_time_words(cx: &Ctx, i: usize) -> usize {
    let mut k = i + 1;
    while k < i + 3 && cx.free_word(k) {
        if let Some(e) = super::adjuncts::time_end(cx, k) {
            k = e + 1;
        } else if is_time_word(cx.word(k)) {
            k += 1;
        } else {
            break;
        }
    }
    k
}

/// A word that opens a clause after a verb: "added that ...", "added he would ...".
fn opens_clause(w: &str) -> bool {
    matches!(
        w,
        "that" | "he" | "she" | "they" | "it" | "we" | "there" | "this"
    )
}

/// A day or an adverb of time between a verb and what it reports ("said Monday that").
fn is_time_word(w: &str) -> bool {
    matches!(
        w,
        "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "yesterday"
            | "today"
            | "tonight"
            | "earlier"
            | "later"
            | "again"
            | "also"
            | "previously"
            | "publicly"
            | "repeatedly"
            | "recently"
            | "late"
            | "last"
    )
}

/// `"...," Lind laughs.`: right after a quote, a name or pronoun and any verb ending the clause
/// attributes the quote, whatever the verb (laughs, shrugs, jokes).
fn manner_cue(cx: &Ctx, close: usize) -> Option<Cue> {
    let ends_speech = close > 0 && matches!(cx.word(close - 1), "," | "?" | "!");
    if !ends_speech {
        return None;
    }
    let s = close + 1;
    let (b, subj) = if let Some(p) = super::phrases::pronoun(cx.word(s)) {
        (s, Subject::Pronoun(p))
    } else {
        let b = super::names::run_right(cx, s)?;
        (b, Subject::Name(super::names::analyse_run(cx, s, b)?))
    };
    let v = b + 1;
    let w = cx.word(v);
    let verb_like = cx.free_word(v) && !is_cap(w) && (w.ends_with('s') || w.ends_with("ed"));
    let clause_ends = cx.toks.get(v + 1).is_none_or(|t| t.kind != Kind::Word)
        || matches!(cx.word(v + 1), "as" | "while" | "before" | "after" | "when");
    if !verb_like || !clause_ends || words::is_cue_verb(w) {
        return None;
    }
    Some(Cue {
        at: s,
        verb: v,
        cue: w.to_string(),
        subj,
    })
}

/// All cues of the paragraph with their subjects, in text order.
pub fn find(cx: &Ctx) -> Vec<Cue> {
    let mut out = Vec::with_capacity(4);
    let mut buf = String::new();
    for i in 0..cx.toks.len() {
        let t = cx.toks[i];
        if t.quoted {
            continue;
        }
        if t.kind == Kind::Mark(false) {
            out.extend(manner_cue(cx, i));
        } else if cx.is_punct(i, ":") {
            colon_cues(cx, i, &mut buf, &mut out);
        } else if t.kind == Kind::Word {
            word_cues(cx, i, &mut buf, &mut out);
        }
    }
    out.retain(|c| !hypothetical(cx, c.at, c.verb));
    super::signatures::signatures(cx, &mut out);
    out.sort_by_key(|c| c.at);
    out
}

/// "if company officials respond", "If Ada Lind says no, ...", "asked whether officials would
/// say more": a subject (at `at`, before its verb at `verb`) in a clause opened by "if",
/// "unless" or "whether" says nothing yet; the speech is supposed, not reported.
fn hypothetical(cx: &Ctx, at: usize, verb: usize) -> bool {
    if at >= verb {
        return false;
    }
    for k in (at.saturating_sub(4)..at).rev() {
        if !cx.free_word(k) || !cx.same_sent(k, at) {
            return false;
        }
        let w = cx.word(k);
        if w.eq_ignore_ascii_case("if") || matches!(w, "unless" | "Unless" | "whether" | "Whether")
        {
            return true;
        }
        if words::is_cue_verb(w) || words::is_auxiliary(w) || w == "and" || w == "that" {
            return false;
        }
    }
    false
}

/// `Lind was blunt: "..."`: a colon opening a quote, not after a cue verb, is a cue for the
/// subject on its left.
fn colon_cues(cx: &Ctx, i: usize, buf: &mut String, out: &mut Vec<Cue>) {
    let opens = cx
        .toks
        .get(i + 1)
        .is_some_and(|t| t.kind == Kind::Mark(true));
    // "Lind said:" / "Lind said in a statement:": the verb's cue has the quote already
    let after_verb = i > 0 && words::is_cue_verb(&cx.lower(i - 1, buf))
        || out.iter().any(|c| c.verb < i && cx.same_sent(c.verb, i));
    if !opens || after_verb || i == 0 {
        return;
    }
    // `Ada Lind, Eastport Herald: "..."`: the label's head, not the outlet before the colon
    let mut subjects: Vec<_> = super::labels::label_subject(cx, i).into_iter().collect();
    if subjects.is_empty() {
        subjects = subject_left(cx, i - 1, 1);
        // "Lind told Harbour Radio: "..."": the one spoken to is not the speaker, and the
        // verb's own cue has the speaker.
        if subjects
            .first()
            .is_some_and(|(at, _)| super::labels::addressee(cx, *at))
        {
            return;
        }
    }
    if subjects.is_empty() {
        // "Lind, the town's doctor, is more blunt: "...""
        subjects.extend(sentence_subject(cx, i));
    }
    // "ANALYST'S TAKE: ..." is a label, not a speaker
    subjects.retain(
        |(_, s)| !matches!(s, Subject::Name(n) if n.name.chars().all(|c| !c.is_lowercase())),
    );
    for (at, subj) in subjects {
        out.push(Cue {
            at,
            verb: i,
            cue: ":".into(),
            subj,
        });
    }
}

/// The cues a word can make: "according to", naming in quoted words, or a reporting verb.
fn word_cues(cx: &Ctx, i: usize, buf: &mut String, out: &mut Vec<Cue>) {
    let Some(lw) = cue_word(cx, i) else {
        return;
    };
    if lw == "according" && cx.word(i + 1) == "to" {
        out.extend(according_to(cx, i));
        return;
    }
    if lw == "words" {
        out.extend(in_the_words_of(cx, i));
        return;
    }
    // "called for the release": demanding is done in words
    if matches!(lw, "called" | "calls" | "calling") && cx.word(i + 1) == "for" {
        if !provides_or_noun(cx, i, lw) {
            verb_cues(cx, i, lw, false, buf, out);
        }
        return;
    }
    if matches!(lw, "called" | "calls" | "described" | "describes") && i > 0 {
        out.extend(naming_cue(cx, i, lw, buf));
        return;
    }
    let points_out = matches!(lw, "point" | "points" | "pointed") && cx.word(i + 1) == "out";
    // "The newspaper reported that ...": reporting a content clause is saying it.
    // So is reporting what went before ("..., state media reported."), where "reports" would
    // as often be a noun ("editor of Mideast reports, expects").
    // "..., researchers report.": the present too, when the sentence ends with it.
    let reports_that =
        matches!(lw, "reported" | "reports") || lw == "report" && after_a_plural(cx, i);
    let reports_that = reports_that && {
        let next = past_time_words(cx, i);
        let ends = cx.toks.get(next).is_none_or(|t| {
            t.kind == Kind::Punct && (lw == "reported" || matches!(cx.word(next), "." | "?" | "!"))
        });
        cx.word(next) == "that" || ends || lw == "reported" && clause_without_that(cx, next)
    };
    if words::is_cue_verb(lw) || points_out || reports_that || talks_of_what(cx, i, lw) {
        verb_cues(cx, i, lw, points_out, buf, out);
    }
}

/// "reported 1986 profits climbed to ...", "reported its net profit rose": from `next`, a noun
/// phrase and then a verb in the past or an auxiliary, up to the next punctuation, is a clause
/// that lost its "that" ("reported increased earnings of ..." has none: the participle opens
/// the phrase).
fn clause_without_that(cx: &Ctx, next: usize) -> bool {
    let mut buf = String::new();
    // ("the reported crop problems prompted ...", "and reported crop problems": an adjective)
    let verb_before = next.checked_sub(2).is_some_and(|r| {
        let w = cx.low(r, &mut buf);
        !is_determiner(w) && !matches!(w, "and" | "or")
    });
    // (a conjunction opens another clause: "reported little progress but are hopeful")
    let opens_another =
        |x: usize| matches!(cx.word(x), "and" | "but" | "or" | "which" | "who" | "that");
    verb_before
        && (next + 1..(next + 7).min(cx.toks.len()))
            .take_while(|&x| {
                cx.free_word(x) && cx.free_word(x - 1) && cx.same_sent(x, next) && !opens_another(x)
            })
            .any(|x| {
                let w = cx.low(x, &mut buf);
                // ("the quarter ended December 31" describes a period)
                let verb = words::is_auxiliary(w)
                    || w.len() > 4 && w.ends_with("ed") && w != "ended"
                    || matches!(w, "rose" | "fell" | "grew" | "sank" | "shrank");
                let before = cx.low(x - 1, &mut buf);
                verb && !is_preposition(before) && !is_determiner(before)
            })
}

/// "talked about how the plan failed", "spoke of what it meant", "talking about being "super
/// excited"": speaking, with what was said told after "about" or "of"; "spoke about the plan"
/// tells only the topic.
fn talks_of_what(cx: &Ctx, i: usize, lw: &str) -> bool {
    let speaks = matches!(
        lw,
        "spoke" | "speaks" | "speaking" | "talked" | "talks" | "talking"
    );
    if !speaks || !matches!(cx.word(i + 1), "about" | "of") || !cx.free_word(i + 1) {
        return false;
    }
    let told = |j: usize| {
        cx.same_sent(i, j)
            && (cx.free_word(j) && matches!(cx.word(j), "how" | "why" | "what" | "whether")
                || cx.toks[j].kind == Kind::Mark(true))
    };
    (i + 2..(i + 5).min(cx.toks.len())).any(told)
}

/// Whether the word before `i` is a plural subject ("researchers report", "they report"),
/// which the verb "report" needs; "the staff report", "an Eastport Agency report" are nouns.
fn after_a_plural(cx: &Ctx, i: usize) -> bool {
    let Some(p) = i.checked_sub(1).filter(|&p| cx.free_word(p)) else {
        return false;
    };
    let w = cx.word(p);
    matches!(w, "they" | "we" | "I" | "you")
        || w.ends_with('s')
            && !w.ends_with("ss")
            && (!is_cap(w) || p == cx.sentence_start(p))
            && !super::names::strip_possessive(w).1
}

/// "The plan calls for cuts", "the agreement with Eastport Group calls for": a text provides
/// for it; "protests and calls for reform": the noun.
fn provides_or_noun(cx: &Ctx, i: usize, lw: &str) -> bool {
    let provided =
        (i.saturating_sub(6)..i).any(|x| cx.same_sent(x, i) && provides(&words::small(cx.word(x))));
    let noun = lw == "calls"
        && i > 0
        && (matches!(cx.word(i - 1), "and" | "or" | ",") || is_preposition(cx.word(i - 1)));
    provided || noun
}

/// Texts that provide for something rather than say it ("the plan calls for cuts").
fn provides(w: &str) -> bool {
    matches!(
        w,
        "plan"
            | "plans"
            | "proposal"
            | "proposals"
            | "bill"
            | "law"
            | "budget"
            | "agreement"
            | "deal"
            | "treaty"
            | "resolution"
            | "strategy"
            | "program"
            | "programme"
            | "scheme"
            | "policy"
            | "package"
            | "contract"
            | "accord"
            | "pact"
    )
}

/// The word at `i` as a cue word would be spelt, or None when it cannot be one. Cue words are
/// lower case ("According to" aside): everything else is skipped cheaply.
#[inline]
fn cue_word<'a>(cx: &Ctx<'a>, i: usize) -> Option<&'a str> {
    let raw = cx.word(i);
    let first = raw.as_bytes().first().copied().unwrap_or(0);
    // (No cue word is shorter than three letters.)
    if raw.len() < 3 || !first.is_ascii_lowercase() && raw != "According" {
        return opens_inverted(cx, i);
    }
    Some(if first.is_ascii_lowercase() {
        raw
    } else {
        "according"
    })
}

/// `Said Ada Lind, the harbour master: "..."`: a sentence may open with "said" and its subject,
/// as news writes to lead into a quote. Only before a capitalised word: "Said" is a name too,
/// but never the first of a name followed by another.
fn opens_inverted(cx: &Ctx, i: usize) -> Option<&'static str> {
    let verb = match cx.word(i) {
        "Said" => "said",
        "Says" => "says",
        _ => return None,
    };
    let opens = cx.sentence_start(i) == i && is_cap(cx.word(i + 1)) && cx.free_word(i + 1);
    opens.then_some(verb)
}

/// "according to Ada Lind", "according to a statement from the Harbour Authority".
fn according_to(cx: &Ctx, i: usize) -> Option<Cue> {
    // "a principle according to which ...": a relative clause, no source
    if matches!(cx.word(i + 2), "which" | "whom" | "whose" | "what") {
        return None;
    }
    let (at, subj) = subject_right(cx, i + 2, false).or_else(|| name_after_the(cx, i + 2))?;
    Some(Cue {
        at,
        verb: i,
        cue: "according to".into(),
        subj,
    })
}

/// "In Lind's words, "..."", "in the words of Ada Lind, ...": whose words they are. (Not
/// "in other words", nor someone's words quoted as a thing: "Lind's words were ...".)
fn in_the_words_of(cx: &Ctx, i: usize) -> Option<Cue> {
    let opens = |k: usize| cx.word(k).eq_ignore_ascii_case("in") && cx.free_word(k);
    let (at, subj) = if i >= 2 && cx.word(i - 1) == "the" && cx.word(i + 1) == "of" {
        if !opens(i - 2) {
            return None;
        }
        // (not a lone word: "in the words of the Apocalypse", "of a great Norlander")
        subject_right(cx, i + 2, false)
            .filter(|(_, s)| !matches!(s, Subject::Name(n) if n.first == n.last))?
    } else {
        // the possessor's last word, with its "'s" or before it as a token of its own
        let mut b = i.checked_sub(1)?;
        let w = cx.word(b);
        if matches!(w, "'s" | "’s" | "'" | "’") {
            b = b.checked_sub(1)?;
        } else if !(super::names::strip_possessive(w).1 || w.ends_with("s'") || w.ends_with("s’"))
        {
            return None;
        }
        let mut a = super::names::run_left(cx, b)?;
        // (a capitalised "In" opening the sentence runs into the name)
        if opens(a) && a < b {
            a += 1;
        }
        if a == 0 || !opens(a - 1) {
            return None;
        }
        (a, Subject::Name(super::names::analyse_run(cx, a, b)?))
    };
    Some(Cue {
        at,
        verb: i,
        cue: "in the words of".into(),
        subj,
    })
}

/// "called the ruling “a disgrace”": naming something in quoted words is speech; the subject
/// stands before the verb group ("Lind has called ...").
fn naming_cue(cx: &Ctx, i: usize, lw: &str, buf: &mut String) -> Option<Cue> {
    let quoted_soon = (i + 1..(i + 8).min(cx.toks.len()))
        .take_while(|&x| cx.same_sent(x, i))
        .any(|x| cx.toks[x].kind == Kind::Mark(true));
    // "Police described the attack as an act of terror": describing someone or something as
    // something is saying so (not in the passive: "the man was described as armed").
    let described_as = matches!(lw, "described" | "describes")
        && (i + 2..(i + 8).min(cx.toks.len()))
            .take_while(|&x| cx.same_sent(x, i) && cx.free_word(x))
            .any(|x| cx.word(x) == "as")
        && !words::is_be(cx.word(i - 1))
        // "a firm described by analysts as ...": a passive participle too
        && cx.word(i + 1) != "by";
    // "described as “heartbreaking” by the department"; but "as it is called by locals"
    // only names
    if i > 0 && words::is_be(cx.word(i - 1)) {
        return lw
            .starts_with("describ")
            .then(|| passive_agent(cx, i, lw))?;
    }
    if !quoted_soon && !described_as && !calls_it_something(cx, i, lw) {
        return None;
    }
    let k = verb_group_start(cx, i, lw, buf);
    let left = subject_left(cx, k.checked_sub(1)?, 0).into_iter().next();
    // "... did not name her but described her as ...": the sentence's subject, when no comma
    // opens another clause before ("X is ..., but Lind told ... and described ...")
    let one_clause = || (cx.sentence_start(i)..k).all(|x| !cx.is_punct(x, ","));
    let joined = || {
        (matches!(cx.word(k - 1), "and" | "but") && one_clause())
            .then(|| sentence_subject(cx, i))
            .flatten()
    };
    let (at, subj) = left.or_else(joined)?;
    Some(Cue {
        at,
        verb: i,
        cue: cx.word(i).to_string(),
        subj,
    })
}

/// "called the ruling a landmark judgment", "calls it a rookie mistake": an object and then a
/// noun phrase that judges it is saying so; "called his boss Thursday", "a sect called the
/// Sea Org was ..." and "called it a day" only name or phone.
fn calls_it_something(cx: &Ctx, i: usize, lw: &str) -> bool {
    if !matches!(lw, "called" | "calls" | "call" | "calling") {
        return false;
    }
    let pronoun = matches!(
        cx.word(i + 1),
        "it" | "him" | "her" | "them" | "this" | "that"
    );
    let det = matches!(
        cx.word(i + 1),
        "the" | "his" | "her" | "their" | "its" | "our" | "this" | "that"
    );
    let complement = |j: usize| {
        matches!(cx.word(j), "a" | "an" | "the")
            && cx.free_word(j)
            && cx.free_word(j + 1)
            && cx.same_sent(i, j + 1)
            // "called it a day", "called the office a second time": no judgement
            && !matches!(
                cx.word(j + 1),
                "day" | "night" | "quits" | "second" | "third" | "few" | "couple" | "number"
            )
    };
    if !cx.free_word(i + 1) {
        return false;
    }
    if pronoun {
        return complement(i + 2);
    }
    // the object's words: nouns and adjectives, no function word ("called the strike to
    // cancel the measures")
    let object_word = |j: usize| cx.free_word(j) && !words::is_stop_cap(&words::small(cx.word(j)));
    // ... or a noun with an "of"/"on" phrase, then "a"/"an" ("called the decision on the
    // merger a landmark"; not "called the assets of the economy")
    let postmodified =
        |j: usize| object_word(j) || matches!(cx.word(j), "of" | "on" | "the") && cx.free_word(j);
    let indefinite = |j: usize| cx.word(j) != "the" && complement(j);
    det && ((i + 3..i + 7)
        .take_while(|&j| object_word(j - 1) && cx.same_sent(i, j))
        .any(complement)
        || (i + 3..i + 12)
            .take_while(|&j| postmodified(j - 1) && cx.same_sent(i, j))
            .any(indefinite))
}

/// A reporting verb (`lw`, lower case, at `i`): its subject after it when inverted
/// ("..., said Smith"), else before it.
fn verb_cues(cx: &Ctx, i: usize, lw: &str, points_out: bool, buf: &mut String, out: &mut Vec<Cue>) {
    if passive(cx, i, lw) {
        out.extend(passive_agent(cx, i, lw));
        return;
    }
    if !reports_speech(cx, i, lw) {
        return;
    }
    let cue = cx.word(i).to_string();
    // "say", "argue": a base form is a cue verb whose third person is one that inverts
    let base_form = !words::inverts(lw) && {
        let third = format!("{lw}s");
        words::inverts(&third) && words::is_cue_verb(&third)
    };
    // 'Ada Lind, author of "Global Crop News," said the crop ...': after a title that closes
    // an appositive the subject stands before it
    if i > 0 && super::subjects::title_with_comma_before(cx, i - 1) {
        let before = out.len();
        normal_order_cues(cx, i, lw, cue.clone(), buf, out);
        if out.len() > before {
            return;
        }
    }
    if words::inverts(lw) || points_out || base_form {
        let found = inverted_subject(cx, i, points_out)
            .filter(|(_, subj)| !base_form || plural_source(subj));
        if let Some((at, subj)) = found {
            out.push(Cue {
                at,
                verb: i,
                cue,
                subj,
            });
            return;
        }
    }
    let after_quote = i > 0 && matches!(cx.toks[i - 1].kind, Kind::Mark(false))
        || i > 1 && matches!(cx.toks[i - 2].kind, Kind::Mark(false));
    if words::only_inverted(lw) && !after_quote && !asks_a_question(cx, i, lw) {
        return;
    }
    normal_order_cues(cx, i, lw, cue, buf, out);
}

/// "..., say the researchers": a verb's base form inverts only with a plural subject, an
/// unnamed group ("..., write the authors", "argue critics").
fn plural_source(subj: &Subject) -> bool {
    let Subject::Unnamed(w) = subj else {
        return false;
    };
    // the head: the last word before a postmodifier ("analysts at Eastport Bank")
    let head = w.split(' ').take_while(|x| !is_preposition(x)).last();
    head.is_some_and(|h| h.ends_with('s') || words::is_mass_plural(h))
}

/// "asked officials how the documents were lost", "asked whether ...": a question asked,
/// reported in an indirect question, which a request ("asked China to ...") is not.
fn asks_a_question(cx: &Ctx, i: usize, lw: &str) -> bool {
    if !lw.starts_with("ask") {
        return false;
    }
    // "said no when reporters asked if ...": a question in a clause of time sets the scene
    let timed = (i.saturating_sub(4)..i)
        .any(|x| cx.same_sent(x, i) && matches!(cx.word(x), "when" | "after" | "before" | "as"));
    if timed {
        return false;
    }
    (i + 1..(i + 6).min(cx.toks.len()))
        .take_while(|&x| cx.free_word(x) && cx.same_sent(x, i) && cx.word(x) != "to")
        .any(|x| {
            matches!(
                cx.word(x),
                "how" | "why" | "whether" | "if" | "what" | "when" | "where" | "who"
            )
        })
}

/// Whether the cue verb at `i` reports speech here: not a noun ("the claims"), not a
/// non-speech act ("added two more"), not silence. (A passive is read before, by its agent.)
fn reports_speech(cx: &Ctx, i: usize, lw: &str) -> bool {
    // ("wanted to say" did not say it; "went on to say" did)
    let infinitive = cx.word(i.wrapping_sub(1)) == "to" && going_on_to(cx, i).is_none();
    if i > 0
        && (infinitive || matches!(cx.word(i - 1), "the" | "a" | "an" | "his" | "her" | "their"))
    {
        return false;
    }
    if non_speech_object(cx, lw, i) || a_noun_here(cx, i, lw) {
        return false;
    }
    // "would not comment", "did not respond": silence, not speech; a quote that ends in "not"
    // ("... Lind is not," said Berg) negates nothing outside it.
    let negated = (i.saturating_sub(3)..i).any(|x| {
        matches!(cx.word(x), "not" | "n't" | "never") && cx.free_word(x) && cx.same_sent(x, i)
    });
    !negated
}

/// "was criticised by the union", "has been described as “heartbreaking” by the department":
/// the agent of a passive reporting verb spoke. The "by" follows the participle, past what it
/// was called ("as" and quoted words) or at most three other words. Being asked is not
/// speaking ("was asked by reporters"), nor being quoted by a paper; a fund "advised by" a
/// firm and a move "countered by" intervention are acts.
fn passive_agent(cx: &Ctx, i: usize, lw: &str) -> Option<Cue> {
    // ("the views expressed by experts": whose views, not what they said)
    let attitude = matches!(lw, "expressed" | "voiced");
    if lw.starts_with("ask") || matches!(lw, "quoted" | "advised" | "countered") || attitude {
        return None;
    }
    // "is expected to be repeated by", "will be announced by": not said yet
    let unsaid = i >= 2
        && cx.word(i - 1) == "be"
        && matches!(
            cx.word(i - 2),
            "to" | "will" | "would" | "may" | "might" | "could" | "should" | "must" | "can"
        );
    if unsaid {
        return None;
    }
    let mut plain = 0;
    let by = (i + 1..(i + 16).min(cx.toks.len()))
        .take_while(|&x| cx.same_sent(x, i) && !cx.is_punct(x, ",") && !cx.is_punct(x, ";"))
        .find(|&x| {
            if cx.free_word(x) && cx.word(x) == "by" {
                return true;
            }
            plain += usize::from(cx.free_word(x) && cx.word(x) != "as");
            false
        })
        .filter(|_| plain <= 3)?;
    let (at, mut subj) = subject_right(cx, by + 1, false)?;
    // "criticised by union leaders for the cuts": what for, not whose leaders
    if let Subject::Unnamed(w) = &mut subj {
        if let Some(cut) = w.find(" for ") {
            w.truncate(cut);
        }
    }
    Some(Cue {
        at,
        verb: i,
        cue: cx.word(i).to_string(),
        subj,
    })
}

/// Whether the participle at `i` is passive ("Lind was criticised", "has been praised, but
/// also criticised"): its subject is what was spoken of, not who spoke.
fn passive(cx: &Ctx, i: usize, lw: &str) -> bool {
    if !(lw.ends_with("ed") || matches!(lw, "told" | "written" | "said")) {
        return false;
    }
    let before = |mut k: usize| {
        while k > 0 && cx.free_word(k - 1) && words::stands_between(cx.word(k - 1)) {
            k -= 1;
        }
        k.checked_sub(1)
            .filter(|&b| cx.free_word(b) && cx.same_sent(b, i))
    };
    let is_be = |b: usize| words::is_be(cx.word(b));
    let Some(b) = before(i) else {
        return false;
    };
    if is_be(b) {
        return true;
    }
    // A second participle sharing the first's "been": "praised, but also criticised".
    if !matches!(cx.word(b), "but" | "and" | "or") {
        return false;
    }
    let mut p = b;
    if p > 0 && cx.is_punct(p - 1, ",") {
        p -= 1;
    }
    p.checked_sub(1)
        .filter(|&x| cx.free_word(x) && cx.word(x).ends_with("ed"))
        .and_then(before)
        .is_some_and(is_be)
}

/// Whether a cue word that is also a noun is the noun here. It heads a subject when an
/// auxiliary, a modal or a linking verb follows, maybe past an adverb or a relative "that"
/// ("Any future Norland state must ...", "member states have agreed", "a Norland state that
/// would ..."), or when a number counts it ("Five states passed"); a reporting verb never
/// does, unless a clause dropped its "that" right after a pronoun ("the money, she states, has
/// gone"). And its bare form after a singular name is a compound ("a Norland state", "the
/// Eastport claim"): as a verb it would need a plural subject ("Norlanders state ...").
fn a_noun_here(cx: &Ctx, i: usize, lw: &str) -> bool {
    if !words::is_noun_too(lw) || i == 0 {
        return false;
    }
    let before = cx.word(i - 1);
    if super::phrases::pronoun(before).is_some() || matches!(before, "I" | "we" | "you") {
        return false;
    }
    // "its member states", "a member state": the collocation, never a member stating.
    if before.eq_ignore_ascii_case("member") && matches!(lw, "state" | "states") {
        return true;
    }
    // "Five states passed ...", "the 12 claims": a number counts the noun.
    if lw.ends_with('s') && counts(before) {
        return true;
    }
    let bare = !lw.ends_with('s');
    if bare && is_cap(before) && !before.ends_with('s') && cx.same_sent(i - 1, i) {
        return true;
    }
    // "cheated by Norlandic promises", "the Eastport claims": a capitalised modifier after a
    // preposition or an article makes a noun phrase ("The Norlanders state that" is a plural
    // subject and its verb; "a Texas state court" is singular all the same).
    if is_cap(before) && i >= 2 && cx.free_word(i - 2) && cx.same_sent(i - 2, i) {
        let w2 = &*words::small(cx.word(i - 2));
        let singular = !before.ends_with('s') || bare && matches!(w2, "a" | "an");
        if singular
            && matches!(
                w2,
                "by" | "of"
                    | "with"
                    | "from"
                    | "about"
                    | "on"
                    | "the"
                    | "a"
                    | "an"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "our"
            )
        {
            return true;
        }
    }
    if is_cap(before) && object_modifier_at_the_end(cx, i) {
        return true;
    }
    let skip = |w: &str| {
        matches!(
            w,
            "still"
                | "also"
                | "already"
                | "now"
                | "never"
                | "not"
                | "often"
                | "always"
                | "only"
                | "that"
                | "which"
        )
    };
    // ("the Eastport notes remained sound": a linking verb, which takes no clause as its
    // object, follows a subject, never a reporting verb)
    let next = if skip(cx.word(i + 1)) { i + 2 } else { i + 1 };
    next < cx.toks.len()
        && cx.same_sent(i, next)
        && cx.free_word(next)
        && (words::is_auxiliary(cx.word(next)) || is_linking_verb(cx.word(next)))
}

/// A verb that links its subject to a description ("remained", "seems").
fn is_linking_verb(w: &str) -> bool {
    matches!(
        w,
        "remain"
            | "remains"
            | "remained"
            | "seem"
            | "seems"
            | "seemed"
            | "appear"
            | "appears"
            | "appeared"
            | "became"
            | "become"
            | "becomes"
    )
}

/// A number before a plural noun: "12", "1,500", "five", "Twenty", "hundreds", "several".
fn counts(w: &str) -> bool {
    let w = &*words::small(w);
    w.starts_with(|c: char| c.is_ascii_digit())
        && w.bytes().all(|b| b.is_ascii_digit() || b == b',')
        || words::is_number_word(w)
        || matches!(
            w,
            "thirty"
                | "forty"
                | "fifty"
                | "hundred"
                | "hundreds"
                | "thousands"
                | "dozens"
                | "dozen"
                | "several"
                | "many"
                | "few"
        )
}

/// "results surpassed Wall Street estimates.": a cue word that is a noun too ends its clause
/// after capitalised words that follow a word of the clause (not a comma, a quote or the
/// sentence start, as in "Sales will fall, Eastport Bank estimates."): the words modify the
/// noun, the object of that clause.
fn object_modifier_at_the_end(cx: &Ctx, i: usize) -> bool {
    let ends = cx.toks.get(i + 1).is_none_or(|t| {
        t.kind == Kind::Punct && matches!(t.text(cx.text), "." | "!" | "?" | "," | ";")
    });
    if !ends {
        return false;
    }
    let mut a = i - 1;
    while a > 0 && cx.free_word(a - 1) && cx.same_sent(a - 1, i) && is_cap(cx.word(a - 1)) {
        a -= 1;
    }
    // (", the Eastport Grain Board estimates.": the article is the name's)
    if a > 0 && cx.word(a - 1) == "the" {
        a -= 1;
    }
    let w = cx.word(a.wrapping_sub(1));
    a > 0
        && cx.free_word(a - 1)
        && cx.same_sent(a - 1, i)
        && !matches!(w, "and" | "or" | "but")
        && super::phrases::pronoun(w).is_none()
}

/// Inversion: after a quote or a comma ("..., said Smith"), the subject follows the verb.
fn inverted_subject(cx: &Ctx, i: usize, points_out: bool) -> Option<(usize, Subject)> {
    let after_quote = i > 0
        && (matches!(cx.toks[i - 1].kind, Kind::Mark(false))
            || matches!(cx.word(i - 1), "\"" | "”" | "’" | "»"));
    let after_comma = i > 0 && cx.is_punct(i - 1, ",");
    let opens_sentence = cx.sentence_start(i) == i;
    if !after_quote && !after_comma && !opens_sentence {
        return None;
    }
    let skip = if points_out { 2 } else { 1 };
    subject_right(cx, i + skip, after_quote)
        .filter(|(at, subj)| inverted_ends(cx, *at, subj, after_quote))
}

/// Normal order: the subjects left of the verb group ("Lind and Berg have said"), or the
/// sentence's subject for "... and said" and "..., saying".
fn normal_order_cues(
    cx: &Ctx,
    i: usize,
    lw: &str,
    cue: String,
    buf: &mut String,
    out: &mut Vec<Cue>,
) {
    let k = verb_group_start(cx, i, lw, buf);
    if k == 0 || !cx.same_sent(k - 1, i) {
        return;
    }
    // "The group posted a statement online saying ...", "Lind sent a letter saying ...": the
    // document says it for the sentence's subject.
    // ("The paper quoted Lind as saying" is Lind's.)
    let after_document = lw.ends_with("ing")
        && cx.word(i - 1) != "as"
        && (k.saturating_sub(5)..k).any(|x| {
            cx.free_word(x) && cx.same_sent(x, k) && words::is_document(&words::small(cx.word(x)))
        });
    let mut subjects =
        subject_before_adjuncts(cx, k, lw).unwrap_or_else(|| subject_left(cx, k - 1, 0));
    // "the parole board decision allowing his release said": the phrase before the verb is a
    // participle's object; the subject is the noun the participle describes
    if subjects.iter().any(|&(at, _)| object_of_participle(cx, at)) {
        if let Some(s) = postmodified_subject(cx, k) {
            subjects = vec![s];
        }
    }
    if after_document
        && subjects
            .iter()
            .all(|(_, s)| !matches!(s, Subject::Doc(Some(_), _)))
    {
        subjects.clear();
    }
    if subjects.is_empty() && !after_document {
        subjects.extend(postmodified_subject(cx, k));
    }
    if subjects.is_empty() {
        let joined = matches!(cx.word(k - 1), "and" | "but" | "then")
            || cx.is_punct(k - 1, ",") && lw.ends_with("ing")
            || after_document
            || gerund_with_content(cx, k, i, lw);
        if joined {
            if let Some((at, subj)) = sentence_subject(cx, i) {
                out.push(Cue {
                    at,
                    verb: i,
                    cue: cue.clone(),
                    subj,
                });
            }
        }
    }
    for (at, subj) in subjects {
        out.push(Cue {
            at,
            verb: i,
            cue: cue.clone(),
            subj,
        });
    }
}

/// "was known for telling others "...", "is fond of saying that ...": the gerund of the cue
/// at `i` (its group starting at `k`) after "of", "for" or "by" speaks for the sentence's
/// subject when what was said follows it: "that" or a quote within a few words ("the habit of
/// saying grace" says nothing).
fn gerund_with_content(cx: &Ctx, k: usize, i: usize, lw: &str) -> bool {
    let after_preposition =
        k > 0 && cx.free_word(k - 1) && matches!(cx.word(k - 1), "of" | "for" | "by");
    if !lw.ends_with("ing") || !after_preposition {
        return false;
    }
    (i + 1..(i + 5).min(cx.toks.len()))
        .take_while(|&x| cx.same_sent(x, i))
        .any(|x| cx.free_word(x) && cx.word(x) == "that" || cx.toks[x].kind == Kind::Mark(true))
}

/// Whether the phrase starting at `at` follows a present participle, as its object.
fn object_of_participle(cx: &Ctx, at: usize) -> bool {
    let Some(p) = at.checked_sub(1) else {
        return false;
    };
    let w = cx.word(p);
    cx.free_word(p) && w.len() > 4 && w.ends_with("ing") && !is_cap(w) && cx.same_sent(p, at)
}

/// "Lind on Monday said", "the company in a statement said", "the mayor at a news conference
/// told reporters": the subject before a time, medium or occasion set between it and the verb
/// group starting at `k`.
fn subject_before_adjuncts(cx: &Ctx, k: usize, lw: &str) -> Option<Vec<(usize, Subject)>> {
    // "Legislation passed by Congress last year calling for": a participle's subject is not
    // a name before it.
    if lw.ends_with("ing") {
        return None;
    }
    let mut s = super::adjuncts::adjuncts_before(cx, k)?;
    while s > 0 && cx.free_word(s - 1) && words::stands_between(cx.word(s - 1)) {
        s -= 1;
    }
    if s == 0 || !cx.same_sent(s - 1, k) {
        return None;
    }
    let found = subject_left(cx, s - 1, 0);
    (!found.is_empty()).then_some(found)
}

/// "was quoted by the Eastport Herald as saying": where "quoted" is, when the name of whoever
/// quoted ends at `k - 1`; that name is not the speaker, the passive's subject is.
fn quoted_by(cx: &Ctx, k: usize, lw: &str) -> Option<usize> {
    if lw != "saying" || k == 0 || !cx.name_piece(k - 1) {
        return None;
    }
    let mut a = super::names::run_left(cx, k - 1)?;
    if a > 0 && cx.word(a - 1).eq_ignore_ascii_case("the") {
        a -= 1;
    }
    let by = a >= 2 && cx.word(a - 1) == "by" && cx.word(a - 2) == "quoted";
    by.then(|| a - 2)
}

/// First token of the verb group ending at the verb `i`: back over adverbs and auxiliaries,
/// and for "saying" over a passive ("was quoted as saying").
fn verb_group_start(cx: &Ctx, i: usize, lw: &str, buf: &mut String) -> usize {
    let mut k = i;
    while k > 0 {
        let w = words::lower(cx.word(k - 1), buf);
        let passive = lw == "saying" && matches!(w, "quoted" | "as" | "was" | "been" | "is");
        // "groups of women are calling for": the progressive's auxiliary
        let progressive = lw.ends_with("ing") && (words::is_be(w) || w == "am");
        if cx.free_word(k - 1) && (words::stands_between(cx.word(k - 1)) || passive || progressive)
        {
            k -= 1;
        } else if let Some(q) = quoted_by(cx, k, lw) {
            k = q;
        } else if let Some(c) = going_on_to(cx, k) {
            k = c;
        } else {
            break;
        }
    }
    k
}

/// "went on to say", "continued to say", "was quick to add": a verb that says the speaking
/// happened, and its "to", before the verb at `k`; where they start.
fn going_on_to(cx: &Ctx, k: usize) -> Option<usize> {
    if k < 2 || cx.word(k - 1) != "to" || !cx.free_word(k - 1) || !cx.free_word(k - 2) {
        return None;
    }
    let before = cx.word(k - 2);
    if matches!(before, "continued" | "continues" | "hastened" | "hastens") {
        return Some(k - 2);
    }
    let two = cx.word(k.checked_sub(3)?);
    let phrase = before == "on" && matches!(two, "went" | "goes" | "go" | "going")
        || before == "quick" && matches!(two, "was" | "were" | "is" | "are");
    (phrase && cx.free_word(k - 3)).then(|| k - 3)
}

#[cfg(test)]
mod tests;
