//! Speaker attribution: who is quoted or reported as speaking in each paragraph of an article.
//!
//! Per paragraph: quote spans (`quotes`) -> tokens (`tokens`) -> reporting cues (`cues`) and
//! the subjects they point at (`subjects`, `phrases`, `signatures`), as `report` types, and
//! capitalised names (`names`), fed in text order to an article-wide registry (`coref`) that
//! turns surnames, roles and pronouns into names. Quotes attach to a cue's speaker here, and
//! each cue's content clause is a reported quote (`reported`);
//! quotation paragraphs without a cue float on a neighbour's speaker (`floating`); page
//! furniture and photo captions are skipped (`furniture`). Every name is printed in its fullest form once the whole
//! article has been read. Everything is rules over our own small word lists (`words`,
//! `gender`): no models, no I/O, no global state.

mod acronyms;
mod adjuncts;
pub mod canonical;
mod coref;
mod cues;
mod dateline;
mod floating;
mod furniture;
mod gender;
mod issued;
mod joined;
mod labels;
mod names;
mod phrases;
mod places;
mod prominence;
mod quotes;
mod recurs;
mod report;
mod reported;
mod signatures;
mod subjects;
mod tokens;
mod words;

use self::coref::{Doc, Speaker};
use self::furniture::{is_caption, is_heading, is_teaser};
use self::recurs::Recurrence;
use self::tokens::Ctx;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Quote {
    /// The quoted text: a direct quote without its quote marks, a reported one as its clause
    /// (any quoted fragment in it with its marks).
    pub text: String,
    /// Byte offset in the paragraph of the quote's first byte (inside the marks for a direct
    /// quote, the clause's first word for a reported one).
    pub start: usize,
    /// Byte offset one past its last byte.
    pub end: usize,
    /// Resolved full name (or organisation / unnamed source), if any.
    pub speaker: Option<String>,
    /// The cue word as in the text, e.g. "said", "told", "according to", ":".
    pub cue: Option<String>,
    /// Direct speech (inside quotation marks) or reported speech (a reporting verb's clause).
    pub kind: QuoteKind,
}

/// How a quote gives the words: verbatim in quotation marks, or reported by the writer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// In quotation marks, as said: `"We will act," she said.`
    Direct,
    /// The content of a reporting verb, in the writer's words: `She said they would act.`
    /// A reported clause that quotes a fragment (a mixed quote) is reported too.
    Reported,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct ParagraphSpeakers {
    /// Everyone quoted or reported as speaking, once each, fullest form, in order of appearance.
    pub speakers: Vec<String>,
    pub quotes: Vec<Quote>,
}

/// Per-paragraph result before names are finalised (entities may gain fuller names later).
struct Pending {
    speakers: Vec<(usize, Speaker)>,
    quotes: Vec<PendingQuote>,
    /// No cue in the paragraph: its quotes float on a neighbour's speaker.
    floating: bool,
    /// The paragraph ends inside a quote that the next paragraph continues.
    runs_on: bool,
    /// The paragraph continues a quote left open by the previous one.
    continues: bool,
    /// The paragraph ends with a colon that introduces the next one's quotation: who speaks
    /// (None inside when the colon's sentence names nobody who can).
    introduces: Option<Option<Speaker>>,
}

impl Pending {
    /// A paragraph that is page furniture: nobody speaks in it.
    fn empty() -> Self {
        Pending {
            speakers: Vec::new(),
            quotes: Vec::new(),
            floating: false,
            runs_on: false,
            continues: false,
            introduces: None,
        }
    }
}

/// Working space shared by an article's paragraphs, so that each buffer is allocated once.
#[derive(Default)]
struct Scratch {
    toks: Vec<tokens::Tok>,
    marks: Vec<(usize, bool)>,
    sent_start: Vec<usize>,
    stats: Vec<(u32, u32, u32)>,
    /// Per cue: its verb token and resolved speaker.
    cue_speakers: Vec<(usize, Option<Speaker>)>,
    /// The paragraph's quote spans that are speech.
    speech: Vec<quotes::Span>,
    by_verb: Vec<usize>,
}

