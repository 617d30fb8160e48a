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

/// A photo caption or a video's blurb: it ends with the photo's credit, "(Ada Lind/Herald)",
/// "(Submitted by Ada Lind)" or "ADA LIND/Reuters", or with the video's running time, "2:43".
/// It describes a picture and repeats the story's words; nobody is quoted in it.
pub fn is_caption(para: &str) -> bool {
    let t = para.trim_end().trim_end_matches('.').trim_end();
    // Every credit and running time is in the last 80 bytes, with a bracket, a slash or a
    // digit at its end: most paragraphs are turned away there.
    let tail = t.len().saturating_sub(90);
    let tail = (tail..t.len())
        .find(|&i| t.is_char_boundary(i))
        .map_or(t, |i| &t[i..]);
    let shaped =
        t.ends_with(')') || t.ends_with(|c: char| c.is_ascii_digit()) || tail.contains('/');
    shaped && (bracketed_credit(t) || slash_credit(tail) || running_time(t))
}

/// "... at her home. (Ada Lind/Herald)": a short bracket at the end naming a photographer and
/// an outlet, or who submitted the picture.
fn bracketed_credit(t: &str) -> bool {
    let Some(inner) = t
        .strip_suffix(')')
        .and_then(|r| r.rsplit_once('('))
        .map(|(_, i)| i)
    else {
        return false;
    };
    let capitalised = inner.starts_with(|c: char| c.is_uppercase());
    let short = inner.len() <= 80 && !inner.contains(['(', '"', '“']);
    let credit = inner.starts_with("Submitted by ") || credit_words(inner);
    capitalised && short && credit
}

/// "... in the legislature. ADA LIND/The Herald": after the last sentence, capitalised words
/// joined by slashes.
fn slash_credit(t: &str) -> bool {
    let last = t.rsplit_once(". ").map_or(t, |(_, l)| l);
    last.len() <= 80 && credit_words(last)
}

/// Capitalised words with at least one slash between them: "Ada Lind/Herald",
/// "ADA LIND/AFP/Getty Images".
fn credit_words(s: &str) -> bool {
    let parts: Vec<&str> = s.split('/').map(str::trim).collect();
    let word_ok = |w: &str| {
        w.starts_with(|c: char| c.is_uppercase()) || matches!(w, "of" | "the" | "and" | "by")
    };
    parts.len() >= 2
        && parts.iter().all(|p| {
            let n = p.split_whitespace().count();
            (1..=5).contains(&n) && p.split_whitespace().all(word_ok)
        })
}

/// "... concerns. 2:43": a video's running time after its blurb's last sentence.
fn running_time(t: &str) -> bool {
    let Some((before, time)) = t.rsplit_once(' ') else {
        return false;
    };
    let Some((m, s)) = time.split_once(':') else {
        return false;
    };
    let digits = |x: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&x.len()) && x.bytes().all(|b| b.is_ascii_digit())
    };
    digits(m, 1..=2) && digits(s, 2..=2) && before.ends_with(['.', '!', '?', '"', '”'])
}
