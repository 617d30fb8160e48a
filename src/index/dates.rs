//! How an article's date is kept in the index: the first and last second of its period (what
//! date filters compare), its precision (what counts by year or month split on), and two
//! sortable keys that carry the precision with the start and with the end, so that the first or
//! last date of many paragraphs (a speaker's, the index's) is one min or one max.
use tantivy::{DateTime, TantivyDocument};
use time::OffsetDateTime;

use super::Fields;
use crate::corpus::{ArticleDate, Precision};

const PRECISIONS: [Precision; 4] = [
    Precision::Year,
    Precision::Month,
    Precision::Day,
    Precision::Time,
];

/// An article's date as its documents keep it, worked out once for all of them: the period's
/// ends and the label take calendar arithmetic and formatting (3,700 instructions a paragraph
/// on the benchmark corpus when done per document, callgrind).
pub struct DateValues {
    start: DateTime,
    end: DateTime,
    precision: u64,
    first: i64,
    last: i64,
    label: String,
}

impl DateValues {
    pub fn of(date: &ArticleDate) -> DateValues {
        let seconds = |at: OffsetDateTime| DateTime::from_timestamp_secs(at.unix_timestamp());
        DateValues {
            start: seconds(date.start()),
            end: seconds(date.end()),
            precision: precision_code(date.precision),
            first: first_key(date),
            last: last_key(date),
            label: date.label(),
        }
    }

    /// Adds the date's fields to a paragraph's document (its label too).
    pub fn add(&self, doc: &mut TantivyDocument, f: &Fields) {
        self.add_period(doc, f);
        doc.add_text(f.date_label, &self.label);
    }

    /// What filters and counts by date need, without the label shown (a quote's is its
    /// paragraph's).
    pub fn add_period(&self, doc: &mut TantivyDocument, f: &Fields) {
        doc.add_date(f.date, self.start);
        doc.add_date(f.date_end, self.end);
        doc.add_u64(f.date_precision, self.precision);
        doc.add_i64(f.date_first, self.first);
        doc.add_i64(f.date_last, self.last);
    }
}

/// How a precision is kept: 0 for a year to 3 for a time, coarsest first.
pub fn precision_code(precision: Precision) -> u64 {
    match precision {
        Precision::Year => 0,
        Precision::Month => 1,
        Precision::Day => 2,
        Precision::Time => 3,
    }
}

/// The precision kept as `code`.
pub fn precision_of_code(code: u64) -> Option<Precision> {
    PRECISIONS.into_iter().find(|p| precision_code(*p) == code)
}

/// The start in seconds, times four, plus the precision's code: the least key is the period that
/// starts first, and on a tie the coarser (which holds the others). Exact as an f64, which is
/// what a min aggregation returns: years 1800 to 2200 keep it under 2^36.
pub fn first_key(date: &ArticleDate) -> i64 {
    date.start().unix_timestamp() * 4 + code(date.precision)
}

/// The end in seconds, times four, plus three less the precision's code: the greatest key is
/// the period that ends last, and on a tie the coarser.
pub fn last_key(date: &ArticleDate) -> i64 {
    date.end().unix_timestamp() * 4 + 3 - code(date.precision)
}

/// The date a `first_key` keeps.
pub fn of_first_key(key: i64) -> Option<ArticleDate> {
    of_key(key.div_euclid(4), key.rem_euclid(4))
}

/// The date a `last_key` keeps.
pub fn of_last_key(key: i64) -> Option<ArticleDate> {
    of_key(key.div_euclid(4), 3 - key.rem_euclid(4))
}

fn code(precision: Precision) -> i64 {
    i64::try_from(precision_code(precision)).unwrap_or(0)
}

fn of_key(seconds: i64, code: i64) -> Option<ArticleDate> {
    let precision = precision_of_code(u64::try_from(code).ok()?)?;
    let at = OffsetDateTime::from_unix_timestamp(seconds).ok()?;
    Some(ArticleDate::new(at, precision))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn date(at: OffsetDateTime, precision: Precision) -> ArticleDate {
        ArticleDate::new(at, precision)
    }

    #[test]
    fn keys_give_back_their_dates() {
        for precision in PRECISIONS {
            for at in [
                datetime!(1800-01-01 0:00 UTC),
                datetime!(1969-12-31 23:59:59 UTC),
                datetime!(1990-09-04 16:45:08 UTC),
                datetime!(2200-12-31 23:59:59 UTC),
            ] {
                let d = date(at, precision);
                assert_eq!(of_first_key(first_key(&d)), Some(d), "{d:?}");
                assert_eq!(of_last_key(last_key(&d)), Some(d), "{d:?}");
                let (first, last) = (first_key(&d), last_key(&d));
                assert_eq!(first as f64 as i64, first, "exact as f64");
                assert_eq!(last as f64 as i64, last, "exact as f64");
            }
        }
    }

    #[test]
    fn keys_order_periods_and_ties_go_to_the_coarser() {
        let at = datetime!(1990-01-01 0:00 UTC);
        let year = date(at, Precision::Year);
        let day = date(at, Precision::Day);
        let later = date(datetime!(1990-06-01 0:00 UTC), Precision::Day);
        assert!(
            first_key(&year) < first_key(&day),
            "same start: the year first"
        );
        assert!(first_key(&day) < first_key(&later));
        let december = date(datetime!(1990-12-31 0:00 UTC), Precision::Day);
        assert!(
            last_key(&year) > last_key(&december),
            "same end: the year last"
        );
        assert!(last_key(&year) > last_key(&later));
        assert!(last_key(&december) > last_key(&later));
    }
}