/// One entry per paragraph, same order. Paragraphs are one article's body, in order;
/// coreference runs across them.
pub fn attribute(paragraphs: &[&str]) -> Vec<ParagraphSpeakers> {
    let mut doc = Doc::default();
    let mut pending: Vec<Pending> = Vec::with_capacity(paragraphs.len());
    // Sentence numbers run on across the article's paragraphs.
    let mut sent_base: u64 = 0;
    let mut scratch = Scratch::default();
    let mut recurs = Recurrence::new(paragraphs);
    for (pi, para) in paragraphs.iter().enumerate() {
        let p = if is_teaser(para) || is_heading(para) {
            Pending::empty()
        } else {
            let prev = pending.last();
            let at = (pi, &mut sent_base);
            let next = paragraphs.get(pi + 1).copied();
            let p = paragraph(&mut doc, &mut scratch, &mut recurs, para, at, (prev, next));
            // A caption's names are the story's people, but nobody speaks in it.
            if is_caption(para) {
                Pending::empty()
            } else {
                p
            }
        };
        pending.push(p);
    }
    floating::backfill_runs(&mut pending);
    finish(&doc, paragraphs, pending)
}

/// Reads paragraph `pi` into the registry: its names and cues in text order, then its quotes,
/// each attached to a cue's speaker or floating on a neighbour's.
fn paragraph(
    doc: &mut Doc,
    sc: &mut Scratch,
    recurs: &mut Recurrence,
    para: &str,
    (pi, sent_base): (usize, &mut u64),
    (prev, next): (Option<&Pending>, Option<&str>),
) -> Pending {
    doc.begin_paragraph(*sent_base);
    let spans = quotes::find(para);
    tokens::tokenize_into(para, &spans, &mut sc.toks, &mut sc.marks);
    let toks = &sc.toks[..];
    let cx = Ctx::with_buffer(para, toks, std::mem::take(&mut sc.sent_start));
    let mut found = cues::find(&cx);
    let colon = floating::introducing_colon(&cx, next);
    if let Some(c) = colon.and_then(|c| floating::introduction(&cx, &found, c)) {
        let k = found.partition_point(|f| f.at <= c.at);
        found.insert(k, c);
    }
    let mut mentions = names::mentions(&cx);
    mentions.retain(|m| !m.doubtful || recurs.inside_a_sentence(&m.name));
    let found = without_doubtful_subjects(found, recurs);
    let found = phrases::in_one_case(found, recurs);
    let found = joined::merge(&cx, found, recurs);
    sentence_stats(&cx, &mentions, &mut sc.stats);
    let mut speakers = read_in_order(
        doc,
        &cx,
        &found,
        mentions,
        &sc.stats,
        (*sent_base, pi),
        &mut sc.cue_speakers,
    );

    sc.speech.clear();
    let said = |(i, s): &(usize, &quotes::Span)| {
        let inner = para.get(s.start..s.end).unwrap_or("");
        quotes::is_speech(inner)
            && !quotes::is_borrowed_phrase(para, s)
            && !quotes::in_a_list(para, &spans, *i)
            || cued_words(para, toks, &found, s)
    };
    sc.speech
        .extend(spans.iter().enumerate().filter(said).map(|(_, s)| *s));
    let introduces = colon.map(|c| floating::introducer(&cx, &sc.cue_speakers, c));
    let flow = floating::Flow::of(para, toks, &spans, &sc.speech, found.is_empty(), prev);
    let float_speaker = flow.speaker(doc, prev, pi);
    if let Some(s) = &float_speaker {
        let first = toks.first().map_or(0, |t| u64::from(t.sent));
        doc.note_speaker(s, *sent_base + first, pi);
        speakers.push((0, s.clone()));
    }

    let mut quotes_out = direct_quotes(
        doc,
        (para, toks, &found),
        &sc.speech,
        &sc.cue_speakers,
        &mut sc.by_verb,
        (&flow, float_speaker, pi),
        &mut speakers,
    );
    add_reported(&cx, &found, &sc.cue_speakers, &spans, &mut quotes_out);
    speakers.sort_by_key(|(at, _)| *at);
    *sent_base += toks.last().map_or(0, |t| u64::from(t.sent)) + 1;
    sc.sent_start = cx.sent_start;
    Pending {
        speakers,
        quotes: quotes_out,
        floating: flow.floating,
        runs_on: flow.runs_on,
        continues: flow.continues,
        introduces,
    }
}

