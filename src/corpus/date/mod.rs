//! Date recognition: ISO dates and date-times, written-out English dates, years and months, Unix
//! seconds; `path` reads them from file and folder names, `period` is what they name.

mod path;
mod period;

pub use path::{date_in_file_name, dates_in_folders};
pub use period::{ArticleDate, Precision};
use time::format_description::well_known::{Iso8601, Rfc2822, Rfc3339};
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
            Ok(dt) => check_range(dt, Precision::Time),
            Err(_) => DateParse::NotADate,
        },
        found => found,
    }
}

/// A date field's value (a header, front matter, a JSON field): any form `parse_date` reads, or a
/// year or a month alone (`parse_partial`). Wire feeds leave transmission codes after a field
/// (`00:02:59.13\u{5}\u{5}RM`): no date holds a control character, so the value ends at the first.
pub fn parse_field(s: &str) -> DateParse {
    let s = s.trim();
    let s = s.split(char::is_control).next().unwrap_or(s);
    match parse_date(s) {
        DateParse::NotADate => parse_partial(s),
        found => found,
    }
}

/// A block of an article's body read as its dateline: any form `parse_date` reads, or a month
/// alone (`September 1990`). A year alone is too often something else (a heading, a figure, a
/// line of a table) to date an article, and a month-shaped block that names no real month is
/// left as text.
pub fn parse_dateline(s: &str) -> DateParse {
    match parse_date(s) {
        DateParse::NotADate => match parse_partial(s) {
            DateParse::Valid(d) if d.precision == Precision::Month => DateParse::Valid(d),
            _ => DateParse::NotADate,
        },
        found => found,
    }
}

/// A year (`1990`) or a month (`1990-09`, `1990-9`, `September 1990`, `Sept. 1990`,
/// `Sep, 1990`), the whole string (trimmed).
pub fn parse_partial(s: &str) -> DateParse {
    let s = s.trim();
    let number = |p: &str, len: std::ops::RangeInclusive<usize>| {
        len.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    };
    if number(s, 4..=4) {
        return s.parse().map_or(DateParse::NotADate, year);
    }
    if let Some((y, m)) = s.split_once('-') {
        if number(y, 4..=4) && number(m, 1..=2) {
            return match (y.parse(), m.parse()) {
                (Ok(y), Ok(m)) => month(y, m),
                _ => DateParse::NotADate,
            };
        }
    }
    let cleaned = s.replace(',', " ");
    match cleaned.split_whitespace().collect::<Vec<_>>().as_slice() {
        [m, y] => match (month_of(m), year_of(y)) {
            (Some(m), Some(y)) => month(y, m),
            _ => DateParse::NotADate,
        },
        _ => DateParse::NotADate,
    }
}

/// The year `y` as a date, if in the accepted range.
pub fn year(y: i32) -> DateParse {
    match make_date(y, 1, 1) {
        Ok(d) => check_range(d.midnight().assume_utc(), Precision::Year),
        Err(e) => DateParse::Invalid(e),
    }
}

/// Month `m` of year `y` as a date, if real and in the accepted range.
fn month(y: i32, m: u8) -> DateParse {
    match make_date(y, m, 1) {
        Ok(d) => check_range(d.midnight().assume_utc(), Precision::Month),
        Err(e) => DateParse::Invalid(e),
    }
}

/// Whether `y` is in the accepted range of years.
pub fn is_year(y: i64) -> bool {
    (i64::from(MIN_YEAR)..=i64::from(MAX_YEAR)).contains(&y)
}

/// Unix seconds (a JSON number) as a date-time.
pub fn from_unix_seconds(secs: i64) -> DateParse {
    match OffsetDateTime::from_unix_timestamp(secs) {
        Ok(dt) => check_range(dt, Precision::Time),
        Err(_) => DateParse::Invalid(format!("Unix time {secs} is out of range")),
    }
}

