//! Signed text: embedded social-media posts and closing signature lines name their speaker.

use super::report::{Cue, Subject};
use super::tokens::{Ctx, Kind};

/// Signed text: an embedded post ("... — Harbour Power (@harbourpower) May 2, 2019") or a
/// closing signature line ("... higher. Ada Lind, Eastport mayor").
pub fn signatures(cx: &Ctx, out: &mut Vec<Cue>) {
    let n = cx.toks.len();
    for i in 1..n {
        // ("(" and "@" are always punctuation tokens.)
        if cx.is_punct(i, "(") && cx.is_punct(i + 1, "@") {
            let Some(a) = super::names::run_left(cx, i - 1) else {
                continue;
            };
            if a > 0 && matches!(cx.word(a - 1), "—" | "–" | "-") {
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
    // The closing line: the last sentence is only a person's name, maybe with a role.
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
    let tail_ok = b == last
        || cx.is_punct(b + 1, ",")
            && last - b <= 7
            && (b + 2..=last).all(|x| cx.free_word(x) || cx.is_punct(x, ","));
    if !tail_ok {
        return;
    }
    if let Some(name) = super::names::analyse_run(cx, s, b) {
        if name.kind == super::names::NameKind::Person && b > s {
            out.push(Cue {
                at: s,
                verb: s,
                cue: "—".into(),
                subj: Subject::Name(name),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::attribute;

    fn one(text: &str) -> Vec<String> {
        attribute(&[text])
            .pop()
            .map(|p| p.speakers)
            .unwrap_or_default()
    }

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
}
