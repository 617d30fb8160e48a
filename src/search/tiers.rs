//! Queries read as words, ranked in tiers: paragraphs holding the exact phrase, then those
//! holding every word (function words aside), then those holding some of the words; BM25 of
//! every word of the query, repeated words as often as repeated and function words at a tenth
//! of their weight, orders each tier.
use std::collections::{HashMap, HashSet};

use anyhow::{Context, Result};
use tantivy::collector::TopDocs;
use tantivy::query::{
    BooleanQuery, BoostQuery, ConstScoreQuery, DisjunctionMaxQuery, EmptyQuery, FuzzyTermQuery,
    Occur, PhraseQuery, Query, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocAddress, Score, Searcher, Term};

use super::statistics::Statistics;
use super::stop::is_stop;
use super::words::{Item, Kind, Sign};
use crate::index::{analyzers, Fields};
use crate::model::Match;

/// How much a function word counts in the score, against 1 for any other word: a little, to
/// break ties. Chosen on CISI (BENCHMARKS.md): at full weight the `what`s and `are`s of a
/// question lower MAP@100 from 0.155 to 0.144; at 0.1 or less they cost nothing.
pub const FUNCTION_WEIGHT: f32 = 0.1;

/// How much a content word found in the article's title adds, against 1 for the word in the
/// paragraph. Chosen on CISI (BENCHMARKS.md): MAP@100 0.155 without, 0.160 at 0.1, 0.171 at
/// 0.5 (0.170 at 0.4 and 0.7), 0.168 at 1.
pub const TITLE_WEIGHT: f32 = 0.5;

/// The most index words a `prefix*` or `fuzzy~N` stands for: the most frequent ones.
pub const MAX_EXPANSIONS: usize = 50;

/// The queries of one reading: tiers in order, and what the other parts of a search need.
pub struct Plan {
    /// Each tier with what its paragraphs are marked as, best first.
    pub tiers: Vec<(Match, Box<dyn Query>)>,
    /// Paragraphs with all the words (for counts, facets and explanations).
    pub all: Box<dyn Query>,
    /// Paragraphs with some of the words, when that is a tier of its own.
    pub some: Option<Box<dyn Query>>,
    /// What to light up in a passage.
    pub highlight: Box<dyn Query>,
}

/// The query has nothing to search for: no word, or exclusions only.
#[derive(Debug)]
pub struct NoWord(pub String);

impl std::fmt::Display for NoWord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for NoWord {}

/// What the items ask for, clause by clause. The score is the sum of `content`, `function`
/// and `titles`: one clause per word occurrence, so a repeated word counts as often.
#[derive(Default)]
struct Clauses {
    /// Each content word, phrase, prefix or fuzzy word: what "all the words" means.
    content: Vec<Box<dyn Query>>,
    /// Function words, at [`FUNCTION_WEIGHT`]; required only when the query has nothing else.
    function: Vec<Box<dyn Query>>,
    /// Content words in the article's title, at [`TITLE_WEIGHT`]: never required.
    titles: Vec<Box<dyn Query>>,
    /// `+word`: required in every tier.
    required: Vec<Box<dyn Query>>,
    /// `-word`: excluded from every tier.
    excluded: Vec<Box<dyn Query>>,
    /// What to highlight: content words, phrases, expansions.
    highlight: Vec<Box<dyn Query>>,
    /// Analysed words of a query of plain words only, for the phrase tier.
    phrase: Option<Vec<Term>>,
}

/// Where the words are looked for: a text field, and the article's title when the documents
/// searched have it (paragraphs do, quotes do not).
#[derive(Debug, Clone, Copy)]
pub struct Target {
    pub text: Field,
    pub title: Option<Field>,
}

impl Target {
    /// The paragraph text, with the title's bonus.
    pub fn paragraphs(fields: &Fields) -> Target {
        Target {
            text: fields.text,
            title: Some(fields.title),
        }
    }

    /// The words inside quotes.
    pub fn quotes(fields: &Fields) -> Target {
        Target {
            text: fields.quote.text,
            title: None,
        }
    }
}

pub fn plan(searcher: &Searcher, target: Target, items: &[Item]) -> Result<Plan, NoWord> {
    let clauses = clauses(searcher, target, items);
    if clauses.content.is_empty() && clauses.function.is_empty() {
        let excluded = !clauses.excluded.is_empty();
        return Err(NoWord(if excluded {
            "a query of exclusions only (`-word`) needs a word to search for as well".into()
        } else {
            "the query has no word to search for".into()
        }));
    }
    Ok(assemble(clauses))
}

