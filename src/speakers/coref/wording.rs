//! How coreference compares and reads names and phrases: first and last words, case-blind
//! equality, the head noun of an unnamed source.

pub(super) fn last_token(s: &str) -> &str {
    s.rsplit(' ').next().unwrap_or(s)
}

pub(super) fn first_token(s: &str) -> &str {
    s.split(' ').next().unwrap_or(s)
}

pub(super) fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && (a.eq_ignore_ascii_case(b)
            || !a.is_ascii()
                && a.chars()
                    .flat_map(char::to_lowercase)
                    .eq(b.chars().flat_map(char::to_lowercase)))
}

/// The head noun of an unnamed-source phrase: the first word that names the source kind
/// ("sources familiar with the talks" -> "sources"), else the last word.
pub(super) fn phrase_head(p: &str) -> String {
    let lower = p.to_lowercase();
    lower
        .split(' ')
        .find(|w| crate::speakers::words::is_unnamed(w) || *w == "people")
        .unwrap_or_else(|| last_token(&lower))
        .to_string()
}

/// Plural or collective phrases that "they" can point back to.
pub(super) fn plural_phrase(p: &str) -> bool {
    let h = last_token(p).to_lowercase();
    h.ends_with('s') || matches!(h.as_str(), "police" | "staff" | "people" | "crown")
}
