//! Date recognition: ISO dates and date-times, written-out English dates, Unix seconds, file-name dates.

use super::ArticleDate;
use time::format_description::well_known::Rfc2822;
use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset};

/// Outcome of reading a string as a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateParse {
    /// A valid date in the accepted range.
    Valid(ArticleDate),
    /// Shaped like a date but impossible or out of range; the message says why.
    Invalid(String),
    /// Not shaped like a date at all.
    NotADate,
}

const MIN_YEAR: i32 = 1800;
const MAX_YEAR: i32 = 2200;

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Reads a whole string (trimmed) as one date; the string must be only a date.
pub fn parse_date(s: &str) -> DateParse {
    let s = s.trim();
    if s.is_empty() || s.len() > 64 {
        return DateParse::NotADate;
    }
    if let Some(result) = parse_iso(s) {
        return result;
    }
    match parse_written(s) {
        DateParse::NotADate => match OffsetDateTime::parse(s, &Rfc2822) {
            Ok(dt) => check_range(dt, true),
            Err(_) => DateParse::NotADate,
        },
        found => found,
    }
}

/// Unix seconds (a JSON number) as a date-time.
pub fn from_unix_seconds(secs: i64) -> DateParse {
    match OffsetDateTime::from_unix_timestamp(secs) {
        Ok(dt) => check_range(dt, true),
        Err(_) => DateParse::Invalid(format!("Unix time {secs} is out of range")),
    }
}

/// Finds a `YYYY-MM-DD` in a file name (not glued to other digits).
pub fn date_in_file_name(name: &str) -> DateParse {
    let b = name.as_bytes();
    let mut i = 0;
    while i + 10 <= b.len() {
        let w = &b[i..i + 10];
        let shape = w.iter().enumerate().all(|(k, c)| match k {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        });
        let before_ok = i == 0 || !b[i - 1].is_ascii_digit();
        let after_ok = b.get(i + 10).is_none_or(|c| !c.is_ascii_digit());
        if shape && before_ok && after_ok {
            // The window is ASCII, so this slice is on char boundaries.
            if let Some(text) = name.get(i..i + 10) {
                return parse_date(text);
            }
        }
        i += 1;
    }
    DateParse::NotADate
}

fn check_range(dt: OffsetDateTime, has_time: bool) -> DateParse {
    let dt = dt.to_offset(UtcOffset::UTC);
    if (MIN_YEAR..=MAX_YEAR).contains(&dt.year()) {
        DateParse::Valid(ArticleDate {
            datetime: dt,
            has_time,
        })
    } else {
        DateParse::Invalid(format!(
            "year {} is outside {MIN_YEAR}..={MAX_YEAR}",
            dt.year()
        ))
    }
}

fn make_date(year: i32, month: u8, day: u8) -> Result<Date, String> {
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
        return Err(format!("year {year} is outside {MIN_YEAR}..={MAX_YEAR}"));
    }
    let m = Month::try_from(month).map_err(|_| format!("no month {month}"))?;
    Date::from_calendar_date(year, m, day)
        .map_err(|_| format!("{year}-{month:02}-{day:02} is not a real date"))
}

/// Splits leading ASCII digits off `s`.
fn digits(s: &str) -> (&str, &str) {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    (&s[..n], &s[n..])
}

/// `YYYY-MM-DD` with an optional `T`/space time and optional zone. None = not ISO-shaped.
fn parse_iso(s: &str) -> Option<DateParse> {
    let (y, rest) = digits(s);
    if y.len() != 4 {
        return None;
    }
    let rest = rest.strip_prefix('-')?;
    let (mo, rest) = digits(rest);
    if mo.is_empty() || mo.len() > 2 {
        return None;
    }
    let rest = rest.strip_prefix('-')?;
    let (d, rest) = digits(rest);
    if d.is_empty() || d.len() > 2 {
        return None;
    }
    let year: i32 = y.parse().ok()?;
    let month: u8 = mo.parse().ok()?;
    let day: u8 = d.parse().ok()?;
    let time_part = if rest.is_empty() {
        None
    } else if let Some(t) = rest
        .strip_prefix('T')
        .or_else(|| rest.strip_prefix('t'))
        .or_else(|| rest.strip_prefix(' '))
    {
        Some(parse_time_and_zone(t.trim_start())?)
    } else {
        return None;
    };
    let date = match make_date(year, month, day) {
        Ok(d) => d,
        Err(e) => return Some(DateParse::Invalid(e)),
    };
    Some(match time_part {
        None => check_range(date.midnight().assume_utc(), false),
        Some(Err(e)) => DateParse::Invalid(e),
        Some(Ok((time, offset))) => check_range(
            PrimitiveDateTime::new(date, time).assume_offset(offset),
            true,
        ),
    })
}

