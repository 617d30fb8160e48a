//! HTML articles (.html, .htm): metadata from `<meta>`, `<title>`, `<link>`, `<time>` and JSON-LD; paragraphs from the main content.

use super::date::{self, DateParse};
use super::paragraphs::{build, Block};
use super::{field_date, finish, ArticleDate, Ctx, Meta, Parsed};
use scraper::{ElementRef, Html, Node};
use serde_json::Value;
use std::collections::HashMap;

mod meta;
use meta::*;

/// Elements whose whole subtree is never article text.
#[rustfmt::skip]
const DROP_TAGS: [&str; 20] = [
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "figure", "figcaption", "iframe", "svg", "math", "button", "select", "textarea", "dialog",
    "object", "canvas",
];
#[rustfmt::skip]
const DROP_ROLES: [&str; 6] = ["navigation", "banner", "contentinfo", "complementary", "search", "dialog"];
/// Whole class tokens (case-insensitive) that mark boilerplate.
#[rustfmt::skip]
const DROP_CLASSES: [&str; 19] = [
    "ad", "ads", "advert", "advertisement", "breadcrumb", "breadcrumbs", "comments", "cookie-banner",
    "newsletter", "promo", "related", "related-articles", "share", "sharing", "social",
    "social-share", "sr-only", "subscribe", "visually-hidden",
];
/// Elements that run inline: no word break at their edges.
#[rustfmt::skip]
const INLINE: [&str; 30] = [
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i",
    "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub",
    "sup", "time", "tt", "u",
];
/// `<title>` separators before a site name.
const SEPARATORS: [&str; 5] = [" | ", " - ", " \u{2013} ", " \u{2014} ", " \u{b7} "];

/// html5ever's tree building costs about the open-element depth per tag: a page whose summed
/// depth estimate passes this is pathological (a million nested `<div>`s) and is skipped.
const MAX_NESTING_WORK: u64 = 20_000_000;
/// Tags that never stay open (void) or usually close themselves; not counted as nesting.
const NO_NESTING: [&str; 26] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead",
    "tbody", "tfoot",
];

pub fn parse(ctx: &Ctx, text: &str, parsed: &mut Parsed) {
    if nesting_work(text) > MAX_NESTING_WORK {
        ctx.warn(
            &mut parsed.warnings,
            "HTML nested too deeply to read; skipped",
        );
        return;
    }
    let doc = Html::parse_document(text);
    let head = Head::read(&doc);
    let url = head.canonical.clone().or_else(|| head.og_url.clone());
    let title = head.og_title.clone().or_else(|| {
        let t = head.title.as_deref()?;
        Some(trim_site(t, head.site_name.as_deref(), url.as_deref()).to_owned())
    });
    // Headings repeating the title (or the title before its site suffix) are not sections.
    let mut title_keys: Vec<String> = [&head.og_title, &head.title]
        .into_iter()
        .flatten()
        .flat_map(|t| [t.as_str(), split_site(t).map_or(t.as_str(), |(h, _)| h)])
        .map(normalise)
        .collect();
    title_keys.retain(|k| !k.is_empty());
    let root = content_root(&doc);
    let blocks = root.map_or_else(Vec::new, |r| blocks(r, &title_keys));

    let w = &mut parsed.warnings;
    let mut date = head
        .published
        .as_deref()
        .and_then(|raw| field_date(ctx.display, raw, w));
    if date.is_none() {
        date = root.and_then(|r| time_date(ctx, r, w));
    }
    if date.is_none() {
        date = json_ld_date(ctx, &doc, w);
    }
    let meta = Meta {
        title,
        date,
        url,
        author: head.author,
    };
    let body = build(ctx.display, blocks, meta.title.as_deref(), false, w);
    if let Some(article) = finish(ctx, ctx.display.to_owned(), meta, body, w) {
        parsed.articles.push(article);
    }
}

