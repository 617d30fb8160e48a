//! Reported speech: the content clause of a reporting cue, in the writer's words. After the
//! verb (`Lind said [that] the bridge will open`, `told reporters the bridge ...`), or before
//! it when the cue closes the sentence (`The bridge will open, Lind said.`), and on either side
//! of "according to". The cues are `cues`'s; this module only reads where their clause lies.

use super::quotes::Span;
use super::report::Cue;
use super::tokens::{Ctx, Kind};
use super::words;

/// Fewer words than this is an answer ("said yes", "said so"), not reported content.
const MIN_WORDS: usize = 3;

/// The longest clause read, in tokens: keeps paragraphs without sentence ends linear.
const MAX_CLAUSE: usize = 150;

/// How far after the verb a complementiser "that" may stand ("said in a statement on Monday
/// that ...").
const THAT_REACH: usize = 12;

/// A stretch of the paragraph's tokens, first and last.
type Range = (usize, usize);

/// A reported clause: tokens `first..=last` of the paragraph, reported by cue `cue`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clause {
    pub first: usize,
    pub last: usize,
    /// Index of the cue in the paragraph's cues.
    pub cue: usize,
}

/// The reported clauses of a paragraph's cues, in text order, none inside another.
pub fn clauses(cx: &Ctx, found: &[Cue]) -> Vec<Clause> {
    let mut buf = String::new();
    let mut out: Vec<Clause> = Vec::new();
    for (ci, c) in found.iter().enumerate() {
        for (first, last) in clause_of(cx, found, ci, &mut buf).into_iter().flatten() {
            // "Lind and Berg said ...": one clause for one verb; a cue inside another's clause
            // ("said police told him ...") is part of that clause.
            let covered = out.iter().rev().take(4).any(|o| {
                (o.first <= c.verb && c.verb <= o.last) || (o.first, o.last) == (first, last)
            });
            if !covered {
                out.push(Clause {
                    first,
                    last,
                    cue: ci,
                });
            }
        }
    }
    out.sort_by_key(|c| c.first);
    out
}

/// The clause that cue `ci` reports, as token ranges: one, or the two sides of a cue that
/// interrupts its sentence.
fn clause_of(cx: &Ctx, found: &[Cue], ci: usize, buf: &mut String) -> [Option<Range>; 2] {
    let c = &found[ci];
    let lw = cx.low(c.verb, buf).to_string();
    if c.cue == "according to" {
        return [according_to(cx, c), None];
    }
    let points_out = matches!(lw.as_str(), "point" | "points" | "pointed");
    // ("reported" is a cue only before "that": see `cues`.)
    let reports = matches!(lw.as_str(), "reported" | "reports");
    if !words::is_cue_verb(&lw) && !points_out && !reports {
        return [None, None];
    }
    if let Some((before, after)) = parenthetical(cx, c) {
        return [before, Some(after)];
    }
    [one_clause(cx, found, ci, &lw, buf), None]
}

/// The one clause of a cue that does not interrupt its sentence.
fn one_clause(cx: &Ctx, found: &[Cue], ci: usize, lw: &str, buf: &mut String) -> Option<Range> {
    let c = &found[ci];
    let points_out = matches!(lw, "point" | "points" | "pointed");
    if c.at > c.verb {
        // Inverted ("..., said Lind"): what follows the verb is its subject.
        return fronted(cx, c);
    }
    let after = c.verb + if points_out { 2 } else { 1 };
    let end = clause_end(cx, found, ci, after);
    match forward(cx, lw, after, end, buf) {
        Forward::Clause(first) => trimmed(cx, first, end),
        Forward::Adverbial(first) => fronted(cx, c).or_else(|| {
            (thattable(lw) && finite(cx, first, end, buf))
                .then(|| trimmed(cx, first, end))
                .flatten()
        }),
        Forward::None => fronted(cx, c),
    }
}

/// What follows a reporting verb.
enum Forward {
    /// A content clause starting at this token.
    Clause(usize),
    /// Only an adverbial ("said on Monday", "said in a statement") up to the sentence end,
    /// from this token: the clause may be before the cue instead.
    Adverbial(usize),
    /// Nothing that can be reported: punctuation, a quote, an infinitive, a noun object.
    None,
}

