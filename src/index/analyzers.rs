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

/// The exact-match keys of a speaker name: the whole normalised name and its surname.
pub fn name_keys(name: &str) -> Option<(String, String)> {
    let words = name_words(name);
    let surname = words.last()?.clone();
    Some((words.join(" "), surname))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_keys_fold_case_accents_and_hyphens() {
        assert_eq!(
            name_keys("Jean-Noël Barrot"),
            Some(("jean noel barrot".to_string(), "barrot".to_string()))
        );
        assert_eq!(name_keys("  "), None);
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
