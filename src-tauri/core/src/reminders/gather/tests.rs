//! The last note kept on each contact (migration 009) is what a
//! stay-in-touch prompt shows, however the interactions came to be: logged
//! out of order, merged from a duplicate, or stored before the migration.

use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use rusqlite::Connection;

use crate::contacts::{self, ContactDraft};
use crate::db::{self, MIGRATIONS};
use crate::interactions::{self, InteractionDraft, InteractionKind};
use crate::operations;
use crate::reminders::{self, Cadence, CadenceTarget, ReminderKind};
use crate::values::ContactId;

fn at(text: &str) -> Timestamp {
    text.parse().unwrap()
}

fn person(conn: &mut Connection, name: &str) -> ContactId {
    let draft = ContactDraft {
        display_name: name.into(),
        tags: vec!["Mentor".into()],
        ..Default::default()
    };
    contacts::create(conn, &draft, at("2020-01-01T00:00:00Z"))
        .unwrap()
        .id
}

fn log(conn: &mut Connection, contact: ContactId, when: &str, note: &str) {
    let draft = InteractionDraft {
        kind: InteractionKind::Email,
        occurred_at: Some(at(when)),
        time_zone: String::new(),
        topic: String::new(),
        note: note.into(),
        contact_ids: vec![contact],
        event_id: None,
    };
    interactions::add(conn, &draft, at("2026-01-10T00:00:00Z")).unwrap();
}

/// The contexts of the stay-in-touch prompts due mid-2026 with mentors
/// (by tag) every 90 days, by contact.
fn contexts(conn: &mut Connection) -> Vec<(ContactId, Option<String>)> {
    let every = Some(Cadence { days: 90 });
    reminders::set_cadence(conn, &CadenceTarget::Tag("mentor".into()), every).unwrap();
    let berlin = TimeZone::get("Europe/Berlin").unwrap();
    let window = SignedDuration::from_hours(24 * 7);
    let mut found: Vec<_> = reminders::due(conn, at("2026-07-01T12:00:00Z"), &berlin, window)
        .unwrap()
        .into_iter()
        .filter(|reminder| reminder.kind == ReminderKind::StayInTouch)
        .map(|reminder| (reminder.subject.contact_id.unwrap(), reminder.context))
        .collect();
    found.sort();
    found
}

#[test]
fn a_stay_in_touch_prompt_shows_the_latest_note_even_when_an_older_one_is_logged_after_it() {
    let mut conn = db::open_in_memory().unwrap();
    let amara = person(&mut conn, "Dr. Amara Okafor");
    log(
        &mut conn,
        amara,
        "2026-01-05T10:00:00Z",
        "sent the abstract",
    );
    log(&mut conn, amara, "2025-11-20T10:00:00Z", "coffee at AHA");

    assert_eq!(
        contexts(&mut conn),
        [(amara, Some("sent the abstract".to_owned()))]
    );
}

#[test]
fn merging_a_duplicate_with_a_later_interaction_brings_its_note() {
    let mut conn = db::open_in_memory().unwrap();
    let amara = person(&mut conn, "Dr. Amara Okafor");
    let duplicate = person(&mut conn, "Amara Okafor");
    log(&mut conn, amara, "2025-11-20T10:00:00Z", "coffee at AHA");
    log(
        &mut conn,
        duplicate,
        "2026-01-05T10:00:00Z",
        "sent the abstract",
    );

    operations::merge(&mut conn, amara, duplicate, at("2026-01-10T00:00:00Z")).unwrap();

    assert_eq!(
        contexts(&mut conn),
        [(amara, Some("sent the abstract".to_owned()))]
    );
}

