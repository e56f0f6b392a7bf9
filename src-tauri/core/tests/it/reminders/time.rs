//! Time: a reminder meant for "09:00" arrives at 09:00 on the user's wall
//! clock, wherever they are at the time, on DST-change days too, and each
//! occurrence is due exactly once. Property tests over zones with odd DST
//! rules, evaluating the pure engine over consecutive windows across two
//! years, as the scheduler does.

use std::collections::{BTreeMap, HashMap};

use curbside_core::reminders::engine;
use curbside_core::reminders::{CustomReminder, Person, QuietHours, Reminder, Snapshot};
use jiff::civil::{Date, DateTime, Time};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use proptest::prelude::*;

const ZONES: [&str; 7] = [
    "America/New_York",
    "Europe/Berlin",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "Asia/Kolkata",
    "America/Sao_Paulo",
    "Pacific/Auckland",
];

/// A book with one person (born on `birthday`), a weekly reminder at 09:00
/// and a daily one at `daily` on the user's wall clock, both from `first`.
/// Custom reminders keep no quiet hours, so the daily one can land in a
/// DST gap.
fn snapshot(birthday: &str, first: Date, daily: Time) -> Snapshot {
    let mut snapshot = Snapshot::default();
    snapshot.settings.custom.quiet_hours = Some(QuietHours::NONE);
    snapshot.people.insert(
        1,
        Person {
            id: 1,
            display_name: "Dr. Amara Okafor".into(),
            time_zone: "Africa/Lagos".into(),
            birthday: Some(birthday.into()),
            last_interaction_at: None,
            last_note: None,
            added_at: "2000-01-01T00:00:00Z".parse().unwrap(),
            stay_in_touch: None,
        },
    );
    let custom = |id: i64, at: DateTime, rule: &str| CustomReminder {
        id,
        title: format!("reminder {id}"),
        note: String::new(),
        contact_id: None,
        event_id: None,
        at,
        time_zone: String::new(),
        recurrence: rule.into(),
    };
    snapshot.customs = vec![
        custom(7, first.at(9, 0, 0, 0), "FREQ=WEEKLY"),
        custom(8, first.to_datetime(daily), "FREQ=DAILY"),
    ];
    snapshot
}

/// What the engine says is due in each window `(now, now + window]` from
/// `start` until `end`, by id: the instant, and how many windows listed it
/// as coming up.
fn evaluate(
    snapshot: &Snapshot,
    zone: &TimeZone,
    start: Timestamp,
    end: Timestamp,
    window: SignedDuration,
) -> HashMap<String, (Timestamp, usize)> {
    let mut seen: HashMap<String, (Timestamp, usize)> = HashMap::new();
    let mut now = start;
    while now < end {
        for reminder in engine::due(snapshot, now, zone, window) {
            if reminder.due_at > now {
                let entry = seen
                    .entry(reminder.id.clone())
                    .or_insert((reminder.due_at, 0));
                assert_eq!(
                    entry.0, reminder.due_at,
                    "{} moved between evaluations",
                    reminder.id
                );
                entry.1 += 1;
            }
        }
        now = now.checked_add(window).unwrap();
    }
    seen
}

/// The occurrences the user means, by id: each wall-clock time read in
/// `zone` the way RFC 5545 and the calendar do (a skipped time moves
/// forward by the gap, a repeated one is the earlier).
fn expected(
    birthday: (i8, i8),
    first: Date,
    daily: Time,
    zone: &TimeZone,
    start: Timestamp,
    end: Timestamp,
) -> BTreeMap<String, Timestamp> {
    let mut expected = BTreeMap::new();
    let mut keep = |id: String, civil: DateTime| {
        let at = zone.to_ambiguous_timestamp(civil).compatible().unwrap();
        if at > start && at <= end {
            expected.insert(id, at);
        }
    };
    let mut day = first;
    while day <= zone.to_datetime(end).date() {
        if day.since(first).unwrap().get_days() % 7 == 0 {
            keep(
                format!("custom:7:{}", day.at(9, 0, 0, 0).strftime("%Y-%m-%dT%H:%M")),
                day.at(9, 0, 0, 0),
            );
        }
        let civil = day.to_datetime(daily);
        keep(
            format!("custom:8:{}", civil.strftime("%Y-%m-%dT%H:%M")),
            civil,
        );
        day = day.tomorrow().unwrap();
    }
    for year in zone.to_datetime(start).year()..=zone.to_datetime(end).year() {
        let (month, dom) = birthday;
        let date = Date::new(year, month, dom).unwrap_or_else(|_| Date::new(year, 2, 28).unwrap());
        keep(format!("birthday:c1:{year}"), date.at(9, 0, 0, 0));
    }
    expected
}

