//! A lean index's paragraph text, read back from the corpus files it was indexed from.
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::Path;

use super::schema::text_check;
use crate::corpus::FileKey;
use crate::corpus::{self, Article, Format};

/// The longest JSON Lines line (or JSON array element) read back. The offset comes from the
/// index, and a file changed since could put it anywhere: a runaway read stops here (and then
/// fails the text check).
const MAX_LINE_BYTES: u64 = 256 << 20;

/// Files read back within one command, so that hits in the same file parse it once.
#[derive(Default)]
pub struct Sources {
    /// By file and offset: the articles read there, or why none could be.
    read: HashMap<(String, u64), Result<Vec<Article>, String>>,
}

impl Sources {
    /// The text of paragraph `number` (its passage `part`, if split) of the article shown as
    /// `path` (as the user sees it: the file is parsed again with that display path, and
    /// messages name it so), read from `file` (the text form of the file's key, as the index
    /// keeps it) at `offset`, if it is still the text indexed (`check`).
    /// The error says why not, for the user.
    pub fn text(
        &mut self,
        file: &str,
        path: &str,
        offset: u64,
        number: u32,
        part: Option<u32>,
        check: u64,
    ) -> Result<String, String> {
        // Bounded, for `search export` of a whole index; it reads in index order, file by file.
        if self.read.len() >= 64 {
            self.read.clear();
        }
        let articles = self
            .read
            .entry((file.to_owned(), offset))
            .or_insert_with(|| match FileKey::from_text(file.to_owned()) {
                Some(key) => read_back(&key.path(), path, offset),
                None => Err(format!("{path}: the index names its file wrongly")),
            })
            .as_ref()
            .map_err(Clone::clone)?;
        articles
            .iter()
            .find(|a| a.path == path)
            .and_then(|a| {
                a.paragraphs
                    .iter()
                    .find(|p| p.number == number && p.part == part)
            })
            .filter(|p| text_check(&p.text) == check)
            .map(|p| p.text.clone())
            .ok_or_else(|| format!("{path} changed since it was indexed"))
    }
}

/// The articles of `file`, parsed as when it was indexed: all of them, or the one starting at
/// `offset` (a JSON Lines line, or an object of a JSON array).
fn read_back(file: &Path, path: &str, offset: u64) -> Result<Vec<Article>, String> {
    // The index keeps no format: the key's extension gives it back, by the one rule
    // (`corpus::format_of`) the walk used on the same canonical path when the file was indexed.
    let format = corpus::format_of(file)
        .ok_or_else(|| format!("{}: not a file search reads", file.display()))?;
    let display = file_display(path, format);
    let cannot = |err: std::io::Error| format!("cannot read {display}: {err}");
    let number = || {
        path.rsplit_once('#')
            .and_then(|(_, n)| n.parse::<usize>().ok())
            .ok_or_else(|| format!("{path}: no article number in the path the index keeps"))
    };
    let at = || -> Result<_, String> {
        let mut reader = BufReader::new(corpus::open_regular(file).map_err(cannot)?);
        reader.seek(SeekFrom::Start(offset)).map_err(cannot)?;
        Ok(reader.take(MAX_LINE_BYTES))
    };
    match format {
        Format::JsonLines => {
            let number = number()?;
            let mut line = Vec::new();
            at()?.read_until(b'\n', &mut line).map_err(cannot)?;
            return Ok(corpus::parse_jsonl_line(display, number, offset, &line).articles);
        }
        // An article of a JSON array (a lone object starts the file).
        Format::Json if offset > 0 => {
            let number = number()?;
            return Ok(corpus::parse_json_element(display, number, offset, at()?).articles);
        }
        _ => {}
    }
    let bytes = corpus::read_regular(file).map_err(cannot)?;
    Ok(corpus::parse_bytes(display, format, &bytes).articles)
}

/// The display path of the file whose article is shown as `path`: JSON articles have `#N`
/// appended (the line, or the position in an array).
fn file_display(path: &str, format: Format) -> &str {
    match (format, path.rsplit_once('#')) {
        (Format::Json | Format::JsonLines, Some((file, n)))
            if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) =>
        {
            file
        }
        _ => path,
    }
}

#[cfg(test)]
mod tests;
