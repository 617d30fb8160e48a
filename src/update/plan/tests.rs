use super::*;
use crate::corpus::content_hash;

/// A listed file; `real` takes size and modification time from disk (so it reads as unchanged).
fn listed(path: &Path, real: bool) -> FileEntry {
    let stat = if real {
        stat(path).unwrap()
    } else {
        Stat::NONE
    };
    FileEntry {
        key: FileKey::of(path),
        display: String::new(),
        size: stat.size,
        mtime_ns: stat.mtime_ns,
        node: stat.node,
        hash: content_hash(b""),
        articles: 1,
        paragraphs: 1,
    }
}

/// Each step as text, with paths relative to `base`.
fn steps(
    base: &Path,
    roots: &[PathBuf],
    forgotten: &[PathBuf],
    gone: &[PathBuf],
    old: Vec<FileEntry>,
) -> Vec<String> {
    steps_following(false, base, roots, forgotten, gone, old)
}

/// `steps`, following symbolic links if `follow`.
fn steps_following(
    follow: bool,
    base: &Path,
    roots: &[PathBuf],
    forgotten: &[PathBuf],
    gone: &[PathBuf],
    old: Vec<FileEntry>,
) -> Vec<String> {
    let rel = |key: &Path| {
        key.strip_prefix(base)
            .unwrap_or(key)
            .to_string_lossy()
            .into_owned()
    };
    let mut out = Vec::new();
    let mut emit = |step| {
        out.push(match step {
            Step::Read(job) => {
                let old = if job.old.is_some() { "listed" } else { "new" };
                format!("read {} ({old})", rel(&job.file.key.path()))
            }
            Step::Known(Known::Keep(e, true)) => format!("unchanged {}", rel(&e.key.path())),
            Step::Known(Known::Keep(e, false)) => format!("keep {}", rel(&e.key.path())),
            Step::Known(Known::Gone(key)) => format!("gone {}", rel(&key.path())),
            Step::Known(Known::Emptied(root, e)) => {
                format!("emptied {root} {}", rel(&e.key.path()))
            }
            Step::Known(Known::Link(display)) => format!("link {display}"),
            Step::Known(Known::Warning(message)) => format!("warning {message}"),
            Step::Known(Known::Unsupported(p)) => {
                format!("unsupported {}", rel(&p))
            }
            Step::Known(Known::Failed { path, .. }) => {
                format!("failed {}", rel(&path.unwrap_or_default()))
            }
        });
        true
    };
    plan(
        roots,
        forgotten,
        gone,
        &WalkOptions {
            follow,
            ..WalkOptions::default()
        },
        old.into_iter().map(Ok),
        &mut emit,
    )
    .unwrap();
    out
}

fn corpus(files: &[&str]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().canonicalize().unwrap();
    for f in files {
        let path = base.join(f);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, "text").unwrap();
    }
    (dir, base)
}

#[test]
fn a_new_index_reads_every_file_in_path_order() {
    let (_dir, base) = corpus(&["c/b c/x.txt", "c/b/y.txt", "c/a.md", "c/z.pdf"]);
    let got = steps(&base, &[base.join("c")], &[], &[], Vec::new());
    assert_eq!(
        got,
        [
            "read c/a.md (new)",
            "read c/b/y.txt (new)",
            "read c/b c/x.txt (new)",
            "unsupported c/z.pdf"
        ]
    );
}

#[test]
fn the_walk_meets_the_manifest_unchanged_changed_new_gone_and_outside() {
    let (_dir, base) = corpus(&[
        "a/1.txt",
        "c/b/same.txt",
        "c/b/moved.txt",
        "c/new.txt",
        "e/9.txt",
    ]);
    let old = vec![
        listed(&base.join("a/1.txt"), true),
        listed(&base.join("c/b/deleted.txt"), false),
        listed(&base.join("c/b/moved.txt"), false),
        listed(&base.join("c/b/same.txt"), true),
        listed(&base.join("c/zz/deleted-too.txt"), false),
        listed(&base.join("d/outside.txt"), false),
        listed(&base.join("e/9.txt"), true),
        listed(&base.join("f/outside.txt"), false),
    ];
    let got = steps(&base, &[base.join("c"), base.join("e")], &[], &[], old);
    assert_eq!(
        got,
        [
            "keep a/1.txt",
            "gone c/b/deleted.txt",
            "read c/b/moved.txt (listed)",
            "unchanged c/b/same.txt",
            "read c/new.txt (new)",
            "gone c/zz/deleted-too.txt",
            "keep d/outside.txt",
            "unchanged e/9.txt",
            "keep f/outside.txt",
        ]
    );
}

#[test]
fn a_forgotten_folder_is_read_anew_and_its_old_entries_dropped() {
    let (_dir, base) = corpus(&["c/x.txt"]);
    let old = vec![
        listed(&base.join("c/x.txt"), true),
        listed(&base.join("c/old.txt"), false),
        listed(&base.join("d/y.txt"), false),
    ];
    let c = base.join("c");
    let got = steps(
        &base,
        std::slice::from_ref(&c),
        std::slice::from_ref(&c),
        &[],
        old,
    );
    assert_eq!(got, ["read c/x.txt (new)", "keep d/y.txt"]);
}

