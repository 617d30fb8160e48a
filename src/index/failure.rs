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
    match err {
        TantivyError::DataCorruption(_)
        | TantivyError::OpenReadError(OpenReadError::FileDoesNotExist(_))
        | TantivyError::OpenReadError(OpenReadError::IncompatibleIndex(_))
        | TantivyError::IncompatibleIndex(_)
        | TantivyError::DeserializeError(_) => true,
        // Reading mapped segment files does no I/O that can fail for another reason: an error
        // there is a block that does not decode (zstd's "Data corruption detected").
        TantivyError::IoError(io) => io.kind() != io::ErrorKind::PermissionDenied,
        other => io_cause(other).is_some_and(|io| {
            matches!(
                io.kind(),
                io::ErrorKind::UnexpectedEof | io::ErrorKind::InvalidData | io::ErrorKind::NotFound
            )
        }),
    }
}

/// An error of any command, said as damage of the index at `index` when tantivy found its files
/// damaged somewhere down the chain; any other error as it is.
pub fn explain(err: anyhow::Error, index: &Path) -> anyhow::Error {
    let damage = err
        .chain()
        .filter_map(|cause| cause.downcast_ref::<TantivyError>())
        .find(|cause| is_damage(cause))
        .map(short);
    match damage {
        Some(what) => damaged(index, &what),
        None => err,
    }
}

/// The sentence for a damaged index, with the way out.
pub fn damaged(index: &Path, what: &str) -> anyhow::Error {
    anyhow::anyhow!(
        "the index at {} is damaged ({what}); `search check` lists what is wrong, `search index --rebuild DIR...` makes it anew from the corpus",
        index.display()
    )
}

/// One line for a tantivy error, without its nested debug output: the file and the first
/// sentence of what is wrong with it.
pub fn short(err: &TantivyError) -> String {
    let text = match err {
        TantivyError::OpenReadError(OpenReadError::FileDoesNotExist(path)) => {
            format!("{} is missing", path.display())
        }
        TantivyError::OpenReadError(OpenReadError::IoError { io_error, filepath }) => {
            format!("{}: {io_error}", filepath.display())
        }
        TantivyError::DataCorruption(corruption) => format!("{corruption:?}"),
        other => match io_cause(other) {
            Some(io) => io.to_string(),
            None => other.to_string(),
        },
    };
    first_sentence(&text)
}

fn first_sentence(text: &str) -> String {
    const MAX_CHARS: usize = 200;
    let line = text.lines().next().unwrap_or_default();
    let sentence = line.split(". ").next().unwrap_or(line);
    sentence
        .trim_end_matches('.')
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
        let chained = anyhow::Error::new(err).context("searching");
        let said = explain(chained, Path::new("/x/.search")).to_string();
        assert!(said.contains("is damaged (s.store is missing)"), "{said}");
        assert!(said.contains("--rebuild"), "{said}");
        assert!(!said.contains('\n'));
        assert!(!is_damage(&TantivyError::InvalidArgument("x".into())));
    }
}
