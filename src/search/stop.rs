//! English function words: articles, prepositions, pronouns, auxiliaries, conjunctions and
//! wh-words. A paragraph need not hold them to count as holding all the words of a query
//! (`what studies of retrieval` asks for `studies` and `retrieval`); they still count in the
//! score and in phrases. Language, not data: the list names no subject.

/// Sorted, lower-case, unstemmed; the clitic fragments that `Macron's` and `don't` leave
/// (`s`, `t`, `ll`, ...) are here too.
const WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "against",
    "all",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "d",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "for",
    "from",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "ll",
    "m",
    "may",
    "me",
    "might",
    "must",
    "my",
    "myself",
    "nor",
    "of",
    "off",
    "on",
    "onto",
    "or",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "re",
    "s",
    "shall",
    "she",
    "should",
    "so",
    "such",
    "t",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "ve",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
];

/// Whether `word` (lower-case, unstemmed, as the name analyzer gives it) is a function word.
pub fn is_stop(word: &str) -> bool {
    WORDS.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_sorted_and_lower_case() {
        assert!(WORDS.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(WORDS
            .iter()
            .all(|w| w.chars().all(|c| c.is_ascii_lowercase())));
    }

    #[test]
    fn function_words_are_stop_words_and_others_are_not() {
        for word in ["the", "of", "what", "how", "were", "s"] {
            assert!(is_stop(word), "{word}");
        }
        for word in ["studies", "troops", "not", "no"] {
            assert!(!is_stop(word), "{word}");
        }
    }
}
