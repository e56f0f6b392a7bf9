//! Set-up for the reminder tests (`reminders/`, and the interaction and
//! job-history tests that check reminders): people, interactions, and the
//! engine evaluated at an instant.

use curbside_core::contacts::{self, ContactDraft, ContactId};
use curbside_core::events::{self, EventDraft, EventKind, EventStatus, EventTiming};
use curbside_core::interactions::{self, InteractionDraft, InteractionKind};
use curbside_core::reminders::{self, Reminder, ReminderKind};
use jiff::SignedDuration;
use rusqlite::Connection;

pub use super::{at, db, person, person_added, zone};

/// `days` days.
pub fn days(days: i64) -> SignedDuration {
    SignedDuration::from_hours(24 * days)
}

/// A contact born on `birthday` (`YYYY-MM-DD` or `--MM-DD`) who lives in
/// `time_zone` (empty: not known), added long ago.
pub fn born(conn: &mut Connection, name: &str, birthday: &str, time_zone: &str) -> ContactId {
    let draft = ContactDraft {
        display_name: name.into(),
        birthday: birthday.into(),
        time_zone: time_zone.into(),
        ..Default::default()
    };
    contacts::create(conn, &draft, at("2020-01-01T00:00:00Z"))
        .unwrap()
        .id
}

/// A contact with these tags.
pub fn tagged(conn: &mut Connection, name: &str, tags: &[&str]) -> ContactId {
    let draft = ContactDraft {
        display_name: name.into(),
        tags: tags.iter().map(|tag| tag.to_string()).collect(),
        ..Default::default()
    };
    contacts::create(conn, &draft, at("2020-01-01T00:00:00Z"))
        .unwrap()
        .id
}

/// Logs an interaction of `kind` with `contact` at `when`, with `note`.
pub fn log(
    conn: &mut Connection,
    contact: ContactId,
    kind: InteractionKind,
    when: &str,
    note: &str,
) -> i64 {
    let draft = InteractionDraft {
        kind,
        occurred_at: Some(at(when)),
        time_zone: String::new(),
        topic: String::new(),
        note: note.into(),
        contact_ids: vec![contact],
        event_id: None,
    };
    interactions::add(conn, &draft, at(when)).unwrap().id
}

/// What is due at `now` in Berlin within `window`.
/// Dr. Okafor, met on 2 March 2026: her follow-up is due on 4 March at
/// 09:00 in Berlin (08:00 UTC). Returns her id and the follow-up's id.
pub fn met_amara(conn: &mut Connection) -> (i64, String) {
    let amara = person(conn, "Dr. Amara Okafor");
    log(
        conn,
        amara,
        InteractionKind::Meeting,
        "2026-03-02T14:00:00Z",
        "renal denervation",
    );
    let id = due(conn, "2026-03-04T08:30:00Z").remove(0).id;
    (amara, id)
}

pub fn due_in(conn: &Connection, now: &str, window: SignedDuration) -> Vec<Reminder> {
    reminders::due(conn, at(now), &zone("Europe/Berlin"), window).unwrap()
}

/// What is due at `now` in Berlin within a day.
pub fn due(conn: &Connection, now: &str) -> Vec<Reminder> {
    due_in(conn, now, days(1))
}

/// The reminders of one kind.
pub fn of_kind(reminders: &[Reminder], kind: ReminderKind) -> Vec<Reminder> {
    reminders
        .iter()
        .filter(|r| r.kind == kind)
        .cloned()
        .collect()
}

/// The ids of `reminders`.
pub fn ids(reminders: &[Reminder]) -> Vec<String> {
    reminders.iter().map(|r| r.id.clone()).collect()
}

/// A reminder's instant on the Berlin wall clock, "2026-03-04T09:00:00".
pub fn berlin(reminder: &Reminder) -> String {
    zone("Europe/Berlin")
        .to_datetime(reminder.due_at)
        .to_string()
}

/// ESC Congress 2026 in Munich, 28 to 31 August, attending.
pub fn congress(conn: &mut Connection) -> i64 {
    congress_as(conn, EventStatus::Attending, None)
}

/// ESC Congress 2026 with this status and the credits it offers.
pub fn congress_as(conn: &mut Connection, status: EventStatus, credits: Option<f64>) -> i64 {
    let draft = EventDraft {
        kind: EventKind::Conference,
        title: "ESC Congress 2026".into(),
        organizer: String::new(),
        timing: EventTiming::Timed {
            start: "2026-08-28T08:30:00".parse().unwrap(),
            end: "2026-08-31T17:00:00".parse().unwrap(),
            time_zone: "Europe/Berlin".into(),
        },
        location: "Munich".into(),
        online: false,
        url: String::new(),
        notes: String::new(),
        expected_credits: credits,
        cost: String::new(),
        status,
        recurrence: String::new(),
        excluded: Vec::new(),
        uid: String::new(),
    };
    events::create(conn, &draft, at("2026-01-10T12:00:00Z"))
        .unwrap()
        .id
}
