//! Quotations across paragraph breaks: a quote left open that the next paragraph continues,
//! a paragraph ending in a colon that introduces the next one's quotation, and a quotation
//! paragraph with no cue, which floats on a neighbour's speaker.

use super::coref::{Doc, Speaker};
use super::labels::{addressee, label_subject};
use super::names::NameKind;
use super::quotes::Span;
use super::report::{Cue, Subject};
use super::subjects::{sentence_subject, subject_left};
use super::tokens::{Ctx, Kind, Tok};
use super::Pending;

/// How many paragraphs back a floating quotation may look for its speaker.
const FLOAT_REACH: usize = 2;

/// How one paragraph's quotation stands towards its neighbours.
pub(super) struct Flow {
    /// The paragraph continues a quote left open by the previous one.
    pub continues: bool,
    /// The paragraph ends inside a quote that the next paragraph continues.
    pub runs_on: bool,
    /// No cue in the paragraph: its quotes float on a neighbour's speaker.
    pub floating: bool,
}

impl Flow {
    /// `speech` are the paragraph's speech spans among all its quote `spans`; `prev` is the
    /// previous paragraph.
    pub fn of(
        para: &str,
        toks: &[Tok],
        spans: &[Span],
        speech: &[Span],
        no_cue: bool,
        prev: Option<&Pending>,
    ) -> Flow {
        let continues = prev.is_some_and(|p| p.runs_on)
            && toks.first().is_some_and(|t| t.kind == Kind::Mark(true))
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
        let floating = no_cue && (opens_with_quote && sentence_like || continues);
        Flow {
            continues,
            runs_on,
            floating,
        }
    }

    /// The speaker a floating paragraph takes: the quote it continues, else the one the
    /// previous paragraph introduces, else a recent speaker.
    pub fn speaker(&self, doc: &Doc, prev: Option<&Pending>, pi: usize) -> Option<Speaker> {
        if !self.floating {
            None
        } else if self.continues {
            prev.and_then(|p| p.quotes.last().and_then(|q| q.1.clone()))
                .or_else(|| doc.last_speaker(pi, 1))
        } else if let Some(s) = prev.and_then(|p| p.introduces.clone()) {
            // Introduced by a sentence that names nobody we know: not a recent speaker either.
            s
        } else {
            doc.last_speaker(pi, FLOAT_REACH)
        }
    }
}

/// The colon that ends the paragraph when the `next` paragraph opens with a quotation mark:
/// `The ministry denied the claims:` then `"We have always ..."`. The colon's sentence
/// introduces that quotation.
pub(super) fn introducing_colon(cx: &Ctx, next: Option<&str>) -> Option<usize> {
    let last = cx.toks.len().checked_sub(1)?;
    let t = cx.toks.get(last)?;
    if t.quoted || !cx.is_punct(last, ":") || last == 0 {
        return None;
    }
    let opens = next?
        .trim_start()
        .starts_with(['"', '“', '‘', '\'', '«', '„']);
    opens.then_some(last)
}

/// A cue for the introducing `colon` when no cue of its sentence names a speaker: a label's
/// head (`Ada Lind, Eastport mayor:`), a name set off by a comma just before the colon (`in
/// the words of the poet, Ada Lind:`), else the sentence's subject (`In a statement, the
/// ministry denied the claims:`). A name that ends a longer phrase (`a draft sent to the
/// Harbour Board:`) is not the speaker: what follows is seldom its words.
pub(super) fn introduction(cx: &Ctx, found: &[Cue], colon: usize) -> Option<Cue> {
    if found.iter().any(|c| cx.same_sent(c.verb, colon)) {
        return None;
    }
    // "in Fulton, Missouri:" is a place and its region, not a name set off by a comma; "the
    // President of Norland, Ada Lind:" is.
    let set_off = |at: usize, s: &Subject| {
        let region = matches!(s, Subject::Name(n) if n.first == n.last)
            && super::tokens::is_cap(cx.word(at.saturating_sub(2)));
        at == cx.sentence_start(at) || at > 1 && cx.is_punct(at - 1, ",") && !region
    };
    let (at, mut subj) = label_subject(cx, colon)
        .or_else(|| {
            subject_left(cx, colon - 1, 1)
                .into_iter()
                .next()
                .filter(|(at, s)| set_off(*at, s) && !addressee(cx, *at))
        })
        .or_else(|| sentence_subject(cx, colon))?;
    if let Subject::Name(n) = &mut subj {
        // "ANALYST'S TAKE:" is a label, not a speaker.
        if n.name.chars().all(|c| !c.is_lowercase()) {
            return None;
        }
        // "Never have I ...:": a lone word that nothing marks as a person is a name only if
        // the article also writes it capitalised inside a sentence.
        n.doubtful |= n.first == n.last && n.kind == NameKind::Unknown && !n.evidence;
    }
    Some(Cue {
        at,
        verb: colon,
        cue: ":".into(),
        subj,
    })
}

