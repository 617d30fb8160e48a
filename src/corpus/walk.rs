//! Finding the files to read: a sorted walk (the `ignore` crate's, ripgrep's and fd's) that skips
//! hidden entries, what ignore files name, and the index folder, with display paths (as
//! `address::shown` shows them: relative to the current directory when below it).
//!
//! Ignore files: `.gitignore` (whether or not the folder is in a git repository: a corpus
//! rarely is one, and whoever wrote the file meant it), `.git/info/exclude`, `.ignore` and
//! `.searchignore` (this tool's own, read last, so it can re-include what the others leave out),
//! in the folders walked and in the folders above them, as ripgrep reads them: indexing
//! `news/2024` alone skips what `news/.gitignore` says, as indexing `news` does, so the two never
//! disagree on a file. Git's global excludes file is not read (it depends on the user's git
//! settings, not on the corpus). `WalkOptions::no_ignore` reads none of them.

use super::{format_of, shown, FileKey, Format};
use ignore::{DirEntry, WalkBuilder};
use std::fs::FileType;
use std::path::{Path, PathBuf};

/// This tool's own ignore file, in gitignore syntax.
pub const IGNORE_FILE: &str = ".searchignore";

/// A file to read: where it is, how to show it, how to parse it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// Real path on disk.
    pub path: PathBuf,
    /// Its identity in the manifest and the index: the exact bytes of `path`.
    pub key: FileKey,
    /// For messages: `path` as `address::shown` shows it from `WalkOptions::base`.
    pub display: String,
    pub format: Format,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WalkEvent {
    File(SourceFile),
    /// Skipped: unknown extension.
    Unsupported(PathBuf),
    /// Skipped: a symbolic link met in the walk, not followed; its display path.
    Link(String),
    /// Something below `path` (or `path` itself) could not be read.
    Error {
        path: Option<PathBuf>,
        message: String,
    },
    /// An ignore file with a line that could not be used (its other lines still apply).
    Warning(String),
}

/// How to walk.
#[derive(Debug, Clone, Copy, Default)]
pub struct WalkOptions<'a> {
    /// A folder never walked (the index's own).
    pub exclude: Option<&'a Path>,
    /// Whether symbolic links met in the walk are followed.
    pub follow: bool,
    /// Whether ignore files are disregarded (`--no-ignore`): every file not hidden is read.
    pub no_ignore: bool,
    /// Display paths are relative to this folder (the current directory) when below it.
    pub base: Option<&'a Path>,
}

/// Walks `root` (a folder, or a single file) in a stable sorted order, skipping hidden files and
/// folders, what ignore files name (see the module's doc) and the folder `options.exclude`.
/// `root` itself is resolved and always read, but a symbolic link met in the walk is followed
/// only if `options.follow` (as ripgrep and fd do: a link could lead anywhere, out of the corpus
/// to `/etc` or round `/proc`). Only regular files are read: anything else (a FIFO, a device, a
/// socket), loops and unreadable entries become `WalkEvent::Error`. Display paths are below
/// `options.base` when the files are, else absolute (the root is canonical).
pub fn walk(root: &Path, options: &WalkOptions) -> impl Iterator<Item = WalkEvent> {
    let events: Box<dyn Iterator<Item = WalkEvent>> = match root
        .canonicalize()
        .and_then(|canon| Ok((canon.metadata()?, canon)))
    {
        Err(e) => Box::new(std::iter::once(WalkEvent::Error {
            path: Some(root.to_path_buf()),
            message: format!("cannot open: {e}"),
        })),
        Ok((meta, canon)) if meta.is_dir() => Box::new(walk_dir(canon, options)),
        Ok((meta, canon)) if meta.is_file() => {
            Box::new(std::iter::once(single_file(root, &canon, options.base)))
        }
        Ok((meta, _)) => Box::new(std::iter::once(not_regular(root, meta.file_type()))),
    };
    events
}

fn not_regular(path: &Path, kind: FileType) -> WalkEvent {
    WalkEvent::Error {
        path: Some(path.to_path_buf()),
        message: format!("not a regular file ({})", super::kind_of(kind)),
    }
}

