//! `search check`'s report: what was verified, then one line per problem.
use std::io::{self, Write};

use super::plural;
use super::sanitize::for_terminal;
use crate::model::Report;

pub fn report(out: &mut impl Write, index: &str, report: &Report) -> io::Result<()> {
    let listed = report.listed_files.map_or_else(String::new, |n| {
        format!(", a manifest of {n} file{}", plural(n as usize))
    });
    writeln!(
        out,
        "{}: {} segment{}, {} file{}, {} paragraph{}{listed}",
        for_terminal(index),
        report.segments,
        plural(report.segments),
        report.files,
        plural(report.files),
        report.paragraphs,
        plural(report.paragraphs as usize),
    )?;
    if report.problems.is_empty() {
        return writeln!(out, "no damage found: every file matches its checksum");
    }
    for problem in &report.problems {
        writeln!(out, "damaged: {}", for_terminal(problem))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_are_listed_one_a_line() {
        let mut out = Vec::new();
        let found = Report {
            segments: 2,
            files: 12,
            paragraphs: 1,
            listed_files: Some(1),
            problems: vec!["a.store: its checksum does not match\x1b[2J".into()],
        };
        report(&mut out, "/i/.search", &found).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text.lines().next(),
            Some("/i/.search: 2 segments, 12 files, 1 paragraph, a manifest of 1 file")
        );
        assert!(text.contains("damaged: a.store: its checksum does not match"));
        assert!(!text.contains('\x1b'));
    }
}