/// Reads past the verb: an indirect object for verbs that take one ("told reporters"), a
/// complementiser "that", adverbials before it.
fn forward(cx: &Ctx, lw: &str, after: usize, end: usize, buf: &mut String) -> Forward {
    if after > end || !cx.free_word(after) {
        return Forward::None;
    }
    if let Some(t) = (after..=end.min(after + THAT_REACH)).find(|&k| is_that(cx, k)) {
        return Forward::Clause(t + 1);
    }
    let mut first = after;
    if takes_object(lw) {
        if let Some(k) = infinitive_after_hearer(cx, after, end, buf) {
            return Forward::Clause(k);
        }
        if urges(lw) {
            return Forward::None;
        }
        first = past_object(cx, first, buf);
    }
    let w = cx.low(first, buf);
    if w == "to" || w == "about" || w == "of" || w == "for" || w == "with" {
        return Forward::None; // "said to be", "told about", "warned of"
    }
    if starts_adverbial(w) {
        return Forward::Adverbial(first);
    }
    if !thattable(lw) {
        return Forward::None;
    }
    Forward::Clause(first)
}

/// "that" as a complementiser: a free word, not "that is" or a pronoun at the clause end.
fn is_that(cx: &Ctx, k: usize) -> bool {
    cx.free_word(k) && cx.word(k) == "that" && cx.free_word(k + 1)
}

/// Verbs that report a clause without "that" ("said the bridge will open"); the others
/// ("announced a plan", "denied the claim", "urged voters to ...") report one only with it.
fn thattable(lw: &str) -> bool {
    const NOUN_OBJECT: &[&str] = &[
        "announc", "ask", "blurt", "chant", "comment", "confirm", "continu", "den", "exclaim",
        "hail", "mention", "plead", "post", "repeat", "respond", "reveal", "rul", "scold",
        "scream", "shout", "tweet", "urg", "wonder", "yell",
    ];
    !NOUN_OBJECT.iter().any(|p| lw.starts_with(p))
}

/// "urged residents to stay indoors", "warned the public not to speculate": after the hearer
/// (words with no verb of their own), the infinitive that says what they were told to do.
fn infinitive_after_hearer(cx: &Ctx, after: usize, end: usize, buf: &mut String) -> Option<usize> {
    let to = (after..=end.min(after + THAT_REACH))
        .take_while(|&k| cx.free_word(k))
        .find(|&k| cx.word(k) == "to" && cx.free_word(k + 1))?;
    if to == after || finite(cx, after, to - 1, buf) {
        return None;
    }
    Some(if cx.word(to - 1) == "not" { to - 1 } else { to })
}

/// Verbs that report a request: their content is an infinitive after the hearer.
fn urges(lw: &str) -> bool {
    lw.starts_with("urg")
}

/// Verbs whose hearer may stand between them and the clause ("told reporters", "assured
/// them", "warned residents").
fn takes_object(lw: &str) -> bool {
    const HEARER: &[&str] = &[
        "advis", "assur", "caution", "promis", "tell", "told", "urg", "warn",
    ];
    HEARER.iter().any(|p| lw.starts_with(p))
}

/// Past the hearer: an object pronoun, a capitalised name, or one plain noun before a clause
/// subject ("told reporters he ...", "told the court the ...").
fn past_object(cx: &Ctx, i: usize, buf: &mut String) -> usize {
    let w = cx.low(i, buf);
    if matches!(w, "him" | "her" | "them" | "us" | "me" | "you") {
        return i + 1;
    }
    let mut k = i;
    if matches!(
        w,
        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our"
    ) {
        k += 1;
    }
    let name_end = (k..).take_while(|&j| cx.name_piece(j)).last();
    if let Some(e) = name_end {
        return e + 1;
    }
    if cx.free_word(k + 1) && starts_subject(cx, k + 1, buf) {
        return k + 1;
    }
    i
}

/// Words that open a clause's subject: determiners, personal pronouns, "there", names.
fn starts_subject(cx: &Ctx, i: usize, buf: &mut String) -> bool {
    let cap = cx.toks.get(i).is_some_and(|t| t.cap);
    let w = cx.low(i, buf);
    cap || matches!(
        w,
        "the"
            | "a"
            | "an"
            | "he"
            | "she"
            | "they"
            | "it"
            | "we"
            | "i"
            | "there"
            | "this"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "some"
            | "many"
            | "no"
            | "all"
    )
}

