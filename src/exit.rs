//! Exit codes, as grep and ripgrep use them.
use std::process::ExitCode;

/// What a run ended with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Something was found (or a command that finds nothing succeeded).
    Found = 0,
    /// The query matched nothing.
    NotFound = 1,
    /// An error; the message went to stderr.
    Error = 2,
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> ExitCode {
        ExitCode::from(exit as u8)
    }
}

/// A closed pipe (`search query x | head -1`) is not an error: the reader has what it wanted.
/// serde_json's writer errors wrap the I/O error without showing it as their source, so they are
/// asked for its kind.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    let pipe = Some(std::io::ErrorKind::BrokenPipe);
    err.chain().any(|cause| {
        cause.downcast_ref::<std::io::Error>().map(|io| io.kind()) == pipe
            || cause
                .downcast_ref::<serde_json::Error>()
                .and_then(serde_json::Error::io_error_kind)
                == pipe
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_match_grep() {
        assert_eq!(Exit::Found as u8, 0);
        assert_eq!(Exit::NotFound as u8, 1);
        assert_eq!(Exit::Error as u8, 2);
    }

    #[test]
    fn broken_pipe_is_recognised_through_context() {
        let io = std::io::Error::new(std::io::ErrorKind::BrokenPipe, "closed");
        let err = anyhow::Error::new(io).context("writing results");
        assert!(is_broken_pipe(&err));
        assert!(!is_broken_pipe(&anyhow::anyhow!("other")));
    }

    /// Issue 15: `speakers --json | head` said "search: Broken pipe (os error 32)".
    #[test]
    fn broken_pipe_is_recognised_inside_a_json_error() {
        struct Closed;
        impl std::io::Write for Closed {
            fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
                Err(std::io::ErrorKind::BrokenPipe.into())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let Err(json) = serde_json::to_writer(Closed, &[1, 2]) else {
            panic!("a closed writer fails");
        };
        assert!(is_broken_pipe(&anyhow::Error::new(json)));
    }
}