#[test]
fn a_book_stored_before_the_last_notes_were_kept_shows_them_after_the_upgrade() {
    let mut conn = Connection::open_in_memory().unwrap();
    MIGRATIONS.to_version(&mut conn, 8).unwrap();
    // Written as schema 8 left them: two people in one meeting, the later of
    // two interactions with the first, and someone never contacted.
    conn.execute_batch(
        "INSERT INTO contacts (id, display_name, created_at, updated_at, last_interaction_at) VALUES
             (1, 'Dr. Amara Okafor', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z', '2026-01-05T10:00:00Z'),
             (2, 'Dr. Jana Müller', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z', '2025-11-20T10:00:00Z'),
             (3, 'Dr. Kenji Tanaka', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z', NULL);
         INSERT INTO contact_tags (contact_id, tag) VALUES (1, 'mentor'), (2, 'mentor'), (3, 'mentor');
         INSERT INTO interactions (id, kind, occurred_at, note, created_at) VALUES
             (1, 'meeting', '2025-11-20T10:00:00Z', 'coffee at AHA', '2025-11-20T10:00:00Z'),
             (2, 'email', '2026-01-05T10:00:00Z', 'sent the abstract', '2026-01-05T10:00:00Z');
         INSERT INTO interaction_contacts (interaction_id, contact_id) VALUES (1, 1), (1, 2), (2, 1);",
    )
    .unwrap();

    db::migrate(&mut conn).unwrap();

    assert_eq!(
        contexts(&mut conn),
        [
            (1, Some("sent the abstract".to_owned())),
            (2, Some("coffee at AHA".to_owned())),
            (3, None),
        ]
    );
}

#[test]
fn instants_as_curbside_stores_them_read_as_jiff_reads_them() {
    let mut when = at("1970-01-01T00:00:00Z");
    let end = at("2100-01-01T00:00:00Z");
    while when < end {
        let text = when.to_string();
        assert_eq!(super::instant(&text, 0).unwrap(), when, "{text}");
        when = when
            .checked_add(SignedDuration::from_secs(86_400 * 13 + 3_607))
            .unwrap();
    }
    for other in ["2026-03-01T10:00:00.5Z", "2026-03-01T10:00:00+01:00"] {
        assert_eq!(
            super::instant(other, 0).unwrap(),
            other.parse::<Timestamp>().unwrap()
        );
    }
    for wrong in ["2026-02-30T10:00:00Z", "2026-13-01T10:00:00Z", "soon"] {
        assert!(super::instant(wrong, 0).is_err(), "{wrong}");
    }
}

/// A contact read for their cadence is read without their birthday; the
/// birthdays read by month and day and a snoozed birthday read by id bring
/// it back, so both prompts come.
#[test]
fn a_contact_due_for_their_cadence_keeps_their_birthday_due_or_snoozed() {
    let mut conn = db::open_in_memory().unwrap();
    let mut born = |name: &str, birthday: &str| {
        let draft = ContactDraft {
            display_name: name.into(),
            tags: vec!["Mentor".into()],
            birthday: birthday.into(),
            ..Default::default()
        };
        contacts::create(&mut conn, &draft, at("2020-01-01T00:00:00Z"))
            .unwrap()
            .id
    };
    let amara = born("Dr. Amara Okafor", "1980-07-03");
    let jana = born("Dr. Jana Müller", "--06-20");
    let snoozed = format!("birthday:c{jana}:2026");
    let until = at("2026-07-02T08:00:00Z");
    reminders::snooze(&mut conn, &snoozed, until, at("2026-06-20T09:00:00Z")).unwrap();
    let every = Some(Cadence { days: 90 });
    reminders::set_cadence(&mut conn, &CadenceTarget::Tag("mentor".into()), every).unwrap();

    let berlin = TimeZone::get("Europe/Berlin").unwrap();
    let window = SignedDuration::from_hours(24 * 7);
    let mut found: Vec<_> = reminders::due(&conn, at("2026-07-01T12:00:00Z"), &berlin, window)
        .unwrap()
        .into_iter()
        .map(|reminder| (reminder.id, reminder.snoozed_until))
        .collect();
    found.sort();

    let mut expected = vec![
        (format!("birthday:c{amara}:2026"), None),
        (snoozed, Some(until)),
    ];
    expected.extend([amara, jana].map(|id| (format!("stay_in_touch:c{id}:2020-03-31"), None)));
    expected.sort();
    assert_eq!(found, expected);
}
