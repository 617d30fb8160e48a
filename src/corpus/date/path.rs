//! Dates in a display path: in the file's name (`2019-12-31-story`, `1990-09_report`,
//! `USA_45_1990`) and in its folders' (`Session 45 - 1990/`, `1990-09/`, or a day spread over
//! nested folders, `2024/09/04/`).
//!
//! A name's words are its runs of letters and digits. A year is a word of four digits in the
//! accepted range (so `_1990.` and ` 1990` count, `A1990B` and `19900` do not, and the `45` of
//! `USA_45_1990` is nothing); a month is such a year, a hyphen and a word of two digits that is a
//! month. A name with two different years or months gives none: it is a span, not a date.

use super::{is_year, parse_date, year, ArticleDate, DateParse, Precision};
use time::{Date, Month};

/// The date in a file's name (without its extension): a day `YYYY-MM-DD` not glued to other
/// digits, else a month, else a year (see the module). A name that is only a number
/// (`1990.txt`) is a serial number as often as a year: it gives none.
pub fn date_in_file_name(stem: &str) -> DateParse {
    match words(stem).as_slice() {
        [(_, word)] if word.bytes().all(|b| b.is_ascii_digit()) => DateParse::NotADate,
        _ => date_in_name(stem),
    }
}

/// The dates the folders of the display path `display` give, nearest first. A folder's name
/// gives a date as a file's does (a name that is only a year, `1990/`, counts); a folder of one
/// or two digits below a year's folder is a month of that year (`2024/09/`), below a month's a
/// day of that month (`2024/09/04/`). Names that give no real date are passed over quietly.
pub fn dates_in_folders(display: &str) -> Vec<ArticleDate> {
    let mut folders: Vec<&str> = display.split(['/', '\\']).collect();
    folders.pop();
    let mut dates: Vec<Option<ArticleDate>> = Vec::with_capacity(folders.len());
    for name in folders {
        let parent = dates.last().copied().flatten();
        let date = nested(name, parent).or_else(|| match date_in_name(name) {
            DateParse::Valid(d) => Some(d),
            _ => None,
        });
        dates.push(date);
    }
    dates.into_iter().rev().flatten().collect()
}

/// A folder named by a month (1 to 12) below a year's folder, or by a day below a month's.
fn nested(name: &str, parent: Option<ArticleDate>) -> Option<ArticleDate> {
    let parent = parent?;
    if !(1..=2).contains(&name.len()) || !name.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let number: u8 = name.parse().ok()?;
    let start = parent.start().date();
    let (date, precision) = match parent.precision {
        Precision::Year => (
            Date::from_calendar_date(start.year(), Month::try_from(number).ok()?, 1),
            Precision::Month,
        ),
        Precision::Month => (
            Date::from_calendar_date(start.year(), start.month(), number),
            Precision::Day,
        ),
        Precision::Day | Precision::Time => return None,
    };
    Some(ArticleDate::new(
        date.ok()?.midnight().assume_utc(),
        precision,
    ))
}

