//! The page's files, embedded in the binary: the server reads no file but the index (and, for
//! a lean index, the corpus files), and the page loads nothing from elsewhere.
//!
//! Plain HTML, CSS and JavaScript, no framework and no chart library: the timeline is a row of
//! buttons whose heights are the counts, which gives keyboard focus, clicks and screen-reader
//! labels for free, and the whole page is ~20 KB.

/// One embedded file.
pub struct Asset {
    pub content_type: &'static str,
    pub bytes: &'static [u8],
}

/// The asset served at `path`, if any.
pub fn find(path: &str) -> Option<Asset> {
    let (content_type, bytes): (&str, &[u8]) = match path {
        "/" | "/index.html" => (
            "text/html; charset=utf-8",
            include_bytes!("../../assets/serve/index.html"),
        ),
        "/app.js" => (
            "text/javascript; charset=utf-8",
            include_bytes!("../../assets/serve/app.js"),
        ),
        "/app.css" => (
            "text/css; charset=utf-8",
            include_bytes!("../../assets/serve/app.css"),
        ),
        "/favicon.svg" => (
            "image/svg+xml",
            include_bytes!("../../assets/serve/favicon.svg"),
        ),
        _ => return None,
    };
    Some(Asset {
        content_type,
        bytes,
    })
}
