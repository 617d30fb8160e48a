//! `--open`: the page in the system's browser, by the command each system provides for it.
use std::process::{Command, Stdio};

use crate::messages;

/// Starts the browser on `url` without waiting for it; a failure is a warning, the server runs on.
pub fn open(url: &str) {
    let mut command = opener(url);
    let started = command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    match started {
        // Reaped on a thread of its own, so it leaves no zombie behind.
        Ok(mut child) => {
            std::thread::spawn(move || child.wait());
        }
        Err(err) => messages::say(format!(
            "warning: could not open a browser ({}: {err}); open {url} yourself",
            command.get_program().to_string_lossy()
        )),
    }
}

fn opener(url: &str) -> Command {
    if cfg!(target_os = "macos") {
        let mut command = Command::new("open");
        command.arg(url);
        command
    } else if cfg!(windows) {
        let mut command = Command::new("cmd");
        command.args(["/C", "start", "", url]);
        command
    } else {
        let mut command = Command::new("xdg-open");
        command.arg(url);
        command
    }
}
