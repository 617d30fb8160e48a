//! Speaker attribution: who is quoted or reported as speaking in each paragraph of an article.
//!
//! Per paragraph: quote spans (`quotes`) -> tokens (`tokens`) -> reporting cues and their
//! subjects (`cues`, `subjects`, `phrases`, `signatures`; the types are `report`'s) and
//! capitalised names (`names`), fed in text order to an article-wide registry (`coref`) that
//! turns surnames, roles and pronouns into names. Quotation paragraphs without a cue inherit a neighbour's speaker, and every name
//! is printed in its fullest form once the whole article has been read. Everything is rules
//! over our own small word lists (`words`, `gender`): no models, no I/O, no global state.

mod coref;
mod cues;
mod furniture;
mod gender;
mod names;
mod phrases;
mod quotes;
mod report;
mod signatures;
mod subjects;
mod tokens;
mod words;

use self::coref::{Doc, Speaker};
use self::furniture::{is_heading, is_teaser};
use self::tokens::Ctx;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Quote {
    /// The quoted text, without the quote marks.
    pub text: String,
    /// Byte offset in the paragraph of the quote's first byte (inside the marks).
    pub start: usize,
    /// Byte offset one past its last byte.
    pub end: usize,
    /// Resolved full name (or organisation / unnamed source), if any.
    pub speaker: Option<String>,
    /// The cue word as in the text, e.g. "said", "told", "according to", ":".
    pub cue: Option<String>,
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
    quotes: Vec<(quotes::Span, Option<Speaker>, Option<String>)>,
    /// No cue in the paragraph: its quotes float on a neighbour's speaker.
    floating: bool,
    /// The paragraph ends inside a quote that the next paragraph continues.
    runs_on: bool,
    /// The paragraph continues a quote left open by the previous one.
    continues: bool,
}

/// How many paragraphs back a floating quotation may look for its speaker.
const FLOAT_REACH: usize = 2;