/// The tiers. The words every paragraph of a tier must hold are its scored `Must` clauses and
/// the rest of the score its `Should` clauses, rather than a filter beside a separate score:
/// the same sum, and tantivy keeps its fast paths for a query of one or two words.
fn assemble(c: Clauses) -> Plan {
    let clone = |queries: &[Box<dyn Query>], occur| -> Vec<(Occur, Box<dyn Query>)> {
        queries.iter().map(|q| (occur, q.box_clone())).collect()
    };
    let unscored = |query: Box<dyn Query>| -> (Occur, Box<dyn Query>) {
        (Occur::Must, Box::new(ConstScoreQuery::new(query, 0.0)))
    };
    let (every, mut rest) = if c.content.is_empty() {
        (&c.function, Vec::new())
    } else {
        (&c.content, clone(&c.function, Occur::Should))
    };
    rest.extend(clone(&c.titles, Occur::Should));
    let tier = |mut clauses: Vec<(Occur, Box<dyn Query>)>| -> Box<dyn Query> {
        clauses.extend(rest.iter().map(|(o, q)| (*o, q.box_clone())));
        clauses.extend(c.required.iter().map(|q| unscored(q.box_clone())));
        clauses.extend(clone(&c.excluded, Occur::MustNot));
        Box::new(BooleanQuery::new(clauses))
    };
    let all = tier(clone(every, Occur::Must));
    let some = (every.len() > 1).then(|| {
        let any = BooleanQuery::new(clone(every, Occur::Should));
        let mut clauses = vec![unscored(Box::new(any))];
        clauses.extend(clone(every, Occur::Should));
        tier(clauses)
    });
    let mut tiers = Vec::new();
    if let Some(words) = c.phrase.filter(|w| w.len() > 1) {
        let mut clauses = vec![unscored(Box::new(PhraseQuery::new(words)))];
        clauses.extend(clone(every, Occur::Must));
        tiers.push((Match::All, tier(clauses)));
    }
    tiers.push((Match::All, all.box_clone()));
    if let Some(some) = &some {
        tiers.push((Match::Some, some.box_clone()));
    }
    let highlight = Box::new(BooleanQuery::new(clone(&c.highlight, Occur::Should)));
    Plan {
        tiers,
        all,
        some,
        highlight,
    }
}

fn clauses(searcher: &Searcher, target: Target, items: &[Item]) -> Clauses {
    let field = target.text;
    let mut c = Clauses {
        phrase: Some(Vec::new()),
        ..Clauses::default()
    };
    for item in items {
        if item.kind != Kind::Word || item.sign != Sign::Plain {
            c.phrase = None;
        }
        let words = analysed(&item.text);
        if words.is_empty() {
            continue;
        }
        let terms: Vec<Term> = words
            .iter()
            .map(|(_, stem)| Term::from_field_text(field, stem))
            .collect();
        let whole: Box<dyn Query> = match item.kind {
            Kind::Prefix | Kind::Fuzzy(_) => {
                let (last, _) = &words[words.len() - 1];
                let expanded = expand(searcher, field, last, &item.kind);
                if terms.len() == 1 {
                    expanded
                } else {
                    let mut parts: Vec<Box<dyn Query>> =
                        terms[..terms.len() - 1].iter().map(term).collect();
                    parts.push(expanded);
                    all_of(parts)
                }
            }
            Kind::Phrase | Kind::Word if terms.len() == 1 => term(&terms[0]),
            Kind::Phrase | Kind::Word => Box::new(PhraseQuery::new(terms.clone())),
        };
        match item.sign {
            Sign::Excluded => {
                c.excluded.push(whole);
                continue;
            }
            Sign::Required => c.required.push(whole.box_clone()),
            Sign::Plain => {}
        }
        if let (Some(phrase), Kind::Word) = (&mut c.phrase, &item.kind) {
            phrase.extend(terms.iter().cloned());
        }
        if item.kind == Kind::Word {
            for ((word, stem), t) in words.iter().zip(&terms) {
                if is_stop(word) {
                    c.function
                        .push(Box::new(BoostQuery::new(term(t), FUNCTION_WEIGHT)));
                } else {
                    if let Some(title) = target.title {
                        let title = Term::from_field_text(title, stem);
                        c.titles
                            .push(Box::new(BoostQuery::new(term(&title), TITLE_WEIGHT)));
                    }
                    c.content.push(term(t));
                    c.highlight.push(term(t));
                }
            }
        } else {
            c.content.push(whole.box_clone());
            c.highlight.push(whole);
        }
    }
    if c.content.is_empty() {
        c.highlight = c.function.iter().map(|q| q.box_clone()).collect();
    }
    c
}

