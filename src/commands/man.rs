//! `search man`: the whole manual in one page: every command with its options and examples,
//! the query syntax, the environment and the exit codes. It names no other page: there is none.
use std::io::{self, Write};

use anyhow::Result;
use clap::CommandFactory;
use clap_mangen::Man;

use crate::cli::Cli;
use crate::exit::Exit;

pub fn man() -> Result<Exit> {
    let mut page = Vec::new();
    render(&mut page)?;
    let mut out = io::stdout().lock();
    out.write_all(&page)?;
    out.flush()?;
    Ok(Exit::Found)
}

/// The page, in roff: clap_mangen's title, name, synopsis, description and global options, then
/// a section per command and the sections clap knows nothing of.
pub fn render(out: &mut Vec<u8>) -> io::Result<()> {
    let mut cli = Cli::command();
    cli.build();
    let man = Man::new(cli.clone());
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    out.extend_from_slice(b".SH COMMANDS\n");
    for command in cli.get_subcommands().filter(|c| c.get_name() != "help") {
        render_command(out, command)?;
    }
    out.extend_from_slice(b".SH \"QUERY SYNTAX\"\n");
    paragraphs(out, QUERY);
    out.extend_from_slice(b".SH ENVIRONMENT\n");
    paragraphs(out, ENVIRONMENT);
    out.extend_from_slice(b".SH \"EXIT STATUS\"\n");
    paragraphs(out, EXIT_STATUS);
    if let Some(examples) = cli.get_after_help() {
        out.extend_from_slice(b".SH EXAMPLES\n");
        preformatted(out, &examples.to_string());
    }
    Ok(())
}

/// `.SS` with the command's usage, its description, its options (clap_mangen's, under this
/// heading instead of a page of their own) and its examples.
fn render_command(out: &mut Vec<u8>, command: &clap::Command) -> io::Result<()> {
    let mut command = command
        .clone()
        .bin_name(format!("search {}", command.get_name()));
    // The global options are in the page's own OPTIONS, once.
    let globals: Vec<String> = command
        .get_arguments()
        .filter(|a| a.is_global_set())
        .map(|a| a.get_id().to_string())
        .collect();
    for id in globals {
        command = command.mut_arg(id, |a| a.hide(true));
    }
    let usage = command.render_usage().to_string();
    let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage);
    out.extend_from_slice(format!(".SS \"{}\"\n", escape(usage)).as_bytes());
    let about = command
        .get_long_about()
        .or(command.get_about())
        .map(|a| a.to_string())
        .unwrap_or_default();
    paragraphs(out, &about);
    let mut options = Vec::new();
    Man::new(command.clone()).render_options_section(&mut options)?;
    let options = String::from_utf8_lossy(&options).replace(".SH OPTIONS\n", ".PP\nOptions:\n");
    out.extend_from_slice(options.as_bytes());
    if let Some(examples) = command.get_after_help() {
        preformatted(out, &examples.to_string());
    }
    Ok(())
}

const QUERY: &str = "Plain words, \"phrases\", -excluded and +required words, prefix* and fuzzy~1 \
(or ~2 edits) are read by search itself; fields (speaker:, title:, section:, text:), AND, OR, NOT \
and groups in parentheses go to tantivy's query parser, AND by default.

A query of words ranks paragraphs in tiers, each by BM25: those holding the words as an exact \
phrase, then those holding every word, then, up to --limit, those holding some of them. Function \
words (the, of, what, how, ...) need not be there for every word to count as there, but count in \
phrases and, at a tenth of a word's weight, in the score; a word repeated in the query counts as often as repeated; a word in the article's title adds \
half a word's weight. JSON says \"match\": \"all\" \
or \"some\".

A prefix stands for the 50 most frequent index words beginning so. An apostrophe inside a word is \
part of it; a dash or slash between words is punctuation.

A query the parser cannot read, or that uses its syntax and finds nothing, is run again as its \
plain words, and stderr says so (search: read as plain words: ...). An empty query, one of \
exclusions only, one without a word and a mark used as it is not supported (*word, wo*rd, word~3) \
are usage errors. A query may be at most 10,000 characters long and hold at most 100 groups and \
NOTs.";

const ENVIRONMENT: &str = "SEARCH_INDEX: the index folder, as --index (empty: the default, the \
nearest .search folder here or above, else ./.search).

NO_COLOR: when set and not empty, no colour with --color auto.";

const EXIT_STATUS: &str = "0: something was found, or the command succeeded.

1: nothing was found (query, speakers with a query); one stderr line says why when the filters \
removed every match.

2: an error, including a usage error (a bad option, an empty query); one line on stderr, \
`search: ...`, and for a bad option a second line naming the help to read.";

/// Roff text with its special characters escaped: `\\`, `-`, and `.` or `'` opening a line.
fn escape(text: &str) -> String {
    let text = text.replace('\\', "\\\\").replace('-', "\\-");
    if text.starts_with(['.', '\'']) {
        format!("\\&{text}")
    } else {
        text
    }
}

/// Paragraphs separated by blank lines, each a `.PP`.
fn paragraphs(out: &mut Vec<u8>, text: &str) {
    for paragraph in text.split("\n\n").filter(|p| !p.trim().is_empty()) {
        let joined = paragraph.split_whitespace().collect::<Vec<_>>().join(" ");
        out.extend_from_slice(format!(".PP\n{}\n", escape(&joined)).as_bytes());
    }
}

/// Lines kept as they are (`.nf`), as examples are written.
fn preformatted(out: &mut Vec<u8>, text: &str) {
    out.extend_from_slice(b".PP\n.nf\n");
    for line in text.lines() {
        out.extend_from_slice(format!("{}\n", escape(line)).as_bytes());
    }
    out.extend_from_slice(b".fi\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page() -> String {
        let mut out = Vec::new();
        render(&mut out).expect("render into memory");
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn every_command_and_option_is_in_the_page_and_no_other_page_is_named() {
        let page = page();
        let cli = Cli::command();
        for command in cli.get_subcommands().filter(|c| c.get_name() != "help") {
            assert!(
                page.contains(&format!(".SS \"search {}", command.get_name())),
                "{}",
                command.get_name()
            );
            for arg in command.get_arguments() {
                if let Some(long) = arg.get_long() {
                    assert!(
                        page.contains(&format!("\\-\\-{}", escape(long))),
                        "--{long}"
                    );
                }
            }
        }
        for section in ["QUERY SYNTAX", "EXIT STATUS", "ENVIRONMENT", "EXAMPLES"] {
            assert!(page.contains(section), "{section}");
        }
        assert!(!page.contains("(1)"), "names a page of its own");
    }
}