/// Prepositions and time words that open an adverbial after a verb ("said on Monday").
fn starts_adverbial(w: &str) -> bool {
    words::is_weekday(w)
        || matches!(
            w,
            "in" | "on"
                | "at"
                | "during"
                | "after"
                | "before"
                | "last"
                | "this"
                | "earlier"
                | "later"
                | "today"
                | "yesterday"
                | "tonight"
                | "recently"
                | "when"
                | "while"
                | "through"
                | "via"
                | "by"
                | "from"
                | "outside"
                | "inside"
        )
}

/// Whether `first..=end` reads as a clause rather than an adverbial alone ("said in a
/// statement"): it holds a personal pronoun subject or an auxiliary or modal verb.
fn finite(cx: &Ctx, first: usize, end: usize, buf: &mut String) -> bool {
    (first..=end).any(|k| {
        cx.free_word(k)
            && matches!(
                cx.low(k, buf),
                "he" | "she"
                    | "they"
                    | "it"
                    | "we"
                    | "i"
                    | "there"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "will"
                    | "would"
                    | "can"
                    | "could"
                    | "should"
                    | "may"
                    | "might"
                    | "must"
                    | "has"
                    | "have"
                    | "had"
                    | "does"
                    | "did"
                    | "won't"
                    | "wouldn't"
                    | "can't"
                    | "isn't"
                    | "wasn't"
            )
    })
}

/// `The bridge, Lind said, will open in May.`: a cue set off by commas inside a sentence
/// reports the sentence around it, in two parts as a direct quote it interrupts would be: the
/// part before it (unless that only sets the scene) and the part after.
fn parenthetical(cx: &Ctx, c: &Cue) -> Option<(Option<Range>, Range)> {
    let comma = comma_before_cue(cx, c)?;
    let end = sentence_end(cx, c.verb);
    let tail = c.at.max(c.verb);
    // The cue phrase runs to the next comma: the verb, an inverted subject, an adverbial.
    let close = (tail + 1..=end.min(tail + 8))
        .take_while(|&k| !matches!(cx.toks[k].kind, Kind::Mark(_)))
        .find(|&k| cx.is_punct(k, ","))?;
    let next = close + 1;
    // "..., Lind said, adding that ...": a participle reports on its own.
    if !cx.free_word(next) || cx.word(next).ends_with("ing") {
        return None;
    }
    let after = trimmed(cx, next, end)?;
    let first = (clause_opening(cx, comma)..comma).find(|&k| cx.free_word(k))?;
    let before = (!subordinate(cx.word(first))).then_some((first, comma - 1));
    Some((before, after))
}

/// The comma before the cue's subject (or its verb, when inverted), past the words of the
/// subject that the cue does not point at ("the Kenya Red Cross", "spokesman Ada Lind").
fn comma_before_cue(cx: &Ctx, c: &Cue) -> Option<usize> {
    let head = c.at.min(c.verb);
    (head.saturating_sub(4)..head)
        .rev()
        .take_while(|&k| {
            cx.is_punct(k, ",")
                || cx.free_word(k) && !matches!(cx.word(k), "and" | "but" | "or" | "so" | "then")
        })
        .find(|&k| cx.is_punct(k, ","))
}

/// Words that open an adverbial clause, which sets the scene and reports nothing.
fn subordinate(w: &str) -> bool {
    let w = w.to_ascii_lowercase();
    w.ends_with("ing")
        || matches!(
            w.as_str(),
            "after"
                | "as"
                | "when"
                | "while"
                | "before"
                | "because"
                | "if"
                | "although"
                | "though"
                | "since"
                | "once"
                | "until"
                | "unless"
                | "whereas"
                | "in"
                | "on"
                | "at"
                | "during"
        )
}