#[test]
fn a_gone_folder_is_not_walked_and_what_was_listed_under_it_goes() {
    let (_dir, base) = corpus(&["c/x.txt", "cc/y.txt"]);
    let old = vec![
        listed(&base.join("c/x.txt"), true),
        listed(&base.join("cc/y.txt"), true),
        listed(&base.join("gone/a.txt"), false),
        listed(&base.join("gone/b/c.txt"), false),
        listed(&base.join("gone2/d.txt"), false),
    ];
    let gone = base.join("gone");
    assert_eq!(gone_root(&gone), Some(gone.clone()));
    assert_eq!(
        gone_root(&base.join("gone/deeper/still")),
        Some(base.join("gone/deeper/still"))
    );
    assert_eq!(gone_root(&base.join("gone/..")), None);
    let roots = [base.join("c"), gone.clone()];
    let got = steps(&base, &roots, &[], std::slice::from_ref(&gone), old);
    assert_eq!(
        got,
        [
            "unchanged c/x.txt",
            "keep cc/y.txt",
            "emptied 1 gone/a.txt",
            "emptied 1 gone/b/c.txt",
            "keep gone2/d.txt"
        ]
    );
}

/// Issue 15 item 8: an unplugged disk's mount point is an empty folder.
#[test]
fn what_is_listed_under_a_folder_that_yields_no_file_is_emptied_not_gone() {
    let (_dir, base) = corpus(&["c/x.txt", "d/notes.pdf"]);
    std::fs::create_dir_all(base.join("e")).unwrap();
    let old = vec![
        listed(&base.join("c/x.txt"), true),
        listed(&base.join("c/y.txt"), false),
        listed(&base.join("d/a.txt"), false),
        listed(&base.join("e/b/c.txt"), false),
    ];
    let roots = [base.join("c"), base.join("d"), base.join("e")];
    let got = steps(&base, &roots, &[], &[], old);
    assert_eq!(
        got,
        [
            "unchanged c/x.txt",
            "gone c/y.txt",
            "unsupported d/notes.pdf",
            "emptied 1 d/a.txt",
            "emptied 2 e/b/c.txt"
        ]
    );
}

#[cfg(unix)]
#[test]
fn what_is_listed_below_something_unreadable_is_kept() {
    let (_dir, base) = corpus(&["c/a.txt"]);
    std::os::unix::fs::symlink(base.join("c"), base.join("c/loop")).unwrap();
    let old = vec![listed(&base.join("c/loop/x.txt"), false)];
    let got = steps_following(true, &base, &[base.join("c")], &[], &[], old);
    assert_eq!(
        got,
        ["read c/a.txt (new)", "failed c/loop", "keep c/loop/x.txt"]
    );
}

#[test]
fn planning_stops_when_told_and_reports_a_bad_manifest_line() {
    let (_dir, base) = corpus(&["c/1.txt", "c/2.txt", "c/3.txt"]);
    let mut seen = 0;
    let mut emit = |_| {
        seen += 1;
        seen < 2
    };
    plan(
        &[base.join("c")],
        &[],
        &[],
        &WalkOptions::default(),
        std::iter::empty(),
        &mut emit,
    )
    .unwrap();
    assert_eq!(seen, 2);

    let bad = std::iter::once(Err(anyhow::anyhow!("line 2: damaged")));
    let err = plan(
        &[base.join("c")],
        &[],
        &[],
        &WalkOptions::default(),
        bad,
        &mut |_| true,
    )
    .unwrap_err();
    assert!(err.to_string().contains("damaged"), "{err}");
}

#[test]
fn folders_inside_another_are_walked_once() {
    let roots = outermost(vec![
        PathBuf::from("/d/news/2024"),
        PathBuf::from("/d/news"),
        PathBuf::from("/d/newsroom"),
        PathBuf::from("/d/a.txt"),
    ]);
    assert_eq!(
        roots,
        [
            PathBuf::from("/d/a.txt"),
            PathBuf::from("/d/news"),
            PathBuf::from("/d/newsroom")
        ]
    );
}

/// Issue 15 item 9: size and modification time are not enough to call a file unchanged.
#[test]
fn a_file_whose_change_time_or_inode_moved_or_is_unknown_is_read() {
    let (_dir, base) = corpus(&["c/a.txt", "c/b.txt", "c/c.txt"]);
    let same = listed(&base.join("c/a.txt"), true);
    let mut unknown = listed(&base.join("c/b.txt"), true);
    unknown.node = None;
    let mut moved = listed(&base.join("c/c.txt"), true);
    if let Some(node) = &mut moved.node {
        node.inode += 1;
    }
    let got = steps(
        &base,
        &[base.join("c")],
        &[],
        &[],
        vec![same, unknown, moved],
    );
    let expected = if cfg!(unix) {
        [
            "unchanged c/a.txt",
            "read c/b.txt (listed)",
            "read c/c.txt (listed)",
        ]
    } else {
        [
            "unchanged c/a.txt",
            "unchanged c/b.txt",
            "unchanged c/c.txt",
        ]
    };
    assert_eq!(got, expected);
}
