//! Markdown articles (.md): `---` front matter, `#` headings as sections, light inline markup stripped, code skipped.

use super::paragraphs::{build, Block};
use super::{field_date, finish, Ctx, Meta, Parsed};

pub fn parse(ctx: &Ctx, text: &str, parsed: &mut Parsed) {
    let lines: Vec<&str> = super::paragraphs::lines(text).collect();
    let mut meta = Meta::default();
    let body_start = front_matter(ctx, &lines, &mut meta, &mut parsed.warnings);
    let blocks = blocks(lines.get(body_start..).unwrap_or_default());
    let body = build(
        ctx.display,
        blocks,
        meta.title.as_deref(),
        false,
        &mut parsed.warnings,
    );
    let path = ctx.display.to_owned();
    if let Some(article) = finish(ctx, path, meta, body, &mut parsed.warnings) {
        parsed.articles.push(article);
    }
}

/// Reads `---` front matter into `meta`; returns the index of the first body line.
fn front_matter(ctx: &Ctx, lines: &[&str], meta: &mut Meta, warnings: &mut Vec<String>) -> usize {
    if lines.first().map(|l| l.trim_end()) != Some("---") {
        return 0;
    }
    let Some(close) = lines
        .iter()
        .skip(1)
        .position(|l| matches!(l.trim_end(), "---" | "..."))
    else {
        return 0; // no closing line: not front matter
    };
    for line in lines.get(1..=close).unwrap_or_default() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        if key.starts_with(char::is_whitespace) {
            continue; // nested YAML
        }
        let value = unquote(value.trim());
        if value.is_empty() {
            continue;
        }
        match key.trim().to_ascii_lowercase().as_str() {
            "title" if meta.title.is_none() => meta.title = Some(value.to_owned()),
            "date" if meta.date.is_none() => meta.date = field_date(ctx.display, value, warnings),
            "author" if meta.author.is_none() => meta.author = Some(value.to_owned()),
            "url" | "source" | "link" if meta.url.is_none() => meta.url = Some(value.to_owned()),
            _ => {}
        }
    }
    close + 2
}

fn unquote(v: &str) -> &str {
    for q in ['"', '\''] {
        if let Some(inner) = v.strip_prefix(q).and_then(|s| s.strip_suffix(q)) {
            return inner.trim();
        }
    }
    v
}

/// `#`-heading text, if the line is an ATX heading.
fn atx_heading(line: &str) -> Option<&str> {
    let hashes = line.bytes().take_while(|b| *b == b'#').count();
    if hashes == 0 || hashes > 6 {
        return None;
    }
    let rest = line.get(hashes..)?;
    if !rest.is_empty() && !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let rest = rest.trim();
    let stripped = rest.trim_end_matches('#');
    Some(
        if stripped.ends_with(char::is_whitespace) || stripped.is_empty() {
            stripped.trim_end()
        } else {
            rest
        },
    )
}

/// A line of one repeated char from `set` (spaces allowed), at least `min` of them.
fn rule_of(line: &str, set: &[char], min: usize) -> Option<char> {
    let mut chars = line.chars().filter(|c| !c.is_whitespace());
    let first = chars.next()?;
    if !set.contains(&first) {
        return None;
    }
    let count = 1 + chars.clone().count();
    (chars.all(|c| c == first) && count >= min).then_some(first)
}

/// Strips a list marker (`- `, `* `, `+ `, `1. `, `1) `), if any.
fn list_item(line: &str) -> Option<&str> {
    for marker in ["- ", "* ", "+ "] {
        if let Some(rest) = line.strip_prefix(marker) {
            return Some(rest);
        }
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 9 {
        return None;
    }
    let rest = line.get(digits..)?;
    rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") "))
}

fn strip_quote(mut line: &str) -> &str {
    while let Some(rest) = line.strip_prefix('>') {
        line = rest.strip_prefix(' ').unwrap_or(rest).trim_start();
    }
    line
}

struct Acc {
    blocks: Vec<Block>,
    lines: Vec<String>,
}

impl Acc {
    fn flush(&mut self) {
        if !self.lines.is_empty() {
            let text = strip_inline(&self.lines.join(" "));
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            self.blocks.push(Block::new(text, self.lines.len()));
            self.lines.clear();
        }
    }

    fn heading(&mut self, raw: &str) {
        self.flush();
        let text = strip_inline(raw);
        let mut block = Block::new(text.split_whitespace().collect::<Vec<_>>().join(" "), 1);
        block.heading = true;
        self.blocks.push(block);
    }
}

