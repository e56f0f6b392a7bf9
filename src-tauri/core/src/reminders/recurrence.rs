//! Repeating custom reminders: an RFC 5545 RRULE value expanded on the wall
//! clock, as the calendar expands events (`events::recurrence`): the civil
//! start is handed to the `rrule` crate as if it were UTC and each result
//! read back as a civil time, so "every Monday at 09:00" stays at 09:00
//! whatever the offset that day. An UNTIL is read on the same wall clock
//! (a trailing `Z` is accepted and ignored); a date-only UNTIL includes
//! that whole day. The first time given is always an occurrence.
//!
//! Limits: reminders repeat at most hourly, and one evaluation walks at
//! most [`MAX_STEPS`] occurrences of a rule from its start (an hourly
//! reminder thus for about eleven years).

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::TimeZone;
use jiff::SignedDuration;
use rrule::RRuleSet;

use crate::values::Invalid;

/// The most occurrences one evaluation walks through, per rule.
pub const MAX_STEPS: usize = 100_000;

/// The longest rule text kept.
const MAX_RULE: usize = 1_000;

/// The rule as stored: trimmed, without an `RRULE:` prefix, upper case, and
/// checked to expand from `start`.
pub(super) fn normalize(rule: &str, start: DateTime) -> Result<String, Invalid> {
    let upper = rule.trim().to_ascii_uppercase();
    let rule = upper
        .strip_prefix("RRULE:")
        .unwrap_or(&upper)
        .trim()
        .to_owned();
    if rule.is_empty() {
        return Ok(rule);
    }
    let example = "write an RRULE value like FREQ=WEEKLY;BYDAY=MO";
    if rule.chars().count() > MAX_RULE {
        return Err(Invalid::new(
            "recurrence",
            format!("The repeat rule is too long (the limit is {MAX_RULE} characters)"),
        ));
    }
    if let Some(bad) = rule
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '=' | ';' | ',' | '+' | '-')))
    {
        return Err(Invalid::new(
            "recurrence",
            format!(
                "The repeat rule cannot contain \"{}\": {example}",
                bad.escape_default()
            ),
        ));
    }
    if rule
        .split(';')
        .any(|part| part == "FREQ=SECONDLY" || part == "FREQ=MINUTELY")
    {
        return Err(Invalid::new(
            "recurrence",
            "Reminders repeat at most every hour: use FREQ=HOURLY, DAILY, WEEKLY, MONTHLY or YEARLY",
        ));
    }
    rule_set(&rule, start)?;
    Ok(rule)
}

/// The civil times of a rule's occurrences from `from` up to `until`
/// (inclusive), in order, within [`MAX_STEPS`]; `start` (the first time)
/// counts whenever it is in that range, and alone makes a one-off
/// reminder (whatever `from`: it waits until acted on). A rule that cannot be read (stored
/// by a newer build) gives the first time alone.
///
/// An hourly, daily or weekly rule without COUNT repeats with a fixed
/// period on the wall clock, so the walk starts at the last whole number of
/// periods before `from` instead of at `start`: years of a daily reminder
/// cost the same as its first month.
pub(crate) fn expand(
    rule: &str,
    start: DateTime,
    from: DateTime,
    until: DateTime,
) -> Vec<DateTime> {
    if rule.is_empty() {
        return if start <= until {
            vec![start]
        } else {
            Vec::new()
        };
    }
    let mut times = Vec::new();
    if start >= from && start <= until {
        times.push(start);
    }
    let base = match period(rule) {
        Some(period) if from > start => {
            let periods = start.duration_until(from).as_secs() / period.as_secs() - 1;
            match start.checked_add(SignedDuration::from_secs(period.as_secs() * periods.max(0))) {
                Ok(base) => base,
                Err(_) => start,
            }
        }
        _ => start,
    };
    let Ok(set) = rule_set(rule, base) else {
        return times;
    };
    let set = set.limit();
    for (step, at) in (&set).into_iter().enumerate() {
        if step >= MAX_STEPS {
            break;
        }
        let civil = civil_from_second(at.timestamp());
        if civil > until {
            break;
        }
        if civil > start && civil >= from {
            times.push(civil);
        }
    }
    times
}

/// The fixed period of an hourly, daily or weekly rule without COUNT.
fn period(rule: &str) -> Option<SignedDuration> {
    let mut unit = None;
    let mut interval = 1;
    for part in rule.split(';') {
        match part.split_once('=') {
            Some(("FREQ", "HOURLY")) => unit = Some(1),
            Some(("FREQ", "DAILY")) => unit = Some(24),
            Some(("FREQ", "WEEKLY")) => unit = Some(24 * 7),
            Some(("INTERVAL", count)) => interval = count.parse::<i64>().ok().filter(|n| *n > 0)?,
            Some(("COUNT", _)) => return None,
            _ => {}
        }
    }
    unit.map(|hours| SignedDuration::from_hours(hours * interval))
}