fn check_range(dt: OffsetDateTime, precision: Precision) -> DateParse {
    let dt = dt.to_offset(UtcOffset::UTC);
    if (MIN_YEAR..=MAX_YEAR).contains(&dt.year()) {
        DateParse::Valid(ArticleDate::new(dt, precision))
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

/// `YYYY-MM-DD`, alone or with a time after `T`, `t` or a space, and a zone (`Z`, `±HH:MM`,
/// `±HHMM`, `±HH`, `UTC`, `GMT`; none is UTC), read by `time`'s RFC 3339 and ISO 8601 parsers.
/// Only the forms they do not take are rewritten first: a one-digit month, day or hour, spaces
/// before the zone, a zone word, a Unicode minus. None = not ISO-shaped; shaped but unreadable
/// (`2025-02-30`, `25:00`) is Invalid, with `time`'s reason.
fn parse_iso(s: &str) -> Option<DateParse> {
    let (s, zone_word) = match s.strip_suffix("UTC").or_else(|| s.strip_suffix("GMT")) {
        Some(rest) => (rest.trim_end(), true),
        None => (s, false),
    };
    let (date, time) = match s.find(['T', 't', ' ']) {
        Some(at) => (&s[..at], Some(&s[at + 1..])),
        None => (s, None),
    };
    let date = iso_date(date)?;
    let Some(time) = time else {
        // A zone word after a bare day (`2025-09-04 UTC`) is no ISO form.
        return (!zone_word).then(|| match Date::parse(&date, &Iso8601::DEFAULT) {
            Ok(d) => check_range(d.midnight().assume_utc(), Precision::Day),
            Err(e) => DateParse::Invalid(format!("{date}: {e}")),
        });
    };
    let mut time: String = time
        .chars()
        .filter(|c| *c != ' ')
        .map(|c| match c {
            ',' => '.',
            'z' => 'Z',
            '\u{2212}' => '-',
            c => c,
        })
        .collect();
    let shaped = time.starts_with(|c: char| c.is_ascii_digit())
        && time.contains(':')
        && time
            .chars()
            .all(|c| c.is_ascii_digit() || ":.+-Z".contains(c));
    if !shaped {
        return None;
    }
    if time.find(':') == Some(1) {
        time.insert(0, '0');
    }
    if zone_word {
        time.push('Z');
    }
    let text = format!("{date}T{time}");
    let zoned = time.contains(['Z', '+', '-']);
    let parsed = if zoned {
        OffsetDateTime::parse(&text, &Rfc3339)
            .or_else(|_| OffsetDateTime::parse(&text, &Iso8601::DEFAULT))
    } else {
        PrimitiveDateTime::parse(&text, &Iso8601::DEFAULT).map(PrimitiveDateTime::assume_utc)
    };
    Some(match parsed {
        // Seconds are what a label shows and the index keeps.
        Ok(dt) => check_range(dt.replace_nanosecond(0).unwrap_or(dt), Precision::Time),
        Err(e) => DateParse::Invalid(format!("{text}: {e}")),
    })
}

/// `YYYY-M-D` or `YYYY-MM-DD` as `YYYY-MM-DD`; None when not that shape.
fn iso_date(date: &str) -> Option<String> {
    let mut parts = date.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |p: &str, len: std::ops::RangeInclusive<usize>| {
        len.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    };
    (parts.next().is_none() && digits(y, 4..=4) && digits(m, 1..=2) && digits(d, 1..=2))
        .then(|| format!("{y}-{m:0>2}-{d:0>2}"))
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

/// `[Weekday,] September 4, 2025`, `[Weekday,] 4 September 2025`, `Sep 4, 2025`, `Sept. 4, 2025`,
/// and the newswire archives' `26-FEB-1987`, each optionally followed by a time of day
/// (`15:01`, `15:01:01`, `15:01:01.79`), taken as UTC.
fn parse_written(s: &str) -> DateParse {
    let cleaned = s.replace(',', " ");
    let mut words: Vec<&str> = cleaned.split_whitespace().collect();
    if words.first().is_some_and(|w| is_weekday(w)) {
        words.remove(0);
    }
    let clock = match words.as_slice() {
        [_, .., last] => clock_of(last),
        _ => None,
    };
    if clock.is_some() {
        words.pop();
    }
    // `26-FEB-1987`: day, month and year joined by hyphens.
    if let [one] = words.as_slice() {
        let parts: Vec<&str> = one.split('-').collect();
        if parts.len() == 3 && month_of(parts[1]).is_some() {
            words = parts;
        }
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
    match (make_date(year, month, day), clock) {
        (Ok(d), Some(t)) => check_range(d.with_time(t).assume_utc(), Precision::Time),
        (Ok(d), None) => check_range(d.midnight().assume_utc(), Precision::Day),
        (Err(e), _) => DateParse::Invalid(e),
    }
}

/// `15:01`, `15:01:01` or `15:01:01.79` (the fraction dropped) as a time of day.
fn clock_of(word: &str) -> Option<Time> {
    let mut parts = word.split(':');
    let number = |part: Option<&str>| -> Option<u8> {
        let part = part?;
        (part.len() == 2 && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse().ok())
            .flatten()
    };
    let hour = number(parts.next())?;
    let minute = number(parts.next())?;
    let second = match parts.next() {
        None => 0,
        Some(seconds) => {
            let (whole, fraction) = seconds.split_once('.').unwrap_or((seconds, "0"));
            if fraction.is_empty() || !fraction.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            number(Some(whole))?
        }
    };
    if parts.next().is_some() {
        return None;
    }
    Time::from_hms(hour, minute, second).ok()
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
