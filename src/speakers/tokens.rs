//! Tokens of one paragraph with byte offsets, quote membership and sentence numbers.

use super::quotes::Span;
use super::words;

#[derive(Debug, Clone, Copy, Eq)]
pub enum Kind {
    Word,
    Punct,
    /// An opening or closing quote mark (`true` = opening).
    Mark(bool),
}

impl Kind {
    #[inline(always)]
    fn code(self) -> u8 {
        match self {
            Kind::Word => 0,
            Kind::Punct => 1,
            Kind::Mark(false) => 2,
            Kind::Mark(true) => 3,
        }
    }
}

/// By hand: every recogniser compares kinds token by token, and the derived comparison (tag, then
/// the mark's flag) is not always inlined.
impl PartialEq for Kind {
    #[inline(always)]
    fn eq(&self, other: &Self) -> bool {
        self.code() == other.code()
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Inside a quoted span.
    pub quoted: bool,
    /// Sentence number within the paragraph.
    pub sent: u32,
    /// A word starting with an upper-case letter.
    pub cap: bool,
}

impl Tok {
    #[inline]
    pub fn text<'a>(&self, para: &'a str) -> &'a str {
        para.get(self.start..self.end).unwrap_or("")
    }
}

/// Whether a word starts with an upper-case letter (or a digit-free all-caps acronym).
#[inline]
pub fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// "Agency Says Body Found", "AGENCY SAYS BODY FOUND": a headline's capitalised "says" is its
/// verb, never a word of a name.
fn headline_says(w: &str) -> bool {
    w.len() == 4 && w.eq_ignore_ascii_case("says")
}

fn joins_word(prev: char, c: char, next: Option<char>) -> bool {
    let next_word = next.is_some_and(|n| n.is_alphanumeric());
    match c {
        '\'' | '’' | '-' | '‐' | '&' => prev.is_alphanumeric() && next_word,
        _ => false,
    }
}

/// Splits `text` into words, punctuation and quote marks, marking words inside `spans`.
#[cfg(test)]
pub fn tokenize(text: &str, spans: &[Span]) -> Vec<Tok> {
    let mut toks = Vec::new();
    tokenize_into(text, spans, &mut toks, &mut Vec::new());
    toks
}

/// `tokenize` into `toks`, with `marks` as working space: both are cleared first and kept by
/// the caller, so an article's paragraphs share one allocation.
pub fn tokenize_into(
    text: &str,
    spans: &[Span],
    toks: &mut Vec<Tok>,
    marks: &mut Vec<(usize, bool)>,
) {
    toks.clear();
    toks.reserve(text.len() / 5 + 4);
    quote_marks(spans, marks);
    let mut mi = 0;
    let bytes = text.as_bytes();
    // Nothing in a dateline is read: where the news was filed is nobody speaking.
    let mut i = super::dateline::end(text);
    // Where the closing bracket of a name in angle brackets stands (`angle_markup`).
    let mut markup_close: Option<usize> = None;
    while i < bytes.len() {
        if bytes[i] == b' ' {
            i += 1;
            continue;
        }
        let Some(c) = char_at(text, i) else {
            i += 1;
            continue;
        };
        let clen = c.len_utf8();
        while mi < marks.len() && marks[mi].0 < i {
            mi += 1;
        }
        if mi < marks.len() && marks[mi].0 == i {
            // '' and ’’ are one mark (see quotes)
            let clen = super::quotes::doubled_mark_len(text, i).unwrap_or(clen);
            toks.push(Tok {
                start: i,
                end: i + clen,
                kind: Kind::Mark(marks[mi].1),
                quoted: false,
                sent: 0,
                cap: false,
            });
            i += clen;
            continue;
        }
        // A double quotation mark that opens or closes no quote (a nickname's: `John "Bud"
        // Frazier`) holds no word.
        if separates_nothing(c) || matches!(c, '"' | '“' | '”') {
            i += clen;
            continue;
        }
        if markup_close == Some(i) {
            // The closing bracket of a name in newswire markup.
            markup_close = None;
            i += 1;
            continue;
        }
        if c == '<' {
            if let Some((resume, close)) = angle_markup(text, i) {
                markup_close = close;
                i = resume;
                continue;
            }
        }
        let start = i;
        let kind = if c.is_alphanumeric() {
            i = word_end(text, start, c, marks);
            Kind::Word
        } else {
            i += clen;
            Kind::Punct
        };
        toks.push(Tok {
            start,
            end: i,
            kind,
            quoted: false,
            sent: 0,
            cap: kind == Kind::Word && c.is_uppercase() && !headline_says(&text[start..i]),
        });
    }
    mark_quoted(toks, spans);
    assign_sentences(text, toks);
}

