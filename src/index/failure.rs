//! tantivy's errors said as a person understands them: what failed, why, and what to do.
use std::io;
use std::path::Path;

use tantivy::directory::error::{LockError, OpenDirectoryError, OpenReadError, OpenWriteError};
use tantivy::TantivyError;

/// The operating system's error under a tantivy error, if it has one.
pub fn io_cause(err: &TantivyError) -> Option<&io::Error> {
    match err {
        TantivyError::IoError(io) => Some(io),
        TantivyError::OpenWriteError(OpenWriteError::IoError { io_error, .. })
        | TantivyError::OpenReadError(OpenReadError::IoError { io_error, .. })
        | TantivyError::OpenDirectoryError(OpenDirectoryError::IoError { io_error, .. }) => {
            Some(io_error)
        }
        TantivyError::LockFailure(LockError::IoError(io), _) => Some(io),
        _ => None,
    }
}

/// An error met while `doing` something that writes the index at `index`.
pub fn writing(err: TantivyError, index: &Path, doing: &str) -> anyhow::Error {
    match io_cause(&err) {
        Some(io) if io.kind() == io::ErrorKind::StorageFull => anyhow::anyhow!(
            "{doing}: the disk holding {} is full ({io}); the index keeps its last commit: free some space and run the command again",
            index.display()
        ),
        Some(io) => anyhow::anyhow!("{doing} in {}: {io}", index.display()),
        None => anyhow::Error::new(err).context(doing.to_owned()),
    }
}

/// Whether an error of tantivy's says that the index's files are not what it wrote: a file
/// missing, cut short, or with bytes it cannot decode.
pub fn is_damage(err: &TantivyError) -> bool {
    matches!(
        err,
        TantivyError::DataCorruption(_)
            | TantivyError::OpenReadError(OpenReadError::FileDoesNotExist(_))
            | TantivyError::OpenReadError(OpenReadError::IncompatibleIndex(_))
            | TantivyError::IncompatibleIndex(_)
    ) || io_cause(err).is_some_and(|io| {
        matches!(
            io.kind(),
            io::ErrorKind::UnexpectedEof | io::ErrorKind::InvalidData | io::ErrorKind::NotFound
        )
    })
}

/// The sentence for a damaged index, with the way out.
pub fn damaged(index: &Path, what: &str) -> anyhow::Error {
    anyhow::anyhow!(
        "the index at {} is damaged ({what}); `search check` lists what is wrong, `search index --rebuild DIR...` makes it anew from the corpus",
        index.display()
    )
}

/// A tantivy error met while reading the index at `index`, `doing` something.
pub fn reading(err: TantivyError, index: &Path, doing: &str) -> anyhow::Error {
    if is_damage(&err) {
        return damaged(index, &short(&err));
    }
    match io_cause(&err) {
        Some(io) => anyhow::anyhow!("{doing} in {}: {io}", index.display()),
        None => anyhow::Error::new(err).context(doing.to_owned()),
    }
}

/// One line for a tantivy error, without its nested debug output.
pub fn short(err: &TantivyError) -> String {
    match err {
        TantivyError::OpenReadError(OpenReadError::FileDoesNotExist(path)) => {
            format!("{} is missing", path.display())
        }
        TantivyError::DataCorruption(corruption) => {
            let text = format!("{corruption:?}");
            first_line(&text)
        }
        other => match io_cause(other) {
            Some(io) => io.to_string(),
            None => first_line(&other.to_string()),
        },
    }
}

fn first_line(text: &str) -> String {
    const MAX_CHARS: usize = 200;
    text.lines()
        .next()
        .unwrap_or_default()
        .chars()
        .take(MAX_CHARS)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;
    use std::sync::Arc;

    #[test]
    fn a_full_disk_is_named_under_any_wrapping() {
        let full = || Arc::new(io::Error::from(io::ErrorKind::StorageFull));
        for err in [
            TantivyError::IoError(full()),
            TantivyError::OpenWriteError(OpenWriteError::IoError {
                io_error: full(),
                filepath: PathBuf::from("a.idx"),
            }),
        ] {
            let said = writing(err, Path::new("/x/.search"), "committing the index").to_string();
            assert!(said.contains("disk holding /x/.search is full"), "{said}");
        }
        let other = TantivyError::InvalidArgument("no".into());
        let said = format!("{:#}", writing(other, Path::new("/x"), "committing"));
        assert!(!said.contains("full"), "{said}");
    }

    #[test]
    fn a_missing_file_is_damage_said_in_one_line() {
        let err =
            TantivyError::OpenReadError(OpenReadError::FileDoesNotExist(PathBuf::from("s.store")));
        assert!(is_damage(&err));
        let said = reading(err, Path::new("/x/.search"), "searching").to_string();
        assert!(said.contains("is damaged (s.store is missing)"), "{said}");
        assert!(said.contains("--rebuild"), "{said}");
        assert!(!said.contains('\n'));
        assert!(!is_damage(&TantivyError::InvalidArgument("x".into())));
    }
}
