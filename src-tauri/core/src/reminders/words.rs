//! The reminders' reasons in words: dates ("Sun 1 Mar 2026"; never "in 7
//! days", which goes stale while a reminder waits), cadences ("every 3
//! months"), hours and the names of milestone and key-date kinds.
//!
//! A reason's dates are also sent as data ([`ReasonPart`]), so the app writes
//! them in the user's locale and clock: the engine writes each date marked
//! ([`marked_day`], [`marked_due`]), and [`resolve`] turns the marked text
//! into the English reason (for the CLI and notifications) and its parts.

use std::fmt::Write as _;

use jiff::civil::{Date, DateTime};

use super::ReasonPart;
use crate::events::DeadlineKind;

/// Opens and closes a marked date; private-use characters, which no
/// keyboard types and [`resolve`] never lets through.
const OPEN: char = '\u{E000}';
const CLOSE: char = '\u{E001}';
const ZONE: char = '|';

/// A day marked for [`resolve`]: written "Sun 1 Mar 2026" in the English
/// reason, sent as the day in the parts.
pub(super) fn marked_day(date: Date) -> String {
    let mut out = String::with_capacity(12);
    write_marked_day(&mut out, date);
    out
}

/// Writes [`marked_day`] at the end of `out`.
pub(super) fn write_marked_day(out: &mut String, date: Date) {
    // Writing to a String cannot fail.
    let _ = write!(out, "{OPEN}{date}{CLOSE}");
}

/// A wall-clock time in a zone, marked for [`resolve`]: written "Sun 1 Mar
/// 23:59 AoE" in the English reason, sent as the time and the zone.
pub(super) fn marked_due(at: DateTime, zone: &str) -> String {
    format!("{OPEN}{at}{ZONE}{zone}{CLOSE}")
}

/// The English reason and its parts from a reason with marked dates.
/// Anything between the marks that is not a date the engine wrote stays
/// text (the marks themselves are dropped).
pub(super) fn resolve(marked: &str) -> (String, Vec<ReasonPart>) {
    if !marked.contains(OPEN) {
        let parts = if marked.is_empty() {
            Vec::new()
        } else {
            vec![ReasonPart::Text {
                text: marked.to_owned(),
            }]
        };
        return (marked.to_owned(), parts);
    }
    let mut english = String::with_capacity(marked.len());
    let mut parts = Vec::new();
    let mut text = String::new();
    let mut rest = marked;
    while let Some(start) = rest.find(OPEN) {
        text.push_str(&rest[..start]);
        let after = &rest[start + OPEN.len_utf8()..];
        let Some(end) = after.find(CLOSE) else {
            rest = after;
            continue;
        };
        let inner = &after[..end];
        rest = &after[end + CLOSE.len_utf8()..];
        let part = match inner.split_once(ZONE) {
            None => inner
                .parse::<Date>()
                .ok()
                .map(|day| ReasonPart::Day { day }),
            Some((at, zone)) => at.parse::<DateTime>().ok().map(|at| ReasonPart::DueAt {
                at,
                zone: zone.to_owned(),
            }),
        };
        let Some(part) = part else {
            text.push_str(inner);
            continue;
        };
        if !text.is_empty() {
            english.push_str(&text);
            parts.push(ReasonPart::Text {
                text: std::mem::take(&mut text),
            });
        }
        write_part(&mut english, &part, Clock::H24);
        parts.push(part);
    }
    if rest.contains([OPEN, CLOSE]) {
        text.push_str(&rest.replace([OPEN, CLOSE], ""));
    } else {
        text.push_str(rest);
    }
    if !text.is_empty() {
        english.push_str(&text);
        parts.push(ReasonPart::Text { text });
    }
    (english, parts)
}

/// How a reason's times are written: "23:59" or "11:59 PM".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Clock {
    /// "11:59 PM".
    H12,
    /// "23:59", as the reason is stored.
    #[default]
    H24,
}

