//! `search parse PATH...`: each article exactly as it would be indexed, without touching the index.
use std::io::{self, BufWriter, Write};

use anyhow::{Context, Result};
use serde::Serialize;

use super::read::{attribute, read_file};
use crate::cli::ParseArgs;
use crate::corpus::{self, Article, WalkEvent};
use crate::exit::Exit;
use crate::messages;
use crate::render::sanitize::for_terminal;
use crate::speakers::{ParagraphSpeakers, Quote};

#[derive(Serialize)]
struct ParsedArticle<'a> {
    path: &'a str,
    title: &'a str,
    date: Option<String>,
    paragraphs: Vec<ParsedParagraph<'a>>,
}

#[derive(Serialize)]
struct ParsedParagraph<'a> {
    paragraph: u32,
    section: Option<&'a str>,
    text: &'a str,
    speakers: &'a [String],
    quotes: &'a [Quote],
}

pub fn run(args: &ParseArgs) -> Result<Exit> {
    let mut out = BufWriter::new(io::stdout().lock());
    let mut articles = 0usize;
    for path in &args.paths {
        let root = path
            .canonicalize()
            .with_context(|| format!("cannot read {}", path.display()))?;
        for event in corpus::walk(&root, &corpus::WalkOptions::default()) {
            let file = match event {
                WalkEvent::File(file) => file,
                WalkEvent::Unsupported(_) | WalkEvent::Link(_) => continue,
                WalkEvent::Error { path, message } => {
                    let said = corpus::describe_error(path.as_deref(), &message);
                    messages::say(format_args!("warning: {said}"));
                    continue;
                }
                WalkEvent::Warning(message) => {
                    messages::say(format_args!("warning: {message}"));
                    continue;
                }
            };
            let parsed = match read_file(&file) {
                Ok(parsed) => parsed,
                Err(err) => {
                    messages::say(format_args!("warning: {err:#}"));
                    continue;
                }
            };
            let mut warnings = parsed.warnings;
            let attributed: Vec<_> = parsed
                .articles
                .iter()
                .map(|article| attribute(article, &mut warnings))
                .collect();
            for warning in &warnings {
                messages::say(format_args!("warning: {warning}"));
            }
            for (article, speakers) in parsed.articles.iter().zip(attributed) {
                let view = view(article, &speakers);
                if args.json {
                    serde_json::to_writer(&mut out, &view)?;
                    writeln!(out)?;
                } else {
                    plain(&mut out, &view)?;
                }
                articles += 1;
            }
        }
    }
    out.flush()?;
    Ok(if articles == 0 {
        Exit::NotFound
    } else {
        Exit::Found
    })
}

fn view<'a>(article: &'a Article, speakers: &'a [ParagraphSpeakers]) -> ParsedArticle<'a> {
    ParsedArticle {
        path: &article.path,
        title: &article.title,
        date: article.date.map(|d| d.label()),
        paragraphs: article
            .paragraphs
            .iter()
            .zip(speakers)
            .map(|(p, s)| ParsedParagraph {
                paragraph: p.number,
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
    writeln!(out, "  title: {}", for_terminal(article.title))?;
    writeln!(
        out,
        "  date:  {}",
        article.date.as_deref().unwrap_or("none")
    )?;
    for p in &article.paragraphs {
        writeln!(out)?;
        match p.section {
            Some(section) => writeln!(out, "  ¶{} [{}]", p.paragraph, for_terminal(section))?,
            None => writeln!(out, "  ¶{}", p.paragraph)?,
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
                "    quote {}..{} by {} (cue: {}): “{}”",
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
