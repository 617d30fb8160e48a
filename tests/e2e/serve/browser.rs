//! The page in headless Chromium (issue 20): type a query, see passages and the speaker facet,
//! choose a timeline bar and a speaker, and find the filters in the results and the URL; the
//! URL alone brings the same search back; the same in Quotes mode; an article's markup stays
//! text; a narrow window does not scroll sideways. Saves a screenshot (`SEARCH_SCREENSHOT=PATH` also writes it there, as
//! for `docs/serve.png`).
//!
//! Skipped, saying so, when no chromium is found, unless `SEARCH_REQUIRE_BROWSER` is set (as
//! `.ci/run` sets it), where a missing browser fails the test.
use std::path::PathBuf;

use serde_json::json;

use super::cdp::Browser;
use super::server::Server;

/// `SEARCH_CHROMIUM`, else the first of the usual names on PATH.
fn chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("SEARCH_CHROMIUM").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

fn count(browser: &mut Browser, selector: &str) -> u64 {
    let expression = format!("document.querySelectorAll({}).length", json!(selector));
    browser.eval(&expression).as_u64().unwrap_or(0)
}

#[test]
fn the_page_searches_filters_by_speaker_and_period_and_keeps_it_in_the_url() {
    let Some(chromium) = chromium() else {
        let required = std::env::var_os("SEARCH_REQUIRE_BROWSER").is_some_and(|v| !v.is_empty());
        assert!(
            !required,
            "SEARCH_REQUIRE_BROWSER is set but no chromium was found"
        );
        eprintln!("skipped: no chromium on PATH (install Debian's `chromium`; SEARCH_REQUIRE_BROWSER=1 makes this an error)");
        return;
    };
    let env = super::indexed();
    env.write(
        "corpus/2025-01-02-ledger.txt",
        "Title: <script>alert(1)</script> Ledger\n\n\"Open javascript:alert(2) or <img src=x onerror=alert(3)> now,\" said Ada Lind about the ledger.\n",
    );
    env.index("corpus");
    let server = Server::start(&env, &[]);
    let profile = tempfile::tempdir().expect("profile folder");
    let mut browser = Browser::launch(&chromium, profile.path());
    browser.navigate(&server.url("/"));
    browser.wait_for("document.getElementById('status').textContent.includes('paragraphs of')");

    browser.click("#q");
    browser.type_and_enter("troops");
    browser.wait_for("document.querySelectorAll('#hits .hit').length === 4");
    assert!(count(&mut browser, "#hits mark") >= 3, "highlights");
    assert!(count(&mut browser, "#speakers button[title^='Nils Berg:']") == 1);
    assert_eq!(browser.eval("location.search"), "?q=troops");

    browser.click("#timeline .bar[data-period='2024-03']");
    browser.wait_for("location.search === '?q=troops&since=2024-03&until=2024-03'");
    browser.wait_for("document.querySelectorAll('#hits .hit').length === 2");
    let dates =
        browser.eval("[...document.querySelectorAll('#hits .date')].map(e => e.textContent)");
    assert_eq!(dates, json!(["2024-03-10", "2024-03-10"]));
    assert_eq!(
        browser.eval("document.querySelector(\"#timeline .bar[data-period='2024-03']\").getAttribute('aria-pressed')"),
        "true"
    );

    // The chosen bar keeps the focus once the answer is drawn, and the arrow keys move along.
    browser.wait_for("document.activeElement.dataset.period === '2024-03'");
    browser.press("ArrowRight", 39, "");
    browser.wait_for("document.activeElement.dataset.period === '2024-04'");

    browser.click("#hits .linkish");
    browser.wait_for("document.querySelectorAll('#hits .context').length >= 1");

    let png = browser.screenshot();
    assert!(png.starts_with(b"\x89PNG"), "a PNG");
    let shot = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("serve.png");
    std::fs::write(&shot, &png).expect("save the screenshot");
    if let Some(path) = std::env::var_os("SEARCH_SCREENSHOT").filter(|p| !p.is_empty()) {
        std::fs::write(path, &png).expect("save the screenshot where asked");
    }

    browser.click("#speakers button[title^='Nils Berg:']");
    browser
        .wait_for("location.search === '?q=troops&speaker=Nils+Berg&since=2024-03&until=2024-03'");
    browser.wait_for("document.querySelectorAll('#hits .hit').length === 1");
    assert_eq!(
        browser.eval("document.querySelector('#hits .who .chip').textContent"),
        "Nils Berg"
    );
    let chips =
        browser.eval("[...document.querySelectorAll('#chips .chip')].map(e => e.textContent)");
    assert_eq!(
        chips,
        json!(["speaker: Nils Berg ×", "dates: 2024-03 to 2024-03 ×"])
    );

    // The URL alone brings the same search back.
    let bookmarked = browser.eval("location.href");
    browser.navigate("about:blank");
    browser.navigate(bookmarked.as_str().expect("a URL"));
    browser.wait_for("document.querySelectorAll('#hits .hit').length === 1");
    assert_eq!(browser.eval("document.getElementById('q').value"), "troops");

    quotes_on_the_page(&mut browser, &server);

    // An article's markup is shown as text, never run or parsed.
    browser.navigate(&server.url("/?q=ledger"));
    browser.wait_for("document.querySelectorAll('#hits .hit').length === 1");
    assert_eq!(count(&mut browser, "#hits script, #hits img, #hits a"), 0);
    let title = browser.eval("document.querySelector('#hits .title').textContent");
    assert_eq!(title, "<script>alert(1)</script> Ledger");

    // A narrow window: nothing wider than the screen.
    browser.call(
        "Emulation.setDeviceMetricsOverride",
        json!({ "width": 360, "height": 740, "deviceScaleFactor": 1, "mobile": true }),
    );
    browser.navigate(&server.url("/?q=troops"));
    browser.wait_for("document.querySelectorAll('#hits .hit').length === 4");
    let wide = browser.eval("document.documentElement.scrollWidth");
    assert!(
        wide.as_u64().is_some_and(|w| w <= 360),
        "scrolls sideways: {wide}"
    );
}