/// The paragraph's direct quotes (`speech`), each with the speaker of the cue it attaches to,
/// or floating on a neighbour's (`float_speaker`), or, in a paragraph with no cue, the last
/// speaker's; a quoted phrase or fragment with neither cue nor speaker is none. Speakers a
/// quote brings are added to `speakers`.
fn direct_quotes(
    doc: &Doc,
    (para, toks, found): (&str, &[tokens::Tok], &[report::Cue]),
    speech: &[quotes::Span],
    cue_speakers: &[(usize, Option<Speaker>)],
    by_verb: &mut Vec<usize>,
    (flow, float_speaker, pi): (&floating::Flow, Option<Speaker>, usize),
    speakers: &mut Vec<(usize, Speaker)>,
) -> Vec<PendingQuote> {
    by_verb.clear();
    by_verb.extend(0..found.len());
    by_verb.sort_by_key(|&ci| found[ci].verb);
    let mut quotes_out: Vec<_> = speech
        .iter()
        .map(|s| {
            if flow.floating {
                return (*s, float_speaker.clone(), None, QuoteKind::Direct);
            }
            match attach(toks, s, found, by_verb, cue_speakers) {
                Some(ci) => (
                    *s,
                    cue_speakers[ci].1.clone(),
                    Some(found[ci].cue.clone()),
                    QuoteKind::Direct,
                ),
                None => (*s, None, None, QuoteKind::Direct),
            }
        })
        .filter(|q| q.2.is_some() || flow.floating || !quotes::is_phrase(para, &q.0))
        .collect();
    // A quotation whose paragraph names nobody who speaks goes on with the last speaker.
    for q in quotes_out
        .iter_mut()
        .filter(|q| q.1.is_none() && found.is_empty())
    {
        q.1 = doc.last_speaker(pi, 1);
        if let Some(s) = &q.1 {
            if !speakers.iter().any(|(_, x)| x == s) {
                speakers.push((0, s.clone()));
            }
        }
    }
    // Quoted words that go on the writer's sentence, with neither cue nor speaker.
    quotes_out.retain(|q| q.1.is_some() || !quotes::is_fragment(para, &q.0));
    quotes_out
}

/// A few quoted words that a cue marks as said: set off before the cue (`“Really?” she
/// asked`, `..., “a real eye-opener” Lind says`), introduced by it (`she retorted, “Not me”`),
/// or named by it (`called the ruling “a disgrace”`).
fn cued_words(para: &str, toks: &[tokens::Tok], found: &[report::Cue], s: &quotes::Span) -> bool {
    let inner = para.get(s.start..s.end).unwrap_or("").trim_end();
    let after = toks.partition_point(|t| t.start < s.close_end);
    let open = toks.partition_point(|t| t.start < s.open_mark);
    let punct = |i: usize| toks.get(i).map_or("", |t| t.text(para));
    let set_off = inner.ends_with([',', '?', '!']) || open > 0 && punct(open - 1) == ",";
    found.iter().any(|c| {
        let before_cue = set_off && c.at.min(c.verb) == after;
        let introduced = c.at < c.verb
            && (c.cue == ":" && open == c.verb + 1
                || open == c.verb + 2 && matches!(punct(c.verb + 1), "," | ":"));
        let named = matches!(
            c.cue.as_str(),
            "called" | "calls" | "call" | "described" | "describes"
        ) && c.verb < open
            && open - c.verb <= 8;
        before_cue || introduced || named
    })
}