/// A month and day, 29 February among them more often than by chance.
fn month_day() -> impl Strategy<Value = (i8, i8)> {
    prop_oneof![
        1 => Just((2, 29)),
        1 => Just((12, 31)),
        1 => Just((1, 1)),
        6 => (1i8..=12, 1i8..=28),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

    #[test]
    fn each_reminder_is_due_exactly_once_per_occurrence_at_its_wall_clock_time_in_every_zone(
        start_day in 0i64..(8 * 365),
        start_minute in 0i64..(24 * 60),
        window_minutes in (6i64 * 60)..=(7 * 24 * 60),
        daily_minute in 0i64..(24 * 60),
        birthday in month_day(),
    ) {
        let daily = Time::midnight()
            .checked_add(SignedDuration::from_mins(daily_minute))
            .unwrap();
        for name in ZONES {
            let zone = TimeZone::get(name).unwrap();
            let first = Date::constant(2018, 1, 1)
                .checked_add(jiff::Span::new().days(start_day))
                .unwrap();
            let start = zone
                .to_timestamp(first.at(0, 0, 0, 0))
                .unwrap()
                .checked_add(SignedDuration::from_mins(start_minute))
                .unwrap();
            let end = start.checked_add(SignedDuration::from_hours(24 * 731)).unwrap();
            let window = SignedDuration::from_mins(window_minutes);
            let text = format!("--{:02}-{:02}", birthday.0, birthday.1);
            let seen = evaluate(&snapshot(&text, first, daily), &zone, start, end, window);
            let mut meant = expected(birthday, first, daily, &zone, start, end);
            // The last window may reach past the two years: what it holds
            // beyond them is due once as well. The windows evaluated are
            // those starting before `end`: ceil(span / window) of them.
            let span = end.as_second() - start.as_second();
            let windows = (span + window.as_secs() - 1) / window.as_secs();
            let reach = start
                .checked_add(SignedDuration::from_secs(window.as_secs() * windows))
                .unwrap();
            meant.extend(expected(birthday, first, daily, &zone, end, reach));
            for (id, at) in &meant {
                let found = seen.get(id);
                prop_assert!(found.is_some(), "{name}: {id} at {at} never came up");
                let (due_at, times) = found.unwrap();
                prop_assert_eq!(due_at, at, "{}: {} at the wrong time", name, id);
                prop_assert_eq!(*times, 1, "{}: {} came up {} times", name, id, times);
            }
            for id in seen.keys() {
                prop_assert!(meant.contains_key(id), "{name}: {id} was not meant");
            }
        }
    }
}

fn zone(name: &str) -> TimeZone {
    TimeZone::get(name).unwrap()
}

/// The daily reminder's occurrence coming up in the day after `now`.
fn one(snapshot: &Snapshot, now: &str, zone: &TimeZone) -> Vec<Reminder> {
    let now: Timestamp = now.parse().unwrap();
    engine::due(snapshot, now, zone, SignedDuration::from_hours(24))
        .into_iter()
        .filter(|r| r.id.starts_with("custom:8:") && r.due_at > now)
        .collect()
}

#[test]
fn a_time_the_clocks_skip_arrives_that_much_later_and_a_repeated_time_once_the_first_time() {
    for (name, first, daily, day_before, on_the_day, wall_clock) in [
        (
            "America/New_York",
            "2026-03-07",
            "02:30",
            "2026-03-07T00:00:00Z",
            "2026-03-08T00:00:00Z",
            "03:30",
        ),
        (
            "Australia/Lord_Howe",
            "2026-10-03",
            "02:15",
            "2026-10-02T00:00:00Z",
            "2026-10-03T00:00:00Z",
            "02:45",
        ),
        (
            "Pacific/Chatham",
            "2026-09-26",
            "02:50",
            "2026-09-25T00:00:00Z",
            "2026-09-26T00:00:00Z",
            "03:50",
        ),
        (
            "America/Sao_Paulo",
            "2018-11-03",
            "00:30",
            "2018-11-03T00:00:00Z",
            "2018-11-04T00:00:00Z",
            "01:30",
        ),
        (
            "America/New_York",
            "2026-10-31",
            "01:30",
            "2026-10-31T00:00:00Z",
            "2026-11-01T00:00:00Z",
            "01:30",
        ),
    ] {
        let tz = zone(name);
        let snapshot = snapshot("--06-15", first.parse().unwrap(), daily.parse().unwrap());
        let before = one(&snapshot, day_before, &tz);
        assert_eq!(before.len(), 1, "{name}: {before:?}");
        assert_eq!(
            tz.to_datetime(before[0].due_at)
                .time()
                .strftime("%H:%M")
                .to_string(),
            daily,
            "{name}"
        );
        let change = one(&snapshot, on_the_day, &tz);
        assert_eq!(
            change.len(),
            1,
            "{name}: once on the day of the change: {change:?}"
        );
        assert_eq!(
            tz.to_datetime(change[0].due_at)
                .time()
                .strftime("%H:%M")
                .to_string(),
            wall_clock,
            "{name}"
        );
    }
}

#[test]
fn after_flying_to_another_zone_a_nine_oclock_reminder_is_at_nine_there_with_the_same_id() {
    let snapshot = snapshot(
        "--06-15",
        "2026-01-01".parse().unwrap(),
        "12:00".parse().unwrap(),
    );
    let now: Timestamp = "2026-06-14T00:00:00Z".parse().unwrap();
    let window = SignedDuration::from_hours(48);
    let birthday = |zone_name: &str| {
        engine::due(&snapshot, now, &zone(zone_name), window)
            .into_iter()
            .find(|r| r.id.starts_with("birthday:"))
            .unwrap()
    };
    let (berlin, tokyo) = (birthday("Europe/Berlin"), birthday("Asia/Tokyo"));
    assert_eq!(berlin.id, tokyo.id);
    assert_eq!(berlin.due_at.to_string(), "2026-06-15T07:00:00Z");
    assert_eq!(tokyo.due_at.to_string(), "2026-06-15T00:00:00Z");
    assert_eq!(berlin.contact_time_zone.as_deref(), Some("Africa/Lagos"));
}