/// The date in one name: a day, else a month, else a year (see the module).
fn date_in_name(name: &str) -> DateParse {
    match day_in_name(name) {
        DateParse::NotADate => {}
        found => return found,
    }
    let words = words(name);
    let months = months_in(name, &words);
    if !months.is_empty() {
        return only_one(months);
    }
    let years = words
        .iter()
        .filter(|(_, w)| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .filter_map(|(_, w)| w.parse::<i64>().ok())
        .filter(|y| is_year(*y))
        .filter_map(|y| match year(i32::try_from(y).ok()?) {
            DateParse::Valid(d) => Some(d),
            _ => None,
        })
        .collect();
    only_one(years)
}

/// The first `YYYY-MM-DD` in a name not glued to other digits.
fn day_in_name(name: &str) -> DateParse {
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

/// The runs of letters and digits of `name`, each with its byte offset.
fn words(name: &str) -> Vec<(usize, &str)> {
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in name.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((s, &name[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, &name[s..]));
    }
    words
}

/// Every `YYYY-MM` of a name: a year word, a hyphen, a two-digit month word, not followed by a
/// hyphen and more digits (a day this reader did not take).
fn months_in(name: &str, words: &[(usize, &str)]) -> Vec<ArticleDate> {
    let digits = |w: &str, n: usize| w.len() == n && w.bytes().all(|b| b.is_ascii_digit());
    let gap = |a: &(usize, &str), b: &(usize, &str)| name.get(a.0 + a.1.len()..b.0);
    let mut found = Vec::new();
    for (i, pair) in words.windows(2).enumerate() {
        let [y, m] = pair else { continue };
        if !digits(y.1, 4) || !digits(m.1, 2) || gap(y, m) != Some("-") {
            continue;
        }
        let day_follows = words
            .get(i + 2)
            .is_some_and(|d| gap(m, d) == Some("-") && d.1.bytes().all(|b| b.is_ascii_digit()));
        if day_follows {
            continue;
        }
        let (Ok(y), Ok(m)) = (y.1.parse::<i32>(), m.1.parse::<u8>()) else {
            continue;
        };
        let month = Month::try_from(m).ok();
        let start = month.and_then(|m| Date::from_calendar_date(y, m, 1).ok());
        if let (Some(start), true) = (start, is_year(i64::from(y))) {
            found.push(ArticleDate::new(
                start.midnight().assume_utc(),
                Precision::Month,
            ));
        }
    }
    found
}

/// The date when all of `dates` are one, else none.
fn only_one(dates: Vec<ArticleDate>) -> DateParse {
    match dates.split_first() {
        Some((first, rest)) if rest.iter().all(|d| d == first) => DateParse::Valid(*first),
        _ => DateParse::NotADate,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(parse: DateParse) -> String {
        match parse {
            DateParse::Valid(d) => d.label(),
            DateParse::Invalid(e) => format!("invalid: {e}"),
            DateParse::NotADate => "none".into(),
        }
    }

    fn file(stem: &str) -> String {
        label(date_in_file_name(stem))
    }

    fn folders(display: &str) -> Vec<String> {
        dates_in_folders(display)
            .iter()
            .map(|d| d.label())
            .collect()
    }

    #[test]
    fn file_name_days() {
        assert_eq!(file("2025-09-04-macron"), "2025-09-04");
        assert_eq!(file("news_2015-05-18"), "2015-05-18");
        assert_eq!(file("2019-12-31-story"), "2019-12-31");
        assert!(file("x2025-02-30").starts_with("invalid"));
        assert_eq!(file("12025-09-04"), "none");
        assert_eq!(file("é-🙂"), "none");
    }

    #[test]
    fn file_name_months() {
        assert_eq!(file("1990-09_report"), "1990-09");
        assert_eq!(file("report-1990-09"), "1990-09");
        assert_eq!(file("1990-09"), "1990-09");
        assert_eq!(file("1990-09_2005"), "1990-09", "a month beats a year");
        // Not a month: a hyphenated season, a thirteenth month, a one-digit day cut short.
        assert_eq!(file("season-2019-20"), "2019");
        assert_eq!(file("x_1990-13"), "1990");
        assert_eq!(file("2024-09-4"), "2024");
        assert_eq!(file("1990-01_1990-02"), "none", "two months are a span");
    }

    #[test]
    fn file_name_years() {
        assert_eq!(file("USA_45_1990"), "1990");
        assert_eq!(file("speech 1990 final"), "1990");
        assert_eq!(file("1990_speech_1990"), "1990");
        assert_eq!(file("budget-1989-1990"), "none", "two years are a span");
    }

    #[test]
    fn false_years_are_rejected() {
        for stem in [
            "A1990B",
            "x1990",
            "1990s",
            "19900",
            "USA_45",
            "1234_notes",
            "2201_plan",
            "1990",
            "0042",
            "report",
        ] {
            assert_eq!(file(stem), "none", "{stem}");
        }
    }

    #[test]
    fn folder_years_months_and_days() {
        assert_eq!(folders("TXT/Session 45 - 1990/USA_45_1990.txt"), ["1990"]);
        assert_eq!(folders("Session 45 - 1990/x.txt"), ["1990"]);
        assert_eq!(
            folders("1990/x.txt"),
            ["1990"],
            "a year alone names a folder"
        );
        assert_eq!(folders("news/1990-09/x.txt"), ["1990-09"]);
        assert_eq!(folders("news/2024-09-04/x.txt"), ["2024-09-04"]);
        assert_eq!(folders("x.txt"), Vec::<String>::new());
        assert_eq!(folders("corpus/notes/x.txt"), Vec::<String>::new());
    }

    #[test]
    fn dates_spread_over_nested_folders() {
        assert_eq!(
            folders("news/2024/09/04/story.txt"),
            ["2024-09-04", "2024-09", "2024"]
        );
        assert_eq!(folders("news/2024/9/story.txt"), ["2024-09", "2024"]);
        assert_eq!(folders("2024/09/x.txt"), ["2024-09", "2024"]);
        // Not a month or a day of the folder above: a number under no date, a 13th month, a
        // 31st of September, a folder in between.
        assert_eq!(folders("news/09/04/x.txt"), Vec::<String>::new());
        assert_eq!(folders("2024/13/x.txt"), ["2024"]);
        assert_eq!(folders("2024/09/31/x.txt"), ["2024-09", "2024"]);
        assert_eq!(folders("2024/misc/09/x.txt"), ["2024"]);
        assert_eq!(
            folders("2024/09/04/12/x.txt"),
            ["2024-09-04", "2024-09", "2024"]
        );
    }

    #[test]
    fn false_folder_years_are_rejected() {
        assert_eq!(folders("A1990B/x.txt"), Vec::<String>::new());
        assert_eq!(folders("batch 45/x.txt"), Vec::<String>::new());
        assert_eq!(folders("1989-1990/x.txt"), Vec::<String>::new());
    }
}
