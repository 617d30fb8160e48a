//! Whether a word the article opens a sentence with is also written capitalised inside a
//! sentence: what tells a name ("Lind said ...", after "Ada Lind") from a capitalised opener
//! ("Having said this, ...").
use std::collections::HashMap;

use memchr::memmem::Finder;

/// The article's paragraphs, with the answers found so far.
pub struct Recurrence<'a> {
    paragraphs: &'a [&'a str],
    known: HashMap<String, bool>,
}

impl<'a> Recurrence<'a> {
    pub fn new(paragraphs: &'a [&'a str]) -> Self {
        Recurrence {
            paragraphs,
            known: HashMap::new(),
        }
    }

    /// Whether `word` occurs capitalised, as a whole word, somewhere other than a sentence
    /// start in the article.
    pub fn inside_a_sentence(&mut self, word: &str) -> bool {
        if let Some(&k) = self.known.get(word) {
            return k;
        }
        // One searcher for the whole article: `str::match_indices` built one per paragraph,
        // and with its scan this was 2.5% of all indexing instructions on long speeches.
        let finder = Finder::new(word);
        let found = !word.is_empty()
            && self.paragraphs.iter().any(|p| {
                finder
                    .find_iter(p.as_bytes())
                    .any(|at| mid_sentence(p, at, word.len()))
            });
        self.known.insert(word.to_string(), found);
        found
    }
}

impl Recurrence<'_> {
    /// Whether `word` occurs in the article more than once as a whole word, each time right
    /// after `before` ("Tobago" only ever in "Trinidad and Tobago").
    pub fn only_after(&self, word: &str, before: &str) -> bool {
        if word.is_empty() {
            return false;
        }
        let mut seen = 0;
        for p in self.paragraphs {
            for (at, _) in p.match_indices(word) {
                let whole = p
                    .get(at + word.len()..)
                    .and_then(|r| r.chars().next())
                    .is_none_or(|c| !c.is_alphanumeric());
                if !whole {
                    continue;
                }
                if !p.get(..at).is_some_and(|b| b.ends_with(before)) {
                    return false;
                }
                seen += 1;
            }
        }
        seen > 1
    }
}

/// The whole word at `at..at + len` in `p` stands after a word or comma of its own sentence.
fn mid_sentence(p: &str, at: usize, len: usize) -> bool {
    let after = p.get(at + len..).and_then(|r| r.chars().next());
    if after.is_some_and(char::is_alphanumeric) {
        return false;
    }
    let Some(before) = p.get(..at) else {
        return false;
    };
    if !before.ends_with(char::is_whitespace) {
        return false;
    }
    let before = before.trim_end();
    let Some(last) = before.chars().next_back() else {
        return false;
    };
    if last.is_alphanumeric() || last == ',' {
        return true;
    }
    // "Mr. Lind", "A. Lind": the period of an abbreviation or an initial
    let Some(stem) = before.strip_suffix('.') else {
        return false;
    };
    let prev = stem
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    super::words::is_abbrev(prev)
        || prev.chars().count() == 1 && prev.starts_with(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::Recurrence;

    #[test]
    fn a_name_recurs_inside_a_sentence_and_an_opener_does_not() {
        let paras = [
            "Having said this, the council voted. Dr. Lind agreed.",
            "Lind said the vote was close, and Berg, the mayor, left. Having won, she smiled.",
        ];
        let mut r = Recurrence::new(&paras);
        assert!(r.inside_a_sentence("Lind"));
        assert!(r.inside_a_sentence("Berg"));
        assert!(!r.inside_a_sentence("Having"));
        assert!(!r.inside_a_sentence("Lin"));
        assert!(!r.only_after("Lind", "Dr. "));
        let paras = [
            "Nils and Berg met. Then Nils and Berg left.",
            "Berget, and Berg.",
        ];
        let r = Recurrence::new(&paras);
        assert!(!r.only_after("Berg", "Nils and "));
        let paras = [
            "Nils and Berg met. Then Nils and Berg left.",
            "Bergen rose.",
        ];
        assert!(Recurrence::new(&paras).only_after("Berg", "Nils and "));
        let paras = ["Nils and Berg met.", "Bergen rose."];
        assert!(!Recurrence::new(&paras).only_after("Berg", "Nils and "));
    }
}
