//! Page metadata: title (with the site name trimmed), URL, author and the publication date from
//! `<meta>`, `<time datetime>` or JSON-LD.
use super::*;

/// What the page says about itself outside its body text.
#[derive(Debug, Default)]
pub(super) struct Head {
    pub(super) og_title: Option<String>,
    pub(super) title: Option<String>,
    pub(super) site_name: Option<String>,
    pub(super) published: Option<String>,
    pub(super) canonical: Option<String>,
    pub(super) og_url: Option<String>,
    pub(super) author: Option<String>,
}

impl Head {
    pub(super) fn read(doc: &Html) -> Head {
        let mut head = Head::default();
        let set = |slot: &mut Option<String>, value: Option<&str>| {
            if slot.is_none() {
                *slot = value.map(collapse).filter(|v| !v.is_empty());
            }
        };
        for el in doc.root_element().descendent_elements() {
            let attr = |name| el.value().attr(name);
            match el.value().name() {
                "meta" => {
                    let key = attr("property").or_else(|| attr("name")).unwrap_or("");
                    let slot = match key.trim().to_ascii_lowercase().as_str() {
                        "og:title" => &mut head.og_title,
                        "og:site_name" => &mut head.site_name,
                        "og:url" => &mut head.og_url,
                        "article:published_time" => &mut head.published,
                        "author" => &mut head.author,
                        _ => continue,
                    };
                    set(slot, attr("content"));
                }
                "link" if has_token(attr("rel"), "canonical") => {
                    set(&mut head.canonical, attr("href"))
                }
                "title" if &*el.value().name.ns == "http://www.w3.org/1999/xhtml" => {
                    set(&mut head.title, Some(&el.text().collect::<String>()))
                }
                _ => {}
            }
        }
        head
    }
}

/// `Headline | Site` -> (`Headline`, `Site`) at the last separator, if the headline has a word.
pub(super) fn split_site(title: &str) -> Option<(&str, &str)> {
    let (at, sep) = SEPARATORS
        .iter()
        .filter_map(|sep| Some((title.rfind(sep)?, sep)))
        .max_by_key(|(at, _)| *at)?;
    let (head, site) = (title.get(..at)?.trim(), title.get(at + sep.len()..)?.trim());
    head.chars()
        .any(char::is_alphanumeric)
        .then_some((head, site))
}

/// Drops a trailing site name only when it matches `og:site_name` or the URL's host.
pub(super) fn trim_site<'t>(title: &'t str, site_name: Option<&str>, url: Option<&str>) -> &'t str {
    let Some((head, site)) = split_site(title) else {
        return title;
    };
    let key = normalise(site).replace(' ', "");
    let host = url
        .and_then(|u| u.split_once("://"))
        .map(|(_, rest)| rest.split(['/', ':', '?', '#']).next().unwrap_or(""))
        .map(|h| normalise(h).replace(' ', ""));
    let by_name = site_name.is_some_and(|n| normalise(n).replace(' ', "") == key);
    let by_host = key.len() >= 3 && host.is_some_and(|h| h.contains(&key));
    if by_name || by_host {
        head
    } else {
        title
    }
}

/// The first date-shaped `<time datetime>` in the content, skipping navigation and asides.
pub(super) fn time_date(ctx: &Ctx, root: ElementRef, w: &mut Vec<String>) -> Option<ArticleDate> {
    let mut result: Option<Option<ArticleDate>> = None;
    walk(root, |step| {
        let Step::Open(e) = step else {
            return result.is_none();
        };
        let skip = matches!(name(e), "nav" | "aside" | "script" | "style" | "template")
            || has_token(e.value().attr("role"), "navigation");
        if result.is_some() || skip {
            return false;
        }
        if let Some(raw) = e.value().attr("datetime").filter(|_| name(e) == "time") {
            match date::parse_date(raw) {
                DateParse::Valid(d) => result = Some(Some(d)),
                DateParse::Invalid(why) => {
                    ctx.warn(w, format!("<time> date {raw:?} rejected: {why}"));
                    result = Some(None);
                }
                DateParse::NotADate => {}
            }
        }
        true
    });
    result.flatten()
}

/// `datePublished` from JSON-LD scripts, preferring an article-typed node.
pub(super) fn json_ld_date(ctx: &Ctx, doc: &Html, w: &mut Vec<String>) -> Option<ArticleDate> {
    let (mut first, mut article, mut error) = (None, None, None);
    for el in doc.root_element().descendent_elements() {
        let kind = el.value().attr("type").unwrap_or("");
        let kind = kind.split(';').next().unwrap_or("").trim();
        if name(el) != "script" || !kind.eq_ignore_ascii_case("application/ld+json") {
            continue;
        }
        let text: String = el.text().collect();
        match serde_json::from_str::<Value>(text.trim()) {
            Ok(v) => find_published(&v, &mut first, &mut article, 0),
            Err(e) => error = error.or(Some(e)),
        }
        if article.is_some() {
            break;
        }
    }
    match (article.or(first), error) {
        (Some(raw), _) => field_date(ctx.display, &raw, w),
        (None, Some(e)) => {
            ctx.warn(w, format!("JSON-LD not read: {e}"));
            None
        }
        (None, None) => None,
    }
}

/// Depth-first search for `datePublished` in objects, arrays and `@graph`s.
pub(super) fn find_published(
    v: &Value,
    first: &mut Option<String>,
    article: &mut Option<String>,
    depth: u32,
) {
    if article.is_some() || depth > 64 {
        return;
    }
    match v {
        Value::Array(items) => items
            .iter()
            .for_each(|i| find_published(i, first, article, depth + 1)),
        Value::Object(map) => {
            let raw = match map.get("datePublished") {
                Some(Value::String(s)) => Some(s.clone()),
                Some(Value::Array(a)) => a.iter().find_map(|s| s.as_str().map(str::to_owned)),
                Some(Value::Object(o)) => {
                    o.get("@value").and_then(Value::as_str).map(str::to_owned)
                }
                _ => None,
            };
            if let Some(raw) = raw {
                let types = match map.get("@type") {
                    Some(Value::String(s)) => vec![s.as_str()],
                    Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
                    _ => Vec::new(),
                };
                let is_article = types.iter().any(|t| {
                    let t = t.rsplit(['/', ':', '#']).next().unwrap_or(t);
                    t.ends_with("Article") || t.ends_with("BlogPosting") || t == "Report"
                });
                if is_article {
                    *article = Some(raw);
                    return;
                }
                *first = first.take().or(Some(raw));
            }
            map.values()
                .for_each(|i| find_published(i, first, article, depth + 1));
        }
        _ => {}
    }
}
