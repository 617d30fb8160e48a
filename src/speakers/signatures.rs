//! Signed text: embedded social-media posts and closing signature lines name their speaker.

use super::report::{Cue, Subject};
use super::tokens::{Ctx, Kind};

/// Most words a signature may carry after the name (`, Eastport mayor`, `, U.S. Senator
/// (R-Ohio)`).
const MAX_TAIL_WORDS: usize = 8;

/// Signed text: an embedded post ("... — Harbour Power (@harbourpower) May 2, 2019"), a quote
/// signed after a dash (`"..." — Ada Lind, Eastport Herald`) or a closing signature line
/// ("... higher. Ada Lind, Eastport mayor").
pub fn signatures(cx: &Ctx, out: &mut Vec<Cue>) {
    embedded_posts(cx, out);
    signed_quotes(cx, out);
    closing_line(cx, out);
}

/// "... — Harbour Power (@harbourpower) May 2, 2019": the name before the handle.
fn embedded_posts(cx: &Ctx, out: &mut Vec<Cue>) {
    for i in 1..cx.toks.len() {
        // ("(" and "@" are always punctuation tokens.)
        if cx.is_punct(i, "(") && cx.is_punct(i + 1, "@") {
            let Some(a) = super::names::run_left(cx, i - 1) else {
                continue;
            };
            if a > 0 && is_dash(cx.word(a - 1)) {
                if let Some(name) = super::names::analyse_run(cx, a, i - 1) {
                    out.push(Cue {
                        at: a,
                        verb: a - 1,
                        cue: "—".into(),
                        subj: Subject::Name(name),
                    });
                }
            }
        }
    }
}

/// `"We are only at the start." – Ada Lind, Eastport Herald`: a dash after a closing quote
/// mark, then a person's name that ends the paragraph (maybe with a title or an affiliation),
/// signs the quote.
fn signed_quotes(cx: &Ctx, out: &mut Vec<Cue>) {
    let n = cx.toks.len();
    // The signature ends the paragraph: only the last few tokens can open one.
    for d in n.saturating_sub(MAX_TAIL_WORDS * 2 + 6).max(1)..n {
        if cx.toks[d].kind != Kind::Punct
            || !is_dash(cx.word(d))
            || cx.toks[d - 1].kind != Kind::Mark(false)
        {
            continue;
        }
        let Some(b) = super::names::run_right(cx, d + 1) else {
            continue;
        };
        if !tail_only(cx, b) {
            continue;
        }
        if let Some(name) = super::names::analyse_run(cx, d + 1, b) {
            if name.kind == super::names::NameKind::Person {
                out.push(Cue {
                    at: name.first,
                    verb: d,
                    cue: "—".into(),
                    subj: Subject::Name(name),
                });
            }
        }
    }
}

/// The closing line: the last sentence is only a person's name, maybe with a role.
fn closing_line(cx: &Ctx, out: &mut Vec<Cue>) {
    let n = cx.toks.len();
    let Some(last) = (0..n).rev().find(|&i| cx.toks[i].kind == Kind::Word) else {
        return;
    };
    let s = cx.sentence_start(last);
    if s == 0 || cx.toks[s].quoted || cx.toks[s].kind != Kind::Word {
        return;
    }
    let Some(b) = super::names::run_right(cx, s) else {
        return;
    };
    // "Mr. President," ending a paragraph addresses someone: a trailing comma signs nothing
    let trailing_comma = (b + 1..n).all(|x| cx.toks[x].kind == Kind::Punct)
        && (b + 1..n).any(|x| cx.is_punct(x, ","));
    if trailing_comma || !tail_only(cx, b) {
        return;
    }
    if let Some(name) = super::names::analyse_run(cx, s, b) {
        // A title alone ("Mr. President") names nobody who signs.
        let title_only = super::words::is_title(&super::words::small(cx.word(b)));
        if name.kind == super::names::NameKind::Person && b > s && !title_only {
            out.push(Cue {
                at: s,
                verb: s,
                cue: "—".into(),
                subj: Subject::Name(name),
            });
        }
    }
}

