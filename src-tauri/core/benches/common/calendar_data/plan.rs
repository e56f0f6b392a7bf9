//! A doctor's ten years of calendar (2022–2031), made up from a seeded
//! generator so that every run measures the same one: congresses (several
//! days, in the venue's zone, or all-day), CME courses, workshops, seminars,
//! webinars (some floating, most online), association meetings, personal
//! entries, and one event in twenty a series (monthly grand rounds, yearly
//! congresses, weekly webinar courses). Busy months (spring and autumn)
//! hold about three times as many events as August. Each event comes with
//! its key dates and people ([`key_dates`](super::key_dates)).

use curbside_core::events::{
    DeadlineDraft, EventDraft, EventKind, EventStatus, EventTiming, PersonRole,
};
use jiff::civil::{date, Date, DateTime, Weekday};
use jiff::ToSpan;

use super::super::people::Rng;
use super::key_dates::planned;
use super::words::{COURSES, SOCIETIES, VENUES};
use super::TODAY;

/// One event to store, with what goes with it.
pub struct Planned {
    /// The event.
    pub draft: EventDraft,
    /// Its key dates.
    pub deadlines: Vec<DeadlineDraft>,
    /// People to meet or met: contact number (from 1), role, note.
    pub people: Vec<(i64, PersonRole, &'static str)>,
    /// The short name of the society behind it ("ESC"), for categories.
    pub category: &'static str,
}

/// `count` events, the same ones every time; contacts are numbered
/// `1..=contacts`.
pub fn events(count: usize, contacts: usize) -> Vec<Planned> {
    let mut rng = Rng::new(2031);
    (0..count)
        .map(|n| {
            if n % 20 == 7 {
                series(&mut rng, n)
            } else {
                single(&mut rng)
            }
            .with_people(&mut rng, contacts)
        })
        .collect()
}

/// Month weights: congresses and courses crowd spring and autumn.
const MONTHS: [usize; 12] = [5, 7, 9, 10, 11, 13, 5, 4, 11, 12, 9, 4];

fn day_in_ten_years(rng: &mut Rng) -> Date {
    let year = 2022 + rng.below(10) as i16;
    let mut pick = rng.below(MONTHS.iter().sum());
    let mut month = 0;
    while pick >= MONTHS[month] {
        pick -= MONTHS[month];
        month += 1;
    }
    date(year, month as i8 + 1, 1 + rng.below(28) as i8)
}

pub(super) fn plus_days(day: Date, days: i64) -> Date {
    day.checked_add(days.days()).expect("a day in range")
}

fn single(rng: &mut Rng) -> Planned {
    let first = day_in_ten_years(rng);
    let (zone, venue) = VENUES[rng.below(VENUES.len())];
    let (short, society) = SOCIETIES[rng.below(SOCIETIES.len())];
    let course = rng.pick(COURSES);
    let year = first.year();
    let roll = rng.below(100);
    let (kind, title, timing, credits, zone) = match roll {
        0..=29 => {
            let days = 2 + rng.below(4) as i64;
            let last = plus_days(first, days - 1);
            let timing = if rng.chance(50) {
                EventTiming::AllDay {
                    first_day: first,
                    last_day: last,
                }
            } else {
                timed(first.at(8, 0, 0, 0), last.at(18, 0, 0, 0), zone)
            };
            let name = rng.pick(&["Congress", "Annual Meeting", "Scientific Sessions"]);
            let credits = 10.0 + rng.below(31) as f64 / 2.0;
            let title = format!("{short} {name} {year}");
            (EventKind::Conference, title, timing, Some(credits), zone)
        }
        30..=54 => {
            let days = 1 + rng.below(3) as i64;
            let last = plus_days(first, days - 1);
            let timing = if rng.chance(30) {
                EventTiming::AllDay {
                    first_day: first,
                    last_day: last,
                }
            } else {
                timed(first.at(8, 30, 0, 0), last.at(17, 0, 0, 0), zone)
            };
            let credits = (4 + 4 * days) as f64;
            (
                EventKind::Cme,
                format!("{course} ({short})"),
                timing,
                Some(credits),
                zone,
            )
        }
        55..=71 => {
            let hour = 17 + rng.below(3) as i8;
            // The host's zone; a floating webinar's key dates are still in it.
            let host = rng.pick(&["America/New_York", "Europe/London", "Europe/Berlin"]);
            let floating = rng.chance(40);
            let at = if floating { "" } else { host };
            let timing = timed(first.at(hour, 0, 0, 0), first.at(hour + 1, 0, 0, 0), at);
            let title = format!("Webinar: {course}");
            (EventKind::Webinar, title, timing, Some(1.0), host)
        }
        72..=81 => {
            let hour = if rng.chance(50) { 9 } else { 14 };
            let timing = timed(first.at(hour, 0, 0, 0), first.at(hour + 4, 0, 0, 0), zone);
            let title = format!("{course} workshop");
            (EventKind::Workshop, title, timing, Some(4.0), zone)
        }
        82..=87 => {
            let timing = timed(first.at(16, 0, 0, 0), first.at(18, 0, 0, 0), zone);
            (
                EventKind::Seminar,
                format!("Seminar: {course}"),
                timing,
                Some(2.0),
                zone,
            )
        }
        88..=93 => {
            let timing = timed(first.at(12, 0, 0, 0), first.at(14, 0, 0, 0), zone);
            let title = format!(
                "{short} {} meeting",
                rng.pick(&["board", "section", "working group"])
            );
            (EventKind::Meeting, title, timing, None, zone)
        }
        _ => {
            let timing = if rng.chance(50) {
                EventTiming::AllDay {
                    first_day: first,
                    last_day: first,
                }
            } else {
                timed(first.at(19, 0, 0, 0), first.at(21, 0, 0, 0), "")
            };
            let title = rng.pick(&[
                "Board review study day",
                "Mentoring dinner",
                "Journal club prep",
            ]);
            (EventKind::Personal, title.to_owned(), timing, None, zone)
        }
    };
    let online = kind == EventKind::Webinar;
    let personal = kind == EventKind::Personal;
    let location = if online || personal {
        String::new()
    } else {
        venue.to_owned()
    };
    let organizer = if personal { "" } else { society };
    let mut draft = draft(kind, title, organizer, timing, location, online, credits);
    draft.status = status(rng, first);
    if kind == EventKind::Conference {
        draft.url = format!(
            "https://www.{}.example.org/congress/{year}",
            short.to_ascii_lowercase()
        );
        draft.cost = format!("€{} early bird", 450 + 50 * rng.below(8));
    }
    if matches!(kind, EventKind::Conference | EventKind::Cme) && rng.chance(30) {
        draft.notes = format!("Ask the department to cover the fee.\nBook {venue} hotel early.");
    }
    planned(rng, draft, zone, first, short)
}

fn series(rng: &mut Rng, n: usize) -> Planned {
    let (short, society) = SOCIETIES[rng.below(SOCIETIES.len())];
    let year = 2022 + rng.below(6) as i16;
    let (mut draft, zone, first) = match (n / 20) % 4 {
        0 | 1 => {
            let zone = rng.pick(&[
                "Europe/Berlin",
                "America/New_York",
                "Europe/London",
                "Australia/Sydney",
                "Asia/Tokyo",
            ]);
            let (nth, weekday, code) = if rng.chance(50) {
                (1, Weekday::Wednesday, "1WE")
            } else {
                (3, Weekday::Thursday, "3TH")
            };
            let first = date(year, 1 + rng.below(12) as i8, 1)
                .nth_weekday_of_month(nth, weekday)
                .expect("a weekday in the month");
            let timing = timed(first.at(7, 30, 0, 0), first.at(8, 30, 0, 0), zone);
            let title = format!(
                "Grand rounds: {}",
                rng.pick(&["Cardiology", "Medicine", "Neurology", "Oncology"])
            );
            let mut draft = draft(
                EventKind::Rounds,
                title,
                "University Hospital",
                timing,
                "Lecture hall 2".into(),
                false,
                Some(1.0),
            );
            draft.recurrence = match rng.below(3) {
                0 => format!("FREQ=MONTHLY;BYDAY={code};COUNT=36"),
                1 => format!("FREQ=MONTHLY;BYDAY={code};UNTIL={}1231T235959Z", year + 4),
                _ => format!("FREQ=MONTHLY;BYDAY={code}"),
            };
            // No rounds in the summer break of the second year.
            draft.excluded = [7, 8]
                .iter()
                .map(|&month| {
                    let day = date(year + 1, month, 1)
                        .nth_weekday_of_month(nth, weekday)
                        .expect("a weekday");
                    day.at(7, 30, 0, 0).to_string()
                })
                .collect();
            (draft, zone, first)
        }
        2 => {
            let (zone, venue) = VENUES[rng.below(VENUES.len())];
            let month = rng
                .pick(&["3", "5", "6", "9", "10"])
                .parse::<i8>()
                .expect("a month");
            let first = date(year, month, 1)
                .nth_weekday_of_month(-1, Weekday::Friday)
                .expect("a last Friday");
            let timing = if rng.chance(50) {
                EventTiming::AllDay {
                    first_day: first,
                    last_day: plus_days(first, 2),
                }
            } else {
                timed(
                    first.at(8, 0, 0, 0),
                    plus_days(first, 2).at(17, 0, 0, 0),
                    zone,
                )
            };
            let title = format!("{short} Annual Congress");
            let mut draft = draft(
                EventKind::Conference,
                title,
                society,
                timing,
                venue.into(),
                false,
                Some(18.0),
            );
            draft.recurrence = match rng.below(2) {
                0 => format!("FREQ=YEARLY;BYMONTH={month};BYDAY=-1FR"),
                _ => format!("FREQ=YEARLY;BYMONTH={month};BYDAY=-1FR;COUNT=8"),
            };
            (draft, zone, first)
        }
        _ => {
            let first = day_in_ten_years(rng);
            let timing = timed(first.at(18, 0, 0, 0), first.at(19, 0, 0, 0), "");
            let title = format!("{} webinar course", rng.pick(COURSES));
            let mut draft = draft(
                EventKind::Webinar,
                title,
                society,
                timing,
                String::new(),
                true,
                Some(1.0),
            );
            draft.recurrence = "FREQ=WEEKLY;COUNT=8".into();
            (draft, "Europe/Berlin", first)
        }
    };
    // A series the user keeps in the calendar is one they go to.
    draft.status = if first < TODAY {
        EventStatus::Attending
    } else {
        EventStatus::Registered
    };
    planned(rng, draft, zone, first, short)
}

fn timed(start: DateTime, end: DateTime, zone: &str) -> EventTiming {
    EventTiming::Timed {
        start,
        end,
        time_zone: zone.to_owned(),
    }
}

fn draft(
    kind: EventKind,
    title: String,
    organizer: &str,
    timing: EventTiming,
    location: String,
    online: bool,
    expected_credits: Option<f64>,
) -> EventDraft {
    EventDraft {
        kind,
        title,
        organizer: organizer.to_owned(),
        timing,
        location,
        online,
        url: String::new(),
        notes: String::new(),
        expected_credits,
        cost: String::new(),
        status: EventStatus::Considering,
        recurrence: String::new(),
        excluded: Vec::new(),
        uid: String::new(),
    }
}

/// Where the user stands: past events mostly attended, future ones mostly
/// being considered.
fn status(rng: &mut Rng, first: Date) -> EventStatus {
    let roll = rng.below(100);
    match (first < TODAY, roll) {
        (true, 0..=54) => EventStatus::Attended,
        (true, 55..=74) => EventStatus::Skipped,
        (true, _) => EventStatus::Considering,
        (false, 0..=49) => EventStatus::Considering,
        (false, 50..=79) => EventStatus::Registered,
        (false, _) => EventStatus::Attending,
    }
}
