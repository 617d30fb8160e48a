//! The English stemmer behind a memo of the words it has already stemmed.
//!
//! News text repeats a few thousand words most of the time, and the Snowball stemmer was about a
//! fifth of the indexing profile: a hash lookup is several times cheaper than the stemming
//! itself. The stems are exactly those of tantivy's `Stemmer` (the same frostem algorithm), so an
//! index and its queries agree whichever of the two analysed them.
use std::collections::HashMap;

use frostem::{Algorithm, Stemmer};
use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// Words remembered per analyzer (each indexing thread has its own): a few MB at most. When full
/// the memo is emptied and refilled, which keeps the frequent words in it.
const MEMO_WORDS: usize = 1 << 16;

/// A token filter stemming English words, remembering each word's stem.
#[derive(Clone, Copy, Default)]
pub struct MemoStemmer;

impl TokenFilter for MemoStemmer {
    type Tokenizer<T: Tokenizer> = MemoStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, inner: T) -> MemoStemmerFilter<T> {
        MemoStemmerFilter {
            inner,
            stemmer: Stemmer::new(Algorithm::English),
            memo: HashMap::default(),
        }
    }
}

#[derive(Clone)]
pub struct MemoStemmerFilter<T> {
    inner: T,
    stemmer: Stemmer,
    memo: HashMap<Box<str>, Box<str>, foldhash::fast::FixedState>,
}

impl<T: Tokenizer> Tokenizer for MemoStemmerFilter<T> {
    type TokenStream<'a> = MemoStemmerStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        MemoStemmerStream {
            tail: self.inner.token_stream(text),
            stemmer: self.stemmer,
            memo: &mut self.memo,
        }
    }
}

pub struct MemoStemmerStream<'a, T> {
    tail: T,
    stemmer: Stemmer,
    memo: &'a mut HashMap<Box<str>, Box<str>, foldhash::fast::FixedState>,
}

impl<T: TokenStream> TokenStream for MemoStemmerStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        // Snowball leaves words of one or two letters as they are.
        if token.text.len() <= 2 {
            return true;
        }
        if let Some(stem) = self.memo.get(token.text.as_str()) {
            token.text.clear();
            token.text.push_str(stem);
            return true;
        }
        let stem: Box<str> = self.stemmer.stem(&token.text).into();
        if self.memo.len() >= MEMO_WORDS {
            self.memo.clear();
        }
        let word = std::mem::take(&mut token.text);
        token.text.push_str(&stem);
        self.memo.insert(word.into_boxed_str(), stem);
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use tantivy::tokenizer::{Language, LowerCaser, SimpleTokenizer, TextAnalyzer};

    use super::*;

    fn words(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
        let mut stream = analyzer.token_stream(text);
        let mut words = Vec::new();
        while let Some(token) = stream.next() {
            words.push(token.text.clone());
        }
        words
    }

    #[test]
    fn stems_as_tantivys_stemmer_does_when_remembered_and_not() {
        let text = "Ministers were meeting, talks continued; the ministers' meetings continue \
                    generously running ran runs happily happiness: a UN is as it was, 2 ó é";
        let mut memo = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(LowerCaser)
            .filter(MemoStemmer)
            .build();
        let mut plain = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(LowerCaser)
            .filter(tantivy::tokenizer::Stemmer::new(Language::English))
            .build();
        let expected = words(&mut plain, text);
        assert!(expected.contains(&"minist".to_string()));
        // Twice: the second pass is answered from the memo.
        assert_eq!(words(&mut memo, text), expected);
        assert_eq!(words(&mut memo, text), expected);
    }

    #[test]
    fn a_full_memo_starts_again_with_the_same_stems() {
        let mut memo = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(MemoStemmer)
            .build();
        let mut plain = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(tantivy::tokenizer::Stemmer::new(Language::English))
            .build();
        let text: String = (0..MEMO_WORDS + 10)
            .map(|n| format!("read{n}ing "))
            .collect();
        let stems = words(&mut memo, &text);
        assert_eq!(stems.len(), MEMO_WORDS + 10);
        assert_eq!(stems, words(&mut plain, &text));
        assert_eq!(words(&mut memo, "reading"), ["read"]);
    }
}