/// Turns Markdown body lines into blocks; headings are marked, code fences skipped.
fn blocks(lines: &[&str]) -> Vec<Block> {
    let mut acc = Acc {
        blocks: Vec::new(),
        lines: Vec::new(),
    };
    let mut fence: Option<(char, usize)> = None;
    let mut in_list = false;
    for raw in lines {
        let trimmed = raw.trim();
        if let Some((ch, len)) = fence {
            let run = trimmed.chars().take_while(|c| *c == ch).count();
            if run >= len && trimmed.chars().all(|c| c == ch) {
                fence = None;
            }
            continue;
        }
        let ticks = trimmed.chars().take_while(|c| *c == '`').count();
        let tildes = trimmed.chars().take_while(|c| *c == '~').count();
        if ticks >= 3 || tildes >= 3 {
            acc.flush();
            fence = Some(if ticks >= 3 {
                ('`', ticks)
            } else {
                ('~', tildes)
            });
            continue;
        }
        let line = strip_quote(trimmed);
        if line.is_empty() {
            in_list = false;
            acc.flush();
            continue;
        }
        if let Some(h) = atx_heading(line) {
            acc.heading(h);
            continue;
        }
        // Setext underline: turns a one-line paragraph into a heading.
        if let Some(c) = rule_of(line, &['=', '-'], 1) {
            if acc.lines.len() == 1 && !line.contains(' ') {
                let text = acc.lines.remove(0);
                acc.heading(&text);
                continue;
            }
            if c == '-' && line.chars().filter(|c| *c == '-').count() >= 3 {
                acc.flush(); // thematic break
                continue;
            }
        }
        if rule_of(line, &['*', '_'], 3).is_some() {
            acc.flush();
            continue;
        }
        if is_reference_definition(line) || is_html_comment(line) {
            continue;
        }
        if let Some(item) = list_item(line) {
            // Inside running prose only bullets and `1.` start a list (so "in\n1990. Then" stays).
            let numbered = line.starts_with(|c: char| c.is_ascii_digit());
            let interrupts = !numbered || line.starts_with("1.") || line.starts_with("1)");
            if acc.lines.is_empty() || in_list || interrupts {
                acc.flush();
                acc.lines.push(item.to_owned());
                in_list = true;
                continue;
            }
        }
        acc.lines.push(line.to_owned());
    }
    acc.flush();
    acc.blocks
}

/// `[label]: https://...`
fn is_reference_definition(line: &str) -> bool {
    line.starts_with('[') && line.contains("]:") && !line.starts_with("[^")
}

fn is_html_comment(line: &str) -> bool {
    line.starts_with("<!--") && line.ends_with("-->")
}

/// Removes light inline markup: emphasis, code ticks, links (kept as their text), images, escapes.
pub fn strip_inline(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        match c {
            '\\' if chars.get(i + 1).is_some_and(|n| n.is_ascii_punctuation()) => {
                if let Some(n) = chars.get(i + 1) {
                    out.push(*n);
                }
                i += 2;
            }
            '`' => {
                let run = chars[i..].iter().take_while(|c| **c == '`').count();
                let close = find_run(&chars, i + run, '`', run);
                if let Some(end) = close {
                    let code: String = chars.get(i + run..end).unwrap_or_default().iter().collect();
                    out.push_str(code.trim());
                }
                i = close.map_or(i + run, |end| end + run);
            }
            '!' if chars.get(i + 1) == Some(&'[') => match link_at(&chars, i + 1) {
                Some((_, end)) => i = end,
                None => {
                    out.push(c);
                    i += 1;
                }
            },
            '[' => match link_at(&chars, i) {
                Some((text, end)) => {
                    out.push_str(&strip_inline(&text));
                    i = end;
                }
                None => {
                    out.push(c);
                    i += 1;
                }
            },
            '*' | '_' => {
                let run = chars[i..].iter().take_while(|x| **x == c).count();
                let before = i.checked_sub(1).and_then(|k| chars.get(k)).copied();
                let after = chars.get(i + run).copied();
                let space_before = before.is_none_or(char::is_whitespace);
                let space_after = after.is_none_or(char::is_whitespace);
                let intraword = before.is_some_and(char::is_alphanumeric)
                    && after.is_some_and(char::is_alphanumeric);
                let literal = (space_before && space_after) || (c == '_' && intraword);
                if literal {
                    chars[i..i + run].iter().for_each(|x| out.push(*x));
                }
                i += run;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// How far a code span or link may reach; keeps pathological lines linear.
const MAX_SPAN: usize = 2000;

/// Position of the next run of exactly `len` copies of `ch` at or after `from`.
fn find_run(chars: &[char], from: usize, ch: char, len: usize) -> Option<usize> {
    let mut k = from;
    let limit = chars.len().min(from.saturating_add(MAX_SPAN));
    while k < limit {
        if chars.get(k) == Some(&ch) {
            let run = chars[k..].iter().take_while(|c| **c == ch).count();
            if run == len {
                return Some(k);
            }
            k += run;
        } else {
            k += 1;
        }
    }
    None
}

/// `[text](url)` or `[text][ref]` starting at `start` (the `[`): the text and the index after it.
fn link_at(chars: &[char], start: usize) -> Option<(String, usize)> {
    let close = matching(chars, start, '[', ']')?;
    let text: String = chars.get(start + 1..close)?.iter().collect();
    let end = match chars.get(close + 1)? {
        '(' => matching(chars, close + 1, '(', ')')?,
        '[' => matching(chars, close + 1, '[', ']')?,
        _ => return None,
    };
    Some((text, end + 1))
}

/// Index of the bracket closing the one at `at`, nesting counted, within `MAX_SPAN`.
fn matching(chars: &[char], at: usize, open: char, shut: char) -> Option<usize> {
    let mut depth = 0usize;
    for (k, c) in chars.iter().enumerate().skip(at).take(MAX_SPAN) {
        if *c == open {
            depth += 1;
        } else if *c == shut {
            depth = depth.saturating_sub(1);
            if depth == 0 {
                return Some(k);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests;