/// Adds the reported clauses of the paragraph's cues to its quotes, in text order. A clause
/// that is mostly in quotation marks is left to its direct quote; one that quotes a fragment
/// (a mixed quote) is one reported quote, and the fragment is not a quote of its own.
fn add_reported(
    cx: &Ctx,
    found: &[report::Cue],
    cue_speakers: &[(usize, Option<Speaker>)],
    spans: &[quotes::Span],
    out: &mut Vec<PendingQuote>,
) {
    // The direct quotes are in text order and do not overlap: looked up by binary search.
    let direct: Vec<(usize, usize, usize)> = out
        .iter()
        .map(|q| (q.0.start, q.0.end, q.0.close_end))
        .collect();
    let mut absorbed: Vec<(usize, usize)> = Vec::new();
    let before = out.len();
    for c in reported::clauses(cx, found) {
        let (Some(a), Some(b)) = (cx.toks.get(c.first), cx.toks.get(c.last)) else {
            continue;
        };
        let (start, end) = (a.start, b.end);
        let first = direct.partition_point(|d| d.1 <= start);
        let holds_speech = direct.get(first).is_some_and(|d| d.0 < end);
        // (the letters are counted only for a clause that holds a quote)
        if holds_speech {
            let (inside, all) = reported::quoted_letters(cx.text, (start, end), spans);
            if inside * 2 >= all {
                continue;
            }
        }
        // "said they should 'act now.'": a fragment that opens in the clause and closes just
        // past its end (the sentence's stop, the closing mark) ends with it.
        let last_opened = direct[first..].iter().take_while(|d| d.0 < end).last();
        let end = match last_opened {
            Some(&(_, _, close)) if close > end && no_words(cx.text, end, close) => close,
            _ => end,
        };
        absorbed.push((start, end));
        let span = quotes::Span {
            start,
            end,
            open_mark: start,
            close_end: end,
            unclosed: false,
            continued: false,
        };
        let speaker = cue_speakers.get(c.cue).and_then(|x| x.1.clone());
        let cue = found.get(c.cue).map(|x| x.cue.clone());
        out.push((span, speaker, cue, QuoteKind::Reported));
    }
    if out.len() == before {
        return;
    }
    // A direct quote inside a reported clause is a fragment of that (mixed) quote.
    let inside_a_clause = |q: &PendingQuote| {
        let k = absorbed.partition_point(|a| a.0 <= q.0.start);
        k > 0 && absorbed[k - 1].1 >= q.0.end
    };
    out.retain(|q| q.3 != QuoteKind::Direct || !inside_a_clause(q));
    out.sort_by_key(|q| q.0.start);
}

/// Whether `text[from..to]` holds no letters or digits.
fn no_words(text: &str, from: usize, to: usize) -> bool {
    text.get(from..to)
        .is_some_and(|t| !t.chars().any(char::is_alphanumeric))
}

/// A quote before names are final: its span, speaker, cue word and kind.
type PendingQuote = (quotes::Span, Option<Speaker>, Option<String>, QuoteKind);

/// Cues whose subject is a doubtful opener that the article never writes capitalised inside a
/// sentence ("Having said this, ..."): that word is not a name, and the cue has no subject.
fn without_doubtful_subjects(
    mut found: Vec<report::Cue>,
    recurs: &mut Recurrence,
) -> Vec<report::Cue> {
    found.retain(|c| match &c.subj {
        report::Subject::Name(n) => !n.doubtful || recurs.inside_a_sentence(&n.name),
        _ => true,
    });
    found
}

