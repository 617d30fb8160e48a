//! `search speakers`: one speaker a line, with paragraphs (or quotes), first and last day and the
//! other names they are quoted under, or JSON Lines.
use std::io::{self, Write};

use serde::Serialize;

use super::sanitize::for_terminal;
use super::Unit;
use crate::model::SpeakerCount;

/// A speaker's quotes, as `speakers --quotes --json` names them.
#[derive(Serialize)]
struct QuoteCount<'a> {
    speaker: &'a str,
    quotes: u64,
    first: Option<&'a str>,
    last: Option<&'a str>,
    variants: Vec<QuoteVariant<'a>>,
}

/// One name of the speaker and the quotes under it.
#[derive(Serialize)]
struct QuoteVariant<'a> {
    name: &'a str,
    quotes: u64,
}

/// One speaker; JSON names the count `paragraphs` or `quotes` after `unit`.
pub fn count(out: &mut impl Write, count: &SpeakerCount, json: bool, unit: Unit) -> io::Result<()> {
    if json {
        match unit {
            Unit::Paragraphs => serde_json::to_writer(&mut *out, count)?,
            Unit::Quotes => serde_json::to_writer(
                &mut *out,
                &QuoteCount {
                    speaker: &count.speaker,
                    quotes: count.paragraphs,
                    first: count.first.as_deref(),
                    last: count.last.as_deref(),
                    variants: count
                        .variants
                        .iter()
                        .map(|v| QuoteVariant {
                            name: &v.name,
                            quotes: v.paragraphs,
                        })
                        .collect(),
                },
            )?,
        }
        return writeln!(out);
    }
    write!(
        out,
        "{:>6}  {}  {} … {}",
        count.paragraphs,
        for_terminal(&count.speaker),
        count.first.as_deref().unwrap_or("undated"),
        count.last.as_deref().unwrap_or("undated"),
    )?;
    // The other names the person is quoted under, most quoted first.
    let mut others = count.variants.iter().filter(|v| v.name != count.speaker);
    if let Some(first) = others.next() {
        write!(
            out,
            "  (also {} {}",
            for_terminal(&first.name),
            first.paragraphs
        )?;
        for other in others {
            write!(out, ", {} {}", for_terminal(&other.name), other.paragraphs)?;
        }
        write!(out, ")")?;
    }
    writeln!(out)
}
