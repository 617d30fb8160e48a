//! The indexed speakers whose names are nearest a `--speaker` name that quotes no one.
use std::collections::HashMap;

use anyhow::{Context, Result};
use strsim::osa_distance;
use tantivy::collector::Count;
use tantivy::query::TermQuery;
use tantivy::schema::IndexRecordOption;
use tantivy::{Searcher, Term};

use crate::index::{analyzers, Fields};

/// How many names a suggestion lists at most.
pub const CLOSEST: usize = 3;

/// The speakers quoted in the index whose names are within a few edits of `asked`, nearest
/// first, then the most quoted, then by name.
pub fn speakers(searcher: &Searcher, fields: &Fields, asked: &str) -> Result<Vec<String>> {
    let asked = analyzers::name_words(asked);
    if asked.is_empty() {
        return Ok(Vec::new());
    }
    let mut near: Vec<(usize, u64, String)> = indexed_names(searcher, fields)?
        .into_iter()
        .filter_map(|(name, paragraphs)| {
            let distance = distance(&asked, &analyzers::name_words(&name))?;
            Some((distance, paragraphs, name))
        })
        .collect();
    near.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
    let mut closest = Vec::new();
    for (_, _, name) in near {
        if closest.len() == CLOSEST {
            break;
        }
        if quoted(searcher, fields, &name)? {
            closest.push(name);
        }
    }
    Ok(closest)
}

/// Every speaker name in the term dictionaries, with its paragraphs counted there. Replaced
/// paragraphs stay in a segment's dictionary until it is merged, so a name found here may
/// quote no one any more (`quoted` checks); the counts only order the suggestions.
fn indexed_names(searcher: &Searcher, fields: &Fields) -> Result<HashMap<String, u64>> {
    let mut names: HashMap<String, u64> = HashMap::new();
    for segment in searcher.segment_readers() {
        let inverted = segment
            .inverted_index(fields.speaker_name)
            .context("reading the speaker names")?;
        let mut terms = inverted
            .terms()
            .stream()
            .context("reading the speaker names")?;
        while let Some((key, info)) = terms.next() {
            let Ok(name) = std::str::from_utf8(key) else {
                continue;
            };
            let paragraphs = u64::from(info.doc_freq);
            match names.get_mut(name) {
                Some(count) => *count += paragraphs,
                None => {
                    names.insert(name.to_owned(), paragraphs);
                }
            }
        }
    }
    Ok(names)
}

/// Whether a live paragraph quotes `name`.
fn quoted(searcher: &Searcher, fields: &Fields, name: &str) -> Result<bool> {
    let term = Term::from_field_text(fields.speaker_name, name);
    let query = TermQuery::new(term, IndexRecordOption::Basic);
    let count = searcher
        .search(&query, &Count)
        .context("counting a speaker's paragraphs")?;
    Ok(count > 0)
}

/// The edits from the asked words to a speaker's, when few enough to suggest the speaker. One
/// word is compared with each word of the name (a misspelt surname, or a first name given for a
/// surname); several with the whole name.
fn distance(asked: &[String], name: &[String]) -> Option<usize> {
    match asked {
        [one] => name.iter().filter_map(|word| near(one, word)).min(),
        _ => near(&asked.join(" "), &name.join(" ")),
    }
}

/// The edits from `asked` to `other`, when within the tolerance for `asked`'s length. Names
/// whose lengths differ by more are passed over without computing the distance: most of them.
fn near(asked: &str, other: &str) -> Option<usize> {
    let chars = asked.chars().count();
    let tolerance = tolerance(chars);
    if chars.abs_diff(other.chars().count()) > tolerance {
        return None;
    }
    let distance = osa_distance(asked, other);
    (distance <= tolerance).then_some(distance)
}

/// Edits allowed for a name of `chars` characters: none for two, then one per few letters, as
/// Elasticsearch's `AUTO` fuzziness, with a third step for whole names.
fn tolerance(chars: usize) -> usize {
    match chars {
        0..=2 => 0,
        3..=5 => 1,
        6..=11 => 2,
        _ => 3,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        analyzers::name_words(text)
    }

    #[test]
    fn a_misspelt_surname_or_a_first_name_is_near() {
        let name = words("Jean-Noël Barrot");
        assert_eq!(distance(&words("barot"), &name), Some(1));
        assert_eq!(
            distance(&words("brarot"), &name),
            Some(1),
            "a transposition"
        );
        assert_eq!(distance(&words("noel"), &name), Some(0));
        assert_eq!(distance(&words("jean noel barrow"), &name), Some(1));
        assert_eq!(distance(&words("garcia"), &name), None);
    }

    #[test]
    fn short_names_allow_fewer_edits() {
        assert_eq!(distance(&words("li"), &words("Wei Lu")), None);
        assert_eq!(distance(&words("lu"), &words("Wei Lu")), Some(0));
        assert_eq!(distance(&words("lou"), &words("Wei Lu")), Some(1));
        assert_eq!(distance(&words("laos"), &words("Wei Lu")), None);
    }
}
