//! Runs the real `search` binary in a temporary folder with a clean environment.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The seed article, as the project ships it.
pub const SEED: &str = include_str!("../../corpus/2025-09-04-reassurance-force.txt");
pub const SEED_NAME: &str = "2025-09-04-reassurance-force.txt";

pub struct TestEnv {
    pub dir: tempfile::TempDir,
}

/// What one run printed and how it ended.
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

impl Run {
    /// Asserts that the run said `text` on stderr (a summary, a warning).
    pub fn says(&self, text: &str) {
        assert!(
            self.stderr.contains(text),
            "expected {text:?} on stderr: {}",
            self.stderr
        );
    }
}

impl TestEnv {
    pub fn new() -> TestEnv {
        TestEnv {
            dir: tempfile::tempdir().expect("temporary folder"),
        }
    }

    /// A test folder holding `corpus/` with the seed article.
    pub fn with_seed() -> TestEnv {
        let env = TestEnv::new();
        env.write(&format!("corpus/{SEED_NAME}"), SEED);
        env
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, relative: &str, contents: &str) -> PathBuf {
        let path = self.root().join(relative);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).expect("create folders");
        }
        fs::write(&path, contents).expect("write fixture");
        path
    }

    /// Runs `search ARGS` in the test folder, with `--color never` unless told otherwise.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_in(self.root(), args)
    }

    pub fn run_in(&self, cwd: &Path, args: &[&str]) -> Run {
        self.run_with(cwd, &[], args)
    }

    /// Runs `search ARGS` in the test folder with these environment variables set.
    pub fn run_env(&self, vars: &[(&str, &str)], args: &[&str]) -> Run {
        self.run_with(self.root(), vars, args)
    }

    fn run_with(&self, cwd: &Path, vars: &[(&str, &str)], args: &[&str]) -> Run {
        let mut command = Command::new(env!("CARGO_BIN_EXE_search"));
        command
            .current_dir(cwd)
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .envs(vars.iter().copied());
        if !args.iter().any(|a| a.starts_with("--color")) {
            command.arg("--color").arg("never");
        }
        let Output {
            status,
            stdout,
            stderr,
        } = command.args(args).output().expect("run search");
        Run {
            stdout: String::from_utf8_lossy(&stdout).into_owned(),
            stderr: String::from_utf8_lossy(&stderr).into_owned(),
            code: status.code().unwrap_or(-1),
        }
    }

    /// `search index corpus/`, asserting success.
    pub fn index(&self, folder: &str) -> Run {
        let run = self.run(&["index", folder]);
        assert_eq!(run.code, 0, "index failed: {}", run.stderr);
        run
    }

    /// `search query --json ARGS`, parsed into one value per hit.
    pub fn query_json(&self, args: &[&str]) -> (Vec<serde_json::Value>, Run) {
        let mut all = vec!["query", "--json"];
        all.extend_from_slice(args);
        let run = self.run(&all);
        let hits = json_lines(&run.stdout);
        (hits, run)
    }
}

/// Each line of `text` parsed as JSON (the output of `--json` and `export`).
pub fn json_lines(text: &str) -> Vec<serde_json::Value> {
    text.lines()
        .map(|line| serde_json::from_str(line).expect("each line is JSON"))
        .collect()
}

/// `search stats --json` in the test folder, asserting success.
pub fn stats(env: &TestEnv) -> serde_json::Value {
    let run = env.run(&["stats", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(run.stdout.trim()).expect("stats is JSON")
}

/// The text a hit's highlight ranges point at.
pub fn highlighted(hit: &serde_json::Value) -> Vec<String> {
    let text = hit["text"].as_str().expect("text");
    hit["highlights"]
        .as_array()
        .expect("highlights")
        .iter()
        .map(|r| {
            let start = r[0].as_u64().expect("start") as usize;
            let end = r[1].as_u64().expect("end") as usize;
            text[start..end].to_string()
        })
        .collect()
}
