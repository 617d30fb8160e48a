//! Finding the files to read: a sorted walk that skips hidden entries and the index folder, with display paths.

use super::{format_of, Format};
use std::fs::FileType;
use std::path::{Path, PathBuf};
use walkdir::{DirEntry, WalkDir};

/// A file to read: where it is, how to show it, how to parse it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// Real path on disk.
    pub path: PathBuf,
    /// `<root name>/<relative path>` with `/` separators.
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
    Error {
        path: Option<PathBuf>,
        message: String,
    },
}

/// Walks `root` (a folder, or a single file) in a stable sorted order, skipping hidden files and
/// folders and the folder `exclude` if given. `root` itself is resolved, but a symbolic link met
/// in the walk is followed only if `follow` (as ripgrep and fd do: a link could lead anywhere, out
/// of the corpus to `/etc` or round `/proc`). Only regular files are read: anything else (a FIFO,
/// a device, a socket), loops and unreadable entries become `WalkEvent::Error`. Display paths
/// start with the canonical root's final component.
pub fn walk(root: &Path, exclude: Option<&Path>, follow: bool) -> impl Iterator<Item = WalkEvent> {
    let events: Box<dyn Iterator<Item = WalkEvent>> = match root
        .canonicalize()
        .and_then(|canon| Ok((canon.metadata()?, canon)))
    {
        Err(e) => Box::new(std::iter::once(WalkEvent::Error {
            path: Some(root.to_path_buf()),
            message: format!("cannot open: {e}"),
        })),
        Ok((meta, canon)) if meta.is_dir() => Box::new(walk_dir(canon, exclude, follow)),
        Ok((meta, canon)) if meta.is_file() => Box::new(std::iter::once(single_file(root, &canon))),
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

fn single_file(root: &Path, canon: &Path) -> WalkEvent {
    let name = root
        .file_name()
        .or_else(|| canon.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    match format_of(canon) {
        Some(format) => WalkEvent::File(SourceFile {
            path: root.to_path_buf(),
            display: name,
            format,
        }),
        None => WalkEvent::Unsupported(root.to_path_buf()),
    }
}

fn is_hidden(entry: &DirEntry) -> bool {
    entry.depth() > 0 && entry.file_name().to_string_lossy().starts_with('.')
}

fn walk_dir(
    canon: PathBuf,
    exclude: Option<&Path>,
    follow: bool,
) -> impl Iterator<Item = WalkEvent> {
    let exclude = exclude.and_then(|p| p.canonicalize().ok());
    let root_name = canon
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let base = canon.clone();
    WalkDir::new(canon)
        .follow_links(follow)
        // By the names' bytes: the order of manifest keys (`index::manifest::FileKey`).
        .sort_by(|a, b| {
            a.file_name()
                .as_encoded_bytes()
                .cmp(b.file_name().as_encoded_bytes())
        })
        .into_iter()
        .filter_entry(move |e| !is_hidden(e) && !is_excluded(e, exclude.as_deref()))
        .filter_map(move |res| match res {
            Err(err) => Some(walk_error(err)),
            Ok(entry) if entry.file_type().is_dir() => None,
            Ok(entry) if entry.path_is_symlink() && !follow => {
                Some(WalkEvent::Link(display_of(&root_name, &base, entry.path())))
            }
            Ok(entry) if !entry.file_type().is_file() => {
                Some(not_regular(entry.path(), entry.file_type()))
            }
            Ok(entry) => {
                let path = entry.into_path();
                Some(match format_of(&path) {
                    Some(format) => WalkEvent::File(SourceFile {
                        display: display_of(&root_name, &base, &path),
                        path,
                        format,
                    }),
                    None => WalkEvent::Unsupported(path),
                })
            }
        })
}

fn is_excluded(entry: &DirEntry, exclude: Option<&Path>) -> bool {
    let Some(exclude) = exclude else {
        return false;
    };
    if !entry.file_type().is_dir() || entry.depth() == 0 {
        return false;
    }
    entry.path() == exclude || entry.path().canonicalize().is_ok_and(|c| c == exclude)
}

fn display_of(root_name: &str, base: &Path, path: &Path) -> String {
    let rel: Vec<String> = path
        .strip_prefix(base)
        .unwrap_or(path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if root_name.is_empty() {
        rel.join("/")
    } else {
        format!("{root_name}/{}", rel.join("/"))
    }
}

fn walk_error(err: walkdir::Error) -> WalkEvent {
    let path = err.path().map(Path::to_path_buf);
    let message = match (err.loop_ancestor(), err.io_error()) {
        (Some(ancestor), _) => format!(
            "a filesystem loop: it points back to {}; not followed",
            ancestor.display()
        ),
        (None, Some(io)) => format!("cannot read: {io}"),
        (None, None) => err.to_string(),
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
            })
            .collect()
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

    #[test]
    fn sorted_skips_hidden_and_excluded() {
        let dir = tree();
        let c = dir.path().join("corpus");
        let got = displays(walk(&c, Some(&c.join("idx")), false));
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
        let with_idx = displays(walk(&c, None, false));
        assert!(with_idx.contains(&"corpus/idx/e.txt".to_string()));
    }

    #[test]
    fn display_is_independent_of_spelling() {
        let dir = tree();
        let c = dir.path().join("corpus");
        let dotted = dir.path().join("sub/../corpus/.");
        fs::create_dir_all(dir.path().join("sub")).unwrap();
        assert_eq!(
            displays(walk(&dotted, None, false)),
            displays(walk(&c, None, false))
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
        for spelling in [format!("./{name}/corpus"), format!("{name}/corpus/")] {
            let got = displays(walk(Path::new(&spelling), None, false));
            assert_eq!(got, ["corpus/a.txt"], "{spelling}");
        }
    }

    #[test]
    fn single_file_and_missing_root() {
        let dir = tree();
        let f = dir.path().join("corpus/sub/c.jsonl");
        match walk(&f, None, false).collect::<Vec<_>>().as_slice() {
            [WalkEvent::File(s)] => {
                assert_eq!(s.display, "c.jsonl");
                assert_eq!(s.format, Format::JsonLines);
                assert_eq!(s.path, f);
            }
            other => panic!("{other:?}"),
        }
        let missing = displays(walk(&dir.path().join("nope"), None, false));
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
        let c = dir.path().join("corpus");
        let outside = dir.path().join("outside");
        fs::create_dir_all(&outside).unwrap();
        fs::write(outside.join("o.txt"), "x").unwrap();
        std::os::unix::fs::symlink(&outside, c.join("linked")).unwrap();
        std::os::unix::fs::symlink(&c, c.join("sub/loop")).unwrap();
        let got = displays(walk(&c, None, true));
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
        let c = dir.path().join("corpus");
        let outside = dir.path().join("outside");
        fs::create_dir_all(&outside).unwrap();
        fs::write(outside.join("o.txt"), "x").unwrap();
        std::os::unix::fs::symlink(&outside, c.join("linked")).unwrap();
        std::os::unix::fs::symlink(outside.join("o.txt"), c.join("sub/o.txt")).unwrap();
        std::os::unix::fs::symlink(&c, c.join("sub/loop")).unwrap();
        let fifo = c.join("sub/pipe.txt");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.unwrap().success());
        let pipe = format!("error {}: not a regular file (a FIFO)", fifo.display());
        assert_eq!(
            displays(walk(&c, None, false)),
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
        assert_eq!(displays(walk(&fifo, None, false)), [pipe]);
    }
}