/// Each word of `text` lower-cased and folded, with its stem as the index holds it.
fn analysed(text: &str) -> Vec<(String, String)> {
    let mut names = analyzers::names();
    let mut news = analyzers::news();
    let mut words = Vec::new();
    let mut stream = names.token_stream(text);
    while let Some(token) = stream.next() {
        let mut stems = news.token_stream(&token.text);
        if let Some(stem) = stems.next() {
            words.push((token.text.clone(), stem.text.clone()));
        }
    }
    words
}

fn term(t: &Term) -> Box<dyn Query> {
    Box::new(TermQuery::new(t.clone(), IndexRecordOption::WithFreqs))
}

fn all_of(parts: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    Box::new(BooleanQuery::new(
        parts.into_iter().map(|q| (Occur::Must, q)).collect(),
    ))
}

/// The index words a prefix or a fuzzy word stands for (the most frequent
/// [`MAX_EXPANSIONS`]), each scored as a word; a paragraph scores by its best one.
fn expand(searcher: &Searcher, field: Field, word: &str, kind: &Kind) -> Box<dyn Query> {
    let found = match kind {
        // A prefix is matched unstemmed (`shutt` is no stem): the index's stems keep it.
        Kind::Prefix => {
            let t = Term::from_field_text(field, word);
            matching(searcher, field, &FuzzyTermQuery::new_prefix(t, 0, true))
        }
        Kind::Fuzzy(edits) => {
            let stem = analysed(word).pop().map_or(word.to_string(), |(_, s)| s);
            let t = Term::from_field_text(field, &stem);
            matching(searcher, field, &FuzzyTermQuery::new(t, *edits, true))
        }
        Kind::Word | Kind::Phrase => Vec::new(),
    };
    if found.is_empty() {
        return Box::new(EmptyQuery);
    }
    Box::new(DisjunctionMaxQuery::new(
        found
            .iter()
            .map(|w| term(&Term::from_field_text(field, w)))
            .collect(),
    ))
}

/// The words of the index that `query`'s automaton accepts, most frequent first, at most
/// [`MAX_EXPANSIONS`]. A segment that cannot be read contributes nothing.
fn matching(searcher: &Searcher, field: Field, query: &FuzzyTermQuery) -> Vec<String> {
    let mut counts: HashMap<String, u32> = HashMap::new();
    for segment in searcher.segment_readers() {
        let (Ok(inverted), Ok(automaton)) = (segment.inverted_index(field), query.automaton())
        else {
            continue;
        };
        let Ok(mut stream) = inverted.terms().search(automaton).into_stream() else {
            continue;
        };
        while stream.advance() {
            if let Ok(word) = std::str::from_utf8(stream.key()) {
                *counts.entry(word.to_string()).or_default() += stream.value().doc_freq;
            }
        }
    }
    let mut words: Vec<(String, u32)> = counts.into_iter().collect();
    words.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    words.truncate(MAX_EXPANSIONS);
    words.into_iter().map(|(w, _)| w).collect()
}

/// A ranked paragraph: its score, where it is, and which tier it is in.
pub type Ranked = (Score, DocAddress, Match);

/// The tiers' paragraphs in order, each tier by score (BM25 with `statistics`), none twice, at
/// most `limit`.
pub fn ranked(
    searcher: &Searcher,
    statistics: &Statistics,
    tiers: &[(Match, Box<dyn Query>)],
    filters: &[Box<dyn Query>],
    limit: usize,
) -> Result<Vec<Ranked>> {
    let mut found: Vec<Ranked> = Vec::new();
    let mut seen: HashSet<DocAddress> = HashSet::new();
    for (matched, query) in tiers {
        if found.len() >= limit {
            break;
        }
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, query.box_clone())];
        clauses.extend(filters.iter().map(|f| (Occur::Must, f.box_clone())));
        let top = searcher
            .search_with_statistics_provider(
                &BooleanQuery::new(clauses),
                &TopDocs::with_limit(limit - found.len() + seen.len()).order_by_score(),
                statistics,
            )
            .context("searching the index")?;
        for (score, address) in top {
            if found.len() < limit && seen.insert(address) {
                found.push((score, address, *matched));
            }
        }
    }
    Ok(found)
}
