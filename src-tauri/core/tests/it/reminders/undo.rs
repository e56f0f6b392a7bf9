//! Taking back a done, a snooze or a dismissal: the reminder is back as it
//! was (due, or snoozed until the time it was), the message a done logged
//! is gone and the person's last contact is what it was before.

use crate::support::reminders::*;
use curbside_core::contacts;
use curbside_core::interactions::{self, InteractionKind};
use curbside_core::reminders::{self, ReminderError};
use rusqlite::Connection;

fn state(conn: &Connection, id: &str) -> Option<(String, Option<String>)> {
    conn.query_row(
        "SELECT state, until FROM reminder_states WHERE reminder_id = ?1",
        [id],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )
    .ok()
}

#[test]
fn undoing_done_brings_the_reminder_back_and_removes_the_message_it_logged() {
    let mut conn = db();
    let (amara, id) = met_amara(&mut conn);
    let met_at = contacts::get(&conn, amara).unwrap().last_interaction_at;
    reminders::done(&mut conn, &id, at("2026-03-04T10:00:00Z")).unwrap();
    assert_eq!(
        contacts::get(&conn, amara).unwrap().last_interaction_at,
        Some(at("2026-03-04T10:00:00Z"))
    );

    reminders::undo(&mut conn, &id).unwrap();

    assert_eq!(
        ids(&due(&conn, "2026-03-04T10:01:00Z")),
        std::slice::from_ref(&id)
    );
    let timeline = interactions::for_contact(&conn, amara, None).unwrap();
    assert_eq!(timeline.len(), 1, "only the meeting is left");
    assert_eq!(timeline[0].kind, InteractionKind::Meeting);
    assert_eq!(
        contacts::get(&conn, amara).unwrap().last_interaction_at,
        met_at,
        "last contact is the meeting again"
    );
    assert_eq!(state(&conn, &id), None);
}

#[test]
fn undoing_done_on_a_snoozed_reminder_leaves_it_snoozed_until_the_same_time() {
    let mut conn = db();
    let (_, id) = met_amara(&mut conn);
    let now = at("2026-03-04T08:30:00Z");
    reminders::snooze(&mut conn, &id, at("2026-03-06T08:00:00Z"), now).unwrap();
    reminders::done(&mut conn, &id, at("2026-03-04T09:00:00Z")).unwrap();

    reminders::undo(&mut conn, &id).unwrap();

    assert_eq!(
        state(&conn, &id),
        Some(("snoozed".into(), Some("2026-03-06T08:00:00Z".into())))
    );
    assert!(due_in(&conn, "2026-03-04T09:01:00Z", days(0)).is_empty());
    assert_eq!(ids(&due_in(&conn, "2026-03-06T08:00:01Z", days(0))), [id]);
}

#[test]
fn undoing_a_snooze_makes_the_reminder_due_and_shown_as_before() {
    let mut conn = db();
    let (_, id) = met_amara(&mut conn);
    let now = at("2026-03-04T08:30:00Z");
    let shown = vec![id.clone()];
    reminders::mark_shown(&mut conn, &shown, now).unwrap();
    reminders::snooze(&mut conn, &id, at("2026-03-11T08:00:00Z"), now).unwrap();

    reminders::undo(&mut conn, &id).unwrap();

    assert_eq!(ids(&due_in(&conn, "2026-03-04T08:31:00Z", days(0))), [id]);
    assert!(
        reminders::mark_shown(&mut conn, &shown, at("2026-03-04T08:32:00Z"))
            .unwrap()
            .is_empty(),
        "already shown: not notified a second time"
    );
}

#[test]
fn undoing_a_dismissal_brings_the_reminder_back() {
    let mut conn = db();
    let (_, id) = met_amara(&mut conn);
    reminders::dismiss(&mut conn, &id, at("2026-03-04T09:00:00Z")).unwrap();
    assert!(due(&conn, "2026-03-04T10:00:00Z").is_empty());

    reminders::undo(&mut conn, &id).unwrap();

    assert_eq!(ids(&due(&conn, "2026-03-04T10:00:00Z")), [id]);
}

#[test]
fn an_undo_is_taken_once_and_refused_after_a_later_change() {
    let mut conn = db();
    let (amara, id) = met_amara(&mut conn);
    let nothing = reminders::undo(&mut conn, &id).unwrap_err();
    assert!(
        matches!(&nothing, ReminderError::Invalid(invalid) if invalid.message.contains("nothing to undo")),
        "{nothing}"
    );

    reminders::dismiss(&mut conn, &id, at("2026-03-04T09:00:00Z")).unwrap();
    reminders::undo(&mut conn, &id).unwrap();
    assert!(matches!(
        reminders::undo(&mut conn, &id),
        Err(ReminderError::Invalid(_))
    ));

    // Done, then the state changes under it (as a sync would write it):
    // the undo is refused and the message stays.
    reminders::done(&mut conn, &id, at("2026-03-04T10:00:00Z")).unwrap();
    conn.execute(
        "UPDATE reminder_states SET acted_at = '2026-03-04T11:00:00Z' WHERE reminder_id = ?1",
        [&id],
    )
    .unwrap();
    let changed = reminders::undo(&mut conn, &id).unwrap_err();
    assert!(changed.to_string().contains("changed since"), "{changed}");
    assert_eq!(
        interactions::for_contact(&conn, amara, None).unwrap().len(),
        2
    );
    assert_eq!(state(&conn, &id).unwrap().0, "done");
}