/// Gives the paragraph's mentions and cues to the registry in text order, so that
/// coreference sees only what came before. Returns the speakers by token; fills
/// `cue_speakers` with each cue's verb and speaker. `at` is (first sentence number, paragraph).
fn read_in_order(
    doc: &mut Doc,
    cx: &Ctx,
    found: &[report::Cue],
    mentions: Vec<names::NameInfo>,
    stats: &[(u32, u32, u32)],
    at: (u64, usize),
    cue_speakers: &mut Vec<(usize, Option<Speaker>)>,
) -> Vec<(usize, Speaker)> {
    let (sent_base, pi) = at;
    let sent_of = |i: usize| sent_base + cx.toks.get(i).map_or(0, |t| u64::from(t.sent));
    // Each mention is read once, in order, and then given to the registry.
    let mut mentions = mentions.into_iter().peekable();
    let mut speakers: Vec<(usize, Speaker)> = Vec::with_capacity(4);
    cue_speakers.clear();
    let mut ci = 0;
    // The last name read (its last token and entity), for an acronym in brackets after it.
    let mut prev: Option<(usize, usize)> = None;
    // The last token of the latest clause subject, to tell a later name in its clause apart.
    let mut subject: Option<usize> = None;
    // Documents issued in the paragraph, each noted once the words before it are read.
    let mut issues = issued::issues(cx).into_iter().peekable();
    while mentions.peek().is_some() || ci < found.len() {
        let next_at = match (mentions.peek(), found.get(ci)) {
            (Some(m), Some(c)) => m.first.min(c.at),
            (Some(m), None) => m.first,
            (None, Some(c)) => c.at,
            (None, None) => usize::MAX,
        };
        while let Some(is) = issues.next_if(|is| is.at < next_at) {
            note_issue(doc, &is, (sent_of(is.at), pi));
        }
        // a mention first, when both start at one token
        let take_mention = mentions.peek().is_some_and(|m| m.first == next_at);
        if take_mention {
            let Some(mut m) = mentions.next() else {
                break;
            };
            if m.subject {
                if subject.is_some_and(|s| prominence::object_of_subject(cx, s, &m)) {
                    m.subject = false;
                } else {
                    subject = Some(m.last);
                }
            }
            let gender = sentence_gender(cx, stats, &m);
            let sent = sent_of(m.first);
            if let Some((_, e)) = prev.filter(|&(last, _)| in_brackets_after(cx, &m, last)) {
                doc.alias(&m.name, e);
            }
            let last = m.last;
            let background = prominence::in_background(cx, &m);
            let id = doc.observe_owned(m, sent, false);
            if background {
                doc.demote_last();
            }
            prev = Some((last, id));
            if let Some(f) = gender {
                doc.learn_gender(id, f);
            }
        } else {
            let c = &found[ci];
            let at = (sent_of(c.at), prominence::pronoun_place(cx, c.at, c.verb));
            let sp = resolve_cue(doc, found, ci, at, pi, &mut speakers);
            // "GM said in its annual report": the report is GM's
            if let (Some(s), Some(kind)) = (&sp, issued::medium_after(cx, c.verb)) {
                doc.note_issuer(&kind, s.clone());
            }
            cue_speakers.push((c.verb, sp));
            ci += 1;
        }
    }
    for is in issues {
        note_issue(doc, &is, (sent_of(is.at), pi));
    }
    speakers
}

/// Keeps who issued a document, if the registry knows who its issuer is.
fn note_issue(doc: &mut Doc, is: &issued::Issue, at: (u64, usize)) {
    if let Some(by) = doc.identify(&is.by, at) {
        doc.note_issuer(&is.kind, by);
    }
}

/// `m` is one word alone in brackets right after the name ending at token `last`: an acronym
/// or a short name ("Schweizerische Aluminium AG (Alusuisse)"), which `Doc::alias` keeps when
/// it fits the name.
fn in_brackets_after(cx: &Ctx, m: &names::NameInfo, last: usize) -> bool {
    m.first == last + 2
        && m.first == m.last
        && cx.is_punct(last + 1, "(")
        && cx.is_punct(m.last + 1, ")")
        && m.name.len() >= 2
        && m.name.chars().next().is_some_and(|c| c.is_uppercase())
}

/// The speaker of cue `ci`, also pushed to `speakers`. "Lind and Berg said ... they said": a
/// plural pronoun takes the whole pair, and subjects sharing one verb form such a group.
fn resolve_cue(
    doc: &mut Doc,
    found: &[report::Cue],
    ci: usize,
    at: (u64, coref::Place),
    pi: usize,
    speakers: &mut Vec<(usize, Speaker)>,
) -> Option<Speaker> {
    let c = &found[ci];
    let group = match c.subj {
        report::Subject::Pronoun(report::Pron::They) => doc.last_group(pi),
        _ => Vec::new(),
    };
    let sp = if group.is_empty() {
        doc.resolve(&c.subj, at, pi)
    } else {
        for g in &group {
            speakers.push((c.at, g.clone()));
        }
        group.last().cloned()
    };
    if let Some(s) = &sp {
        speakers.push((c.at, s.clone()));
    }
    let shared = found.get(ci + 1).is_some_and(|n| n.verb == c.verb)
        || ci > 0 && found[ci - 1].verb == c.verb;
    if let (true, Some(s)) = (shared, &sp) {
        doc.note_group_member(s, c.verb, pi);
    }
    sp
}