/// Newswire markup in angle brackets, at the `<` at `i`: a company's name (`<Eastport
/// Shipping Co> said`) is read without its brackets, and a ticker (`<ESC.N>`, no space in it)
/// is not read at all. Returns where reading goes on and, for a name, where its `>` stands;
/// None when the `<` opens no such markup.
fn angle_markup(text: &str, i: usize) -> Option<(usize, Option<usize>)> {
    let rest = text.get(i + 1..)?;
    let close = rest.bytes().take(100).position(|b| b == b'>')?;
    let inside = &rest[..close];
    let shaped = inside.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !inside.contains(['<', '\n', '"']);
    if !shaped {
        return None;
    }
    Some(if inside.contains(' ') {
        (i + 1, Some(i + 1 + close))
    } else {
        (i + 1 + close + 1, None)
    })
}

/// Byte offsets of the quote marks of `spans`, sorted (`true` = opening).
fn quote_marks(spans: &[Span], marks: &mut Vec<(usize, bool)>) {
    marks.clear();
    for s in spans {
        if !s.continued {
            marks.push((s.open_mark, true));
        }
        if !s.unclosed && s.close_end > s.end {
            marks.push((s.end, false));
        }
    }
    marks.sort_unstable();
}

/// The character starting at byte `i`, decoded only when it is not ASCII.
#[inline(always)]
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(b as char),
        _ => text.get(i..).and_then(|s| s.chars().next()),
    }
}

/// White space, and the zero-width and soft-hyphen characters that hide inside copied text:
/// they separate tokens but are none.
#[inline]
fn separates_nothing(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}'
        )
}

/// End of the word that starts at `start` with `c`: letters and digits, joined by inner
/// apostrophes, hyphens and ampersands, and the periods of initials and abbreviations.
#[inline]
fn word_end(text: &str, start: usize, c: char, marks: &[(usize, bool)]) -> usize {
    let bytes = text.as_bytes();
    let mut j = start + c.len_utf8();
    let mut prev = c;
    while j < bytes.len() {
        let run = scan::alnum_run(&bytes[j..]);
        if run > 0 {
            j += run;
            prev = bytes[j - 1] as char;
            if j >= bytes.len() {
                break;
            }
        }
        // Most words end at a space or plain punctuation: stop without decoding.
        if bytes[j] < 0x80 && !matches!(bytes[j], b'.' | b'\'' | b'-' | b'&') {
            break;
        }
        let Some(d) = char_at(text, j) else {
            break;
        };
        let dl = d.len_utf8();
        if d.is_alphanumeric() {
            prev = d;
            j += dl;
            continue;
        }
        let after = text.get(j + dl..).and_then(|s| s.chars().next());
        if d == '.' {
            let (takes, one_letter) = takes_period(text.get(start..j).unwrap_or(""), prev);
            if takes {
                j += dl;
                // "U.S.": an initial followed by a letter goes on.
                if after.is_some_and(|a| a.is_alphabetic()) && one_letter {
                    continue;
                }
            }
            break;
        }
        if joins_word(prev, d, after) && marks.binary_search(&(j, true)).is_err() {
            prev = d;
            j += dl;
            continue;
        }
        break;
    }
    j
}

/// Whether `word` (ending in `prev`) takes the period after it: U.S. / a.m. / initials, where
/// a one-letter segment takes its period along, and known abbreviations. The second answer
/// says whether the last segment is one letter.
fn takes_period(word: &str, prev: char) -> (bool, bool) {
    let seg = word
        .char_indices()
        .rev()
        .find(|(_, ch)| !ch.is_alphanumeric())
        .map_or(word, |(p, ch)| word.get(p + ch.len_utf8()..).unwrap_or(""));
    let one_letter = seg.chars().count() == 1 && prev.is_alphabetic();
    let party = words::is_party_tag(word);
    (one_letter || party || words::is_abbrev(word), one_letter)
}

