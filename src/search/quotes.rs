//! `search quotes`: quotes ranked by their own words, each shown with its paragraph. The query
//! is read and ranked as `search query` reads it (`find`), over the quote documents.
use anyhow::{Context, Result};
use tantivy::collector::DocSetCollector;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, Searcher, Term};

use super::highlight::Matcher;
use super::{aggregate, find, Docs, Request};
use crate::index::{analyzers, read_quote, Fields, ParagraphReader, SearchIndex};
use crate::model::{Explanation, QuoteHit, StoredParagraph, StoredQuote};

/// The quotes found, best first, and what the user should be told on stderr.
#[derive(Debug, Default)]
pub struct Outcome {
    pub hits: Vec<QuoteHit>,
    /// Counted over quotes: per speaker, per month.
    pub facets: Option<aggregate::Facets>,
    pub warnings: Vec<String>,
    pub why: Option<Explanation>,
}

/// Runs `request` (whose `docs` are quotes) on `searcher`.
pub fn run(index: &SearchIndex, searcher: &Searcher, request: &Request) -> Result<Outcome> {
    let request = Request {
        docs: match request.docs {
            Docs::Paragraphs => Docs::Quotes(None),
            quotes => quotes,
        },
        ..request.clone()
    };
    let found = find(index, searcher, &request)?;
    let fields = index.fields;
    let matcher = Matcher::from_query(found.plan.highlight.as_ref(), fields.quote.text);
    let mut analyzer = analyzers::news();
    let mut reader = ParagraphReader::new(searcher, fields, request.base.clone());
    let mut hits = Vec::with_capacity(found.ranked.len());
    for (rank, (score, address, matched)) in found.ranked.iter().copied().enumerate() {
        let stored = read_quote(searcher, &fields, address)?;
        let paragraph = match paragraph_of(searcher, &fields, &stored)? {
            Some(at) => reader.read(at)?,
            None => continue,
        };
        let quote = paragraph
            .text
            .get(stored.start..stored.end)
            .unwrap_or_default()
            .to_string();
        let highlights = matcher.ranges(&mut analyzer, &quote);
        let StoredParagraph {
            path,
            title,
            date,
            paragraph: number,
            part,
            section,
            speakers,
            text,
            ..
        } = paragraph;
        hits.push(QuoteHit {
            rank: rank + 1,
            score,
            speaker: stored.speaker,
            kind: stored.kind,
            cue: stored.cue,
            quote,
            span: [stored.start, stored.end],
            highlights,
            matched,
            path,
            title,
            date,
            paragraph: number,
            part,
            section,
            speakers,
            text,
        });
    }
    let facets = if request.facets {
        Some(aggregate::facets(searcher, &found.counted())?)
    } else {
        None
    };
    let mut warnings = found.warnings;
    warnings.append(&mut reader.warnings);
    Ok(Outcome {
        hits,
        facets,
        warnings,
        why: found.why,
    })
}

/// The paragraph (or passage) a quote stands in: the one paragraph document with its path,
/// paragraph number and part (only quotes of a paragraph split into passages have a part, and
/// only such a paragraph's documents).
pub(super) fn paragraph_of(
    searcher: &Searcher,
    fields: &Fields,
    quote: &StoredQuote,
) -> Result<Option<DocAddress>> {
    let query = passage_query(fields, &quote.address, quote.paragraph, quote.part);
    let found = searcher
        .search(&query, &DocSetCollector)
        .context("finding a quote's paragraph")?;
    Ok(found.into_iter().min())
}

/// The paragraph document of passage `part` of paragraph `paragraph` of the article at
/// `address` (`path` is a paragraph's field only: no quote matches).
pub(super) fn passage_query(
    fields: &Fields,
    address: &str,
    paragraph: u32,
    part: Option<u32>,
) -> BooleanQuery {
    let term = |term| Box::new(TermQuery::new(term, IndexRecordOption::Basic)) as Box<dyn Query>;
    let mut clauses = vec![
        (
            Occur::Must,
            term(Term::from_field_text(fields.path, address)),
        ),
        (
            Occur::Must,
            term(Term::from_field_u64(fields.paragraph, u64::from(paragraph))),
        ),
    ];
    if let Some(part) = part {
        clauses.push((
            Occur::Must,
            term(Term::from_field_u64(fields.part, u64::from(part))),
        ));
    }
    BooleanQuery::new(clauses)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{parse_bytes, FileKey, Format};
    use crate::index::manifest::{Header, ManifestWriter};
    use crate::index::NewParagraph;
    use crate::speakers::{ParagraphSpeakers, Quote, QuoteKind};

    const TEXT: &str = "Date: 2024-01-02\n\n\"The levee will hold,\" Ada Lind said. Tom Berg said the levee would fail.\n";

    fn quote(text: &str, speaker: &str, kind: QuoteKind) -> Quote {
        let paragraph = TEXT.lines().nth(2).unwrap_or_default();
        let start = paragraph.find(text).unwrap_or(0);
        Quote {
            text: text.into(),
            start,
            end: start + text.len(),
            speaker: Some(speaker.into()),
            cue: Some("said".into()),
            kind,
        }
    }

    /// An index of one paragraph with a direct quote and a reported one (made here: the
    /// extraction of reported speech is not this module's).
    fn index(dir: &std::path::Path) -> SearchIndex {
        let index = SearchIndex::open_or_create(dir, Some(crate::index::Kind::Full)).unwrap();
        let parsed = parse_bytes("a.txt", Format::Text, TEXT.as_bytes());
        let article = &parsed.articles[0];
        let found = ParagraphSpeakers {
            speakers: vec!["Ada Lind".into(), "Tom Berg".into()],
            quotes: vec![
                quote("The levee will hold,", "Ada Lind", QuoteKind::Direct),
                quote("the levee would fail", "Tom Berg", QuoteKind::Reported),
            ],
        };
        let mut writer = index.writer(1).unwrap();
        let paragraphs = article
            .paragraphs
            .iter()
            .map(|p| NewParagraph::of(p, &found));
        writer
            .add(
                article,
                &FileKey::of(&dir.join("a.txt")),
                Format::Text,
                paragraphs,
            )
            .unwrap();
        writer
            .commit(ManifestWriter::create(dir, 1, &Header::complete()).unwrap())
            .unwrap();
        index
    }

    fn speakers(index: &SearchIndex, kind: Option<QuoteKind>) -> Vec<(Option<String>, QuoteKind)> {
        let request = Request {
            text: "levee".into(),
            limit: 10,
            docs: Docs::Quotes(kind),
            ..Request::default()
        };
        let searcher = index.searcher().unwrap();
        let outcome = run(index, &searcher, &request).unwrap();
        outcome
            .hits
            .into_iter()
            .map(|h| (h.speaker, h.kind))
            .collect()
    }

    #[test]
    fn direct_and_reported_quotes_are_told_apart() {
        let dir = tempfile::tempdir().unwrap();
        let index = index(&dir.path().join("idx"));
        let mut both = speakers(&index, None);
        both.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(
            both,
            [
                (Some("Ada Lind".into()), QuoteKind::Direct),
                (Some("Tom Berg".into()), QuoteKind::Reported),
            ]
        );
        assert_eq!(
            speakers(&index, Some(QuoteKind::Direct)),
            [(Some("Ada Lind".into()), QuoteKind::Direct)]
        );
        assert_eq!(
            speakers(&index, Some(QuoteKind::Reported)),
            [(Some("Tom Berg".into()), QuoteKind::Reported)]
        );
    }
}