/// Whether the name ending at `b` ends the paragraph, or only a signature's tail follows it:
/// after a comma, a few unquoted words and commas, and at the end a tag in brackets
/// (`, U.S. Senator (R-Ohio)`) or a stop.
fn tail_only(cx: &Ctx, b: usize) -> bool {
    let n = cx.toks.len();
    if (b + 1..n).all(|x| cx.toks[x].kind == Kind::Punct) {
        return true;
    }
    if !cx.is_punct(b + 1, ",") && !cx.is_punct(b + 1, "(") {
        return false;
    }
    let mut words = 0;
    let mut bracket = false;
    for x in b + 1..n {
        let t = cx.toks[x];
        if cx.free_word(x) {
            // "Ada Lind, we must act.": a clause, not a signature's affiliation
            let w = cx.word(x);
            if super::phrases::pronoun(w).is_some()
                || matches!(w, "I" | "we" | "you" | "us" | "me")
                || super::words::is_auxiliary(&super::words::small(w))
            {
                return false;
            }
            words += 1;
            continue;
        }
        if t.kind != Kind::Punct {
            return false;
        }
        let ok = match cx.word(x) {
            "," => !bracket,
            "(" => !bracket && (x + 2..n).any(|y| cx.is_punct(y, ")")),
            ")" => bracket,
            "." => x + 1 == n,
            w => bracket && is_dash(w),
        };
        if !ok {
            return false;
        }
        if cx.word(x) == "(" {
            bracket = true;
        } else if cx.word(x) == ")" {
            bracket = false;
        }
    }
    words <= MAX_TAIL_WORDS
}

/// A dash written as a word.
fn is_dash(w: &str) -> bool {
    matches!(w, "—" | "–" | "-" | "--")
}

#[cfg(test)]
mod tests {
    use super::super::attribute;
    use super::super::tests::one;

    #[test]
    fn signed_posts_and_closing_signatures() {
        assert_eq!(
            one("Crews are out across the island tonight. — Norland Power (@norlandpower) May 2, 2019"),
            vec!["Norland Power"]
        );
        assert_eq!(
            one("We will keep the shelters open all week. Ada Lind, Eastport mayor"),
            vec!["Ada Lind"]
        );
    }

    #[test]
    fn a_closing_signature_may_end_with_a_tag_in_brackets() {
        assert_eq!(
            one("The board voted the plan down. We are let down by the vote. Lena Holm, U.S. Senator (D-Iowa)"),
            vec!["Lena Holm"]
        );
    }

    /// The speakers of the quotes in `text`.
    fn quoted_by(text: &str) -> Vec<Option<String>> {
        attribute(&[
            "Ada Lind, the harbour master, said the dredging would resume.",
            text,
        ])
        .pop()
        .map(|p| p.quotes.into_iter().map(|q| q.speaker).collect())
        .unwrap_or_default()
    }

    #[test]
    fn a_dash_after_a_quote_signs_it() {
        let berg = vec![Some("Tomas Berg".to_string())];
        assert_eq!(
            quoted_by("\"It is a slow job, and we have barely begun.\" - Tomas Berg"),
            berg
        );
        assert_eq!(
            quoted_by("“The money is there, it just has to be spent.” — Tomas Berg"),
            berg
        );
        assert_eq!(
            quoted_by(
                "\"Nobody wanted this delay, least of all us.\" – Tomas Berg, The Eastport Herald"
            ),
            berg
        );
        assert_eq!(
            quoted_by("\"Nobody wanted this delay, least of all us.\" — Tomas Berg, harbour pilot (retired)."),
            berg
        );
    }

    #[test]
    fn a_dash_after_a_quote_that_goes_on_is_no_signature() {
        // The dash opens an aside about the quote, not a name that signs it.
        let text = "\"We want the port open by spring, whatever it costs.\" - Tomas Berg's words drew applause from the crowd.";
        assert!(!quoted_by(text).contains(&Some("Tomas Berg".to_string())));
    }
}