/// Who the introducing `colon` gives the next paragraph's quotation to: the speaker of the
/// last cue in its sentence. `cue_speakers` are the cues' verbs and speakers, in the order
/// of `found`.
pub(super) fn introducer(
    cx: &Ctx,
    cue_speakers: &[(usize, Option<Speaker>)],
    colon: usize,
) -> Option<Speaker> {
    cue_speakers
        .iter()
        .filter(|(verb, s)| s.is_some() && cx.same_sent(*verb, colon))
        .max_by_key(|(verb, _)| *verb)
        .and_then(|(_, s)| s.clone())
}

/// A quotation that opens a run of paragraphs with no cue takes the speaker named where the run
/// ends ("... part one / "... part two," Smith said).
pub(super) fn backfill_runs(pending: &mut [Pending]) {
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

#[cfg(test)]
mod tests {
    use super::super::attribute;

    fn speakers(paragraphs: &[&str]) -> Vec<Vec<String>> {
        attribute(paragraphs)
            .into_iter()
            .map(|p| p.speakers)
            .collect()
    }

    const OPENING: &str = "Ada Lind, the harbour master, said the dredging would resume in spring.";
    const QUOTATION: &str =
        "\"I have heard that every spring for ten years, and the channel is still silted up.\"";

    #[test]
    fn a_paragraph_ending_in_a_colon_gives_the_next_quotation_its_subject() {
        let got = speakers(&[
            OPENING,
            "Tomas Berg, who runs the ferry, was not convinced:",
            QUOTATION,
        ]);
        assert_eq!(got[1], vec!["Tomas Berg"]);
        assert_eq!(got[2], vec!["Tomas Berg"]);
        let got = speakers(&[
            OPENING,
            "In a statement, the ministry denied the allegations:",
            "\"The ministry has always acted within the law and will go on doing so.\"",
        ]);
        assert_eq!(got[1], vec!["the ministry"]);
        assert_eq!(got[2], vec!["the ministry"]);
    }

    #[test]
    fn naming_in_quoted_words_before_a_colon_introduces_the_next_quotation() {
        let got = speakers(&[
            OPENING,
            "The head of the pilots' union, Marta Olsen, has called the plan \"a fantasy\":",
            "\"We face another lost year. Those who decide should listen to the people who sail.\"",
        ]);
        assert_eq!(got[1], vec!["Marta Olsen"]);
        assert_eq!(got[2], vec!["Marta Olsen"]);
    }

    #[test]
    fn an_introduction_that_names_nobody_we_know_gives_the_quotation_nobody() {
        // The colon's sentence speaks for someone we cannot name: not the last speaker either.
        let got = speakers(&[
            OPENING,
            "Never have I heard a plan put so plainly:",
            QUOTATION,
        ]);
        assert!(got[2].is_empty(), "{got:?}");
        // A name that ends a longer phrase is not who the quotation is by.
        let got = speakers(&[
            OPENING,
            "Here is a passage from a report sent last year to the Eastport Harbour Board:",
            QUOTATION,
        ]);
        assert!(got[1].is_empty() && got[2].is_empty(), "{got:?}");
    }

    #[test]
    fn a_colon_before_prose_introduces_nothing() {
        let got = speakers(&[
            OPENING,
            "Tomas Berg, who runs the ferry, listed the problems:",
            "Silt, storms and a channel that nobody has dredged for ten years.",
        ]);
        assert!(got[2].is_empty(), "{got:?}");
    }
}
