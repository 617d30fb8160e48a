//! `search speakers`: one speaker a line, with paragraphs (or quotes) and first and last day,
//! or JSON Lines.
use std::io::{self, Write};

use super::sanitize::for_terminal;
use super::Unit;
use crate::model::SpeakerCount;

/// One speaker; JSON names the count `paragraphs` or `quotes` after `unit`.
pub fn count(out: &mut impl Write, count: &SpeakerCount, json: bool, unit: Unit) -> io::Result<()> {
    if json {
        let mut value = serde_json::to_value(count)?;
        unit.rename(&mut value);
        serde_json::to_writer(&mut *out, &value)?;
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