/// Sum over tags of the nesting depth at that tag, from a quick scan of `<name` and `</name`.
fn nesting_work(text: &str) -> u64 {
    let (mut depth, mut work) = (0u64, 0u64);
    for chunk in text.split('<').skip(1) {
        let (closing, rest) = match chunk.strip_prefix('/') {
            Some(rest) => (true, rest),
            None => (false, chunk),
        };
        let end = rest
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(rest.len());
        let tag = rest.get(..end).unwrap_or("").to_ascii_lowercase();
        if tag.is_empty() || !tag.starts_with(|c: char| c.is_ascii_alphabetic()) {
            continue;
        }
        work = work.saturating_add(depth);
        if NO_NESTING.contains(&tag.as_str()) {
            continue;
        }
        depth = if closing {
            depth.saturating_sub(1)
        } else {
            depth + 1
        };
    }
    work
}

/// Letters and digits only, lowercased, single-spaced.
fn normalise(s: &str) -> String {
    let s: String = s
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    collapse(&s.to_lowercase())
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn has_token(value: Option<&str>, token: &str) -> bool {
    value.is_some_and(|v| v.split_whitespace().any(|t| t.eq_ignore_ascii_case(token)))
}

fn name<'a>(el: ElementRef<'a>) -> &'a str {
    el.value().name()
}

fn is_inline(el: ElementRef) -> bool {
    INLINE.contains(&name(el))
}

fn is_heading(el: ElementRef) -> bool {
    matches!(name(el), "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// Boilerplate: by tag anywhere; by attribute except on the page's main containers.
fn dropped(el: ElementRef) -> bool {
    let v = el.value();
    if DROP_TAGS.contains(&v.name()) {
        return true;
    }
    if matches!(v.name(), "html" | "body" | "main" | "article") {
        return false;
    }
    let any = |attr, list: &[&str]| list.iter().any(|t| has_token(v.attr(attr), t));
    v.attr("hidden").is_some()
        || v.attr("aria-hidden")
            .is_some_and(|a| a.trim().eq_ignore_ascii_case("true"))
        || any("role", &DROP_ROLES)
        || any("class", &DROP_CLASSES)
}

enum Step<'a> {
    Open(ElementRef<'a>),
    Close(ElementRef<'a>),
    Text(&'a str),
}

/// Visits the subtree below `root` in document order; `visit` on `Open` says whether to enter
/// the element, and each entered element gets a `Close`. Iterative: deep nesting is fine.
fn walk<'a>(root: ElementRef<'a>, mut visit: impl FnMut(Step<'a>) -> bool) {
    let mut next = root.first_child();
    while let Some(node) = next {
        let entered = match (ElementRef::wrap(node), node.value()) {
            (Some(el), _) => visit(Step::Open(el)),
            (None, Node::Text(t)) => {
                visit(Step::Text(t));
                false
            }
            _ => false,
        };
        if let Some(child) = node.first_child().filter(|_| entered) {
            next = Some(child);
            continue;
        }
        let (mut cur, mut close) = (node, entered);
        next = loop {
            if let Some(el) = ElementRef::wrap(cur).filter(|_| close) {
                visit(Step::Close(el));
            }
            if let Some(sibling) = cur.next_sibling() {
                break Some(sibling);
            }
            match cur.parent() {
                Some(parent) if parent.id() != root.id() => (cur, close) = (parent, true),
                _ => break None,
            }
        };
    }
}

/// The element's text without boilerplate, words split at block edges, whitespace collapsed.
fn text_of(el: ElementRef) -> String {
    let mut out = String::new();
    walk(el, |step| {
        match step {
            Step::Open(e) if dropped(e) => return false,
            Step::Open(e) | Step::Close(e) if !is_inline(e) => out.push(' '),
            Step::Text(t) => out.push_str(t),
            _ => {}
        }
        true
    });
    collapse(&out)
}

/// `<article>` (the one with most `<p>` text), else `<main>`, else `[role=main]`, else the
/// element with the most `<p>` text in its own children, else `<body>`.
fn content_root(doc: &Html) -> Option<ElementRef<'_>> {
    let kind = |e: ElementRef| match name(e) {
        "article" => Some(0),
        "main" => Some(1),
        _ => has_token(e.value().attr("role"), "main").then_some(2),
    };
    let mut open: Vec<(ElementRef, usize, usize)> = Vec::new(); // (element, kind, p text)
    let mut found: Vec<(ElementRef, usize, usize)> = Vec::new();
    let mut parents: Vec<(ElementRef, usize)> = Vec::new();
    let mut index = HashMap::new();
    let mut body = None;
    walk(doc.root_element(), |step| {
        match step {
            Step::Open(e) if dropped(e) => return false,
            Step::Open(e) if name(e) == "p" => {
                let n = text_of(e).len();
                if let Some(parent) = e.parent().and_then(ElementRef::wrap) {
                    let i = *index.entry(parent.id()).or_insert_with(|| {
                        parents.push((parent, 0));
                        parents.len() - 1
                    });
                    parents[i].1 += n;
                }
                if let Some(top) = open.last_mut() {
                    top.2 += n;
                }
                return false;
            }
            Step::Open(e) => {
                if name(e) == "body" {
                    body = body.or(Some(e));
                }
                if let Some(k) = kind(e) {
                    open.push((e, k, 0));
                }
            }
            Step::Close(e) if kind(e).is_some() => {
                if let Some(done) = open.pop() {
                    if let Some(top) = open.last_mut() {
                        top.2 += done.2;
                    }
                    found.push(done);
                }
            }
            _ => {}
        }
        true
    });
    (0..3)
        .find_map(|k| best(found.iter().filter(|f| f.1 == k).map(|f| (f.0, f.2))))
        .or_else(|| best(parents.iter().copied()))
        .or_else(|| found.iter().min_by_key(|f| f.1).map(|f| f.0))
        .or(body)
}

/// The first element with the most text, if any has some.
fn best<'a>(items: impl Iterator<Item = (ElementRef<'a>, usize)>) -> Option<ElementRef<'a>> {
    let mut best: Option<(ElementRef, usize)> = None;
    for (e, n) in items {
        if n > best.map_or(0, |b| b.1) {
            best = Some((e, n));
        }
    }
    best.map(|b| b.0)
}