/// Last token the clause after cue `ci` may take: the sentence end, a semicolon, or the next
/// cue of the same sentence ("..., Lind said, and Berg added ...").
fn clause_end(cx: &Ctx, found: &[Cue], ci: usize, after: usize) -> usize {
    let c = &found[ci];
    let mut end = sentence_end(cx, c.verb);
    // A semicolon ends the clause; so does a sentence end that the sentence numbering missed
    // ("... intoxication. (Photo: ...)").
    let stop = (after..=end).find(|&k| {
        cx.toks[k].kind == Kind::Punct
            && !cx.toks[k].quoted
            && matches!(cx.word(k), ";" | "." | "?" | "!")
    });
    if let Some(k) = stop {
        end = k.saturating_sub(1);
    }
    for n in &found[ci + 1..] {
        // "said ... and added ...": a second verb of the same subject ends the clause too.
        let at = if n.at > after {
            n.at.min(n.verb)
        } else {
            n.verb
        };
        if at > after && at <= end {
            end = at - 1;
            break;
        }
    }
    end
}

/// Last token of the sentence holding token `i`, at most `MAX_CLAUSE` tokens on.
fn sentence_end(cx: &Ctx, i: usize) -> usize {
    let next = cx
        .toks
        .get(i)
        .and_then(|t| cx.sent_start.get(t.sent as usize + 1))
        .copied()
        .unwrap_or(cx.toks.len());
    next.saturating_sub(1).min(i + MAX_CLAUSE).max(i)
}

/// `first..=last` without the punctuation and conjunctions that join it to what follows, if
/// it still holds enough words.
fn trimmed(cx: &Ctx, first: usize, mut last: usize) -> Option<Range> {
    while last > first {
        let t = cx.toks.get(last)?;
        let joint = match t.kind {
            Kind::Punct => !matches!(cx.word(last), ")" | "]" | "%"),
            Kind::Word => !t.quoted && matches!(cx.word(last), "and" | "but" | "or" | "as"),
            Kind::Mark(open) => open,
        };
        if !joint {
            break;
        }
        last -= 1;
    }
    let words = (first..=last)
        .filter(|&k| cx.toks.get(k).is_some_and(|t| t.kind == Kind::Word))
        .count();
    (words >= MIN_WORDS).then_some((first, last))
}

/// `The bridge will open, Lind said.` / `..., said Lind.`: the cue closes the sentence after a
/// comma, so the clause is what the sentence says before it.
fn fronted(cx: &Ctx, c: &Cue) -> Option<Range> {
    let comma = comma_before_cue(cx, c)?;
    let start = clause_opening(cx, comma);
    let (first, last) = trimmed(cx, start, comma)?;
    (!subordinate(cx.word(first))).then_some((first, last))
}

/// First token of the stretch of sentence before token `k`: the sentence start, or just after
/// a colon or semicolon.
fn clause_opening(cx: &Ctx, k: usize) -> usize {
    let s = cx.sentence_start(k).max(k.saturating_sub(MAX_CLAUSE));
    (s..k)
        .rev()
        .find(|&j| cx.is_punct(j, ":") || cx.is_punct(j, ";"))
        .map_or(s, |j| j + 1)
}

/// "according to Lind, the bridge ..." / "The bridge ..., according to Lind.": the clause on
/// the side of the cue that holds one.
fn according_to(cx: &Ctx, c: &Cue) -> Option<Range> {
    let start = clause_opening(cx, c.verb);
    let end = sentence_end(cx, c.verb);
    if c.verb > start {
        if let Some(before) = trimmed(cx, start, c.verb - 1) {
            return Some(before);
        }
    }
    let comma = (c.at..=end).find(|&k| cx.is_punct(k, ","))?;
    trimmed(cx, comma + 1, end)
}

/// Letters of `text[start..end]` inside the quoted `spans`, and all its letters: a clause
/// that is mostly quoted is a direct quote with a lead-in, not reported speech.
pub fn quoted_letters(text: &str, (start, end): (usize, usize), spans: &[Span]) -> (usize, usize) {
    let mut inside = 0;
    let mut all = 0;
    // Spans are in text order: one pointer walks them along the clause.
    let mut si = spans.partition_point(|s| s.end <= start);
    for (i, ch) in text.get(start..end).unwrap_or("").char_indices() {
        if !ch.is_alphanumeric() {
            continue;
        }
        all += 1;
        let at = start + i;
        while spans.get(si).is_some_and(|s| s.end <= at) {
            si += 1;
        }
        if spans.get(si).is_some_and(|s| s.start <= at) {
            inside += 1;
        }
    }
    (inside, all)
}

#[cfg(test)]
mod tests;
