//! Where a paragraph says who issued a document: "GM said in its annual report", "a House
//! panel released a scathing report", "a report by the union". `coref` keeps the issuer, for
//! a later "the report said".

use super::adjuncts::{noun_after_article, time_end};
use super::names::NameKind;
use super::phrases::sender_after;
use super::report::Subject;
use super::subjects::subject_left;
use super::tokens::Ctx;
use super::words;

/// A document issued in a paragraph: its kind ("report"), the last token of its sentence (by
/// when every name in it has been read), and by whom.
pub struct Issue {
    pub at: usize,
    pub kind: String,
    pub by: Subject,
}

/// The kind of document named right after the reporting verb at `verb`: "said in its annual
/// report" gives "report".
pub fn medium_after(cx: &Ctx, verb: usize) -> Option<String> {
    let mut k = verb + 1;
    while let Some(e) = time_end(cx, k).filter(|_| k < verb + 4) {
        k = e + 1;
    }
    if cx.word(k) != "in" || !cx.free_word(k) {
        return None;
    }
    noun_after_article(cx, k + 1, words::is_document).map(|d| words::small(cx.word(d)).to_string())
}

/// The documents issued in the paragraph, in text order: "X released/published/filed a
/// report" (X the subject before the verb) and "a report (released) by X". This runs on
/// every token of every paragraph, so each token's bytes are looked at once and words are
/// compared only for the few of the right shape.
pub fn issues(cx: &Ctx) -> Vec<Issue> {
    let text = cx.text.as_bytes();
    let mut out = Vec::new();
    for (i, t) in cx.toks.iter().enumerate() {
        // the length first: most words are neither two letters nor four to nine
        let len = t.end.saturating_sub(t.start);
        if len == 2 && text.get(t.start..t.end) == Some(b"by") {
            for d in [i.saturating_sub(2), i.saturating_sub(1)] {
                out.extend(document_by(cx, d));
            }
        } else if (4..=9).contains(&len)
            && (text.get(t.end - 1) == Some(&b'd') || text.get(t.start..t.end) == Some(b"sent"))
        {
            out.extend(issued_by_subject(cx, i));
        }
    }
    out.sort_by_key(|is| is.at);
    out
}

/// "X released a report": the issue at the verb `i`, if it is one.
fn issued_by_subject(cx: &Ctx, i: usize) -> Option<Issue> {
    if !cx.free_word(i) || !issuing_verb(cx.word(i)) {
        return None;
    }
    let d = noun_after_article(cx, i + 1, words::is_document)?;
    subject_before(cx, i).map(|by| issue(cx, d, by))
}

/// "a report (written) by X": the issue at the document noun `d`, if it is one.
fn document_by(cx: &Ctx, d: usize) -> Option<Issue> {
    if !cx.free_word(d) || !words::is_document(cx.word(d)) {
        return None;
    }
    agent_after(cx, d).map(|by| issue(cx, d, by))
}

fn issue(cx: &Ctx, doc: usize, by: Subject) -> Issue {
    let mut end = doc;
    while end + 1 < cx.toks.len() && cx.same_sent(end + 1, doc) {
        end += 1;
    }
    Issue {
        at: end,
        kind: cx.word(doc).to_lowercase(),
        by,
    }
}

/// Verbs that put a document out.
const ISSUING: [&str; 7] = [
    "released",
    "issued",
    "published",
    "filed",
    "submitted",
    "sent",
    "posted",
];

fn issuing_verb(w: &str) -> bool {
    ISSUING.contains(&w)
}

/// A participle of issuing or writing, whose agent wrote the document: "a report written by".
pub fn wrote_it(w: &str) -> bool {
    issuing_verb(w) || matches!(w, "written" | "prepared" | "signed" | "authored")
}

/// The subject of the verb at `v`, past adverbs before it ("quietly released").
fn subject_before(cx: &Ctx, v: usize) -> Option<Subject> {
    let mut k = v;
    while k > 0 && cx.free_word(k - 1) && words::stands_between(cx.word(k - 1)) {
        k -= 1;
    }
    if k == 0 || !cx.same_sent(k - 1, v) {
        return None;
    }
    let (_, s) = subject_left(cx, k - 1, 0).into_iter().next()?;
    // "Ministers also issued a statement": one capitalised word opening the sentence may be a
    // common noun.
    let opener = matches!(&s, Subject::Name(n) if n.first == n.last
        && n.kind == NameKind::Unknown
        && cx.sentence_start(n.first) == n.first);
    let named = !matches!(s, Subject::Pronoun(_) | Subject::Doc(..));
    (named && !opener).then_some(s)
}

/// "a report by the union", "a lawsuit filed by Ada Lind": the agent after the document noun
/// at `d`, past a participle of issuing or writing ("the memo obtained by the Herald" is not
/// the Herald's).
fn agent_after(cx: &Ctx, d: usize) -> Option<Subject> {
    let wrote = wrote_it(cx.word(d + 1));
    let by = if wrote && cx.free_word(d + 1) {
        d + 2
    } else {
        d + 1
    };
    (cx.word(by) == "by" && cx.free_word(by) && cx.same_sent(d, by))
        .then(|| sender_after(cx, by))
        .flatten()
}