/// Per sentence: how many person-like names, and how many she/her and he/his pronouns.
fn sentence_stats(cx: &Ctx, mentions: &[names::NameInfo], stats: &mut Vec<(u32, u32, u32)>) {
    stats.clear();
    stats.resize(cx.sent_start.len(), (0, 0, 0));
    for n in mentions {
        if n.kind != names::NameKind::Org {
            if let Some(x) = cx
                .toks
                .get(n.first)
                .and_then(|t| stats.get_mut(t.sent as usize))
            {
                x.0 += 1;
            }
        }
    }
    for t in cx.toks {
        if t.quoted || t.kind != tokens::Kind::Word {
            continue;
        }
        let Some(x) = stats.get_mut(t.sent as usize) else {
            continue;
        };
        let w = t.text(cx.text);
        if !matches!(w.as_bytes().first(), Some(b's' | b'S' | b'h' | b'H')) {
            continue;
        }
        match w {
            "she" | "She" | "her" | "Her" | "herself" | "hers" => x.1 += 1,
            "he" | "He" | "him" | "his" | "His" | "himself" => x.2 += 1,
            _ => {}
        }
    }
}

/// "Ada Lind ... her son": when a sentence names one person and its pronouns are all of one
/// gender, that is the person's gender (Some(true) = female).
fn sentence_gender(cx: &Ctx, stats: &[(u32, u32, u32)], m: &names::NameInfo) -> Option<bool> {
    // Only the clause subject: in "He told police he drove Lind home" the pronouns are not Lind.
    if m.kind == names::NameKind::Org || !m.subject {
        return None;
    }
    let &(names, she, he) = stats.get(cx.toks.get(m.first)?.sent as usize)?;
    match (names, she, he) {
        (1, 1.., 0) => Some(true),
        (1, 0, 1..) => Some(false),
        _ => None,
    }
}

/// The cue a quote belongs to: right after it ("...," she said), else just before it in the
/// same sentence (She said: "..."), else the nearest one in the paragraph.
fn attach(
    toks: &[tokens::Tok],
    s: &quotes::Span,
    found: &[report::Cue],
    by_verb: &[usize],
    cue_speakers: &[(usize, Option<Speaker>)],
) -> Option<usize> {
    let before = toks.partition_point(|t| t.start < s.open_mark);
    let after = toks.partition_point(|t| t.start < s.close_end);
    let sent = |i: usize| toks.get(i).map_or(u32::MAX, |t| t.sent);
    let (first, last) = (sent(before), sent(after.saturating_sub(1)));
    let mut best: Option<(usize, usize)> = None;
    // Cues are in text order: only a few on either side of the quote can win, which keeps
    // huge paragraphs linear.
    let pivot = by_verb.partition_point(|&ci| found.get(ci).is_some_and(|c| c.verb < after));
    let lo = pivot.saturating_sub(6);
    let hi = (pivot + 6).min(by_verb.len());
    for &ci in &by_verb[lo..hi] {
        let Some(c) = found.get(ci) else {
            continue;
        };
        if cue_speakers.get(ci).is_none_or(|x| x.1.is_none()) {
            continue;
        }
        let d = if c.verb >= after {
            c.verb - after
        } else if c.verb < before {
            (before - c.verb) * 2
        } else {
            usize::MAX / 4
        };
        // A cue in the quote's own sentence beats a nearer one in the next sentence; out of
        // it, the speaker before the quote goes on (`“A,” X said. “B.”`) rather than a cue of
        // a later sentence, which has a clause of its own.
        let cs = sent(c.verb);
        let d = if (first..=last).contains(&cs) {
            d
        } else if c.verb < before {
            d.saturating_add(100_000)
        } else {
            d.saturating_add(200_000)
        };
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, ci));
        }
    }
    best.map(|(_, ci)| ci)
}

fn finish(doc: &Doc, paragraphs: &[&str], pending: Vec<Pending>) -> Vec<ParagraphSpeakers> {
    pending
        .into_iter()
        .zip(paragraphs)
        .map(|(p, text)| {
            let mut speakers: Vec<String> = Vec::new();
            for (_, s) in &p.speakers {
                let n = doc.name(s);
                if !n.is_empty() && !speakers.iter().any(|x| x.eq_ignore_ascii_case(&n)) {
                    speakers.push(n);
                }
            }
            let quotes = p
                .quotes
                .into_iter()
                .map(|(s, sp, cue, kind)| Quote {
                    text: text.get(s.start..s.end).unwrap_or("").to_string(),
                    start: s.start,
                    end: s.end,
                    speaker: sp.map(|x| doc.name(&x)),
                    cue,
                    kind,
                })
                .collect();
            ParagraphSpeakers { speakers, quotes }
        })
        .collect()
}

#[cfg(test)]
mod tests;
