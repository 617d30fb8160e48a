//! The index schema: every field name lives here, and nowhere else.
use tantivy::schema::{
    DateOptions, DateTimePrecision, Field, IndexRecordOption, NumericOptions, Schema,
    TextFieldIndexing, TextOptions, FAST, STORED,
};
use tantivy::tokenizer::RAW_TOKENIZER_NAME;

use super::analyzers::{NAME_ANALYZER, NEWS_ANALYZER};

pub const PATH: &str = "path";
pub const FILE: &str = "file";
pub const TITLE: &str = "title";
pub const DATE: &str = "date";
pub const DATE_END: &str = "date_end";
pub const DATE_PRECISION: &str = "date_precision";
pub const DATE_FIRST: &str = "date_first";
pub const DATE_LAST: &str = "date_last";
pub const DATE_LABEL: &str = "date_label";
pub const PARAGRAPH: &str = "paragraph";
pub const PART: &str = "part";
pub const SECTION: &str = "section";
pub const TEXT: &str = "text";
pub const SPEAKER: &str = "speaker";
pub const SPEAKER_KEY: &str = "speaker_key";
pub const SPEAKER_NAME: &str = "speaker_name";
pub const SPEAKER_SURNAME: &str = "speaker_surname";
pub const OFFSET: &str = "offset";
pub const CHECK: &str = "check";
pub const KEPT_TEXT: &str = "kept_text";
pub const KIND: &str = "kind";
pub const QUOTE: &str = "quote";
pub const QUOTE_KIND: &str = "quote_kind";
pub const QUOTE_CUE: &str = "quote_cue";
pub const QUOTE_SPEAKER: &str = "quote_speaker";
pub const QUOTE_START: &str = "quote_start";
pub const QUOTE_END: &str = "quote_end";
pub const QUOTE_PATH: &str = "quote_path";
pub const QUOTE_PARAGRAPH: &str = "quote_paragraph";
pub const QUOTE_PART: &str = "quote_part";

/// The `kind` of a paragraph document (a whole paragraph, or one passage of a long one).
pub const KIND_PARAGRAPH: &str = "paragraph";
/// The `kind` of a quote document: one quote of a paragraph, beside it in the index.
pub const KIND_QUOTE: &str = "quote";

/// Field handles, looked up once per opened index.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// The article's address (`corpus::ArticleAddress`): its file's canonical path in the key's
    /// text form, then `#N` for an article of a JSON Lines file or a JSON array
    /// (`/home/me/corpus/a.txt`, `/home/me/corpus/b.jsonl#3`). Exact-match keyword, unique to
    /// the article; shown relative to the current directory when below it.
    pub path: Field,
    /// Canonical absolute file path, one untokenized term: what deletes a file's paragraphs
    /// (a folder's are deleted by the range of terms below it). Indexed only.
    pub file: Field,
    pub title: Field,
    /// The first second of the period the article's date names (its year, month, day, or the
    /// instant itself).
    pub date: Field,
    /// The last second of that period: a date filter wants the whole period inside its range.
    pub date_end: Field,
    /// How precise the date is (`dates::precision_code`), for counting by year or month.
    pub date_precision: Field,
    /// The start with the precision, and the end with the precision, as sortable numbers
    /// (`dates::first_key`, `dates::last_key`): a first or last date is one min or max.
    pub date_first: Field,
    pub date_last: Field,
    /// The date as the article gave it (`1990`, `1990-09`, `1990-09-04`, or RFC 3339 when a
    /// time is known).
    pub date_label: Field,
    pub paragraph: Field,
    /// The part of a paragraph split into passages (absent for one kept whole). Indexed so
    /// that a quote finds its passage (`path`, `paragraph` and `part`); neighbours are found by
    /// paragraph number and put in order by part.
    pub part: Field,
    pub section: Field,
    pub text: Field,
    /// Speaker names, tokenized for `speaker:` queries and stored for display.
    pub speaker: Field,
    /// Normalised full names and surnames for exact `--speaker` filters.
    pub speaker_key: Field,
    pub speaker_surname: Field,
    /// Names as displayed, a fast field for counting paragraphs per speaker.
    pub speaker_name: Field,
    /// What a document is: [`KIND_PARAGRAPH`] or [`KIND_QUOTE`]. Every search that is not
    /// over the quote words (which only quotes have) is restricted by it.
    pub kind: Field,
    /// The quote documents' own fields. A quote also has `file` (deleted with its file), the
    /// date fields and the speaker keys of its speaker (filtered and counted as a paragraph's).
    pub quote: QuoteFields,
    /// Set in a lean index, which keeps no copy of the paragraph text.
    pub lean: Option<LeanFields>,
}

