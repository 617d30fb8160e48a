//! End-to-end: every command that writes to stdout ends quietly on a closed pipe (issue 15).
use std::process::{Command, Stdio};

use crate::util::TestEnv;

/// Runs `search ARGS` with stdout a pipe whose reading end is already closed, so that the first
/// write fails (as in `search ... | head -1` once `head` has gone), whatever the output's size.
fn run_into_closed_pipe(env: &TestEnv, args: &[&str]) -> (Option<i32>, String) {
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    let output = Command::new(env!("CARGO_BIN_EXE_search"))
        .current_dir(env.root())
        .env_clear()
        .args(["--color", "never"])
        .args(args)
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .expect("run search");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// An index with 225 speakers, one article of 225 paragraphs and 40 more small articles: every
/// command's output is longer than its 8 KiB buffer, so writes fail inside serde_json too.
fn many_speakers() -> TestEnv {
    let env = TestEnv::new();
    let first =
        "Anna Boris Clara David Elena Felix Greta Hugo Irina Jonas Karin Lukas Marta Nils Olga";
    let last = "Berg Novak Petrov Larsen Moreau Keller Rossi Weber Silva Haas Brandt Costa Dahl Eriksen Fischer";
    let mut body = String::from("Date: 2024-01-01\n\n");
    for f in first.split(' ') {
        for l in last.split(' ') {
            body.push_str(&format!(
                "\u{201c}We will stay the course,\u{201d} said {f} {l}, a minister.\n\n"
            ));
        }
    }
    env.write("news/quotes.txt", &body);
    for i in 0..40 {
        env.write(
            &format!("news/n{i}.txt"),
            "Date: 2024-01-02\n\nTroops stayed where they were.\n",
        );
    }
    env.index("news");
    env
}

/// Issue 15, item 11: `speakers --json | head` and `parse --json | head` said "Broken pipe"
/// (parse exited 2); `completions bash | head` panicked.
#[test]
fn every_command_ends_quietly_on_a_closed_pipe() {
    let env = many_speakers();
    for args in [
        &["query", "-n", "100", "troops"][..],
        &["query", "-n", "100", "--json", "troops"],
        &["speakers", "-n", "1000"],
        &["speakers", "--json", "-n", "1000"],
        &["parse", "news"],
        &["parse", "--json", "news"],
        &["stats"],
        &["stats", "--json"],
        &["export"],
        &["completions", "bash"],
        &["completions", "zsh"],
        &["man"],
    ] {
        let (code, stderr) = run_into_closed_pipe(&env, args);
        assert_eq!(code, Some(0), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
    }
}

/// The way it is met: a reader that takes one line and goes, on outputs longer than a pipe holds.
#[test]
fn a_reader_that_leaves_after_one_line_is_not_an_error() {
    use std::io::BufRead;
    let env = many_speakers();
    for args in [
        &["parse", "--json", "news"][..],
        &["speakers", "--json", "-n", "1000"],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_search"))
            .current_dir(env.root())
            .env_clear()
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run search");
        let mut stdout = std::io::BufReader::new(child.stdout.take().expect("stdout"));
        let mut line = String::new();
        stdout.read_line(&mut line).expect("a first line");
        drop(stdout);
        let output = child.wait_with_output().expect("wait");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
    }
}
