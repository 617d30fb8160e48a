//! `search speakers`: one speaker a line, with paragraphs, first and last day and the other names
//! they are quoted under, or JSON Lines.
use std::io::{self, Write};

use super::sanitize::for_terminal;
use crate::model::SpeakerCount;

pub fn count(out: &mut impl Write, count: &SpeakerCount, json: bool) -> io::Result<()> {
    if json {
        serde_json::to_writer(&mut *out, count)?;
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