/// Marks the words and punctuation inside `spans` as quoted.
fn mark_quoted(toks: &mut [Tok], spans: &[Span]) {
    let mut si = 0;
    for t in toks.iter_mut() {
        while si < spans.len() && spans[si].end < t.start {
            si += 1;
        }
        if let Some(s) = spans.get(si) {
            t.quoted =
                matches!(t.kind, Kind::Word | Kind::Punct) && t.start >= s.start && t.end <= s.end;
        }
    }
}

fn assign_sentences(text: &str, toks: &mut [Tok]) {
    let mut sent = 0u32;
    let mut pending = false;
    for i in 0..toks.len() {
        let t = toks[i];
        let tok = &mut toks[i];
        if pending {
            match t.kind {
                Kind::Mark(false) => {}
                Kind::Punct if matches!(t.text(text), ")" | "]") => {}
                Kind::Mark(true) => {
                    sent += 1;
                    pending = false;
                }
                Kind::Word => {
                    // "Jan. 24", "No. 1": a number after a period continues the sentence.
                    let first = t.text(text).chars().next();
                    if t.cap || first.is_some_and(|c| !c.is_lowercase() && !c.is_numeric()) {
                        sent += 1;
                    }
                    pending = false;
                }
                Kind::Punct => pending = false,
            }
        }
        tok.sent = sent;
        if t.kind == Kind::Punct && matches!(t.text(text), "." | "?" | "!" | "…") {
            pending = true;
        }
        // "said Sen. Ada Lind, D-Mich. Berg ...": a party tag's period may end the sentence too
        if t.kind == Kind::Word && t.text(text).ends_with('.') && words::is_party_tag(t.text(text))
        {
            pending = true;
        }
        // An abbreviation that kept its period ("Corp.", "Inc.") ends the sentence when a word
        // that only opens one follows: "... from Eastport Shipping Corp. The company said".
        // (Not an initialism: some newswire capitalises any word after "U.S.".)
        let kept_period = t.kind == Kind::Word && text.as_bytes().get(t.end - 1) == Some(&b'.');
        if kept_period && t.text(text).matches('.').count() == 1 {
            let next = toks.get(i + 1).filter(|n| n.kind == Kind::Word && n.cap);
            if next.is_some_and(|n| opens_a_sentence(n.text(text))) {
                pending = true;
            }
        }
    }
}

/// A capitalised word that opens a sentence and never goes on a name or an abbreviation
/// before it: an article, a pronoun, a conjunction or a sentence adverb (not a month or a
/// day: "Eastport Corp. Monday said").
fn opens_a_sentence(w: &str) -> bool {
    let small = words::small(w);
    let calendar = words::is_weekday(&small) || words::is_month(&small);
    words::is_stop_cap(&small) && !calendar && !matches!(&*small, "and" | "or")
}

/// Token view of one paragraph shared by the recognisers.
pub struct Ctx<'a> {
    pub text: &'a str,
    pub toks: &'a [Tok],
    /// First token index of each sentence (indexed by `Tok::sent`).
    pub sent_start: Vec<usize>,
}

impl<'a> Ctx<'a> {
    #[cfg(test)]
    pub fn new(text: &'a str, toks: &'a [Tok]) -> Self {
        Self::with_buffer(text, toks, Vec::new())
    }

