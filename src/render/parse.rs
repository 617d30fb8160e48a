//! `search parse`: each article as it would be indexed, for a person checking why a speaker
//! was or was not found, or as one JSON object a line.
use std::io::{self, Write};

use serde::Serialize;

use super::sanitize::for_terminal;
use crate::corpus::Article;
use crate::model::place;
use crate::speakers::{ParagraphSpeakers, Quote, QuoteKind};

/// One article and the speakers of its paragraphs.
pub fn article(
    out: &mut impl Write,
    article: &Article,
    speakers: &[ParagraphSpeakers],
    json: bool,
) -> io::Result<()> {
    let view = view(article, speakers);
    if json {
        serde_json::to_writer(&mut *out, &view)?;
        writeln!(out)
    } else {
        plain(out, &view)
    }
}

#[derive(Serialize)]
struct ParsedArticle<'a> {
    path: &'a str,
    title: Option<&'a str>,
    date: Option<String>,
    /// How a plain-text body marked its paragraphs (null for Markdown, HTML, JSON arrays).
    layout: Option<&'static str>,
    paragraphs: Vec<ParsedParagraph<'a>>,
}

#[derive(Serialize)]
struct ParsedParagraph<'a> {
    paragraph: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    part: Option<u32>,
    section: Option<&'a str>,
    text: &'a str,
    speakers: &'a [String],
    quotes: &'a [Quote],
}

fn view<'a>(article: &'a Article, speakers: &'a [ParagraphSpeakers]) -> ParsedArticle<'a> {
    ParsedArticle {
        path: &article.path,
        title: article.title.as_deref(),
        date: article.date.map(|d| d.label()),
        layout: article.layout.map(|l| l.name()),
        paragraphs: article
            .paragraphs
            .iter()
            .zip(speakers)
            .map(|(p, s)| ParsedParagraph {
                paragraph: p.number,
                part: p.part,
                section: p.section.as_deref(),
                text: &p.text,
                speakers: &s.speakers,
                quotes: &s.quotes,
            })
            .collect(),
    }
}

/// For a person checking why a speaker was or was not found.
fn plain(out: &mut impl Write, article: &ParsedArticle) -> io::Result<()> {
    writeln!(out, "{}", for_terminal(article.path))?;
    writeln!(
        out,
        "  title: {}",
        for_terminal(article.title.unwrap_or("none"))
    )?;
    writeln!(
        out,
        "  date:  {}",
        article.date.as_deref().unwrap_or("none")
    )?;
    if let Some(layout) = article.layout {
        writeln!(out, "  layout: {layout}")?;
    }
    for p in &article.paragraphs {
        writeln!(out)?;
        match p.section {
            Some(section) => writeln!(
                out,
                "  ¶{} [{}]",
                place(p.paragraph, p.part),
                for_terminal(section)
            )?,
            None => writeln!(out, "  ¶{}", place(p.paragraph, p.part))?,
        }
        writeln!(out, "    {}", for_terminal(p.text))?;
        writeln!(
            out,
            "    speakers: {}",
            for_terminal(&p.speakers.join("; "))
        )?;
        for q in p.quotes {
            writeln!(
                out,
                "    {} quote {}..{} by {} (cue: {}): “{}”",
                match q.kind {
                    QuoteKind::Direct => "direct",
                    QuoteKind::Reported => "reported",
                },
                q.start,
                q.end,
                for_terminal(q.speaker.as_deref().unwrap_or("?")),
                for_terminal(q.cue.as_deref().unwrap_or("none")),
                for_terminal(&q.text)
            )?;
        }
    }
    writeln!(out)
}
