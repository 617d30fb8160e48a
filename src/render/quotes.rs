//! `search quotes`: a quote a hit, `Speaker — “quote”` with its matched words painted, then its
//! article, date and paragraph; or JSON Lines from the same `QuoteHit`.
use std::io::{self, Write};

use super::sanitize::for_terminal;
use super::{marked, Style, DATE, DIM, PATH, RESET, SPEAKERS};
use crate::model::{place, QuoteHit};
use crate::speakers::QuoteKind;

/// One JSON object per line.
pub fn json(out: &mut impl Write, hit: &QuoteHit) -> io::Result<()> {
    serde_json::to_writer(&mut *out, hit)?;
    out.write_all(b"\n")
}

/// The quote line, the line of its article, date, paragraph, kind and cue, and with `context`
/// the paragraph it stands in (dimmed, the quote painted).
pub fn terminal(
    out: &mut impl Write,
    hit: &QuoteHit,
    style: Style,
    context: bool,
) -> io::Result<()> {
    let paint = |code: &'static str| if style.color { code } else { "" };
    let reset = paint(RESET);
    if hit.rank > 1 {
        writeln!(out)?;
    }
    let speaker = hit.speaker.as_deref().unwrap_or("(no speaker)");
    write!(
        out,
        "{rank}. {s}{speaker}{reset} — “",
        rank = hit.rank,
        s = paint(SPEAKERS),
        speaker = for_terminal(speaker),
    )?;
    if hit.quote.is_empty() {
        // Only a lean index has a quote without text: its file changed or went.
        write!(
            out,
            "{}(text not available: see the warning){reset}",
            paint(DIM)
        )?;
    } else {
        marked(out, &hit.quote, &hit.highlights, style)?;
    }
    writeln!(out, "”")?;
    let kind = match hit.kind {
        QuoteKind::Direct => "direct",
        QuoteKind::Reported => "reported",
    };
    let how = match &hit.cue {
        Some(cue) => format!("{kind}, {}", for_terminal(cue)),
        None => kind.to_string(),
    };
    writeln!(
        out,
        "   {p}{path}{reset} ¶{para}  {d}{date}{reset}  {dim}{how}  score {score:.2}{reset}",
        p = paint(PATH),
        path = for_terminal(&hit.path),
        para = place(hit.paragraph, hit.part),
        d = paint(DATE),
        date = hit.date.as_deref().unwrap_or("undated"),
        dim = paint(DIM),
        score = hit.score,
    )?;
    if context && !hit.text.is_empty() {
        let dimmed = Style {
            color: false,
            ..style
        };
        write!(out, "   {}", paint(DIM))?;
        marked(out, &hit.text, &[hit.span], dimmed)?;
        writeln!(out, "{reset}")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Match;

    fn hit() -> QuoteHit {
        let text = "Ada Lind said: \"The tide is rising fast.\" Then she left.".to_string();
        let quote = "The tide is rising fast.".to_string();
        let start = text.find(&quote).unwrap_or(0);
        QuoteHit {
            rank: 1,
            score: 1.5,
            speaker: Some("Ada Lind".into()),
            kind: QuoteKind::Direct,
            cue: Some("said".into()),
            span: [start, start + quote.len()],
            highlights: vec![[4, 8]],
            quote,
            matched: Match::All,
            path: "news/a.txt".into(),
            title: None,
            date: Some("2024-05-01".into()),
            paragraph: 2,
            part: None,
            section: None,
            speakers: vec!["Ada Lind".into()],
            text,
        }
    }

    fn plain(hit: &QuoteHit, context: bool) -> String {
        let mut out = Vec::new();
        let style = Style {
            color: false,
            width: 320,
        };
        terminal(&mut out, hit, style, context).unwrap_or_default();
        String::from_utf8(out).unwrap_or_default()
    }

    #[test]
    fn the_speaker_and_quote_come_first_then_where() {
        assert_eq!(
            plain(&hit(), false),
            "1. Ada Lind — “The tide is rising fast.”\n   news/a.txt ¶2  2024-05-01  direct, said  score 1.50\n"
        );
        let unattributed = QuoteHit {
            speaker: None,
            cue: None,
            ..hit()
        };
        assert!(plain(&unattributed, false).starts_with("1. (no speaker) — “"));
    }

    #[test]
    fn context_shows_the_paragraph() {
        let shown = plain(&hit(), true);
        assert!(
            shown.ends_with("\n   Ada Lind said: \"The tide is rising fast.\" Then she left.\n"),
            "{shown}"
        );
    }

    #[test]
    fn colour_marks_the_matched_words_of_the_quote() {
        let mut out = Vec::new();
        let style = Style {
            color: true,
            width: 320,
        };
        terminal(&mut out, &hit(), style, false).unwrap_or_default();
        let text = String::from_utf8(out).unwrap_or_default();
        assert!(
            text.contains(&format!("{}tide{RESET}", super::super::MATCH)),
            "{text}"
        );
    }

    #[test]
    fn json_has_the_quote_its_span_and_the_paragraph() {
        let mut out = Vec::new();
        json(&mut out, &hit()).unwrap_or_default();
        let value: serde_json::Value = serde_json::from_slice(&out).unwrap_or_default();
        for key in [
            "rank",
            "score",
            "speaker",
            "kind",
            "cue",
            "quote",
            "span",
            "highlights",
            "match",
            "path",
            "title",
            "date",
            "paragraph",
            "section",
            "speakers",
            "text",
        ] {
            assert!(value.get(key).is_some(), "missing {key}");
        }
        assert_eq!(value["kind"], "direct");
        let span = &value["span"];
        let (start, end) = (
            span[0].as_u64().unwrap_or(0) as usize,
            span[1].as_u64().unwrap_or(0) as usize,
        );
        assert_eq!(&hit().text[start..end], "The tide is rising fast.");
    }
}