    /// `new`, filling `sent_start` (cleared first) so that its allocation can be reused.
    pub fn with_buffer(text: &'a str, toks: &'a [Tok], mut sent_start: Vec<usize>) -> Self {
        sent_start.clear();
        sent_start.reserve(toks.len() / 12 + 1);
        for (i, t) in toks.iter().enumerate() {
            while sent_start.len() <= t.sent as usize {
                sent_start.push(i);
            }
        }
        Ctx {
            text,
            toks,
            sent_start,
        }
    }
    /// First token of the sentence holding token `i`.
    #[inline]
    pub fn sentence_start(&self, i: usize) -> usize {
        self.toks
            .get(i)
            .and_then(|t| self.sent_start.get(t.sent as usize))
            .copied()
            .unwrap_or(i)
            .min(i)
    }
    #[inline]
    pub fn word(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }
    /// An unquoted word token.
    #[inline]
    pub fn free_word(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == Kind::Word && !t.quoted)
    }
    #[inline]
    pub fn is_punct(&self, i: usize, p: &str) -> bool {
        // Bytes, not `word`: token bounds are character bounds, so equal bytes are equal text.
        self.toks.get(i).is_some_and(|t| {
            t.kind == Kind::Punct && self.text.as_bytes().get(t.start..t.end) == Some(p.as_bytes())
        })
    }
    #[inline]
    pub fn same_sent(&self, i: usize, j: usize) -> bool {
        match (self.toks.get(i), self.toks.get(j)) {
            (Some(a), Some(b)) => a.sent == b.sent,
            _ => false,
        }
    }
    pub fn lower(&self, i: usize, buf: &mut String) -> String {
        words::lower(self.word(i), buf).to_string()
    }
    /// Like `lower`, borrowing `buf` instead of allocating.
    #[inline]
    pub fn low<'b>(&self, i: usize, buf: &'b mut String) -> &'b str {
        words::lower(self.word(i), buf)
    }
    /// Inlined: it is asked of nearly every token, and the answer is nearly always plain.
    #[inline(always)]
    pub fn name_piece(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        if t.kind != Kind::Word || t.quoted {
            return false;
        }
        if t.cap {
            return true;
        }
        // "al-Nasra", "bin-Karim": a particle joined to a capitalised name
        let b = self.text.as_bytes().get(t.start..t.end).unwrap_or(&[]);
        b.first().is_some_and(u8::is_ascii_lowercase)
            && (b.get(2) == Some(&b'-') || b.get(3) == Some(&b'-'))
            && joined_particle(t.text(self.text))
    }

    #[inline]
    pub fn particle(&self, i: usize) -> bool {
        self.free_word(i) && words::is_particle(self.word(i))
    }
}

#[inline(never)]
fn joined_particle(w: &str) -> bool {
    w.split_once('-')
        .is_some_and(|(p, rest)| words::is_particle(p) && is_cap(rest))
}

/// Where the main clause of `i`'s sentence starts: its first free word, or the word after an
/// introductory phrase ("On Monday, ...", "However, ...").
pub fn clause_start(cx: &Ctx, i: usize) -> usize {
    let mut s = cx.sentence_start(i);
    // "The rose ceremony: At the party, Lind ...": a colon or semicolon opens a new clause.
    if let Some(c) = (s..i)
        .rev()
        .take(12)
        .find(|&k| cx.is_punct(k, ":") || cx.is_punct(k, ";"))
    {
        s = c + 1;
    }
    while s < i && !cx.free_word(s) {
        s += 1;
    }
    for _ in 0..3 {
        let w = cx.word(s);
        let intro = words::is_stop_cap(w) && !matches!(&*words::small(w), "the" | "a" | "an")
            || w.ends_with("ing")
            || time_phrase(cx, s, i);
        if !intro {
            break;
        }
        match (s..(s + 10).min(cx.toks.len())).find(|&k| cx.is_punct(k, ",")) {
            Some(c) if c < i => s = c + 1,
            _ => break,
        }
    }
    s
}

/// Whether the words from `s` up to a comma before `i` are a time adverbial ("a year later,",
/// "two days ago,", "last week,"): at most six words, the last a word that ends one.
fn time_phrase(cx: &Ctx, s: usize, i: usize) -> bool {
    let Some(c) = (s..(s + 7).min(i)).find(|&k| cx.is_punct(k, ",")) else {
        return false;
    };
    c > s
        && (s..c).all(|k| cx.free_word(k))
        && matches!(
            &*words::small(cx.word(c - 1)),
            "later"
                | "ago"
                | "earlier"
                | "afterwards"
                | "week"
                | "month"
                | "year"
                | "night"
                | "morning"
                | "evening"
                | "afternoon"
        )
}

mod scan;
#[cfg(test)]
mod tests;