/// One entry per paragraph, same order. Paragraphs are one article's body, in order;
/// coreference runs across them.
pub fn attribute(paragraphs: &[&str]) -> Vec<ParagraphSpeakers> {
    let mut doc = Doc::default();
    let mut pending: Vec<Pending> = Vec::with_capacity(paragraphs.len());
    let mut sent_base: u64 = 0;
    // Working space shared by the article's paragraphs.
    let (mut toks, mut marks, mut sent_start, mut stats) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut cue_speakers, mut speech, mut by_verb) = (Vec::new(), Vec::new(), Vec::new());
    for (pi, para) in paragraphs.iter().enumerate() {
        if is_teaser(para) || is_heading(para) {
            pending.push(Pending {
                speakers: Vec::new(),
                quotes: Vec::new(),
                floating: false,
                runs_on: false,
                continues: false,
            });
            continue;
        }
        let spans = quotes::find(para);
        tokens::tokenize_into(para, &spans, &mut toks, &mut marks);
        let toks = &toks[..];
        let cx = Ctx::with_buffer(para, toks, std::mem::take(&mut sent_start));
        let found = cues::find(&cx);
        let mentions = names::mentions(&cx);
        sentence_stats(&cx, &mentions, &mut stats);
        // Each mention is read once, in order, and then given to the registry.
        let mut mentions = mentions.into_iter().peekable();
        let sent_of = |i: usize| sent_base + toks.get(i).map_or(0, |t| u64::from(t.sent));

        // Walk mentions and cues in text order so that coreference sees only what came before.
        let mut speakers: Vec<(usize, Speaker)> = Vec::with_capacity(4);
        cue_speakers.clear();
        let mut ci = 0;
        while mentions.peek().is_some() || ci < found.len() {
            let take_mention = match (mentions.peek(), found.get(ci)) {
                (Some(m), Some(c)) => m.first <= c.at,
                (Some(_), None) => true,
                _ => false,
            };
            if take_mention {
                let Some(m) = mentions.next() else {
                    break;
                };
                let gender = sentence_gender(&cx, &stats, &m);
                let sent = sent_of(m.first);
                let id = doc.observe_owned(m, sent, false);
                if let Some(f) = gender {
                    doc.learn_gender(id, f);
                }
            } else {
                let c = &found[ci];
                // "Lind and Berg said ... they said": a plural pronoun takes the whole pair.
                let group = match c.subj {
                    report::Subject::Pronoun(report::Pron::They) => doc.last_group(pi),
                    _ => Vec::new(),
                };
                let sp = if group.is_empty() {
                    doc.resolve(&c.subj, sent_of(c.at), pi)
                } else {
                    for g in &group {
                        speakers.push((c.at, g.clone()));
                    }
                    group.last().cloned()
                };
                if let Some(s) = &sp {
                    speakers.push((c.at, s.clone()));
                }
                // Subjects sharing one verb form a group.
                let shared = found.get(ci + 1).is_some_and(|n| n.verb == c.verb)
                    || ci > 0 && found[ci - 1].verb == c.verb;
                if let (true, Some(s)) = (shared, &sp) {
                    doc.note_group_member(s, c.verb, pi);
                }
                cue_speakers.push((c.verb, sp));
                ci += 1;
            }
        }

        speech.clear();
        speech.extend(
            spans
                .iter()
                .copied()
                .filter(|s| quotes::is_speech(para.get(s.start..s.end).unwrap_or(""))),
        );
        let continues = pending.last().is_some_and(|p| p.runs_on)
            && toks
                .first()
                .is_some_and(|t| t.kind == tokens::Kind::Mark(true))
            || spans.first().is_some_and(|s| s.continued);
        let runs_on = speech.last().is_some_and(|s| s.unclosed);
        let opens_with_quote = speech
            .first()
            .is_some_and(|s| toks.first().is_some_and(|t| t.start == s.open_mark));
        // A quoted line with no sentence punctuation is a heading, not a floating quotation.
        let sentence_like = speech.first().is_some_and(|s| {
            s.unclosed
                || s.continued
                || para
                    .get(s.start..s.end)
                    .is_some_and(|q| q.trim_end().ends_with(['.', '?', '!', ',', '…']))
                || para
                    .get(s.close_end..)
                    .is_some_and(|r| r.trim_start().starts_with(['.', '?', '!']))
        });
        let floating = found.is_empty() && (opens_with_quote && sentence_like || continues);
        let float_speaker = if !floating {
            None
        } else if continues {
            pending
                .last()
                .and_then(|p| p.quotes.last().and_then(|q| q.1.clone()))
                .or_else(|| doc.last_speaker(pi, 1))
        } else {
            doc.last_speaker(pi, FLOAT_REACH)
        };
        if let Some(s) = &float_speaker {
            let first = toks.first().map_or(0, |t| u64::from(t.sent));
            doc.note_speaker(s, sent_base + first, pi);
            speakers.push((0, s.clone()));
        }

        by_verb.clear();
        by_verb.extend(0..found.len());
        by_verb.sort_by_key(|&ci| found[ci].verb);
        let quotes_out = speech
            .iter()
            .map(|s| {
                if floating {
                    return (*s, float_speaker.clone(), None);
                }
                match attach(toks, s, &found, &by_verb, &cue_speakers) {
                    Some(ci) => (*s, cue_speakers[ci].1.clone(), Some(found[ci].cue.clone())),
                    None => (*s, None, None),
                }
            })
            .collect();
        speakers.sort_by_key(|(at, _)| *at);
        pending.push(Pending {
            speakers,
            quotes: quotes_out,
            floating,
            runs_on,
            continues,
        });
        sent_base += toks.last().map_or(0, |t| u64::from(t.sent)) + 1;
        sent_start = cx.sent_start;
    }
    backfill_runs(&mut pending);
    finish(&doc, paragraphs, pending)
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

/// A quotation that opens a run of paragraphs with no cue takes the speaker named where the run
/// ends ("... part one / "... part two," Smith said).
fn backfill_runs(pending: &mut [Pending]) {
    for i in (0..pending.len()).rev() {
        let p = &pending[i];
        if !(p.floating && p.runs_on && !p.continues) {
            continue;
        }
        let mut j = i + 1;
        let mut found = None;
        while let Some(n) = pending.get(j) {
            if !n.continues {
                break;
            }
            if !n.floating {
                found = n.quotes.first().and_then(|q| q.1.clone());
                break;
            }
            j += 1;
        }
        if let Some(s) = found {
            for p in pending[i..j].iter_mut() {
                p.speakers = vec![(0, s.clone())];
                for q in p.quotes.iter_mut() {
                    q.1 = Some(s.clone());
                }
            }
        }
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
        // A cue in the quote's own sentence beats a nearer one in the next sentence.
        let cs = sent(c.verb);
        let d = if (first..=last).contains(&cs) {
            d
        } else {
            d.saturating_add(100_000)
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
                .map(|(s, sp, cue)| Quote {
                    text: text.get(s.start..s.end).unwrap_or("").to_string(),
                    start: s.start,
                    end: s.end,
                    speaker: sp.map(|x| doc.name(&x)),
                    cue,
                })
                .collect();
            ParagraphSpeakers { speakers, quotes }
        })
        .collect()
}

#[cfg(test)]
mod tests;