fn rule_set(rule: &str, start: DateTime) -> Result<RRuleSet, Invalid> {
    let parts = rule
        .split(';')
        .filter(|part| !part.is_empty())
        .map(|part| match part.strip_prefix("UNTIL=") {
            Some(until) => {
                let civil = until_on_wall_clock(until)?;
                if civil < start {
                    return Err(Invalid::new(
                        "recurrence",
                        "The repeat rule ends (UNTIL) before the reminder's first time",
                    ));
                }
                Ok(format!("UNTIL={}Z", basic(civil)))
            }
            None => Ok(part.to_owned()),
        })
        .collect::<Result<Vec<_>, _>>()?;
    let text = format!("DTSTART:{}Z\nRRULE:{}", basic(start), parts.join(";"));
    text.parse::<RRuleSet>().map_err(|err| {
        let message = err
            .to_string()
            .replace("RRule parsing error: ", "")
            .replace("RRule validation error: ", "")
            .replace("+00:00", "")
            .replace(" UTC", "");
        Invalid::new(
            "recurrence",
            format!("The repeat rule is not valid: {message}"),
        )
    })
}

fn until_on_wall_clock(value: &str) -> Result<DateTime, Invalid> {
    let bad = || {
        Invalid::new(
            "recurrence",
            format!("The repeat rule's UNTIL={value} is not a date (20261231) or a time (20261231T235959)"),
        )
    };
    let digits = |range: std::ops::Range<usize>| -> Result<i64, Invalid> {
        value
            .get(range)
            .filter(|text| text.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|text| text.parse().ok())
            .ok_or_else(bad)
    };
    let day = Date::new(
        digits(0..4)? as i16,
        digits(4..6)? as i8,
        digits(6..8)? as i8,
    )
    .map_err(|_| bad())?;
    match (value.len(), value.as_bytes().get(8)) {
        (8, _) => Ok(day.to_datetime(Time::constant(23, 59, 59, 0))),
        (15 | 16, Some(b'T')) if value.len() == 15 || value.ends_with('Z') => {
            let time = Time::new(
                digits(9..11)? as i8,
                digits(11..13)? as i8,
                digits(13..15)? as i8,
                0,
            )
            .map_err(|_| bad())?;
            Ok(day.to_datetime(time))
        }
        _ => Err(bad()),
    }
}

fn basic(civil: DateTime) -> String {
    civil.strftime("%Y%m%dT%H%M%S").to_string()
}

fn civil_from_second(second: i64) -> DateTime {
    jiff::Timestamp::from_second(second)
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
        .to_zoned_datetime(TimeZone::UTC)
        .datetime()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn civil(text: &str) -> DateTime {
        text.parse().unwrap()
    }

    #[test]
    fn a_weekly_rule_keeps_its_wall_clock_time() {
        let start = civil("2026-03-02T09:00");
        let rule = normalize("rrule:freq=weekly;byday=mo", start).unwrap();
        assert_eq!(rule, "FREQ=WEEKLY;BYDAY=MO");
        let times = expand(&rule, start, start, civil("2026-03-31T00:00"));
        let shown: Vec<String> = times.iter().map(|t| t.to_string()).collect();
        assert_eq!(
            shown,
            [
                "2026-03-02T09:00:00",
                "2026-03-09T09:00:00",
                "2026-03-16T09:00:00",
                "2026-03-23T09:00:00",
                "2026-03-30T09:00:00"
            ]
        );
    }

    #[test]
    fn an_until_date_includes_that_whole_day() {
        let start = civil("2026-03-02T18:00");
        let times = expand(
            "FREQ=DAILY;UNTIL=20260304",
            start,
            start,
            civil("2027-01-01T00:00"),
        );
        assert_eq!(times.len(), 3);
    }

    #[test]
    fn a_walk_that_starts_late_finds_the_same_occurrences() {
        let start = civil("2020-01-07T09:00");
        let (from, until) = (civil("2026-03-01T00:00"), civil("2026-04-01T00:00"));
        for rule in [
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,FR",
            "FREQ=DAILY;BYMONTH=3",
            "FREQ=HOURLY;INTERVAL=5;BYHOUR=9,14",
        ] {
            let all: Vec<DateTime> = expand(rule, start, start, until)
                .into_iter()
                .filter(|t| *t >= from)
                .collect();
            assert!(!all.is_empty(), "{rule}");
            assert_eq!(expand(rule, start, from, until), all, "{rule}");
        }
    }

    #[test]
    fn rules_that_cannot_be_kept_are_refused_with_a_reason() {
        let start = civil("2026-03-02T09:00");
        assert!(normalize("FREQ=MINUTELY", start)
            .unwrap_err()
            .message
            .contains("every hour"));
        assert!(normalize("FREQ=WEEKLY\nBYDAY=MO", start).is_err());
        assert!(normalize("FREQ=SOMETIMES", start)
            .unwrap_err()
            .message
            .contains("not valid"));
        assert!(normalize("FREQ=DAILY;UNTIL=20250101", start)
            .unwrap_err()
            .message
            .contains("before"));
    }
}