/// `HH:MM[:SS[.frac]]` then optional `Z`, `±HH[:MM]`, `UTC`/`GMT`.
/// None = not time-shaped; Some(Err) = shaped but impossible.
fn parse_time_and_zone(s: &str) -> Option<Result<(Time, UtcOffset), String>> {
    let (h, rest) = digits(s);
    if h.is_empty() || h.len() > 2 {
        return None;
    }
    let rest = rest.strip_prefix(':')?;
    let (mi, mut rest) = digits(rest);
    if mi.len() != 2 {
        return None;
    }
    let mut sec = "0";
    if let Some(r) = rest.strip_prefix(':') {
        let (se, r) = digits(r);
        if se.len() != 2 {
            return None;
        }
        sec = se;
        rest = r;
        if let Some(r) = rest.strip_prefix('.').or_else(|| rest.strip_prefix(',')) {
            let (frac, r) = digits(r);
            if frac.is_empty() {
                return None;
            }
            rest = r;
        }
    }
    let offset = parse_zone(rest.trim_start())?;
    let (hour, minute, second): (u8, u8, u8) =
        (h.parse().ok()?, mi.parse().ok()?, sec.parse().ok()?);
    Some(match (Time::from_hms(hour, minute, second), offset) {
        (Ok(t), Ok(o)) => Ok((t, o)),
        (Err(_), _) => Err(format!("{h}:{mi}:{sec} is not a real time")),
        (_, Err(e)) => Err(e),
    })
}

fn parse_zone(z: &str) -> Option<Result<UtcOffset, String>> {
    if z.is_empty() || z.eq_ignore_ascii_case("z") || z == "UTC" || z == "GMT" {
        return Some(Ok(UtcOffset::UTC));
    }
    let (sign, rest) = if let Some(r) = z.strip_prefix('+') {
        (1i8, r)
    } else if let Some(r) = z.strip_prefix('-').or_else(|| z.strip_prefix('\u{2212}')) {
        (-1i8, r)
    } else {
        return None;
    };
    let (hh, mm) = match rest.len() {
        2 => (rest, "00"),
        4 => (rest.get(..2)?, rest.get(2..)?),
        5 => {
            let (a, b) = rest.split_once(':')?;
            (a, b)
        }
        _ => return None,
    };
    if !hh.bytes().chain(mm.bytes()).all(|c| c.is_ascii_digit()) || hh.len() != 2 {
        return None;
    }
    let (h, m): (i8, i8) = (hh.parse().ok()?, mm.parse().ok()?);
    Some(UtcOffset::from_hms(sign * h, sign * m, 0).map_err(|_| format!("bad UTC offset {z}")))
}

fn month_of(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| *m == w || (m.starts_with(&w) && (w.len() == 3 || w == "sept")))
        .and_then(|i| u8::try_from(i + 1).ok())
}

fn is_weekday(word: &str) -> bool {
    let w = word.trim_end_matches(['.', ',']).to_ascii_lowercase();
    w.len() >= 3
        && WEEKDAYS
            .iter()
            .any(|d| *d == w || (d.starts_with(&w) && w.len() <= 4))
}

fn day_of(word: &str) -> Option<u8> {
    let (d, suffix) = digits(word);
    let ok_suffix = matches!(
        suffix.to_ascii_lowercase().as_str(),
        "" | "st" | "nd" | "rd" | "th"
    );
    if d.is_empty() || d.len() > 2 || !ok_suffix {
        return None;
    }
    d.parse().ok()
}

fn year_of(word: &str) -> Option<i32> {
    let word = word.trim_end_matches('.');
    if word.len() == 4 && word.bytes().all(|c| c.is_ascii_digit()) {
        word.parse().ok()
    } else {
        None
    }
}

/// `[Weekday,] September 4, 2025`, `[Weekday,] 4 September 2025`, `Sep 4, 2025`, `Sept. 4, 2025`.
fn parse_written(s: &str) -> DateParse {
    let cleaned = s.replace(',', " ");
    let mut words: Vec<&str> = cleaned.split_whitespace().collect();
    if words.first().is_some_and(|w| is_weekday(w)) {
        words.remove(0);
    }
    let (day, month, year) = match words.as_slice() {
        [a, b, c] => match (month_of(a), day_of(b), day_of(a), month_of(b)) {
            (Some(m), Some(d), _, _) => (d, m, *c),
            (_, _, Some(d), Some(m)) => (d, m, *c),
            _ => return DateParse::NotADate,
        },
        _ => return DateParse::NotADate,
    };
    let Some(year) = year_of(year) else {
        return DateParse::NotADate;
    };
    match make_date(year, month, day) {
        Ok(d) => check_range(d.midnight().assume_utc(), false),
        Err(e) => DateParse::Invalid(e),
    }
}

/// If `text` ends with `Weekday, <date>`, returns the text before it (trimmed) and the parsed date.
pub fn split_trailing_weekday_date(text: &str) -> Option<(&str, DateParse)> {
    let lower = text.to_ascii_lowercase();
    let mut best: Option<usize> = None;
    for day in WEEKDAYS {
        let pat = format!("{day},");
        if let Some(pos) = lower.rfind(&pat) {
            if best.is_none_or(|b| pos > b) {
                best = Some(pos);
            }
        }
    }
    let pos = best?;
    // ASCII lowercasing keeps byte offsets, and `pos` starts an ASCII word.
    let (before, after) = (text.get(..pos)?, text.get(pos..)?);
    match parse_written(after) {
        DateParse::NotADate => None,
        parsed => Some((before.trim(), parsed)),
    }
}

#[cfg(test)]
mod tests;