/// What a quote document holds besides the fields it shares with paragraphs. Its words are
/// not stored: they are read from its paragraph, between `start` and `end`.
#[derive(Debug, Clone, Copy)]
pub struct QuoteFields {
    /// The quote's words, analysed as paragraph text is.
    pub text: Field,
    /// `direct` or `reported`, a keyword, stored.
    pub kind: Field,
    /// The cue as written (`said`, `told`, `:`), stored.
    pub cue: Field,
    /// The speaker's name as shown, stored (the keys for filters are the paragraph ones).
    pub speaker: Field,
    /// Byte offsets of the quote in its paragraph's (or passage's) text, stored.
    pub start: Field,
    pub end: Field,
    /// Its paragraph's `path`, `paragraph` and `part`, stored only (so that no search of the
    /// paragraphs' own fields can find a quote): how a quote finds its paragraph.
    pub path: Field,
    pub paragraph: Field,
    pub part: Field,
}

/// What a lean index stores instead of the text, to read it back from the corpus: the file
/// (`Fields::file` is then stored too), where the article starts in it and a check of the text.
#[derive(Debug, Clone, Copy)]
pub struct LeanFields {
    /// Where a JSON Lines article's line starts, in bytes; absent (0) for other formats.
    pub offset: Field,
    /// A 32-bit hash of the paragraph's text: what tells a file changed since it was indexed.
    pub check: Field,
    /// The text of paragraphs read from HTML, kept (stored, not indexed) because reading one
    /// back means parsing its whole page; absent in lean indexes made before it was.
    pub kept_text: Option<Field>,
}

/// The schema; a `lean` one stores no paragraph text but where to read it back from.
pub fn build(lean: bool) -> Schema {
    let mut builder = Schema::builder();
    let news = |stored: bool| {
        let indexing = TextFieldIndexing::default()
            .set_tokenizer(NEWS_ANALYZER)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions);
        let options = TextOptions::default().set_indexing_options(indexing);
        if stored {
            options.set_stored()
        } else {
            options
        }
    };
    let names = TextOptions::default().set_stored().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(NAME_ANALYZER)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    // Keywords: matched whole, never scored by length, so no field norms.
    let keyword = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(RAW_TOKENIZER_NAME)
            .set_fieldnorms(false)
            .set_index_option(IndexRecordOption::Basic),
    );
    builder.add_text_field(PATH, keyword.clone().set_stored());
    if lean {
        builder.add_text_field(FILE, keyword.clone().set_stored());
    } else {
        builder.add_text_field(FILE, keyword.clone());
    }
    builder.add_text_field(TITLE, news(true));
    let date = DateOptions::default()
        .set_indexed()
        .set_precision(DateTimePrecision::Seconds);
    builder.add_date_field(DATE, date.clone().set_fast().set_stored());
    builder.add_date_field(DATE_END, date);
    builder.add_u64_field(DATE_PRECISION, FAST);
    builder.add_i64_field(DATE_FIRST, FAST);
    builder.add_i64_field(DATE_LAST, FAST);
    builder.add_text_field(DATE_LABEL, STORED);
    builder.add_u64_field(
        PARAGRAPH,
        NumericOptions::default()
            .set_indexed()
            .set_stored()
            .set_fast(),
    );
    builder.add_u64_field(PART, NumericOptions::default().set_indexed().set_stored());
    builder.add_text_field(SECTION, news(true));
    builder.add_text_field(TEXT, news(!lean));
    builder.add_text_field(SPEAKER, names);
    builder.add_text_field(SPEAKER_KEY, keyword.clone());
    builder.add_text_field(SPEAKER_SURNAME, keyword.clone());
    builder.add_text_field(SPEAKER_NAME, keyword.clone() | FAST);
    builder.add_text_field(KIND, keyword.clone());
    builder.add_text_field(QUOTE, news(false));
    builder.add_text_field(QUOTE_KIND, keyword.clone().set_stored());
    builder.add_text_field(QUOTE_CUE, STORED);
    builder.add_text_field(QUOTE_SPEAKER, STORED);
    builder.add_u64_field(QUOTE_START, STORED);
    builder.add_u64_field(QUOTE_END, STORED);
    builder.add_text_field(QUOTE_PATH, STORED);
    builder.add_u64_field(QUOTE_PARAGRAPH, STORED);
    builder.add_u64_field(QUOTE_PART, STORED);
    if lean {
        builder.add_u64_field(OFFSET, STORED);
        builder.add_u64_field(CHECK, STORED);
        builder.add_text_field(KEPT_TEXT, STORED);
    }
    builder.build()
}

