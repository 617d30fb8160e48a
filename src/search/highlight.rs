//! Phrase-aware highlighting: byte ranges of the words that made a paragraph match.
//!
//! tantivy's snippet generator lights every occurrence of every term; here a phrase lights only
//! its real occurrences, and stemmed forms count because the stored text is re-analysed with the
//! same analyzer as the query.
use std::collections::HashSet;

use tantivy::query::{BooleanQuery, Occur, PhraseQuery, Query, TermQuery};
use tantivy::schema::Field;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::Term;

/// What to light up in the `text` field, taken from a parsed query.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Matcher {
    terms: HashSet<String>,
    phrases: Vec<Vec<String>>,
}

impl Matcher {
    pub fn from_query(query: &dyn Query, field: Field) -> Matcher {
        let mut matcher = Matcher::default();
        matcher.visit(query, field);
        matcher
    }

    fn visit(&mut self, query: &dyn Query, field: Field) {
        if let Some(boolean) = query.downcast_ref::<BooleanQuery>() {
            for (occur, clause) in boolean.clauses() {
                if *occur != Occur::MustNot {
                    self.visit(clause.as_ref(), field);
                }
            }
        } else if let Some(phrase) = query.downcast_ref::<PhraseQuery>() {
            if phrase.field() == field {
                let words: Vec<String> = phrase.phrase_terms().iter().filter_map(word).collect();
                self.phrases.push(words);
            }
        } else if let Some(term) = query.downcast_ref::<TermQuery>() {
            self.add_term(term.term(), field);
        } else {
            // Boosted, fuzzy or other queries: light their terms one by one.
            query.query_terms(&mut |term, _| self.add_term(term, field));
        }
    }

    fn add_term(&mut self, term: &Term, field: Field) {
        if term.field() == field {
            if let Some(w) = word(term) {
                self.terms.insert(w);
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty() && self.phrases.is_empty()
    }

    /// Sorted, merged byte ranges in `text` of matching words and whole phrase occurrences.
    pub fn ranges(&self, analyzer: &mut TextAnalyzer, text: &str) -> Vec<[usize; 2]> {
        if self.is_empty() {
            return Vec::new();
        }
        let mut tokens = Vec::new();
        let mut stream = analyzer.token_stream(text);
        while let Some(token) = stream.next() {
            tokens.push((
                token.position,
                token.text.clone(),
                token.offset_from,
                token.offset_to,
            ));
        }
        let mut ranges = Vec::new();
        for (_, word, from, to) in &tokens {
            if self.terms.contains(word) {
                ranges.push([*from, *to]);
            }
        }
        for phrase in self.phrases.iter().filter(|p| !p.is_empty()) {
            for start in 0..tokens.len() {
                let Some(window) = tokens.get(start..start + phrase.len()) else {
                    break;
                };
                let consecutive = window.windows(2).all(|pair| pair[1].0 == pair[0].0 + 1);
                if consecutive && window.iter().zip(phrase).all(|(t, w)| &t.1 == w) {
                    ranges.push([window[0].2, window[window.len() - 1].3]);
                }
            }
        }
        merge(ranges)
    }
}

fn word(term: &Term) -> Option<String> {
    term.value().as_str().map(str::to_string)
}

fn merge(mut ranges: Vec<[usize; 2]>) -> Vec<[usize; 2]> {
    ranges.sort_unstable();
    let mut merged: Vec<[usize; 2]> = Vec::with_capacity(ranges.len());
    for range in ranges {
        match merged.last_mut() {
            Some(last) if range[0] <= last[1] => last[1] = last[1].max(range[1]),
            _ => merged.push(range),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::analyzers::news;
    use tantivy::schema::{Schema, TEXT};

    fn field() -> Field {
        let mut builder = Schema::builder();
        builder.add_text_field("text", TEXT)
    }

    fn terms(words: &[&str], f: Field) -> Vec<Term> {
        words.iter().map(|w| Term::from_field_text(f, w)).collect()
    }

    fn marked(text: &str, ranges: &[[usize; 2]]) -> Vec<String> {
        ranges
            .iter()
            .map(|r| text[r[0]..r[1]].to_string())
            .collect()
    }

    #[test]
    fn a_phrase_lights_only_its_occurrences() {
        let f = field();
        let query = PhraseQuery::new(terms(&["reassur", "forc"], f));
        let matcher = Matcher::from_query(&query, f);
        let text = "A reassurance force, not a police force, and forces reassured.";
        let ranges = matcher.ranges(&mut news(), text);
        assert_eq!(marked(text, &ranges), ["reassurance force"]);
    }

    #[test]
    fn stemmed_forms_of_terms_are_lit_and_excluded_terms_are_not() {
        let f = field();
        let query = BooleanQuery::new(vec![
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(f, "guarante"),
                    Default::default(),
                )) as Box<dyn Query>,
            ),
            (
                Occur::MustNot,
                Box::new(TermQuery::new(
                    Term::from_field_text(f, "nato"),
                    Default::default(),
                )),
            ),
        ]);
        let matcher = Matcher::from_query(&query, f);
        let text = "Guarantees for NATO and a guarantee.";
        assert_eq!(
            marked(text, &matcher.ranges(&mut news(), text)),
            ["Guarantees", "guarantee"]
        );
    }

    #[test]
    fn overlapping_ranges_merge() {
        assert_eq!(
            merge(vec![[5, 9], [0, 3], [2, 4], [9, 12]]),
            vec![[0, 4], [5, 12]]
        );
    }
}