/// A reason in English from its parts, its times on `clock`: what a
/// notification says, on the clock the user chose.
pub fn english_reason(parts: &[ReasonPart], clock: Clock) -> String {
    let mut out = String::new();
    for part in parts {
        write_part(&mut out, part, clock);
    }
    out
}

/// Writes one part of a reason at the end of `out`.
fn write_part(out: &mut String, part: &ReasonPart, clock: Clock) {
    match part {
        ReasonPart::Text { text } => out.push_str(text),
        ReasonPart::Day { day } => write_day(out, *day),
        ReasonPart::DueAt { at, zone } => {
            // Writing to a String cannot fail.
            let _ = write!(out, "{} {zone}", day_and_time(*at, clock));
        }
    }
}

/// "Sun 1 Mar 2026".
pub(super) fn day(date: Date) -> String {
    let mut out = String::with_capacity(16);
    write_day(&mut out, date);
    out
}

/// Writes "Sun 1 Mar 2026" at the end of `out`: by hand for the years
/// people live in (most reasons carry a date, thousands per evaluation of a
/// large book), with `strftime` otherwise.
pub(super) fn write_day(out: &mut String, date: Date) {
    const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    // Writing to a String cannot fail.
    if !(0..=9999).contains(&date.year()) {
        let _ = write!(out, "{}", date.strftime("%a %-d %b %Y"));
        return;
    }
    let weekday = WEEKDAYS[usize::from(date.weekday().to_monday_zero_offset().unsigned_abs())];
    let month = MONTHS[usize::from(date.month().unsigned_abs()) - 1];
    let _ = write!(out, "{weekday} {} {month} {:04}", date.day(), date.year());
}

/// "Sun 1 Mar 23:59", or "Sun 1 Mar 11:59 PM" on a 12-hour clock.
pub(super) fn day_and_time(at: DateTime, clock: Clock) -> String {
    match clock {
        Clock::H24 => at.strftime("%a %-d %b %H:%M").to_string(),
        Clock::H12 => at.strftime("%a %-d %b %-I:%M %p").to_string(),
    }
}

/// Writes "every 2 weeks", "every 3 months", "every year", "every 10
/// days" at the end of `out`.
pub(super) fn write_every(out: &mut String, days: u32) {
    let (count, unit) = match days {
        d if d % 365 == 0 => (d / 365, "year"),
        d if d % 30 == 0 => (d / 30, "month"),
        d if d % 7 == 0 => (d / 7, "week"),
        d => (d, "day"),
    };
    // Writing to a String cannot fail.
    let _ = match count {
        1 => write!(out, "every {unit}"),
        n => write!(out, "every {n} {unit}s"),
    };
}

/// "1 hour", "12.5 hours".
pub(super) fn hours(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    if rounded == 1.0 {
        "1 hour".to_owned()
    } else {
        format!("{rounded} hours")
    }
}

/// "1 year", "5 years".
pub(super) fn years(count: i16) -> String {
    match count {
        1 => "1 year".to_owned(),
        n => format!("{n} years"),
    }
}

/// A milestone kind as words: "new job", "start of residency".
pub(super) fn milestone(kind: &str) -> String {
    match kind {
        "residency_start" => "start of residency".to_owned(),
        "fellowship_start" => "start of fellowship".to_owned(),
        "match_day" => "Match Day result".to_owned(),
        "new_license" => "new license".to_owned(),
        "other" => "milestone".to_owned(),
        other => other.replace('_', " "),
    }
}