impl Fields {
    /// Fails on an index whose schema lacks one of our fields (a foreign or older index).
    pub fn of(schema: &Schema) -> tantivy::Result<Fields> {
        Ok(Fields {
            path: schema.get_field(PATH)?,
            file: schema.get_field(FILE)?,
            title: schema.get_field(TITLE)?,
            date: schema.get_field(DATE)?,
            date_end: schema.get_field(DATE_END)?,
            date_precision: schema.get_field(DATE_PRECISION)?,
            date_first: schema.get_field(DATE_FIRST)?,
            date_last: schema.get_field(DATE_LAST)?,
            date_label: schema.get_field(DATE_LABEL)?,
            paragraph: schema.get_field(PARAGRAPH)?,
            part: schema.get_field(PART)?,
            section: schema.get_field(SECTION)?,
            text: schema.get_field(TEXT)?,
            speaker: schema.get_field(SPEAKER)?,
            speaker_key: schema.get_field(SPEAKER_KEY)?,
            speaker_surname: schema.get_field(SPEAKER_SURNAME)?,
            speaker_name: schema.get_field(SPEAKER_NAME)?,
            kind: schema.get_field(KIND)?,
            quote: QuoteFields {
                text: schema.get_field(QUOTE)?,
                kind: schema.get_field(QUOTE_KIND)?,
                cue: schema.get_field(QUOTE_CUE)?,
                speaker: schema.get_field(QUOTE_SPEAKER)?,
                start: schema.get_field(QUOTE_START)?,
                end: schema.get_field(QUOTE_END)?,
                path: schema.get_field(QUOTE_PATH)?,
                paragraph: schema.get_field(QUOTE_PARAGRAPH)?,
                part: schema.get_field(QUOTE_PART)?,
            },
            lean: lean_fields(schema)?,
        })
    }
}

/// The lean fields, if the index is lean: its text field is not stored.
fn lean_fields(schema: &Schema) -> tantivy::Result<Option<LeanFields>> {
    let text = schema.get_field(TEXT)?;
    if schema.get_field_entry(text).is_stored() {
        return Ok(None);
    }
    Ok(Some(LeanFields {
        offset: schema.get_field(OFFSET)?,
        check: schema.get_field(CHECK)?,
        kept_text: schema.get_field(KEPT_TEXT).ok(),
    }))
}

/// A quote's `quote_kind` value.
pub fn quote_kind_value(kind: crate::speakers::QuoteKind) -> &'static str {
    match kind {
        crate::speakers::QuoteKind::Direct => "direct",
        crate::speakers::QuoteKind::Reported => "reported",
    }
}

/// The check a lean index keeps of a paragraph's text.
pub fn text_check(text: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(text.as_bytes()) & u64::from(u32::MAX)
}