/// Paragraph and heading blocks: `<p>`, the loose text of `<blockquote>`, `h1`-`h6`.
fn blocks(root: ElementRef, title_keys: &[String]) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut loose = String::new();
    let mut quotes = 0usize;
    let push = |blocks: &mut Vec<Block>, text: String, heading: bool| {
        if !text.is_empty() {
            let mut block = Block::new(text, 1);
            block.heading = heading;
            blocks.push(block);
        }
    };
    walk(root, |step| {
        match step {
            Step::Open(e) if dropped(e) => return false,
            Step::Open(e) if name(e) == "p" || is_heading(e) || name(e) == "blockquote" => {
                push(&mut blocks, collapse(&std::mem::take(&mut loose)), false);
                if name(e) == "blockquote" {
                    quotes += 1;
                    return true;
                }
                let text = text_of(e);
                let repeats_title = is_heading(e) && title_keys.contains(&normalise(&text));
                if !repeats_title {
                    push(&mut blocks, text, is_heading(e));
                }
                return false;
            }
            Step::Close(e) if name(e) == "blockquote" => {
                push(&mut blocks, collapse(&std::mem::take(&mut loose)), false);
                quotes = quotes.saturating_sub(1);
            }
            Step::Open(e) | Step::Close(e) if quotes > 0 && !is_inline(e) => loose.push(' '),
            Step::Text(t) if quotes > 0 => loose.push_str(t),
            _ => {}
        }
        true
    });
    blocks
}

#[cfg(test)]
mod tests;
