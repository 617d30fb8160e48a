//! Text analysis: the English analyzer for article text and the name analyzer for speakers.
//! The index stores only analyzer names, so `register` runs after every create and open.
use tantivy::tokenizer::TextAnalyzer;

use super::stem::MemoStemmer;
use super::tokenizer::WordTokenizer;

pub const NEWS_ANALYZER: &str = "news";
pub const NAME_ANALYZER: &str = "name";

/// Lower-case, ASCII-folded, stemmed English words; over-long tokens (base64, URLs) dropped.
/// (tantivy's `SimpleTokenizer`, `RemoveLongFilter::limit(40)`, `LowerCaser`,
/// `AsciiFoldingFilter` and `Stemmer`, in two stages that give the same tokens.)
pub fn news() -> TextAnalyzer {
    TextAnalyzer::builder(WordTokenizer::new(40))
        .filter(MemoStemmer)
        .build()
}

/// Names are matched whole, without stemming: `Zakharova`, `zakharova` and `Žakharova` agree.
pub fn names() -> TextAnalyzer {
    TextAnalyzer::from(WordTokenizer::new(60))
}

pub fn register(index: &tantivy::Index) {
    index.tokenizers().register(NEWS_ANALYZER, news());
    index.tokenizers().register(NAME_ANALYZER, names());
}

/// The words of a name as the name analyzer sees them: `"Jean-Noël Barrot"` -> `["jean", "noel", "barrot"]`.
pub fn name_words(name: &str) -> Vec<String> {
    let mut analyzer = names();
    let mut stream = analyzer.token_stream(name);
    let mut words = Vec::new();
    while let Some(token) = stream.next() {
        words.push(token.text.clone());
    }
    words
}

/// How a speaker's name is matched exactly (`--speaker`, and one person's names grouped).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameKey {
    /// The name's words folded, without initials (`John F. Kennedy` -> `john kennedy`); for a
    /// surname alone (`Annan`, `de Gaulle`, `N. S. Khrushchev`), the surname's words.
    pub key: String,
    /// The name's last word (`annan`, `gaulle`; `moon` for `Ban Ki-moon`).
    pub surname: String,
    /// The words of the name's last part (`annan`, `ki moon`): what one person's full name
    /// and their surname alone share.
    pub family: String,
    pub shape: NameShape,
}

/// What a speaker's name looks like, as far as its words tell, whatever their case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameShape {
    /// A given name and a surname (`Ada Lind`, `Ada K. Lind`, `Ivo van Lind`).
    Full,
    /// A surname alone, maybe after initials or particles (`Lind`, `A. K. Lind`, `van Lind`).
    Surname,
    /// Not a person's name: a phrase (`the minister`, `Government of Norland`) or a name of
    /// places or organisations (`South Norland`, `Harbour Council`). Matched whole only.
    Other,
}

/// The exact-match keys of a speaker name; `None` for one without a word.
pub fn name_key(name: &str) -> Option<NameKey> {
    use crate::speakers::canonical::{is_link_word, is_particle, is_place_or_org_word};
    let mut analyzer = names();
    let mut pieces: Vec<(Vec<String>, bool)> = name
        .split_whitespace()
        .map(|piece| {
            let mut words = Vec::new();
            let mut stream = analyzer.token_stream(piece);
            while let Some(token) = stream.next() {
                words.push(token.text.clone());
            }
            // `K.`, `K.L.`, `K`; a lower-case `a` is the article.
            let initial = words.iter().all(|w| w.chars().count() == 1)
                && (piece.contains('.') || !piece.chars().any(char::is_lowercase));
            (words, initial)
        })
        .filter(|(words, _)| !words.is_empty())
        .collect();
    let (last, _) = pieces.pop()?;
    let surname = last.last()?.clone();
    let family = last.join(" ");
    let every = || pieces.iter().flat_map(|(words, _)| words).chain(&last);
    let other = pieces
        .iter()
        .filter(|(_, initial)| !initial)
        .flat_map(|(words, _)| words)
        .chain(&last)
        .any(|w| is_link_word(w) || is_place_or_org_word(w));
    let given = |(words, initial): &(Vec<String>, bool)| {
        !(*initial || words.len() == 1 && is_particle(&words[0]))
    };
    let shape = if other {
        NameShape::Other
    } else if pieces.iter().any(given) {
        NameShape::Full
    } else {
        NameShape::Surname
    };
    let key = match shape {
        NameShape::Surname => family.clone(),
        NameShape::Full => {
            let kept = pieces.iter().filter(|(_, initial)| !initial);
            let words: Vec<&str> = kept
                .flat_map(|(words, _)| words)
                .chain(&last)
                .map(String::as_str)
                .collect();
            words.join(" ")
        }
        NameShape::Other => {
            let words: Vec<&str> = every().map(String::as_str).collect();
            words.join(" ")
        }
    };
    Some(NameKey {
        key,
        surname,
        family,
        shape,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(name: &str) -> (String, String, NameShape) {
        let k = name_key(name).unwrap();
        (k.key, k.surname, k.shape)
    }

    #[test]
    fn name_keys_fold_case_accents_and_hyphens() {
        assert_eq!(
            key("Jean-Noël Barrot"),
            ("jean noel barrot".into(), "barrot".into(), NameShape::Full)
        );
        assert_eq!(key("ADA LIND"), key("Ada Lind"));
        assert_eq!(key("ada lind"), key("Ada Lind"));
        assert_eq!(name_key("  "), None);
    }

    #[test]
    fn initials_are_not_part_of_the_key() {
        // Issue 17: `Ada K. Lind` is `Ada Lind`.
        assert_eq!(key("Ada K. Lind"), key("Ada Lind"));
        assert_eq!(key("Ada K.L. Lind"), key("Ada Lind"));
        assert_eq!(key("J. Ada Lind"), key("Ada Lind"));
    }

    #[test]
    fn a_name_without_a_given_name_is_keyed_by_its_surname() {
        assert_eq!(
            key("Lind"),
            ("lind".into(), "lind".into(), NameShape::Surname)
        );
        assert_eq!(key("A. K. Lind"), key("Lind"));
        assert_eq!(key("van Lind"), key("Lind"));
        assert_eq!(
            key("Ivo van Lind"),
            ("ivo van lind".into(), "lind".into(), NameShape::Full)
        );
        let hyphenated = name_key("Ivo Tarn-Lind").unwrap();
        assert_eq!(
            (hyphenated.surname.as_str(), hyphenated.family.as_str()),
            ("lind", "tarn lind")
        );
    }

    #[test]
    fn phrases_and_places_are_kept_whole() {
        for name in [
            "the minister",
            "Government of Norland",
            "South Norland",
            "a general",
        ] {
            assert_eq!(name_key(name).unwrap().shape, NameShape::Other, "{name}");
        }
    }

    #[test]
    fn news_analyzer_stems_and_folds() {
        let mut analyzer = news();
        let mut stream = analyzer.token_stream("Guarantees Café");
        let mut words = Vec::new();
        while let Some(token) = stream.next() {
            words.push(token.text.clone());
        }
        assert_eq!(words, ["guarante", "cafe"]);
    }
}
