//! `search stats`: the figures of an index, aligned for a person or as one JSON object.
use std::io::{self, Write};

use super::plural;
use super::sanitize::for_terminal;
use crate::model::Stats;

pub fn stats(out: &mut impl Write, stats: &Stats, json: bool) -> io::Result<()> {
    if json {
        serde_json::to_writer(&mut *out, stats)?;
        return writeln!(out);
    }
    writeln!(out, "index:      {}", for_terminal(&stats.index))?;
    writeln!(
        out,
        "size:       {:.1} MB in {} segment{}",
        stats.size_bytes as f64 / 1e6,
        stats.segments,
        plural(stats.segments)
    )?;
    writeln!(out, "text:       {}", text_kept(stats))?;
    writeln!(out, "files:      {}", stats.files)?;
    writeln!(out, "articles:   {}", stats.articles)?;
    if stats.deleted > 0 {
        writeln!(
            out,
            "paragraphs: {} (and {} deleted, reclaimed by `search compact`)",
            stats.paragraphs, stats.deleted
        )?;
    } else {
        writeln!(out, "paragraphs: {}", stats.paragraphs)?;
    }
    writeln!(out, "quotes:     {}", stats.quotes)?;
    writeln!(out, "speakers:   {}", stats.speakers)?;
    writeln!(
        out,
        "dates:      {} to {}",
        stats.first_date.as_deref().unwrap_or("none"),
        stats.last_date.as_deref().unwrap_or("none")
    )
}

fn text_kept(stats: &Stats) -> &'static str {
    match (stats.lean, stats.keeps_html_text) {
        (false, _) => "a copy kept in the index (made with `search index --full`)",
        (true, true) => {
            "read back from the corpus files (a lean index keeps a copy of HTML pages' text only)"
        }
        (true, false) => "read back from the corpus files (a lean index keeps no copy)",
    }
}