/// A key date's kind as words.
pub(super) fn deadline(kind: DeadlineKind) -> &'static str {
    match kind {
        DeadlineKind::Abstract => "abstracts",
        DeadlineKind::LateBreakingAbstract => "late-breaking abstracts",
        DeadlineKind::Notification => "notification of acceptance",
        DeadlineKind::EarlyBird => "early-bird registration",
        DeadlineKind::Registration => "registration",
        DeadlineKind::HotelBlock => "hotel block",
        DeadlineKind::Other => "key date",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_s_dates_go_to_the_app_as_data_and_to_the_cli_in_english() {
        let due = Date::constant(2026, 12, 10).at(23, 59, 0, 0);
        let marked = format!(
            "ESC 2027: abstracts due {}, met on {}",
            marked_due(due, "AoE"),
            marked_day(Date::constant(2026, 3, 2))
        );
        let (english, parts) = resolve(&marked);
        assert_eq!(
            english,
            "ESC 2027: abstracts due Thu 10 Dec 23:59 AoE, met on Mon 2 Mar 2026"
        );
        assert_eq!(
            parts,
            vec![
                ReasonPart::Text {
                    text: "ESC 2027: abstracts due ".into()
                },
                ReasonPart::DueAt {
                    at: due,
                    zone: "AoE".into()
                },
                ReasonPart::Text {
                    text: ", met on ".into()
                },
                ReasonPart::Day {
                    day: Date::constant(2026, 3, 2)
                },
            ]
        );
    }

    #[test]
    fn a_reason_is_written_again_from_its_parts_on_either_clock() {
        let marked = format!(
            "abstracts due {}, met on {}",
            marked_due(Date::constant(2026, 12, 10).at(23, 59, 0, 0), "AoE"),
            marked_day(Date::constant(2026, 3, 2))
        );
        let (english, parts) = resolve(&marked);
        assert_eq!(english_reason(&parts, Clock::H24), english);
        assert_eq!(
            english_reason(&parts, Clock::H12),
            "abstracts due Thu 10 Dec 11:59 PM AoE, met on Mon 2 Mar 2026"
        );
        let morning = [ReasonPart::DueAt {
            at: Date::constant(2026, 12, 10).at(9, 5, 0, 0),
            zone: "Europe/Berlin".into(),
        }];
        assert_eq!(
            english_reason(&morning, Clock::H12),
            "Thu 10 Dec 9:05 AM Europe/Berlin"
        );
    }

    #[test]
    fn marks_around_anything_but_a_date_are_dropped_and_plain_reasons_are_one_part() {
        let (english, parts) = resolve("Dr. \u{E000}Ng\u{E001} and \u{E000}more");
        assert_eq!(english, "Dr. Ng and more");
        assert_eq!(
            parts,
            vec![ReasonPart::Text {
                text: "Dr. Ng and more".into()
            }]
        );
        assert_eq!(resolve("Call back").1.len(), 1);
        assert!(resolve("").1.is_empty());
    }

    #[test]
    fn dates_and_distances_read_as_people_write_them() {
        assert_eq!(day(Date::constant(2026, 3, 1)), "Sun 1 Mar 2026");
        assert_eq!(day(Date::constant(2027, 12, 31)), "Fri 31 Dec 2027");
        assert_eq!(day(Date::constant(987, 1, 4)), "Thu 4 Jan 0987");
        assert_eq!(
            day_and_time(Date::constant(2026, 3, 1).at(23, 59, 0, 0), Clock::H24),
            "Sun 1 Mar 23:59"
        );
        let every = |days| {
            let mut out = String::new();
            write_every(&mut out, days);
            out
        };
        assert_eq!(every(90), "every 3 months");
        assert_eq!(every(14), "every 2 weeks");
        assert_eq!(every(365), "every year");
        assert_eq!(every(10), "every 10 days");
        assert_eq!(hours(12.5), "12.5 hours");
        assert_eq!(hours(1.0), "1 hour");
        assert_eq!(milestone("published_paper"), "published paper");
    }

    #[test]
    fn a_day_written_by_hand_reads_as_strftime_writes_it() {
        let mut date = Date::constant(1, 1, 1);
        while date < Date::constant(9999, 1, 1) {
            assert_eq!(day(date), date.strftime("%a %-d %b %Y").to_string());
            date = date.checked_add(jiff::Span::new().days(997)).unwrap();
        }
    }
}
