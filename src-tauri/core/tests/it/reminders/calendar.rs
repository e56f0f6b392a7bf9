//! The calendar's reminders: key dates with their lead times in their own
//! zone (Anywhere on Earth included) and never after the date itself; CME
//! cycles ending with hours missing; credits to claim after an event.

use crate::support::reminders::*;
use curbside_core::cme::{self, CreditDraft, CreditType, CycleDraft, CycleKind, Minimum};
use curbside_core::events::{self, DeadlineDraft, DeadlineKind, EventStatus};
use curbside_core::reminders::{ReasonPart, Reminder, ReminderKind};
use jiff::civil::Date;
use rusqlite::Connection;

fn deadline(conn: &mut Connection, event: i64, due_local: &str, zone: &str) -> i64 {
    let draft = DeadlineDraft {
        kind: DeadlineKind::LateBreakingAbstract,
        label: String::new(),
        due_local: due_local.parse().unwrap(),
        time_zone: zone.into(),
        done: false,
    };
    events::add_deadline(conn, event, &draft).unwrap().id
}

/// Every reminder of `kind` first falling due in consecutive day-long
/// windows from `from` to `to`, as the scheduler would meet them.
fn met_over(
    conn: &Connection,
    from: &str,
    to: &str,
    user: &str,
    kind: ReminderKind,
) -> Vec<Reminder> {
    let (mut now, end) = (at(from), at(to));
    let mut met = Vec::new();
    while now < end {
        let found = curbside_core::reminders::due(conn, now, &zone(user), days(1)).unwrap();
        met.extend(
            found
                .into_iter()
                .filter(|r| r.kind == kind && r.due_at > now),
        );
        now = now.checked_add(days(1)).unwrap();
    }
    met
}

#[test]
fn a_key_date_anywhere_on_earth_reminds_fourteen_seven_and_one_day_before_at_nine() {
    let mut conn = db();
    let esc = congress_as(&mut conn, EventStatus::Considering, None);
    let key_date = deadline(&mut conn, esc, "2026-03-01T23:59:00", "AoE");

    let met = met_over(
        &conn,
        "2026-02-01T00:00:00Z",
        "2026-03-10T00:00:00Z",
        "Europe/Berlin",
        ReminderKind::Deadline,
    );

    let seen: Vec<(String, String)> = met.iter().map(|r| (r.id.clone(), berlin(r))).collect();
    assert_eq!(
        seen,
        [
            (
                format!("deadline:d{key_date}:14d"),
                "2026-02-15T09:00:00".to_owned()
            ),
            (
                format!("deadline:d{key_date}:7d"),
                "2026-02-22T09:00:00".to_owned()
            ),
            (
                format!("deadline:d{key_date}:1d"),
                "2026-02-28T09:00:00".to_owned()
            ),
        ]
    );
    assert_eq!(
        met[1].reason,
        "ESC Congress 2026: late-breaking abstracts due Sun 1 Mar 23:59 AoE"
    );
    assert_eq!(met[1].subject.deadline_id, Some(key_date));
    assert_eq!(met[1].subject.event_id, Some(esc));
    // The app writes the deadline in the user's locale from the data.
    assert_eq!(
        met[1].reason_parts,
        [
            ReasonPart::Text {
                text: "ESC Congress 2026: late-breaking abstracts due ".into()
            },
            ReasonPart::DueAt {
                at: "2026-03-01T23:59:00".parse().unwrap(),
                zone: "AoE".into()
            },
        ]
    );
}

#[test]
fn a_deadline_reminder_never_arrives_after_the_deadline_itself() {
    let mut conn = db();
    let esc = congress_as(&mut conn, EventStatus::Considering, None);
    // Half past midnight at UTC+14 is mid-morning the day before in UTC,
    // before 09:00 the day before in Honolulu (UTC−10).
    let key_date = deadline(&mut conn, esc, "2026-03-10T00:30:00", "Pacific/Kiritimati");
    let closes = at("2026-03-09T10:30:00Z");

    let met = met_over(
        &conn,
        "2026-02-20T00:00:00Z",
        "2026-03-20T00:00:00Z",
        "Pacific/Honolulu",
        ReminderKind::Deadline,
    );

    assert_eq!(met.len(), 3, "{met:?}");
    assert!(met.iter().all(|r| r.due_at < closes), "{met:?}");
    assert_eq!(met[2].id, format!("deadline:d{key_date}:1d"));
    // A whole day before the instant is 00:30 in Honolulu, in the quiet
    // hours: it waits for their end, still well before the deadline.
    assert_eq!(met[2].due_at, at("2026-03-08T17:00:00Z"));
    let after = curbside_core::reminders::due(
        &conn,
        at("2026-03-09T11:00:00Z"),
        &zone("Pacific/Honolulu"),
        days(30),
    )
    .unwrap();
    assert!(after.is_empty(), "{after:?}");
}

#[test]
fn after_a_week_away_only_the_latest_lead_of_a_key_date_is_overdue() {
    let mut conn = db();
    let esc = congress_as(&mut conn, EventStatus::Considering, None);
    let key_date = deadline(&mut conn, esc, "2026-03-01T23:59:00", "AoE");
    let found = due(&conn, "2026-02-23T12:00:00Z");
    assert_eq!(ids(&found), [format!("deadline:d{key_date}:7d")]);
}

