//! Panics said as one line. tantivy trusts its own files: a damaged one can make it panic (a
//! varint that overflows, a block that does not decode). That must reach the user as a sentence
//! naming the index and the way out, with exit code 2, never as a backtrace and exit 101.
use std::panic::{self, AssertUnwindSafe, PanicHookInfo};
use std::path::Path;
use std::sync::Mutex;

/// The first panic of the process, as one line, with where it happened.
static FIRST: Mutex<Option<Caught>> = Mutex::new(None);

#[derive(Clone, Debug)]
struct Caught {
    message: String,
    /// The source file that panicked: tantivy's own, or ours.
    file: String,
    line: u32,
}

/// Replaces the panic message on stderr by a record that `guard` turns into an error. (Not even
/// with `RUST_BACKTRACE` set: some systems set it for every program. A bug is reported with
/// the file and line of the panic.)
pub fn install() {
    panic::set_hook(Box::new(record));
}

fn record(info: &PanicHookInfo) {
    let payload = info.payload();
    let message = payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic".to_owned());
    let (file, line) = info
        .location()
        .map_or((String::new(), 0), |l| (l.file().to_owned(), l.line()));
    let mut first = FIRST.lock().unwrap_or_else(|e| e.into_inner());
    if first.is_none() {
        *first = Some(Caught {
            message: message.lines().next().unwrap_or_default().to_owned(),
            file,
            line,
        });
    }
}

/// Runs `work`; a panic in it (or in a thread it waited for) becomes an error saying whether
/// the index at `index` is damaged or `search` has a bug.
pub fn guard<T>(index: &Path, work: impl FnOnce() -> anyhow::Result<T>) -> anyhow::Result<T> {
    let shown = index.display().to_string();
    crate::oom::expect_index(crate::render::sanitize::for_terminal(&shown).into_owned());
    match panic::catch_unwind(AssertUnwindSafe(work)) {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(err)) => match taken() {
            // A thread of tantivy's died and the caller got only "a thread panicked".
            Some(caught) => Err(err.context(explain(&caught, index))),
            None => Err(err),
        },
        Err(_) => Err(taken().map_or_else(
            || anyhow::anyhow!("internal error: a panic; please report it"),
            |caught| explain(&caught, index),
        )),
    }
}

/// Runs `work`, a read that may panic on damaged bytes; a panic comes back as its one line
/// (and is not reported again by `guard`).
pub fn catch<T>(work: impl FnOnce() -> T) -> Result<T, String> {
    panic::catch_unwind(AssertUnwindSafe(work))
        .map_err(|_| taken().map_or_else(|| "a panic".to_owned(), |caught| caught.message))
}

fn taken() -> Option<Caught> {
    FIRST.lock().unwrap_or_else(|e| e.into_inner()).take()
}

fn explain(caught: &Caught, index: &Path) -> anyhow::Error {
    let Caught {
        message,
        file,
        line,
    } = caught;
    if is_tantivy(file) {
        crate::index::failure::damaged(index, &format!("tantivy failed reading it: {message}"))
    } else {
        anyhow::anyhow!("internal error: {message} at {file}:{line}; please report it")
    }
}

/// The crates that decode tantivy's files: tantivy's own (`tantivy-common`, ...) and the ones
/// it reads bytes with.
const TANTIVY_CRATES: [&str; 6] = [
    "tantivy",
    "ownedbytes",
    "bitpacking",
    "lz4_flex",
    "zstd",
    "fastdivide",
];

/// Whether a panic's source file is in one of `TANTIVY_CRATES`, as cargo lays out sources
/// (`.../registry/src/<index>/<crate>-<version>/src/...`).
fn is_tantivy(file: &str) -> bool {
    file.split(['/', '\\']).any(|part| {
        TANTIVY_CRATES.iter().any(|name| {
            part.strip_prefix(name)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('-'))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_in_tantivy_is_damage_and_ours_is_a_bug() {
        let tantivy = Caught {
            message: "attempt to shift left with overflow".into(),
            file: "/r/.cargo/registry/src/x/tantivy-common-0.27.0/src/vint.rs".into(),
            line: 209,
        };
        let said = explain(&tantivy, Path::new("/i/.search")).to_string();
        assert!(
            said.starts_with("the index at /i/.search is damaged"),
            "{said}"
        );
        assert!(said.contains("shift left"), "{said}");
        let ours = Caught {
            message: "boom".into(),
            file: "src/search/mod.rs".into(),
            line: 3,
        };
        let said = explain(&ours, Path::new("/i")).to_string();
        assert!(
            said.starts_with("internal error: boom at src/search/mod.rs:3"),
            "{said}"
        );
        assert!(is_tantivy("/r/src/x/ownedbytes-0.9.0/src/lib.rs"));
        assert!(!is_tantivy("/r/src/x/scraper-0.29.0/src/lib.rs"));
        assert!(!is_tantivy("/home/tantivyfan/search/src/main.rs"));
    }
}
