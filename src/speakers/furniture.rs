//! Page furniture: links to other stories and headings, whose words are not reporting.

/// Links to other stories ("WATCH: ...", "READ MORE: ...") carry headlines, not reporting.
pub fn is_teaser(para: &str) -> bool {
    let head = para.trim_start();
    let Some((label, _)) = head.split_once(':') else {
        return false;
    };
    let label = label.trim().to_ascii_lowercase();
    matches!(
        label.as_str(),
        "watch"
            | "read more"
            | "related"
            | "listen"
            | "see also"
            | "more"
            | "video"
            | "photos"
            | "read"
            | "also read"
            | "recommended"
            | "trending"
    )
}

/// A short line in Title Case with no sentence punctuation ("Related Stories From Elsewhere") is a
/// heading or page furniture: its capitalised words are not names.
pub fn is_heading(para: &str) -> bool {
    let t = para.trim();
    if t.len() > 80 || t.ends_with(['.', '?', '!', '"', '”', ':']) {
        return false;
    }
    let mut n = 0;
    for w in t.split_whitespace() {
        if w.chars().next().is_some_and(|c| c.is_lowercase()) && w.len() > 3 {
            return false;
        }
        n += 1;
    }
    n > 0
}
