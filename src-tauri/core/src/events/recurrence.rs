//! Repeating events: an RFC 5545 RRULE value expanded into the civil starts
//! of its occurrences.
//!
//! The rule is expanded on the wall clock, not in instants: the series'
//! civil start is handed to the `rrule` crate as if it were UTC, and each
//! result read back as a civil time. A congress every last Sunday of March
//! at 09:00 Europe/Berlin therefore stays at 09:00 local every year,
//! whatever the offset that day, and the zone's rules come from jiff alone
//! (the same database that turns the civil starts into instants). An UNTIL
//! given in UTC (`…Z`, as RFC 5545 asks for zoned events) is first moved to
//! the event's wall clock; a date-only UNTIL includes that whole day.
//!
//! Limits: a series is expanded up to 25 years after its start and to at
//! most 2,000 occurrences, whichever comes first; an endless weekly round
//! thus shows for the next 25 years, a daily one for about five and a half.
//! The event's own start is always its first occurrence, even when the
//! rule would not produce it.

use std::collections::BTreeSet;

use jiff::civil::{Date, DateTime, Time};
use jiff::ToSpan;
use rrule::RRuleSet;

use super::timing::{civil_as_utc, civil_from_key, Clock, Timing};
use crate::values::Invalid;

/// How far ahead a series is expanded, in years after its start.
const YEARS_AHEAD: i16 = 25;

/// The most occurrences a series is expanded to.
const MAX_OCCURRENCES: usize = 2_000;

/// The longest rule text kept.
const MAX_RULE: usize = 1_000;

/// The rule as stored: trimmed, without an `RRULE:` prefix, upper case.
/// Refuses text that is not a single RRULE value.
pub(super) fn normalize(rule: &str) -> Result<String, Invalid> {
    let upper = rule.trim().to_ascii_uppercase();
    let rule = upper.strip_prefix("RRULE:").unwrap_or(&upper).trim();
    if rule.chars().count() > MAX_RULE {
        return Err(Invalid::new(
            "recurrence",
            format!("The repeat rule is too long (the limit is {MAX_RULE} characters)"),
        ));
    }
    if rule.chars().any(char::is_control) {
        return Err(Invalid::new(
            "recurrence",
            "The repeat rule must be one line: an RRULE value like FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        ));
    }
    if let Some(bad) = rule
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '=' | ';' | ',' | '+' | '-')))
    {
        return Err(Invalid::new(
            "recurrence",
            format!("The repeat rule cannot contain \"{bad}\": write an RRULE value like FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"),
        ));
    }
    if rule
        .split(';')
        .any(|part| part == "FREQ=SECONDLY" || part == "FREQ=MINUTELY")
    {
        return Err(Invalid::new(
            "recurrence",
            "Events repeat at most every hour: use FREQ=HOURLY, DAILY, WEEKLY, MONTHLY or YEARLY",
        ));
    }
    Ok(rule.to_owned())
}

/// Checks that `rule` (normalized) can be expanded from `timing`'s start.
pub(super) fn check(rule: &str, timing: &Timing) -> Result<(), Invalid> {
    if rule.is_empty() {
        return Ok(());
    }
    rule_set(rule, timing).map(|_| ())
}

/// The civil starts of a series' occurrences, in order, within the limits
/// in the module doc.
pub(super) fn expand(rule: &str, timing: &Timing) -> Result<Vec<DateTime>, Invalid> {
    let mut starts = BTreeSet::from([timing.start]);
    if rule.is_empty() {
        return Ok(starts.into_iter().collect());
    }
    let set = rule_set(rule, timing)?.limit();
    let horizon = timing
        .start
        .checked_add(YEARS_AHEAD.years())
        .map(|end| civil_as_utc(end).as_second())
        .unwrap_or(i64::MAX);
    for start in &set {
        let key = start.timestamp();
        if key > horizon || starts.len() >= MAX_OCCURRENCES {
            break;
        }
        starts.insert(civil_from_key(key));
    }
    Ok(starts.into_iter().take(MAX_OCCURRENCES).collect())
}

/// The rrule crate's set for a rule starting at `timing`'s civil start,
/// both on the UTC wall clock.
fn rule_set(rule: &str, timing: &Timing) -> Result<RRuleSet, Invalid> {
    let parts = rule
        .split(';')
        .filter(|part| !part.is_empty())
        .map(|part| match part.strip_prefix("UNTIL=") {
            Some(until) => match until_on_wall_clock(until, timing)? {
                civil if civil < timing.start => Err(Invalid::new(
                    "recurrence",
                    "The repeat rule ends (UNTIL) before the event starts",
                )),
                civil => Ok(format!("UNTIL={}Z", basic(civil))),
            },
            None => Ok(part.to_owned()),
        })
        .collect::<Result<Vec<_>, _>>()?;
    let text = format!(
        "DTSTART:{}Z\nRRULE:{}",
        basic(timing.start),
        parts.join(";")
    );
    text.parse::<RRuleSet>().map_err(|err| {
        Invalid::new(
            "recurrence",
            format!("The repeat rule is not valid: {}", plain(&err.to_string())),
        )
    })
}

/// An UNTIL value on the event's wall clock.
fn until_on_wall_clock(value: &str, timing: &Timing) -> Result<DateTime, Invalid> {
    let bad = || {
        Invalid::new(
            "recurrence",
            format!("The repeat rule's UNTIL={value} is not a date (20261231) or a time (20261231T235959Z)"),
        )
    };
    let number = |range: std::ops::Range<usize>| -> Result<i64, Invalid> {
        value
            .get(range)
            .filter(|digits| digits.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|digits| digits.parse().ok())
            .ok_or_else(bad)
    };
    let day = Date::new(
        number(0..4)? as i16,
        number(4..6)? as i8,
        number(6..8)? as i8,
    )
    .map_err(|_| bad())?;
    match value.len() {
        8 if timing.all_day() => Ok(day.to_datetime(Time::midnight())),
        8 => Ok(day.to_datetime(Time::new(23, 59, 59, 0).map_err(|_| bad())?)),
        15 | 16 if value.as_bytes()[8] == b'T' => {
            let time = Time::new(
                number(9..11)? as i8,
                number(11..13)? as i8,
                number(13..15)? as i8,
                0,
            )
            .map_err(|_| bad())?;
            let civil = day.to_datetime(time);
            match (&value[15..], &timing.clock) {
                ("Z", Clock::Zoned { tz, .. }) => {
                    Ok(civil_as_utc(civil).to_zoned_datetime(tz.clone()).datetime())
                }
                ("" | "Z", _) => Ok(civil),
                _ => Err(bad()),
            }
        }
        _ => Err(bad()),
    }
}

/// A civil time in RFC 5545's basic form, `20260329T090000`.
fn basic(civil: DateTime) -> String {
    civil.strftime("%Y%m%dT%H%M%S").to_string()
}

/// The crate's message without the UTC wall-clock times it quotes, which
/// would only confuse.
fn plain(message: &str) -> String {
    message
        .replace("RRule parsing error: ", "")
        .replace("RRule validation error: ", "")
        .replace("+00:00", "")
        .replace(" UTC", "")
}
