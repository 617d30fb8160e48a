//! Every line `search` writes to stderr goes through here, escaped as results are on stdout.
//!
//! Messages carry file names, paths and text from the corpus, which may hold terminal escape
//! sequences or line breaks: a file named with ESC sequences could set the terminal's title or
//! clear it, and a newline in a name could forge a line of output (issue 15). Control and
//! bidi characters become `\u{..}`, so each message is exactly one line.
use std::io::Write;

use crate::render::sanitize::for_terminal;

/// Writes `message` and a newline to stderr, escaped. A stderr that cannot be written to
/// (closed, full) loses the message rather than stopping the run, unlike `eprintln!`, which
/// panics.
pub fn line(message: &str) {
    let _ = std::io::stderr()
        .lock()
        .write_all(escaped(message).as_bytes());
}

/// `message` as `line` writes it, newline included.
pub fn escaped(message: &str) -> String {
    let mut text = for_terminal(message).into_owned();
    text.push('\n');
    text
}

/// `search: ` and `message`, on a line of its own.
pub fn say(message: impl std::fmt::Display) {
    line(&format!("search: {message}"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_one_line_without_terminal_controls() {
        let name = "a\x1b]0;owned\x07b\nsearch: forged\u{202e}.txt";
        let text = escaped(&format!("search: warning: {name}: no paragraphs"));
        assert_eq!(text.lines().count(), 1);
        assert!(!text.contains('\x1b') && !text.contains('\x07') && !text.contains('\u{202e}'));
        assert!(text.ends_with("no paragraphs\n"), "{text}");
    }
}
