//! clap's argument errors in the one error style: `search: <what is wrong>` and a hint line
//! naming the help to read, exit 2. Help and version requests print as clap prints them.
use std::process::ExitCode;

use clap::error::ErrorKind;
use clap::CommandFactory;

use crate::cli::Cli;
use crate::exit::Exit;
use crate::messages;

/// Prints `err` as `search` prints any error (or the help or version asked for) and gives the
/// exit code.
pub fn report(err: &clap::Error, args: &[String]) -> ExitCode {
    match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = err.print();
            Exit::Found.into()
        }
        // `search` alone: the help, on stderr, is the most useful answer.
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = err.print();
            Exit::Error.into()
        }
        _ => {
            messages::say(message(&err.render().to_string()));
            messages::line(&hint(args));
            Exit::Error.into()
        }
    }
}

/// clap's text made one line: the error (its continuation lines joined), then its tip, if any,
/// in parentheses; the usage and "for more information" lines are left to the hint.
fn message(rendered: &str) -> String {
    let mut paragraphs = rendered
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "));
    let error = paragraphs.next().unwrap_or_default();
    let error = error.strip_prefix("error: ").unwrap_or(&error).to_string();
    match paragraphs.find_map(|p| p.strip_prefix("tip: ").map(str::to_string)) {
        Some(tip) => format!("{error} ({tip})"),
        None => error,
    }
}

/// `try 'search query --help'` for the subcommand the arguments name, else `try 'search --help'`.
fn hint(args: &[String]) -> String {
    let command = Cli::command();
    let named = args
        .iter()
        .skip(1)
        .take_while(|a| a.as_str() != "--")
        .find(|a| command.find_subcommand(a.as_str()).is_some());
    match named {
        Some(name) => format!("try 'search {name} --help'"),
        None => "try 'search --help'".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clap_errors_become_one_line_with_their_tip() {
        let rendered = "error: unexpected argument '--limt' found\n\n  tip: a similar argument \
                        exists: '--limit'\n\nUsage: search query --limit <LIMIT> <QUERY>...\n\n\
                        For more information, try '--help'.\n";
        assert_eq!(
            message(rendered),
            "unexpected argument '--limt' found (a similar argument exists: '--limit')"
        );
        let missing = "error: the following required arguments were not provided:\n  \
                       <QUERY>...\n\nUsage: search query <QUERY>...\n";
        assert_eq!(
            message(missing),
            "the following required arguments were not provided: <QUERY>..."
        );
    }

    #[test]
    fn the_hint_names_the_subcommand() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            hint(&args(&["search", "--color", "never", "query", "--limt"])),
            "try 'search query --help'"
        );
        assert_eq!(hint(&args(&["search", "frob"])), "try 'search --help'");
        assert_eq!(
            hint(&args(&["search", "stats", "--", "query"])),
            "try 'search stats --help'"
        );
    }
}
