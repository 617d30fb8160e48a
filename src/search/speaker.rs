//! A speaker asked for by name (`--speaker`, `speaker:`) as a query: the paragraphs quoting that
//! person under any of the names the corpus gives them (issue 17). The one place a speaker's
//! name becomes a query, so every command that filters by speaker agrees.
use std::collections::HashSet;

use tantivy::collector::Count;
use tantivy::query::{BooleanQuery, EnableScoring, Occur, PhraseQuery, Query, TermQuery, Weight};
use tantivy::schema::IndexRecordOption;
use tantivy::{Searcher, Term};

use super::persons::Persons;
use crate::index::analyzers::{name_key, NameKey, NameShape};
use crate::index::Fields;

/// The paragraphs quoting one person. A surname alone finds everyone by that surname; a full
/// name finds the names whose key it shares (`Ada K. Lind` is `Ada Lind`), the longer or
/// shorter forms of it, and the surname alone when the corpus has one person by it
/// (`persons`). Which names those are is read from the searcher's index when the query is run.
#[derive(Debug, Clone)]
pub struct SpeakerQuery {
    fields: Fields,
    name: NameKey,
}

impl SpeakerQuery {
    /// `None` for a name without a word.
    pub fn new(fields: &Fields, name: &str) -> Option<SpeakerQuery> {
        Some(SpeakerQuery {
            fields: *fields,
            name: name_key(name)?,
        })
    }

    /// One term query for each key of the person, on the searcher's index when there is one.
    fn expand(&self, searcher: Option<&Searcher>) -> tantivy::Result<BooleanQuery> {
        let surname = self.name.shape == NameShape::Surname || !self.name.key.contains(' ');
        let terms: Vec<Term> = if surname {
            vec![Term::from_field_text(
                self.fields.speaker_surname,
                &self.name.surname,
            )]
        } else {
            let keys = match searcher {
                Some(searcher) if self.name.shape == NameShape::Full => {
                    self.persons(searcher)?.keys(&self.name)
                }
                _ => vec![self.name.key.clone()],
            };
            keys.iter()
                .map(|key| Term::from_field_text(self.fields.speaker_key, key))
                .collect()
        };
        Ok(BooleanQuery::new(
            terms
                .into_iter()
                .map(|term| {
                    let query = TermQuery::new(term, IndexRecordOption::Basic);
                    (Occur::Should, Box::new(query) as Box<dyn Query>)
                })
                .collect(),
        ))
    }

    /// The full names of the index with this name's surname and the surname alone, counted
    /// among live paragraphs, and the name itself: what `Persons` sorts into people.
    fn persons(&self, searcher: &Searcher) -> tantivy::Result<Persons> {
        let ending = format!(" {}", self.name.family);
        let mut keys: HashSet<String> = HashSet::new();
        for segment in searcher.segment_readers() {
            let inverted = segment.inverted_index(self.fields.speaker_key)?;
            let mut terms = inverted.terms().stream()?;
            while let Some((key, _)) = terms.next() {
                if let Ok(key) = std::str::from_utf8(key) {
                    let ours = key.ends_with(&ending) || key == self.name.family;
                    if ours && !keys.contains(key) {
                        keys.insert(key.to_owned());
                    }
                }
            }
        }
        let mut persons = Persons::default();
        persons.add(&self.name, 0);
        for key in keys {
            let term = Term::from_field_text(self.fields.speaker_key, &key);
            let live = searcher.search(&TermQuery::new(term, IndexRecordOption::Basic), &Count)?;
            // A key is its own name: `name_key` of it gives it back, with its shape.
            if let (true, Some(name)) = (live > 0, name_key(&key)) {
                persons.add(&name, live as u64);
            }
        }
        Ok(persons)
    }
}

impl Query for SpeakerQuery {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        self.expand(scoring.searcher())?.weight(scoring)
    }
}

/// `query` with each `speaker:` clause also finding the person it names (`SpeakerQuery`), as
/// `--speaker` does: `speaker:"ada lind"` finds the paragraphs quoting `Lind` alone too. The
/// clause itself is kept, so a word of any speaker's name still matches as before.
pub fn widen(query: Box<dyn Query>, fields: &Fields) -> Box<dyn Query> {
    let named = if let Some(term) = query.downcast_ref::<TermQuery>() {
        let term = term.term();
        (term.field() == fields.speaker)
            .then(|| term.value().as_str().map(str::to_owned))
            .flatten()
    } else if let Some(phrase) = query.downcast_ref::<PhraseQuery>() {
        let words: Option<Vec<String>> = phrase
            .phrase_terms()
            .iter()
            .map(|t| t.value().as_str().map(str::to_owned))
            .collect();
        (phrase.field() == fields.speaker)
            .then_some(words)
            .flatten()
            .map(|w| w.join(" "))
    } else if let Some(boolean) = query.downcast_ref::<BooleanQuery>() {
        let clauses = boolean
            .clauses()
            .iter()
            .map(|(occur, clause)| (*occur, widen(clause.box_clone(), fields)))
            .collect();
        return Box::new(BooleanQuery::new(clauses));
    } else {
        None
    };
    match named.and_then(|name| SpeakerQuery::new(fields, &name)) {
        Some(person) => Box::new(BooleanQuery::new(vec![
            (Occur::Should, query),
            (Occur::Should, Box::new(person)),
        ])),
        None => query,
    }
}
