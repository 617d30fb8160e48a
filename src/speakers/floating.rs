//! Quotations across paragraph breaks: a quote left open that the next paragraph continues,
//! and a quotation paragraph with no cue, which floats on a neighbour's speaker.

use super::coref::{Doc, Speaker};
use super::quotes::Span;
use super::tokens::{Kind, Tok};
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

    /// The speaker a floating paragraph takes: the quote it continues, else a recent speaker.
    pub fn speaker(&self, doc: &Doc, prev: Option<&Pending>, pi: usize) -> Option<Speaker> {
        if !self.floating {
            None
        } else if self.continues {
            prev.and_then(|p| p.quotes.last().and_then(|q| q.1.clone()))
                .or_else(|| doc.last_speaker(pi, 1))
        } else {
            doc.last_speaker(pi, FLOAT_REACH)
        }
    }
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
