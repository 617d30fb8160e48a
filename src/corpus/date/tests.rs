//! Unit tests of the date reader rules, on text written for the tests.
use super::*;

fn label(s: &str) -> String {
    match parse_date(s) {
        DateParse::Valid(d) => d.label(),
        DateParse::Invalid(e) => format!("invalid: {e}"),
        DateParse::NotADate => "none".into(),
    }
}

#[test]
fn iso_dates_and_times() {
    assert_eq!(label("2025-09-04"), "2025-09-04");
    assert_eq!(label("1987-02-26T16:45:08"), "1987-02-26T16:45:08Z");
    assert_eq!(label("1987-02-26 16:45:08"), "1987-02-26T16:45:08Z");
    assert_eq!(label("1987-02-26T16:45:08Z"), "1987-02-26T16:45:08Z");
    assert_eq!(label("1987-02-26T18:45:08+02:00"), "1987-02-26T16:45:08Z");
    assert_eq!(label("1987-02-26T11:45:08-0500"), "1987-02-26T16:45:08Z");
    assert_eq!(label("1987-02-26T16:45"), "1987-02-26T16:45:00Z");
    assert_eq!(label("1987-02-26T16:45:08.250Z"), "1987-02-26T16:45:08Z");
    assert_eq!(label("2025-09-04T23:30:00-02:00"), "2025-09-05T01:30:00Z");
}

#[test]
fn written_dates() {
    for s in [
        "September 4, 2025",
        "4 September 2025",
        "Sep 4, 2025",
        "Sept. 4, 2025",
        "Thursday, September 4, 2025",
        "Thu, 4 Sep 2025",
        "september 4th, 2025",
    ] {
        assert_eq!(label(s), "2025-09-04", "{s}");
    }
    assert_eq!(
        label("Thu, 26 Feb 1987 17:45:08 +0100"),
        "1987-02-26T16:45:08Z"
    );
}

#[test]
fn newswire_archive_dates_with_a_time() {
    assert_eq!(label("26-FEB-1987"), "1987-02-26");
    assert_eq!(label("26-FEB-1987 15:01:01.79"), "1987-02-26T15:01:01Z");
    assert_eq!(label(" 3-MAR-1987 09:05"), "1987-03-03T09:05:00Z");
    assert_eq!(label("September 4, 2025 15:00"), "2025-09-04T15:00:00Z");
    assert!(label("30-FEB-1987 10:00:00").starts_with("invalid"));
    for s in [
        "26-FEB-1987 25:00",
        "26-FEB-1987 15:01:01.",
        "26-XYZ-1987",
        "26-FEB-87",
    ] {
        assert_eq!(label(s), "none", "{s}");
    }
}

#[test]
fn rejects_impossible_and_out_of_range() {
    assert!(label("2025-02-30").starts_with("invalid"));
    assert!(label("February 30, 2025").starts_with("invalid"));
    assert!(label("1799-12-31").starts_with("invalid"));
    assert!(label("2201-01-01").starts_with("invalid"));
    assert!(label("2025-13-01").starts_with("invalid"));
    assert!(label("2025-01-01T25:00:00").starts_with("invalid"));
    assert!(matches!(from_unix_seconds(i64::MAX), DateParse::Invalid(_)));
}

#[test]
fn not_dates() {
    for s in [
        "",
        "hello",
        "May the force be with you",
        "2025",
        "20250904",
        "2025-09-04 and more",
        "Monday",
        "Monday, the 4th",
    ] {
        assert_eq!(parse_date(s), DateParse::NotADate, "{s}");
    }
}

#[test]
fn unix_seconds() {
    match from_unix_seconds(541_356_308) {
        DateParse::Valid(d) => assert_eq!(d.label(), "1987-02-26T16:45:08Z"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn trailing_weekday_date() {
    let (rest, d) =
        split_trailing_weekday_date("Ants cure themselves Tuesday, September 1, 2015").unwrap();
    assert_eq!(rest, "Ants cure themselves");
    assert!(matches!(d, DateParse::Valid(_)));
    assert!(split_trailing_weekday_date("He left on Monday, and came back").is_none());
}

fn partial(s: &str) -> String {
    match parse_partial(s) {
        DateParse::Valid(d) => d.label(),
        DateParse::Invalid(e) => format!("invalid: {e}"),
        DateParse::NotADate => "none".into(),
    }
}

#[test]
fn years_and_months_alone() {
    assert_eq!(partial("1990"), "1990");
    assert_eq!(partial(" 1990 "), "1990");
    assert_eq!(partial("1990-09"), "1990-09");
    assert_eq!(partial("1990-9"), "1990-09");
    for s in [
        "September 1990",
        "Sept. 1990",
        "Sep 1990",
        "sep, 1990",
        "SEPTEMBER 1990",
    ] {
        assert_eq!(partial(s), "1990-09", "{s}");
    }
    assert!(partial("1700").starts_with("invalid"));
    assert!(partial("1990-13").starts_with("invalid"));
    assert!(partial("Smarch 1990").starts_with("none"));
    for s in [
        "",
        "19900",
        "990",
        "1990-090",
        "September",
        "4 September",
        "1990 September",
    ] {
        assert_eq!(partial(s), "none", "{s}");
    }
}

#[test]
fn a_field_takes_every_precision() {
    let field = |s: &str| match parse_field(s) {
        DateParse::Valid(d) => d.label(),
        other => format!("{other:?}"),
    };
    assert_eq!(field("1990"), "1990");
    assert_eq!(field("September 1990"), "1990-09");
    assert_eq!(field("1990-09"), "1990-09");
    assert_eq!(field("1990-09-04"), "1990-09-04");
    assert_eq!(field("1990-09-04T10:00:00Z"), "1990-09-04T10:00:00Z");
}

#[test]
fn a_dateline_may_be_a_month_but_never_a_year() {
    let dateline = |s: &str| match parse_dateline(s) {
        DateParse::Valid(d) => d.label(),
        DateParse::Invalid(_) => "invalid".into(),
        DateParse::NotADate => "none".into(),
    };
    assert_eq!(dateline("September 1990"), "1990-09");
    assert_eq!(dateline("1990-09"), "1990-09");
    assert_eq!(dateline("September 4, 1990"), "1990-09-04");
    assert_eq!(dateline("1990"), "none");
    assert_eq!(dateline("1700"), "none");
    assert_eq!(dateline("2019-20"), "none", "a season, not a month");
    assert_eq!(dateline("2025-02-30"), "invalid");
}

#[test]
fn years_in_range() {
    assert!(is_year(1800) && is_year(1990) && is_year(2200));
    assert!(!is_year(1799) && !is_year(2201) && !is_year(-1990));
    assert!(matches!(year(1990), DateParse::Valid(d) if d.label() == "1990"));
    assert!(matches!(year(1799), DateParse::Invalid(_)));
}
