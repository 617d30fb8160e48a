//! The English stemmer behind a memo of the words it has already stemmed.
//!
//! News text repeats a few thousand words most of the time, and the Snowball stemmer was about a
//! fifth of the indexing profile: a hash lookup is several times cheaper than the stemming
//! itself. The stems are exactly those of tantivy's `Stemmer` (the same frostem algorithm), so an
//! index and its queries agree whichever of the two analysed them.
use std::collections::HashMap;

use frostem::{Algorithm, Stemmer};
use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// Words remembered per analyzer (each indexing thread has its own): 8,192 entries of 48 bytes,
/// small enough to stay in the processor's cache, which mattered more than catching rare words
/// (65,536 entries with boxed keys: 21% of the indexing profile, most of it cache misses on the
/// keys; packed and 8,192: 8%, plus 4% stemming the words it misses and unpacking). When full
/// the memo is emptied and refilled with what comes.
const MEMO_WORDS: usize = 1 << 13;

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

/// Words up to this many bytes are remembered; longer ones (rare) are stemmed every time.
const MEMO_BYTES: usize = 24;
// Hashed as whole 8-byte words.
const _: () = assert!(MEMO_BYTES.is_multiple_of(8));

/// A word packed into the memo's entry itself, padded with zero bytes (a token never holds one),
/// so a lookup compares the bytes in the table instead of following a pointer to each key.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Packed([u8; MEMO_BYTES]);

/// Three machine words, where the derived hash fed the hasher a length and then 24 single bytes.
impl std::hash::Hash for Packed {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        for chunk in self.0.chunks_exact(8) {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            state.write_u64(u64::from_le_bytes(word));
        }
    }
}

impl Packed {
    fn new(word: &str) -> Option<Packed> {
        let bytes = word.as_bytes();
        let mut packed = [0u8; MEMO_BYTES];
        packed.get_mut(..bytes.len())?.copy_from_slice(bytes);
        Some(Packed(packed))
    }

    fn as_str(&self) -> Option<&str> {
        let len = self.0.iter().position(|&b| b == 0).unwrap_or(MEMO_BYTES);
        std::str::from_utf8(&self.0[..len]).ok()
    }
}

type Memo = HashMap<Packed, Packed, foldhash::fast::FixedState>;

#[derive(Clone)]
pub struct MemoStemmerFilter<T> {
    inner: T,
    stemmer: Stemmer,
    memo: Memo,
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
    memo: &'a mut Memo,
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
        let Some(word) = Packed::new(&token.text) else {
            token.text = self.stemmer.stem(&token.text).into_owned();
            return true;
        };
        if let Some(stem) = self.memo.get(&word).and_then(Packed::as_str) {
            token.text.clear();
            token.text.push_str(stem);
            return true;
        }
        let stem = self.stemmer.stem(&token.text).into_owned();
        if let Some(packed) = Packed::new(&stem) {
            if self.memo.len() >= MEMO_WORDS {
                self.memo.clear();
            }
            self.memo.insert(word, packed);
        }
        token.text = stem;
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
        // Longer than the memo holds: stemmed all the same.
        let text = format!("{text} antidisestablishmentarianisms counterrevolutionaries");
        let stems = words(&mut memo, &text);
        assert_eq!(stems.len(), MEMO_WORDS + 12);
        assert_eq!(stems, words(&mut plain, &text));
        assert_eq!(words(&mut memo, "reading"), ["read"]);
    }
}
