//! An article's address: its file's key and, in a file of many articles (a JSON Lines file, a
//! JSON array), its number there. Its text form, `/home/me/news/a.txt` or
//! `/home/me/news/b.jsonl#3`, is what the index keeps as the article's `path`: unique across the
//! index (two folders named `news` in different places are two different paths), and the same
//! whichever folder `search index` ran from. How a path is shown depends on where the person
//! reading it is: [`shown`], resolved at each command against its current directory.
//!
//! An address ends in `#N` only for an article of a file of many: a file the walk reads has an
//! extension it knows (`.jsonl`, `.txt`...), so its key never ends in `#` and digits, and the
//! text form is never ambiguous.
use std::path::Path;

use super::FileKey;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleAddress {
    pub file: FileKey,
    /// The line of a JSON Lines file, the element of a JSON array (from 1); `None` for a file
    /// that is one article.
    pub number: Option<usize>,
}

impl ArticleAddress {
    /// The text form, what the index keeps: the key's text form, then `#N`.
    pub fn text(&self) -> String {
        match self.number {
            Some(n) => format!("{}#{n}", self.file.text()),
            None => self.file.text().into_owned(),
        }
    }

    /// The address whose text form is `text`; `None` if no address writes so.
    pub fn from_text(text: &str) -> Option<ArticleAddress> {
        let (file, number) = match text.rsplit_once('#') {
            Some((file, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => {
                (file, Some(n.parse().ok()?))
            }
            _ => (text, None),
        };
        Some(ArticleAddress {
            file: FileKey::from_text(file.to_owned())?,
            number,
        })
    }

    /// For people: the file as [`shown`] from `base`, then `#N`.
    pub fn shown(&self, base: Option<&Path>) -> String {
        let file = shown(&self.file.path(), base);
        match self.number {
            Some(n) => format!("{file}#{n}"),
            None => file,
        }
    }
}

/// How a path is shown, as ripgrep shows what it finds: relative to `base` (the current
/// directory) when it is below it, else as it is (absolute, for the canonical paths of the
/// index); with `�` where a byte is not UTF-8. Never a shortened form two files could share.
pub fn shown(path: &Path, base: Option<&Path>) -> String {
    let below = base
        .and_then(|base| path.strip_prefix(base).ok())
        .filter(|rest| !rest.as_os_str().is_empty());
    below.unwrap_or(path).to_string_lossy().into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn address(text: &str) -> ArticleAddress {
        ArticleAddress::from_text(text).unwrap()
    }

    #[test]
    fn the_text_form_round_trips_with_and_without_an_article_number() {
        for text in [
            "/data/news/a.txt",
            "/data/news/b.jsonl#3",
            "/data/#1/c.json#12",
            "/data/notes#2.txt",
        ] {
            assert_eq!(address(text).text(), text);
        }
        assert_eq!(address("/data/news/b.jsonl#3").number, Some(3));
        assert_eq!(address("/data/notes#2.txt").number, None);
        assert_eq!(address("/data/a.jsonl#").number, None);
    }

    #[cfg(unix)]
    #[test]
    fn a_name_that_is_not_utf8_keeps_its_bytes_and_is_shown_lossy() {
        use std::os::unix::ffi::OsStrExt;
        let path = Path::new(std::ffi::OsStr::from_bytes(b"/data/caf\xe9.jsonl"));
        let original = ArticleAddress {
            file: FileKey::of(path),
            number: Some(2),
        };
        let back = address(&original.text());
        assert_eq!(back, original);
        assert_eq!(back.shown(Some(Path::new("/data"))), "caf\u{FFFD}.jsonl#2");
    }

    #[test]
    fn paths_below_the_base_are_relative_and_others_as_they_are() {
        let base = Some(Path::new("/home/me"));
        let shown = |text: &str| address(text).shown(base);
        assert_eq!(shown("/home/me/a/news/x.txt"), "a/news/x.txt");
        assert_eq!(shown("/home/me/b/news/x.txt"), "b/news/x.txt");
        assert_eq!(shown("/home/me/w.jsonl#4"), "w.jsonl#4");
        assert_eq!(shown("/home/meg/x.txt"), "/home/meg/x.txt");
        assert_eq!(shown("/srv/news/x.txt"), "/srv/news/x.txt");
        assert_eq!(address("/srv/x.txt").shown(None), "/srv/x.txt");
    }
}
