use proptest::prelude::*;
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer,
};

use super::WordTokenizer;

/// Every token as (text, from, to, position).
fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<(String, usize, usize, usize)> {
    let mut stream = analyzer.token_stream(text);
    let mut all = Vec::new();
    while let Some(t) = stream.next() {
        all.push((t.text.clone(), t.offset_from, t.offset_to, t.position));
    }
    all
}

/// What the tokenizer replaces: tantivy's four stages.
fn stages(limit: usize) -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(limit))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

fn same(text: &str) {
    for limit in [40, 60, 5] {
        let mut ours = TextAnalyzer::from(WordTokenizer::new(limit));
        // Twice through the same analyzer: nothing is left over from the text before.
        for _ in 0..2 {
            assert_eq!(
                tokens(&mut ours, text),
                tokens(&mut stages(limit), text),
                "{text:?}, limit {limit}"
            );
        }
    }
}

#[test]
fn the_tokens_of_tantivys_stages() {
    for text in [
        "",
        "   ",
        "Hello, happy tax payer!",
        "Emmanuel Macron said: \u{201c}We will not yield.\u{201d}",
        "Zoë Saldaña, Æsop, STRASSE straße İstanbul ǅemal \u{212A}elvin ﬁnance",
        "Jean-Noël Barrot's 2024-03-01 figures: 4.4 mln stg (1,234)",
        "ok Supercalifragilisticexpialidocious0123456789abcdefgh then",
        "中文 text, ١٢٣ Arabic digits, Ⅻ roman, ² superscript, x\u{0301}y combining",
        "trailing word",
        "naïve",
        "\u{FEFF}bom\u{00A0}nbsp\ttab\nnewline",
    ] {
        same(text);
    }
    same(&String::from_utf8_lossy(crate::testing::SEED));
}

proptest! {
    #[test]
    fn the_tokens_of_tantivys_stages_on_any_text(text in any::<String>()) {
        same(&text);
    }

    #[test]
    fn the_tokens_of_tantivys_stages_on_wordy_text(
        text in "([A-Za-z0-9ÀÉéèçñßØøİıΣσς\u{0301}\u{212A}]{1,45}[ ,.'\u{2019}\u{00A0}-]{1,3}){0,30}"
    ) {
        same(&text);
    }
}
