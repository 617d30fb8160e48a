//! An organisation introduced with its acronym in brackets: "Harbours, Rivers and Canals
//! Norland (HRCN)". Its name may hold commas and "and", which otherwise end a name; the
//! acronym's letters say how far back the name goes.

use super::names::{analyse_run, run_left, NameInfo, NameKind};
use super::tokens::{is_cap, Ctx};

/// Most commas and "and"s a spelt-out name is followed back over.
const MAX_PARTS: usize = 6;

/// The acronym in brackets right after token `b` ("... Norland (HRCN)"): its token.
pub fn bracketed_after(cx: &Ctx, b: usize) -> Option<usize> {
    let acr = b + 2;
    let ok = cx.is_punct(b + 1, "(")
        && cx.is_punct(acr + 1, ")")
        && cx.free_word(acr)
        && is_acronym(cx.word(acr))
        && cx.same_sent(b, acr);
    ok.then_some(acr)
}

/// All upper-case letters, two or more.
fn is_acronym(w: &str) -> bool {
    w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase())
}

/// The name `first..=b` taken further back over commas and "and" ("Harbours, Rivers and
/// Canals Norland") when the acronym at `acr` spells the initials of the longer name and not
/// of the shorter one: that name, an organisation. Its text is the article's, commas included.
pub fn spelt_out(cx: &Ctx, n: &NameInfo, acr: usize) -> Option<NameInfo> {
    let letters = cx.word(acr);
    let mut initials: Vec<char> = initials_of(cx, n.first, n.last).collect();
    if initials.iter().copied().eq(letters.chars()) || initials.len() >= letters.chars().count() {
        return None;
    }
    let mut a = n.first;
    for _ in 0..MAX_PARTS {
        let joint = a.checked_sub(1)?;
        let joined = cx.is_punct(joint, ",") || cx.free_word(joint) && cx.word(joint) == "and";
        if !joined || joint == 0 || !cx.same_sent(joint - 1, a) {
            return None;
        }
        let start = run_left(cx, joint - 1)?;
        let mut more: Vec<char> = initials_of(cx, start, joint - 1).collect();
        more.append(&mut initials);
        initials = more;
        a = start;
        // "The" opening the sentence is not part of the name.
        while a < n.first && cx.word(a).eq_ignore_ascii_case("the") {
            a += 1;
        }
        if initials.iter().copied().eq(letters.chars()) {
            return Some(NameInfo {
                name: text_of(cx, a, n.last)?,
                kind: NameKind::Org,
                first: a,
                ..n.clone()
            });
        }
        if initials.len() >= letters.chars().count() {
            return None;
        }
    }
    None
}

/// The first letters of the capitalised words in `a..=b` ("of", "and" and "the" have none).
fn initials_of<'c>(cx: &'c Ctx, a: usize, b: usize) -> impl Iterator<Item = char> + 'c {
    (a..=b)
        .map(|i| cx.word(i))
        .filter(|w| is_cap(w) && !w.eq_ignore_ascii_case("the"))
        .filter_map(|w| w.chars().next())
}

/// The text of tokens `a..=b`, with runs of white space made one space.
fn text_of(cx: &Ctx, a: usize, b: usize) -> Option<String> {
    let raw = cx.text.get(cx.toks.get(a)?.start..cx.toks.get(b)?.end)?;
    Some(raw.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The subject of a cue whose subject ends with an acronym in brackets, `k` being the closing
/// bracket: "Harbours, Rivers and Canals Norland (HRCN) said", "Ada Lind (NDP) said".
pub fn subject_before(cx: &Ctx, k: usize) -> Option<NameInfo> {
    if !cx.is_punct(k, ")") || k < 3 {
        return None;
    }
    let b = k - 3;
    let acr = bracketed_after(cx, b).filter(|&a| a + 1 == k)?;
    let a = run_left(cx, b)?;
    let n = analyse_run(cx, a, b)?;
    Some(
        spelt_with_title(cx, a, &n, acr)
            .or_else(|| spelt_out(cx, &n, acr))
            .unwrap_or(n),
    )
}

/// "General Agreement on Tariffs and Trade (GATT)": a word read as a title before the name
/// (`a` opens the run) is the name's first word when the acronym spells it.
fn spelt_with_title(cx: &Ctx, mut a: usize, n: &NameInfo, acr: usize) -> Option<NameInfo> {
    while a < n.first && cx.word(a).eq_ignore_ascii_case("the") {
        a += 1;
    }
    if a >= n.first || !initials_of(cx, a, n.last).eq(cx.word(acr).chars()) {
        return None;
    }
    Some(NameInfo {
        name: text_of(cx, a, n.last)?,
        kind: NameKind::Org,
        first: a,
        role: None,
        ..n.clone()
    })
}

/// The end of the name starting at `a` whose run ends at `b`, taken on over commas and "and"
/// to an acronym in brackets that spells it ("according to Harbours, Rivers and Canals
/// Norland (HRCN)"): the last token of the longer name, if any.
pub fn spelt_on(cx: &Ctx, a: usize, b: usize) -> Option<usize> {
    let mut end = b;
    for _ in 0..MAX_PARTS {
        let joint = end + 1;
        let joined = cx.is_punct(joint, ",") || cx.free_word(joint) && cx.word(joint) == "and";
        if !joined || !cx.same_sent(a, joint + 1) {
            return None;
        }
        end = super::names::run_right(cx, joint + 1)?;
        if let Some(acr) = bracketed_after(cx, end) {
            let initials = initials_of(cx, a, end);
            return initials.eq(cx.word(acr).chars()).then_some(end);
        }
    }
    None
}

/// The name of the run `a..=b` taken on to the acronym that spells it (`spelt_on`), if any.
pub fn name_on(cx: &Ctx, a: usize, b: usize) -> Option<NameInfo> {
    let end = spelt_on(cx, a, b)?;
    let n = analyse_run(cx, a, b)?;
    Some(NameInfo {
        name: text_of(cx, n.first, end)?,
        kind: NameKind::Org,
        last: end,
        ..n
    })
}