fn single_file(root: &Path, canon: &Path, base: Option<&Path>) -> WalkEvent {
    match format_of(canon) {
        Some(format) => WalkEvent::File(SourceFile {
            path: root.to_path_buf(),
            key: FileKey::of(root),
            display: shown(root, base),
            format,
        }),
        None => WalkEvent::Unsupported(root.to_path_buf()),
    }
}

fn walk_dir(canon: PathBuf, options: &WalkOptions) -> impl Iterator<Item = WalkEvent> {
    let exclude = options.exclude.and_then(|p| p.canonicalize().ok());
    let follow = options.follow;
    let ignore_files = !options.no_ignore;
    let base = options.base.map(Path::to_path_buf);
    let mut builder = WalkBuilder::new(&canon);
    builder
        .follow_links(follow)
        .hidden(true)
        .parents(ignore_files)
        .ignore(ignore_files)
        .git_ignore(ignore_files)
        .git_exclude(ignore_files)
        .git_global(false)
        .require_git(false)
        // By the names' bytes: the order of manifest keys (`index::manifest::FileKey`).
        .sort_by_file_name(|a, b| a.as_encoded_bytes().cmp(b.as_encoded_bytes()))
        .filter_entry(move |e| !is_excluded(e, exclude.as_deref()));
    if ignore_files {
        builder.add_custom_ignore_filename(IGNORE_FILE);
    }
    builder.build().filter_map(move |res| match res {
        Err(err) => Some(walk_error(err)),
        Ok(entry) if entry.file_type().is_some_and(|t| t.is_dir()) => {
            // A folder's ignore files that could not be read whole.
            entry.error().map(|err| WalkEvent::Warning(err.to_string()))
        }
        Ok(entry) if entry.path_is_symlink() && !follow => {
            Some(WalkEvent::Link(shown(entry.path(), base.as_deref())))
        }
        Ok(entry) => match entry.file_type() {
            Some(kind) if !kind.is_file() => Some(not_regular(entry.path(), kind)),
            _ => {
                let path = entry.into_path();
                Some(match format_of(&path) {
                    Some(format) => WalkEvent::File(SourceFile {
                        display: shown(&path, base.as_deref()),
                        key: FileKey::of(&path),
                        path,
                        format,
                    }),
                    None => WalkEvent::Unsupported(path),
                })
            }
        },
    })
}

fn is_excluded(entry: &DirEntry, exclude: Option<&Path>) -> bool {
    let Some(exclude) = exclude else {
        return false;
    };
    if !entry.file_type().is_some_and(|t| t.is_dir()) || entry.depth() == 0 {
        return false;
    }
    entry.path() == exclude || entry.path().canonicalize().is_ok_and(|c| c == exclude)
}

fn walk_error(err: ignore::Error) -> WalkEvent {
    if err.is_partial() {
        // Lines of the ignore files above the folder that could not be used.
        return WalkEvent::Warning(err.to_string());
    }
    let mut path = None;
    let mut inner = &err;
    loop {
        match inner {
            ignore::Error::WithPath { path: p, err } => {
                path.get_or_insert_with(|| p.clone());
                inner = err;
            }
            ignore::Error::WithDepth { err, .. } => inner = err,
            _ => break,
        }
    }
    let message = match inner {
        ignore::Error::Loop { ancestor, child } => {
            path = Some(child.clone());
            format!(
                "a filesystem loop: it points back to {}; not followed",
                ancestor.display()
            )
        }
        ignore::Error::Io(io) => format!("cannot read: {io}"),
        other => other.to_string(),
    };
    WalkEvent::Error { path, message }
}