/// Quotes mode, in the same browser: switch to it, see `Speaker — “quote”` with its highlight,
/// the kind and the paragraph it stands in, choose a speaker and a kind, and find them in the
/// URL, which Back and a bookmark bring back.
fn quotes_on_the_page(browser: &mut Browser, server: &Server) {
    browser.navigate(&server.url("/?q=troops"));
    browser.wait_for("document.querySelectorAll('#hits .hit').length === 4");
    browser.click("#mode-quotes");
    browser.wait_for("location.search === '?q=troops&mode=quotes'");
    browser.wait_for("document.querySelectorAll('#hits .hit.quote').length === 4");
    let first = browser.eval(
        "(() => { const h = document.querySelector('#hits .hit.quote'); return [\
         h.querySelector('.speaker').textContent, h.querySelector('.said').textContent, \
         [...h.querySelectorAll('.said mark')].map(m => m.textContent), \
         h.querySelector('.kind').textContent, h.querySelector('.date').textContent]; })()",
    );
    assert_eq!(
        first,
        json!([
            "Ada Lind",
            "Ada Lind — “The troops will stay home,”",
            ["troops"],
            "direct, said",
            "2024-03-10"
        ])
    );
    assert!(browser
        .eval("document.getElementById('timeline-title').textContent")
        .as_str()
        .is_some_and(|t| t.starts_with("Matching quotes")));

    // The paragraph the quote stands in, its words marked.
    browser.click("#hits .hit.quote .linkish");
    browser.wait_for("document.querySelectorAll('#hits .context').length === 1");
    let context = browser.eval("document.querySelector('#hits .context').textContent");
    assert!(
        context
            .as_str()
            .is_some_and(|t| t.contains("the chair of the harbour board")),
        "{context}"
    );
    assert_eq!(
        browser.eval("document.querySelector('#hits .context mark').textContent"),
        "The troops will stay home,"
    );

    // The speaker facet counts quotes and filters them.
    browser.click("#speakers button[title^='Nils Berg:']");
    browser.wait_for("location.search === '?q=troops&mode=quotes&speaker=Nils+Berg'");
    browser.wait_for("document.querySelectorAll('#hits .hit.quote').length === 1");
    assert_eq!(
        browser.eval("document.querySelector('#hits .hit.quote .speaker').textContent"),
        "Nils Berg"
    );

    // Direct quotes only: none of Nils Berg's.
    browser.eval(
        "(() => { const k = document.getElementById('kind'); k.value = 'direct'; \
         k.dispatchEvent(new Event('change')); })()",
    );
    browser.wait_for("location.search === '?q=troops&mode=quotes&speaker=Nils+Berg&kind=direct'");
    browser.wait_for("document.querySelectorAll('#hits .hit').length === 0");

    // Back, then a bookmark, bring the quotes search back, mode and all.
    browser.eval("history.back()");
    browser.wait_for("location.search === '?q=troops&mode=quotes&speaker=Nils+Berg'");
    browser.wait_for("document.querySelectorAll('#hits .hit.quote').length === 1");
    let bookmarked = browser.eval("location.href");
    browser.navigate("about:blank");
    browser.navigate(bookmarked.as_str().expect("a URL"));
    browser.wait_for("document.querySelectorAll('#hits .hit.quote').length === 1");
    assert_eq!(
        browser.eval("document.getElementById('mode-quotes').checked"),
        true
    );

    // Without words, a speaker lists what they said.
    browser.navigate(&server.url("/?mode=quotes&speaker=Ada+Lind"));
    browser.wait_for("document.querySelectorAll('#hits .hit.quote').length >= 1");
    let speakers = browser.eval(
        "[...new Set([...document.querySelectorAll('#hits .speaker')].map(e => e.textContent))]",
    );
    assert_eq!(speakers, json!(["Ada Lind"]));
}
