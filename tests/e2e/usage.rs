//! Argument errors, help and the manual (issue 18 item 5): one error style, examples for every
//! command, a manual page that covers them all.
use crate::util::TestEnv;

const COMMANDS: [&str; 10] = [
    "index",
    "query",
    "parse",
    "speakers",
    "stats",
    "compact",
    "check",
    "export",
    "completions",
    "man",
];

#[test]
fn argument_errors_are_one_line_and_a_hint() {
    let env = TestEnv::new();
    for (args, says, hint) in [
        (
            &["query", "--limt", "3", "x"][..],
            "search: unexpected argument '--limt' found (a similar argument exists: '--limit')",
            "try 'search query --help'",
        ),
        (
            &["query", "--limit", "x", "troops"][..],
            "search: invalid value 'x' for '--limit <LIMIT>'",
            "try 'search query --help'",
        ),
        (
            &["query"][..],
            "search: the following required arguments were not provided: <QUERY>...",
            "try 'search query --help'",
        ),
        (
            &["frobnicate"][..],
            "search: unrecognized subcommand 'frobnicate'",
            "try 'search --help'",
        ),
    ] {
        let run = env.run(args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        let lines: Vec<&str> = run.stderr.lines().collect();
        assert_eq!(lines.len(), 2, "{args:?}: {}", run.stderr);
        assert!(lines[0].starts_with(says), "{args:?}: {}", run.stderr);
        assert_eq!(lines[1], hint, "{args:?}");
        assert!(run.stdout.is_empty());
    }
    // Help and version are not errors.
    let run = env.run(&["query", "--help"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("Usage: search query"));
}

#[test]
fn help_for_every_command_has_examples() {
    let env = TestEnv::new();
    for command in COMMANDS {
        let run = env.run(&["help", command]);
        assert_eq!(run.code, 0, "{command}: {}", run.stderr);
        let examples = run.stdout.split("Examples:\n").nth(1).unwrap_or_default();
        assert!(
            examples.contains(&format!("search {command}")),
            "{command}: {}",
            run.stdout
        );
    }
}

#[test]
fn the_manual_covers_every_command_the_query_syntax_and_the_exit_codes() {
    let env = TestEnv::new();
    let run = env.run(&["man"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = &run.stdout;
    for command in COMMANDS {
        assert!(
            page.contains(&format!(".SS \"search {command}")),
            "{command}"
        );
    }
    for option in [
        "\\-\\-limit",
        "\\-\\-since",
        "\\-\\-rebuild",
        "\\-\\-format",
        "\\-\\-facets",
    ] {
        assert!(page.contains(option), "{option}");
    }
    for section in [
        ".SH \"QUERY SYNTAX\"",
        ".SH \"EXIT STATUS\"",
        ".SH ENVIRONMENT",
    ] {
        assert!(page.contains(section), "{section}");
    }
    // No page of its own for each command: those would not exist.
    assert!(!page.contains("search\\-query(1)"), "{page}");
    assert!(!page.contains("(1)"), "{page}");
}
