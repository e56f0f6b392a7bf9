//! The weekly review over a fixture week (Monday 2 to Sunday 8 March 2026,
//! in Berlin): what happened in it, counted as a doctor would, and what the
//! week after holds.

use curbside_core::cme::{self, CreditDraft, CreditType};
use curbside_core::interactions::InteractionKind;
use curbside_core::reminders::{self, ReminderKind};
use curbside_core::review::{self, KindCount, WeekReview};
use jiff::civil::{date, Weekday};

use crate::support::events::{add, timed};
use crate::support::reminders::log;
use crate::support::{at, db, person, person_added, zone};

fn credit(conn: &mut rusqlite::Connection, on: &str, hours: f64) {
    let draft = CreditDraft {
        earned_on: on.parse().unwrap(),
        title: "Grand rounds".into(),
        provider: String::new(),
        credit_type: CreditType::AmaPra1,
        type_label: String::new(),
        hours,
        topics: Vec::new(),
        event_id: None,
        notes: String::new(),
    };
    cme::add_credit(conn, &draft, at("2026-03-06T18:00:00Z")).unwrap();
}

/// The fixture week, reviewed on Monday 9 March at noon.
fn fixture_week(day: jiff::civil::Date, first_weekday: Weekday) -> WeekReview {
    let mut conn = db();
    let amara = person(&mut conn, "Dr. Amara Okafor");
    let ben = person_added(&mut conn, "Dr. Ben Carter", "2026-03-03T10:00:00Z");
    let cleo = person_added(&mut conn, "Dr. Cleo Diaz", "2026-02-20T10:00:00Z");

    log(
        &mut conn,
        amara,
        InteractionKind::Meeting,
        "2026-02-25T10:00:00Z",
        "last week",
    );
    let with_amara = log(
        &mut conn,
        amara,
        InteractionKind::Meeting,
        "2026-03-02T14:00:00Z",
        "ESC",
    );
    log(
        &mut conn,
        ben,
        InteractionKind::Call,
        "2026-03-03T12:00:00Z",
        "registry",
    );
    let with_cleo = log(
        &mut conn,
        cleo,
        InteractionKind::Meeting,
        "2026-03-05T09:00:00Z",
        "fellows",
    );
    // Monday 00:30 in Berlin: the next week's.
    log(
        &mut conn,
        cleo,
        InteractionKind::Call,
        "2026-03-08T23:30:00Z",
        "late",
    );

    // Amara's follow-up done (which logs a message), Cleo's dismissed, Ben's left open.
    reminders::done(
        &mut conn,
        &format!("follow_up:i{with_amara}:c{amara}"),
        at("2026-03-04T08:30:00Z"),
    )
    .unwrap();
    reminders::dismiss(
        &mut conn,
        &format!("follow_up:i{with_cleo}:c{cleo}"),
        at("2026-03-07T10:00:00Z"),
    )
    .unwrap();

    credit(&mut conn, "2026-03-06", 2.5);
    credit(&mut conn, "2026-03-09", 1.0);
    add(
        &mut conn,
        &timed(
            "Heart team dinner",
            "2026-03-11T19:00",
            "2026-03-11T22:00",
            "Europe/Berlin",
        ),
    );
    add(
        &mut conn,
        &timed(
            "Next month's congress",
            "2026-04-11T09:00",
            "2026-04-11T17:00",
            "Europe/Berlin",
        ),
    );

    review::week(
        &conn,
        day,
        &zone("Europe/Berlin"),
        first_weekday,
        at("2026-03-09T12:00:00Z"),
    )
    .unwrap()
}

#[test]
fn the_week_counts_contacts_made_by_kind_and_the_people_met() {
    let week = fixture_week(date(2026, 3, 4), Weekday::Monday);
    assert_eq!(
        (week.first_day, week.last_day),
        (date(2026, 3, 2), date(2026, 3, 8))
    );
    assert_eq!(
        week.interactions, 4,
        "the meetings, the call and the message done logged"
    );
    assert_eq!(week.people, 3);
    let kinds: Vec<KindCount> = ["meeting", "call", "message"]
        .iter()
        .zip([2, 1, 1])
        .map(|(kind, count)| KindCount {
            kind: (*kind).into(),
            count,
        })
        .collect();
    assert_eq!(week.by_kind, kinds);
}

#[test]
fn follow_ups_done_dismissed_and_missed_are_told_apart() {
    let week = fixture_week(date(2026, 3, 8), Weekday::Monday);
    assert_eq!(week.follow_ups_done, 1);
    assert_eq!(week.follow_ups_dismissed, 1);
    let missed: Vec<&str> = week
        .follow_ups_open
        .iter()
        .map(|r| r.title.as_str())
        .collect();
    assert_eq!(missed, ["Dr. Ben Carter"]);
    assert_eq!(week.follow_ups_open[0].kind, ReminderKind::FollowUp);
}

#[test]
fn new_contacts_and_cme_hours_are_the_weeks_own() {
    let week = fixture_week(date(2026, 3, 2), Weekday::Monday);
    let names: Vec<&str> = week
        .new_contacts
        .iter()
        .map(|c| c.display_name.as_str())
        .collect();
    assert_eq!(names, ["Dr. Ben Carter"]);
    assert!((week.cme_hours - 2.5).abs() < 1e-9, "{}", week.cme_hours);
    assert_eq!((week.referrals_sent, week.referrals_received), (0, 0));
}

#[test]
fn the_coming_week_lists_its_events_only() {
    let week = fixture_week(date(2026, 3, 5), Weekday::Monday);
    let titles: Vec<&str> = week
        .coming_events
        .iter()
        .map(|o| o.title.as_str())
        .collect();
    assert_eq!(titles, ["Heart team dinner"]);
}

#[test]
fn a_week_starting_on_sunday_moves_the_days_counted() {
    let week = fixture_week(date(2026, 3, 4), Weekday::Sunday);
    assert_eq!(
        (week.first_day, week.last_day),
        (date(2026, 3, 1), date(2026, 3, 7))
    );
    // The Sunday-night call (Monday 00:30 in Berlin) is in neither week; the
    // rest are the same four.
    assert_eq!(week.interactions, 4);
}