/// A walk error as one line: the path it is about, if any, then what went wrong.
pub fn describe_error(path: Option<&Path>, message: &str) -> String {
    match path {
        Some(path) => format!("{}: {message}", path.display()),
        None => message.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn displays(events: impl Iterator<Item = WalkEvent>) -> Vec<String> {
        events
            .map(|e| match e {
                WalkEvent::File(f) => f.display,
                WalkEvent::Unsupported(p) => {
                    format!("unsupported {}", p.file_name().unwrap().to_string_lossy())
                }
                WalkEvent::Link(display) => format!("link {display}"),
                WalkEvent::Error { path, message } => {
                    format!("error {}", describe_error(path.as_deref(), &message))
                }
                WalkEvent::Warning(message) => format!("warning {message}"),
            })
            .collect()
    }

    /// Displays relative to `base` (the folder holding the test's tree, canonical).
    fn from(base: &Path) -> WalkOptions<'_> {
        WalkOptions {
            base: Some(base),
            ..WalkOptions::default()
        }
    }

    fn tree() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let c = dir.path().join("corpus");
        fs::create_dir_all(c.join("sub")).unwrap();
        fs::create_dir_all(c.join(".git")).unwrap();
        fs::create_dir_all(c.join("idx")).unwrap();
        for f in [
            "b.txt",
            "a.MD",
            "sub/c.jsonl",
            "sub/z.ndjson",
            "x.pdf",
            ".hidden.txt",
            ".git/d.txt",
            "idx/e.txt",
        ] {
            fs::write(c.join(f), "text").unwrap();
        }
        dir
    }

    /// A folder beside the corpus, holding `o.txt`: where links lead out of it.
    fn outside(dir: &tempfile::TempDir) -> std::path::PathBuf {
        let outside = dir.path().join("outside");
        fs::create_dir_all(&outside).unwrap();
        fs::write(outside.join("o.txt"), "x").unwrap();
        outside
    }

    #[test]
    fn sorted_skips_hidden_and_excluded() {
        let dir = tree();
        let base = dir.path().canonicalize().unwrap();
        let c = dir.path().join("corpus");
        let got = displays(walk(
            &c,
            &WalkOptions {
                exclude: Some(&c.join("idx")),
                ..from(&base)
            },
        ));
        assert_eq!(
            got,
            [
                "corpus/a.MD",
                "corpus/b.txt",
                "corpus/sub/c.jsonl",
                "corpus/sub/z.ndjson",
                "unsupported x.pdf"
            ]
        );
        let with_idx = displays(walk(&c, &from(&base)));
        assert!(with_idx.contains(&"corpus/idx/e.txt".to_string()));
    }

    #[test]
    fn display_is_independent_of_spelling() {
        let dir = tree();
        let c = dir.path().join("corpus");
        let dotted = dir.path().join("sub/../corpus/.");
        fs::create_dir_all(dir.path().join("sub")).unwrap();
        assert_eq!(
            displays(walk(&dotted, &WalkOptions::default())),
            displays(walk(&c, &WalkOptions::default()))
        );
    }

    #[test]
    fn relative_root_gives_the_same_display() {
        let dir = tempfile::tempdir_in(".").unwrap();
        let c = dir.path().join("corpus");
        fs::create_dir_all(&c).unwrap();
        fs::write(c.join("a.txt"), "x").unwrap();
        let name = dir
            .path()
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let cwd = std::env::current_dir().unwrap().canonicalize().unwrap();
        let options = WalkOptions {
            base: Some(&cwd),
            ..WalkOptions::default()
        };
        for spelling in [format!("./{name}/corpus"), format!("{name}/corpus/")] {
            let got = displays(walk(Path::new(&spelling), &options));
            assert_eq!(got, [format!("{name}/corpus/a.txt")], "{spelling}");
        }
    }

    /// Issue 16 item 5: the display was the folder's last name and the path below it, so
    /// `a/news/x.txt` and `b/news/x.txt` were both `news/x.txt`. It is the path below the base
    /// (the current directory), and the whole canonical path for a file outside it.
    #[test]
    fn display_is_below_the_base_or_absolute_never_shortened() {
        let dir = tempfile::tempdir().unwrap();
        let base = dir.path().canonicalize().unwrap();
        for folder in ["a/news", "b/news"] {
            fs::create_dir_all(dir.path().join(folder)).unwrap();
            fs::write(dir.path().join(folder).join("x.txt"), "x").unwrap();
        }
        let both = |options: &WalkOptions| -> Vec<String> {
            ["a/news", "b/news"]
                .iter()
                .flat_map(|f| displays(walk(&dir.path().join(f), options)))
                .collect()
        };
        assert_eq!(both(&from(&base)), ["a/news/x.txt", "b/news/x.txt"]);
        let absolute = [
            base.join("a/news/x.txt").to_string_lossy().into_owned(),
            base.join("b/news/x.txt").to_string_lossy().into_owned(),
        ];
        assert_eq!(both(&WalkOptions::default()), absolute);
        let elsewhere = base.join("a/news/deeper");
        let options = WalkOptions {
            base: Some(&elsewhere),
            ..WalkOptions::default()
        };
        assert_eq!(both(&options), absolute);
    }

    #[test]
    fn single_file_and_missing_root() {
        let dir = tree();
        let base = dir.path().canonicalize().unwrap();
        let f = dir.path().join("corpus/sub/c.jsonl");
        match walk(&f, &from(&base)).collect::<Vec<_>>().as_slice() {
            [WalkEvent::File(s)] => {
                assert_eq!(s.display, "corpus/sub/c.jsonl");
                assert_eq!(s.format, Format::JsonLines);
                assert_eq!(s.path, f);
            }
            other => panic!("{other:?}"),
        }
        let missing = displays(walk(&dir.path().join("nope"), &WalkOptions::default()));
        assert_eq!(missing.len(), 1);
        assert!(
            missing[0].ends_with("nope: cannot open: No such file or directory (os error 2)"),
            "{missing:?}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_are_followed_when_asked_and_loops_reported() {
        let dir = tree();
        let base = dir.path().canonicalize().unwrap();
        let c = dir.path().join("corpus");
        let outside = outside(&dir);
        std::os::unix::fs::symlink(&outside, c.join("linked")).unwrap();
        std::os::unix::fs::symlink(&c, c.join("sub/loop")).unwrap();
        let got = displays(walk(
            &c,
            &WalkOptions {
                follow: true,
                ..from(&base)
            },
        ));
        assert!(got.contains(&"corpus/linked/o.txt".to_string()), "{got:?}");
        assert!(
            got.iter()
                .any(|g| g.starts_with("error ") && g.contains("loop: a filesystem loop")),
            "{got:?}"
        );
    }

    /// Issue 15 item 3: links led out of the corpus (`c/archive -> /etc`), and a FIFO was
    /// skipped without a word.
    #[cfg(unix)]
    #[test]
    fn links_are_skipped_unless_followed_and_only_regular_files_are_read() {
        let dir = tree();
        let base = dir.path().canonicalize().unwrap();
        let c = dir.path().join("corpus");
        let outside = outside(&dir);
        std::os::unix::fs::symlink(&outside, c.join("linked")).unwrap();
        std::os::unix::fs::symlink(outside.join("o.txt"), c.join("sub/o.txt")).unwrap();
        std::os::unix::fs::symlink(&c, c.join("sub/loop")).unwrap();
        let fifo = c.join("sub/pipe.txt");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.unwrap().success());
        let pipe = format!("error {}: not a regular file (a FIFO)", fifo.display());
        assert_eq!(
            displays(walk(&c, &from(&base))),
            [
                "corpus/a.MD",
                "corpus/b.txt",
                "corpus/idx/e.txt",
                "link corpus/linked",
                "corpus/sub/c.jsonl",
                "link corpus/sub/loop",
                "link corpus/sub/o.txt",
                &pipe,
                "corpus/sub/z.ndjson",
                "unsupported x.pdf"
            ]
        );
        assert_eq!(displays(walk(&fifo, &WalkOptions::default())), [pipe]);
    }

    /// Issue 21 item 6: `.gitignore` (outside any git repository), `.ignore` and `.searchignore`
    /// are read, in the folder walked and above it; `no_ignore` reads none of them.
    #[test]
    fn ignore_files_are_respected_unless_no_ignore() {
        let dir = tempfile::tempdir().unwrap();
        let base = dir.path().canonicalize().unwrap();
        let c = dir.path().join("corpus");
        fs::create_dir_all(c.join("sub")).unwrap();
        fs::create_dir_all(c.join("drafts")).unwrap();
        for f in [
            "a.txt",
            "b.txt",
            "c.md",
            "drafts/d.txt",
            "sub/e.txt",
            "sub/f.txt",
        ] {
            fs::write(c.join(f), "text").unwrap();
        }
        fs::write(c.join(".gitignore"), "drafts/\n").unwrap();
        fs::write(c.join(".ignore"), "b.txt\n").unwrap();
        // The tool's own file re-includes what another one leaves out.
        fs::write(c.join(IGNORE_FILE), "*.md\nf.txt\n!b.txt\n").unwrap();
        let got = displays(walk(&c, &from(&base)));
        assert_eq!(got, ["corpus/a.txt", "corpus/b.txt", "corpus/sub/e.txt"]);
        // A folder below reads the ignore files above it: the two walks agree on each file.
        let sub = displays(walk(&c.join("sub"), &from(&base)));
        assert_eq!(sub, ["corpus/sub/e.txt"]);
        let all = WalkOptions {
            no_ignore: true,
            ..from(&base)
        };
        assert_eq!(
            displays(walk(&c, &all)),
            [
                "corpus/a.txt",
                "corpus/b.txt",
                "corpus/c.md",
                "corpus/drafts/d.txt",
                "corpus/sub/e.txt",
                "corpus/sub/f.txt"
            ]
        );
    }

    #[test]
    fn an_ignore_file_with_a_bad_line_is_a_warning_and_its_other_lines_apply() {
        let dir = tempfile::tempdir().unwrap();
        let base = dir.path().canonicalize().unwrap();
        let c = dir.path().join("corpus");
        fs::create_dir_all(&c).unwrap();
        fs::write(c.join("a.txt"), "text").unwrap();
        fs::write(c.join("b.txt"), "text").unwrap();
        fs::write(c.join(IGNORE_FILE), "{a.txt\nb.txt\n").unwrap();
        let got = displays(walk(&c, &from(&base)));
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(
            got[0].starts_with("warning ") && got[0].contains("{a.txt"),
            "{got:?}"
        );
        assert_eq!(got[1], "corpus/a.txt");
    }

    /// The manifest is merged with the walk in `FileKey` order (`update::plan`): the walk must
    /// yield files in that order, bytes of names, not in the order of their lossy text (U+FFFD
    /// sorts below U+FFFE, but the byte 0xFF it stands for sorts above it), and a folder's files
    /// before a sibling name that extends the folder's (`a/z.txt` before `a.b.txt`).
    #[cfg(unix)]
    #[test]
    fn the_walk_yields_files_in_file_key_order() {
        use crate::corpus::FileKey;
        use std::os::unix::ffi::OsStrExt;
        let dir = tempfile::tempdir().unwrap();
        let c = dir.path().join("corpus");
        fs::create_dir_all(c.join("a")).unwrap();
        let invalid = std::ffi::OsStr::from_bytes(b"\xff.txt");
        for name in [
            invalid,
            "\u{FFFE}.txt".as_ref(),
            "a.b.txt".as_ref(),
            "a/z.txt".as_ref(),
        ] {
            fs::write(c.join(name), "text").unwrap();
        }
        let keys: Vec<FileKey> = walk(&c, &WalkOptions::default())
            .map(|e| match e {
                WalkEvent::File(f) => FileKey::of(&f.path),
                other => panic!("{other:?}"),
            })
            .collect();
        let c = c.canonicalize().unwrap();
        let expected: Vec<FileKey> = [
            "a/z.txt".as_ref(),
            "a.b.txt".as_ref(),
            "\u{FFFE}.txt".as_ref(),
            invalid,
        ]
        .iter()
        .map(|name: &&std::ffi::OsStr| FileKey::of(&c.join(name)))
        .collect();
        assert_eq!(keys, expected);
        assert!(keys.windows(2).all(|w| w[0] < w[1]), "{keys:?}");
        let lossy: Vec<String> = keys
            .iter()
            .map(|k| k.path().to_string_lossy().into_owned())
            .collect();
        let mut sorted = lossy.clone();
        sorted.sort();
        assert_ne!(
            lossy, sorted,
            "the names must sort differently as lossy text"
        );
    }
}
