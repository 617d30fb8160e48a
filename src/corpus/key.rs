//! A file's identity: the exact bytes of its canonical path, with the one order the walk, the
//! manifest and the plan share, and a lossless text form for the index's `file` term and the
//! manifest's lines.
//!
//! A name is not always UTF-8, and two names that differ only in their invalid bytes
//! (`caf\xe9.txt`, `caf\xe8.txt`) were one key as lossy text (issue 15): editing one deleted the
//! other's paragraphs. The text form keeps every byte: a UTF-8 path is itself (so indexes made
//! before keep their keys), a byte that is not UTF-8 is `ESCAPE` and two hex digits, and
//! `ESCAPE` itself is doubled. Only the text form is stored; only the display is lossy.
use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt::Write;
use std::path::Path;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Starts an escape in the text form. A Unicode noncharacter, kept "for internal use": no name is
/// expected to hold one (a name that does has its key written differently from before, and is
/// then read as a file gone and one new: nothing is misread).
const ESCAPE: char = '\u{FDD0}';

const SEPARATOR: u8 = std::path::MAIN_SEPARATOR as u8;

/// The key of a file in the manifest and the index: the bytes of its canonical absolute path.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct FileKey(Vec<u8>);

impl FileKey {
    pub fn of(path: &Path) -> FileKey {
        FileKey(path.as_os_str().as_encoded_bytes().to_vec())
    }

    /// The key whose text form is `text`; `None` if no key writes so (a stray escape).
    pub fn from_text(text: String) -> Option<FileKey> {
        if !text.contains(ESCAPE) {
            return Some(FileKey(text.into_bytes()));
        }
        let mut bytes = Vec::with_capacity(text.len());
        let mut chars = text.chars();
        while let Some(c) = chars.next() {
            if c != ESCAPE {
                bytes.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                continue;
            }
            match chars.next()? {
                ESCAPE => bytes.extend_from_slice(ESCAPE.encode_utf8(&mut [0; 4]).as_bytes()),
                high => {
                    let low = chars.next()?;
                    let byte = high.to_digit(16)? * 16 + low.to_digit(16)?;
                    bytes.push(u8::try_from(byte).ok()?);
                }
            }
        }
        // One text form a key: `\u{FDD0}C3\u{FDD0}A9` would be `é` written another way.
        let key = FileKey(bytes);
        (key.text() == text).then_some(key)
    }

    /// The text form: the path itself when it is UTF-8 (and holds no `ESCAPE`).
    pub fn text(&self) -> Cow<'_, str> {
        match std::str::from_utf8(&self.0) {
            Ok(text) if !text.contains(ESCAPE) => Cow::Borrowed(text),
            _ => Cow::Owned(escaped(&self.0)),
        }
    }

    /// The path the key names, to read the file back.
    pub fn path(&self) -> Cow<'_, Path> {
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStrExt;
            Cow::Borrowed(Path::new(std::ffi::OsStr::from_bytes(&self.0)))
        }
        #[cfg(not(unix))]
        {
            // Elsewhere the bytes are WTF-8, which only the standard library may turn back.
            match String::from_utf8_lossy(&self.0) {
                Cow::Borrowed(text) => Cow::Borrowed(Path::new(text)),
                Cow::Owned(text) => Cow::Owned(text.into()),
            }
        }
    }

    /// Whether this file is `root` or below it (by component, not by prefix).
    pub fn is_under(&self, root: &FileKey) -> bool {
        self.0.strip_prefix(root.0.as_slice()).is_some_and(|rest| {
            rest.is_empty() || rest.first() == Some(&SEPARATOR) || root.0.last() == Some(&SEPARATOR)
        })
    }

    /// The text forms of everything inside folder `self`: from `key/` (included) to `key0`
    /// (excluded), `0` being the character after `/`. (An escape never writes `/`, so the text
    /// form of a path below is the folder's, `/`, and the rest's.)
    pub fn folder_range(&self) -> (String, String) {
        let text = self.text();
        let key = text.trim_end_matches(char::from(SEPARATOR));
        (
            format!("{key}{}", char::from(SEPARATOR)),
            format!("{key}{}", char::from(SEPARATOR + 1)),
        )
    }
}

fn escaped(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + 8);
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            if c == ESCAPE {
                out.push(ESCAPE);
            }
            out.push(c);
        }
        for byte in chunk.invalid() {
            out.push(ESCAPE);
            let _ = write!(out, "{byte:02X}");
        }
    }
    out
}

/// Path order: component by component, as `corpus::walk` yields files (byte order with the
/// separator below every other byte; comparing `Path`s gave the same order but cost 8% of a
/// re-index that changed nothing).
impl Ord for FileKey {
    fn cmp(&self, other: &FileKey) -> Ordering {
        let unit = |b: u8| if b == SEPARATOR { 0 } else { b };
        let (a, b) = (&self.0, &other.0);
        let same = a.iter().zip(b).take_while(|(x, y)| x == y).count();
        match (a.get(same), b.get(same)) {
            (Some(&x), Some(&y)) => unit(x).cmp(&unit(y)),
            _ => a.len().cmp(&b.len()),
        }
    }
}

impl PartialOrd for FileKey {
    fn partial_cmp(&self, other: &FileKey) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// For people: the path, lossy where it is not UTF-8.
impl std::fmt::Display for FileKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.path().display())
    }
}

impl std::fmt::Debug for FileKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.text())
    }
}

impl Serialize for FileKey {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text())
    }
}

impl<'de> Deserialize<'de> for FileKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<FileKey, D::Error> {
        let text = String::deserialize(deserializer)?;
        FileKey::from_text(text)
            .ok_or_else(|| serde::de::Error::custom("a file key with a stray escape"))
    }
}

#[cfg(test)]
mod tests;
