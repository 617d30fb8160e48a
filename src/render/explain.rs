//! The one stderr line that says why a filtered search found nothing.
use super::{plural, Unit};
use crate::model::{AskedSpeaker, DateFilter, Explanation, Scope, SpeakerFilter};

/// `2 paragraphs match, none dated 1990-01-01..1999-12-31; they have no date`, or what the
/// speaker filter removed, or that the filters removed the matches only together.
pub fn line(why: &Explanation) -> String {
    line_of(why, Unit::Paragraphs)
}

/// The same line for a search of `unit` (`2 quotes match, ...` for `search quotes`).
pub fn line_of(why: &Explanation, unit: Unit) -> String {
    let speakers = why.speakers.as_ref().filter(|s| s.kept == 0);
    let dates = why.dates.as_ref().filter(|d| d.kept == 0);
    if let Some(speakers) = speakers {
        if speakers.asked.iter().all(|a| a.paragraphs == 0) {
            return unknown(&speakers.asked);
        }
    }
    if speakers.is_none() && dates.is_none() {
        return together(why, unit);
    }
    let mut removed = Vec::new();
    if let Some(speakers) = speakers {
        removed.push(none_with(speakers, unit));
    }
    if let Some(dates) = dates {
        removed.push(format!("none {}", range(dates)));
    }
    let mut line = format!("{}, {}", lead(why, unit), removed.join(" and "));
    if let Some(dates) = dates {
        line.push_str("; ");
        line.push_str(&coverage(dates, why.matches));
    }
    if let Some(speakers) = speakers {
        if speakers.asked.iter().any(|a| a.paragraphs == 0) {
            line.push_str("; ");
            line.push_str(&unknown(&speakers.asked));
        }
    }
    line
}

/// What matched before the filters: `2 paragraphs match`.
fn lead(why: &Explanation, unit: Unit) -> String {
    let noun = unit.noun();
    let n = why.matches;
    let s = plural(n as usize);
    let verb = if n == 1 {
        ["matches", "has"]
    } else {
        ["match", "have"]
    };
    match why.scope {
        Scope::Query => format!("{n} {noun}{s} {}", verb[0]),
        Scope::SomeWords => format!("{n} {noun}{s} {} some of the words", verb[1]),
        Scope::Index => format!("the index holds {n} {noun}{s}"),
    }
}

/// Each filter kept some matches, but no match passes both.
fn together(why: &Explanation, unit: Unit) -> String {
    let mut kept = Vec::new();
    if let Some(speakers) = &why.speakers {
        let names: Vec<String> = speakers
            .asked
            .iter()
            .map(|a| format!("\"{}\"", a.name))
            .collect();
        kept.push(format!(
            "{} with speaker {}",
            speakers.kept,
            names.join(" or ")
        ));
    }
    if let Some(dates) = &why.dates {
        kept.push(format!("{} {}", dates.kept, range(dates)));
    }
    format!("{}: {}, none with both", lead(why, unit), kept.join(", "))
}

/// `none with speaker "putin" (quoted in 1 other paragraph)`, for the speakers the index knows.
fn none_with(speakers: &SpeakerFilter, unit: Unit) -> String {
    let known: Vec<String> = speakers
        .asked
        .iter()
        .filter(|a| a.paragraphs > 0)
        .map(|a| {
            format!(
                "\"{}\" ({} in {} other {}{})",
                a.name,
                match unit {
                    Unit::Paragraphs => "quoted",
                    Unit::Quotes => "speaking",
                },
                a.paragraphs,
                unit.noun(),
                plural(a.paragraphs as usize)
            )
        })
        .collect();
    format!("none with speaker {}", known.join(" or "))
}

