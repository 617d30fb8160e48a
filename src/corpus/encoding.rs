//! Bytes to text: a byte-order mark first, then an HTML page's declared charset (`<meta charset>`
//! or its `http-equiv` Content-Type), then UTF-8, then chardetng's guess of a legacy encoding;
//! and the check that skips binary files.

use super::Format;
use encoding_rs::Encoding;
use std::borrow::Cow;

/// UTF-16 announced by its byte-order mark (without one, its NULs make it look binary).
pub fn utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    match bytes {
        [0xFF, 0xFE, ..] => Some(encoding_rs::UTF_16LE),
        [0xFE, 0xFF, ..] => Some(encoding_rs::UTF_16BE),
        _ => None,
    }
}

/// Whether a file's first 8 KiB look binary (then it is skipped with a warning): NUL bytes in
/// something that is not UTF-8, or more NULs than one in a hundred bytes (UTF-16 without a mark).
/// A stray NUL in UTF-8 text is not proof: the text is read and the NUL dropped.
pub fn looks_binary(display: &str, head: &[u8], warnings: &mut Vec<String>) -> bool {
    let head = head.get(..8192).unwrap_or(head);
    let nuls = head.iter().filter(|&&b| b == 0).count();
    // The last character may be cut at 8 KiB: only an error before the end counts.
    let utf8 = match std::str::from_utf8(head) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none(),
    };
    let binary = nuls > 0 && (!utf8 || nuls > (head.len() / 100).max(1));
    if binary {
        warnings.push(format!("{display}: looks binary (NUL bytes); skipped"));
    }
    binary
}

/// A whole file's text: a byte-order mark decides (UTF-8, UTF-16); else an HTML page's declared
/// charset; else `decode`.
pub fn decode_file<'a>(
    display: &str,
    format: Format,
    bytes: &'a [u8],
    warnings: &mut Vec<String>,
) -> Cow<'a, str> {
    let (declared, bytes) = match Encoding::for_bom(bytes) {
        Some((encoding, bom)) => (Some(encoding), bytes.get(bom..).unwrap_or_default()),
        None if format == Format::Html => (declared_charset(bytes), bytes),
        None => (None, bytes),
    };
    let Some(encoding) = declared else {
        return decode(display, bytes, warnings);
    };
    let (text, malformed) = encoding.decode_without_bom_handling(bytes);
    if malformed {
        warnings.push(format!(
            "{display}: not valid {}; invalid bytes replaced with U+FFFD",
            name(encoding)
        ));
    }
    text
}

/// Text that is not known to be in any encoding: UTF-8 when it is; UTF-8 with damage (invalid
/// bytes replaced) when its valid multi-byte characters outnumber its invalid sequences; else
/// the legacy encoding chardetng guesses. Either of the last two warns.
pub fn decode<'a>(display: &str, bytes: &'a [u8], warnings: &mut Vec<String>) -> Cow<'a, str> {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Cow::Borrowed(s);
    }
    let (mut multibyte, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    if multibyte > invalid {
        warnings.push(format!(
            "{display}: not valid UTF-8; invalid bytes replaced with U+FFFD"
        ));
        return Cow::Owned(String::from_utf8_lossy(bytes).into_owned());
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
    warnings.push(format!(
        "{display}: not valid UTF-8; decoded as {}",
        name(encoding)
    ));
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    Cow::Owned(text.into_owned())
}

/// An encoding's name as people write it: `Windows-1252`, `Shift_JIS`, `ISO-8859-2`.
fn name(encoding: &'static Encoding) -> Cow<'static, str> {
    match encoding.name().strip_prefix("windows-") {
        Some(number) => Cow::Owned(format!("Windows-{number}")),
        None => Cow::Borrowed(encoding.name()),
    }
}

/// How far into a page its charset is looked for. The HTML standard's prescan stops at 1 KiB;
/// saved pages often carry scripts and styles before the `<meta>`, so this looks further.
const CHARSET_SCAN_BYTES: usize = 8192;

/// The encoding a page declares in `<meta charset>` or `<meta http-equiv="Content-Type"
/// content="...; charset=...">`, read by the HTML parser from the page's start (its ASCII is
/// all that matters, so any byte-preserving decoding will do). UTF-16 declared in a page that
/// has no byte-order mark means UTF-8, as in browsers.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..CHARSET_SCAN_BYTES).unwrap_or(bytes);
    let (head, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(head);
    let doc = scraper::Html::parse_document(&head);
    let declared = doc
        .root_element()
        .descendent_elements()
        .filter(|el| el.value().name() == "meta")
        .find_map(|el| {
            let meta = el.value();
            let label = meta.attr("charset").or_else(|| {
                let equiv = meta.attr("http-equiv")?;
                equiv
                    .trim()
                    .eq_ignore_ascii_case("content-type")
                    .then_some(())?;
                charset_in(meta.attr("content")?)
            })?;
            Encoding::for_label(label.trim().as_bytes())
        })
        .map(Encoding::output_encoding);
    declared
}

/// `charset=...` in a Content-Type value such as `text/html; charset="ISO-8859-2"`.
fn charset_in(content: &str) -> Option<&str> {
    let at = content.to_ascii_lowercase().find("charset")? + "charset".len();
    let value = content
        .get(at..)?
        .trim_start()
        .strip_prefix('=')?
        .trim_start();
    let value = value.trim_start_matches(['"', '\'']);
    let end = value
        .find(|c: char| matches!(c, ';' | '"' | '\'') || c.is_ascii_whitespace())
        .unwrap_or(value.len());
    value.get(..end).filter(|v| !v.is_empty())
}
