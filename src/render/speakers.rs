//! `search speakers`: one speaker a line, with paragraphs and first and last day, or JSON Lines.
use std::io::{self, Write};

use super::sanitize::for_terminal;
use crate::model::SpeakerCount;

pub fn count(out: &mut impl Write, count: &SpeakerCount, json: bool) -> io::Result<()> {
    if json {
        serde_json::to_writer(&mut *out, count)?;
        return writeln!(out);
    }
    writeln!(
        out,
        "{:>6}  {}  {} … {}",
        count.paragraphs,
        for_terminal(&count.speaker),
        count.first.as_deref().unwrap_or("undated"),
        count.last.as_deref().unwrap_or("undated"),
    )
}
