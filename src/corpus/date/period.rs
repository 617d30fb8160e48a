//! An article's date as the period it names: a year, a month, a day or an instant, with its
//! first and last second, its label, and how a more precise date refines a coarser one.

use time::{Date, Duration, Month, OffsetDateTime, Time, UtcOffset};

/// How much of a date an article gives, coarsest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    Month,
    Day,
    Time,
}

/// An article's date: the start of the period it names, in UTC, and how precise it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArticleDate {
    pub datetime: OffsetDateTime,
    pub precision: Precision,
}

impl ArticleDate {
    /// The period of `precision` that holds `at` (so `at` itself for a time), in UTC.
    pub fn new(at: OffsetDateTime, precision: Precision) -> ArticleDate {
        let at = at.checked_to_offset(UtcOffset::UTC).unwrap_or(at);
        let date = at.date();
        let start = match precision {
            Precision::Year => Date::from_calendar_date(date.year(), Month::January, 1).ok(),
            Precision::Month => Date::from_calendar_date(date.year(), date.month(), 1).ok(),
            Precision::Day => Some(date),
            Precision::Time => None,
        };
        ArticleDate {
            datetime: start.map_or(at, |d| d.with_time(Time::MIDNIGHT).assume_utc()),
            precision,
        }
    }

    /// `1990`, `1990-09`, `2025-09-04`, or RFC 3339 such as `1987-02-26T16:45:08Z`.
    pub fn label(&self) -> String {
        let utc = self
            .datetime
            .checked_to_offset(UtcOffset::UTC)
            .unwrap_or(self.datetime);
        let (d, t) = (utc.date(), utc.time());
        let (year, month, day) = (d.year(), u8::from(d.month()), d.day());
        match self.precision {
            Precision::Year => format!("{year:04}"),
            Precision::Month => format!("{year:04}-{month:02}"),
            Precision::Day => format!("{year:04}-{month:02}-{day:02}"),
            Precision::Time => format!(
                "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
                t.hour(),
                t.minute(),
                t.second()
            ),
        }
    }

    /// The first second of the period.
    pub fn start(&self) -> OffsetDateTime {
        self.datetime
    }

    /// The last second of the period (the instant itself for a time).
    pub fn end(&self) -> OffsetDateTime {
        let d = self.datetime.date();
        let next = match self.precision {
            Precision::Year => Date::from_calendar_date(d.year() + 1, Month::January, 1).ok(),
            Precision::Month => {
                let (year, month) = match d.month() {
                    Month::December => (d.year() + 1, Month::January),
                    m => (d.year(), m.next()),
                };
                Date::from_calendar_date(year, month, 1).ok()
            }
            Precision::Day => d.next_day(),
            Precision::Time => None,
        };
        next.map_or(self.datetime, |n| {
            n.with_time(Time::MIDNIGHT).assume_utc() - Duration::SECOND
        })
    }

    /// Whether `other`'s period lies wholly within this one's.
    pub fn contains(&self, other: &ArticleDate) -> bool {
        self.start() <= other.start() && other.end() <= self.end()
    }

    /// `other` when it is more precise and lies within this date (a year refined to a month of
    /// it); else this date.
    pub fn refined_by(self, other: ArticleDate) -> ArticleDate {
        if other.precision > self.precision && self.contains(&other) {
            other
        } else {
            self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn at(precision: Precision) -> ArticleDate {
        ArticleDate::new(datetime!(1990-09-04 18:45:08 +2), precision)
    }

    #[test]
    fn labels_show_the_precision() {
        assert_eq!(at(Precision::Year).label(), "1990");
        assert_eq!(at(Precision::Month).label(), "1990-09");
        assert_eq!(at(Precision::Day).label(), "1990-09-04");
        assert_eq!(at(Precision::Time).label(), "1990-09-04T16:45:08Z");
    }

    #[test]
    fn a_period_runs_from_its_first_to_its_last_second() {
        let span = |p| {
            let d = at(p);
            (d.start(), d.end())
        };
        assert_eq!(
            span(Precision::Year),
            (
                datetime!(1990-01-01 0:00 UTC),
                datetime!(1990-12-31 23:59:59 UTC)
            )
        );
        assert_eq!(
            span(Precision::Month),
            (
                datetime!(1990-09-01 0:00 UTC),
                datetime!(1990-09-30 23:59:59 UTC)
            )
        );
        assert_eq!(
            span(Precision::Day),
            (
                datetime!(1990-09-04 0:00 UTC),
                datetime!(1990-09-04 23:59:59 UTC)
            )
        );
        let december = ArticleDate::new(datetime!(1999-12-25 0:00 UTC), Precision::Month);
        assert_eq!(december.end(), datetime!(1999-12-31 23:59:59 UTC));
        let instant = datetime!(1990-09-04 16:45:08 UTC);
        assert_eq!(span(Precision::Time), (instant, instant));
    }

    #[test]
    fn only_a_more_precise_date_inside_refines() {
        let year = at(Precision::Year);
        assert_eq!(year.refined_by(at(Precision::Month)), at(Precision::Month));
        assert_eq!(at(Precision::Month).refined_by(year), at(Precision::Month));
        let other_year = ArticleDate::new(datetime!(1991-03-01 0:00 UTC), Precision::Month);
        assert_eq!(year.refined_by(other_year), year);
        assert_eq!(
            at(Precision::Day).refined_by(at(Precision::Time)),
            at(Precision::Time)
        );
    }
}