#[test]
fn key_dates_done_or_of_a_skipped_event_remind_no_more() {
    let mut conn = db();
    let esc = congress_as(&mut conn, EventStatus::Considering, None);
    let key_date = deadline(&mut conn, esc, "2026-03-01T23:59:00", "AoE");
    assert_eq!(due(&conn, "2026-02-22T12:00:00Z").len(), 1);
    let mut draft = DeadlineDraft {
        kind: DeadlineKind::LateBreakingAbstract,
        label: "Late-breaking trials".into(),
        due_local: "2026-03-01T23:59:00".parse().unwrap(),
        time_zone: "AoE".into(),
        done: false,
    };
    events::update_deadline(&mut conn, key_date, &draft).unwrap();
    assert!(due(&conn, "2026-02-22T12:00:00Z")[0]
        .reason
        .starts_with("ESC Congress 2026: Late-breaking trials due "));
    draft.done = true;
    events::update_deadline(&mut conn, key_date, &draft).unwrap();
    assert!(due(&conn, "2026-02-22T12:00:00Z").is_empty());

    draft.done = false;
    events::update_deadline(&mut conn, key_date, &draft).unwrap();
    events::set_status(
        &mut conn,
        esc,
        EventStatus::Skipped,
        at("2026-02-01T00:00:00Z"),
    )
    .unwrap();
    assert!(due(&conn, "2026-02-22T12:00:00Z").is_empty());
}

fn cycle(conn: &mut Connection) -> i64 {
    let draft = CycleDraft {
        name: "Florida medical license".into(),
        kind: CycleKind::License,
        authority: "Florida".into(),
        starts_on: Date::constant(2025, 1, 1),
        ends_on: Date::constant(2026, 12, 31),
        total_hours: 40.0,
        total_types: Vec::new(),
        type_minimums: Vec::new(),
        topic_minimums: vec![Minimum {
            key: "opioids".into(),
            hours: 2.0,
        }],
        notes: String::new(),
    };
    cme::add_cycle(conn, &draft).unwrap().id
}

fn credit(conn: &mut Connection, hours: f64, topics: &[&str], event: Option<i64>) {
    let draft = CreditDraft {
        earned_on: Date::constant(2026, 3, 1),
        title: "Hypertension update".into(),
        provider: String::new(),
        credit_type: CreditType::AmaPra1,
        type_label: String::new(),
        hours,
        topics: topics.iter().map(|t| t.to_string()).collect(),
        event_id: event,
        notes: String::new(),
    };
    cme::add_credit(conn, &draft, at("2026-03-01T12:00:00Z")).unwrap();
}

#[test]
fn a_cycle_ending_with_hours_missing_reminds_ninety_thirty_and_seven_days_before() {
    let mut conn = db();
    let license = cycle(&mut conn);
    credit(&mut conn, 27.5, &[], None);

    let met = met_over(
        &conn,
        "2026-09-01T00:00:00Z",
        "2027-01-10T00:00:00Z",
        "Europe/Berlin",
        ReminderKind::CmeShortfall,
    );

    let seen: Vec<(String, String)> = met.iter().map(|r| (r.id.clone(), berlin(r))).collect();
    assert_eq!(
        seen,
        [
            (
                format!("cme_shortfall:y{license}:90d"),
                "2026-10-02T09:00:00".to_owned()
            ),
            (
                format!("cme_shortfall:y{license}:30d"),
                "2026-12-01T09:00:00".to_owned()
            ),
            (
                format!("cme_shortfall:y{license}:7d"),
                "2026-12-24T09:00:00".to_owned()
            ),
        ]
    );
    assert!(
        met[1]
            .reason
            .starts_with("Florida medical license: 12.5 hours missing; still to do: 2 hours "),
        "{}",
        met[1].reason
    );
    assert!(
        met[1]
            .reason
            .ends_with("; the cycle ends on Thu 31 Dec 2026"),
        "{}",
        met[1].reason
    );
    assert_eq!(met[1].subject.cycle_id, Some(license));
}

#[test]
fn a_cycle_with_every_hour_done_reminds_of_nothing() {
    let mut conn = db();
    cycle(&mut conn);
    credit(&mut conn, 40.0, &["opioids"], None);
    assert!(due_in(&conn, "2026-09-01T00:00:00Z", days(200)).is_empty());
}

#[test]
fn credits_to_claim_are_due_the_day_after_an_attended_event_until_recorded() {
    let mut conn = db();
    let esc = congress_as(&mut conn, EventStatus::Attended, Some(12.0));
    let found = of_kind(
        &due(&conn, "2026-09-01T06:00:00Z"),
        ReminderKind::ClaimCredits,
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].id, format!("claim_credits:e{esc}"));
    assert_eq!(berlin(&found[0]), "2026-09-01T09:00:00");
    assert_eq!(
        found[0].reason,
        "Claim your 12 credits from ESC Congress 2026 (ended Mon 31 Aug 2026)"
    );

    credit(&mut conn, 12.0, &[], Some(esc));
    assert!(due(&conn, "2026-09-01T06:00:00Z").is_empty());
}