/// `no speaker "macrn" in the index; closest: Emmanuel Macron`, for each speaker it does not know.
fn unknown(asked: &[AskedSpeaker]) -> String {
    asked
        .iter()
        .filter(|a| a.paragraphs == 0)
        .map(|a| {
            let mut text = format!("no speaker \"{}\" in the index", a.name);
            if !a.closest.is_empty() {
                text.push_str("; closest: ");
                text.push_str(&a.closest.join(", "));
            }
            text
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// `dated 1990-01-01..1999-12-31`, `dated 1990-01-01 or later`, `dated 1999-12-31 or earlier`.
fn range(dates: &DateFilter) -> String {
    match (&dates.since, &dates.until) {
        (Some(since), Some(until)) => format!("dated {since}..{until}"),
        (Some(since), None) => format!("dated {since} or later"),
        (None, Some(until)) => format!("dated {until} or earlier"),
        (None, None) => "dated".to_owned(),
    }
}

/// Of the `matches` outside the dates: how many have no date, and the days the others span.
fn coverage(dates: &DateFilter, matches: u64) -> String {
    let undated = dates.undated;
    let span = match &dates.span {
        Some((first, last)) if first == last => first.clone(),
        Some((first, last)) => format!("{first}..{last}"),
        None => String::new(),
    };
    let dated = matches.saturating_sub(undated);
    if dated == 0 || span.is_empty() {
        return if matches == 1 {
            "it has no date".to_owned()
        } else {
            "they have no date".to_owned()
        };
    }
    if undated == 0 {
        return if matches == 1 {
            format!("it is dated {span}")
        } else {
            format!("they are dated {span}")
        };
    }
    let has = if undated == 1 { "has" } else { "have" };
    let others = if dated == 1 {
        "the other is"
    } else {
        "the others are"
    };
    format!("{undated} {has} no date, {others} dated {span}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(undated: u64, span: Option<(&str, &str)>) -> DateFilter {
        DateFilter {
            since: Some("1990-01-01".into()),
            until: None,
            kept: 0,
            undated,
            span: span.map(|(a, b)| (a.into(), b.into())),
        }
    }

    fn why(matches: u64, dates: DateFilter) -> Explanation {
        Explanation {
            scope: Scope::Query,
            matches,
            speakers: None,
            dates: Some(dates),
        }
    }

    #[test]
    fn one_match_is_spoken_of_in_the_singular() {
        assert_eq!(
            line(&why(1, dates(1, None))),
            "1 paragraph matches, none dated 1990-01-01 or later; it has no date"
        );
        assert_eq!(
            line(&why(1, dates(0, Some(("1980-02-03", "1980-02-03"))))),
            "1 paragraph matches, none dated 1990-01-01 or later; it is dated 1980-02-03"
        );
        assert_eq!(
            line(&why(2, dates(1, Some(("1980-02-03", "1980-02-03"))))),
            "2 paragraphs match, none dated 1990-01-01 or later; 1 has no date, the other is \
             dated 1980-02-03"
        );
        assert_eq!(
            line(&why(9, dates(7, Some(("1980-02-03", "1989-12-31"))))),
            "9 paragraphs match, none dated 1990-01-01 or later; 7 have no date, the others are \
             dated 1980-02-03..1989-12-31"
        );
    }

    #[test]
    fn filters_that_remove_matches_only_together_are_said_so() {
        let explanation = Explanation {
            scope: Scope::Index,
            matches: 40,
            speakers: Some(SpeakerFilter {
                kept: 3,
                asked: ["Ada Obi", "obi"]
                    .iter()
                    .map(|name| AskedSpeaker {
                        name: name.to_string(),
                        paragraphs: 3,
                        closest: Vec::new(),
                    })
                    .collect(),
            }),
            dates: Some(DateFilter {
                kept: 12,
                ..dates(0, None)
            }),
        };
        assert_eq!(
            line(&explanation),
            "the index holds 40 paragraphs: 3 with speaker \"Ada Obi\" or \"obi\", 12 dated \
             1990-01-01 or later, none with both"
        );
    }
}
