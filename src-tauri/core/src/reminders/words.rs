//! The reminders' reasons in words: dates ("Sun 1 Mar 2026"; never "in 7
//! days", which goes stale while a reminder waits), cadences ("every 3
//! months"), hours and the names of milestone and key-date kinds.
//!
//! A reason's dates are also sent as data ([`ReasonPart`]), so the app writes
//! them in the user's locale and clock: the engine writes each reason as a
//! [`Reason`], words and dates, which gives both the English reason (for the
//! CLI and notifications) and its parts.

use std::fmt::Write as _;

use jiff::civil::{Date, DateTime};

use super::ReasonPart;
use crate::events::DeadlineKind;

/// The room a reason's English words are given at first, in bytes: most
/// reasons are a name, a few words and a date.
const REASON_ROOM: usize = 96;

/// A reminder's reason as the engine writes it: the English words (what
/// the CLI and a notification say) and the same as parts, its dates as data
/// the app writes in the user's locale and clock. Words written with
/// `write!` or [`Self::words`] join the text before them.
#[derive(Debug, Default)]
pub(super) struct Reason {
    english: String,
    parts: Vec<ReasonPart>,
}

impl Reason {
    /// The reason so far followed by `args`, written as words.
    pub(super) fn words(mut self, args: std::fmt::Arguments<'_>) -> Self {
        // Writing to a Reason cannot fail.
        let _ = self.write_fmt(args);
        self
    }

    /// The reason so far followed by a day: "Sun 1 Mar 2026" in English.
    pub(super) fn day(mut self, day: Date) -> Self {
        self.push(ReasonPart::Day { day });
        self
    }

    /// The reason so far followed by a wall-clock time in a zone: "Sun 1 Mar
    /// 23:59 AoE" in English.
    pub(super) fn due(mut self, at: DateTime, zone: &str) -> Self {
        self.push(ReasonPart::DueAt {
            at,
            zone: zone.to_owned(),
        });
        self
    }

    /// The English reason and its parts.
    pub(super) fn finish(self) -> (String, Vec<ReasonPart>) {
        (self.english, self.parts)
    }

    fn push(&mut self, part: ReasonPart) {
        write_part(&mut self.english, &part, Clock::H24);
        self.parts.push(part);
    }
}

impl std::fmt::Write for Reason {
    fn write_str(&mut self, text: &str) -> std::fmt::Result {
        if text.is_empty() {
            return Ok(());
        }
        // Room for a whole reason at the first words, rather than growing
        // piece by piece: thousands are written per evaluation.
        if self.english.capacity() == 0 {
            self.english.reserve(REASON_ROOM);
        }
        self.english.push_str(text);
        match self.parts.last_mut() {
            Some(ReasonPart::Text { text: last }) => last.push_str(text),
            _ => {
                let mut words = String::with_capacity(text.len().max(REASON_ROOM / 2));
                words.push_str(text);
                self.parts.push(ReasonPart::Text { text: words });
            }
        }
        Ok(())
    }
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

/// "every 2 weeks", "every 3 months", "every year", "every 10 days": a
/// cadence of this many days, as written.
#[derive(Debug, Clone, Copy)]
pub(super) struct Every(pub(super) u32);

impl std::fmt::Display for Every {
    fn fmt(&self, out: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (count, unit) = match self.0 {
            d if d % 365 == 0 => (d / 365, "year"),
            d if d % 30 == 0 => (d / 30, "month"),
            d if d % 7 == 0 => (d / 7, "week"),
            d => (d, "day"),
        };
        match count {
            1 => write!(out, "every {unit}"),
            n => write!(out, "every {n} {unit}s"),
        }
    }
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

    /// "ESC 2027: abstracts due …, met on …", as the engine writes it.
    fn reason() -> Reason {
        Reason::default()
            .words(format_args!("ESC {}: abstracts due ", 2027))
            .due(Date::constant(2026, 12, 10).at(23, 59, 0, 0), "AoE")
            .words(format_args!(", met on "))
            .day(Date::constant(2026, 3, 2))
    }

    #[test]
    fn a_reason_s_dates_go_to_the_app_as_data_and_to_the_cli_in_english() {
        let (english, parts) = reason().finish();
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
                    at: Date::constant(2026, 12, 10).at(23, 59, 0, 0),
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
        let (english, parts) = reason().finish();
        assert_eq!(english_reason(&parts, Clock::H24), english);
        assert_eq!(
            english_reason(&parts, Clock::H12),
            "ESC 2027: abstracts due Thu 10 Dec 11:59 PM AoE, met on Mon 2 Mar 2026"
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
    fn words_are_kept_as_they_are_and_a_reason_of_words_is_one_part() {
        let name = "Dr. \u{E000}Ng\u{E001} {day}";
        let (english, parts) = Reason::default()
            .words(format_args!("Call {name}"))
            .words(format_args!(" back"))
            .finish();
        assert_eq!(english, "Call Dr. \u{E000}Ng\u{E001} {day} back");
        assert_eq!(parts, vec![ReasonPart::Text { text: english }]);
        assert_eq!(Reason::default().finish(), (String::new(), Vec::new()));
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
        let every = |days| Every(days).to_string();
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
