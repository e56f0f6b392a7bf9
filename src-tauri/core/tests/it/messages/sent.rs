//! "Sent": the message is logged as exactly one interaction, the reminder
//! it answered is done and no longer due, the stay-in-touch count starts
//! again, and nothing is stored when the request is refused. Also acting
//! on a reminder whose subject was deleted since, which is refused rather
//! than stored.

use crate::support::messages::*;
use curbside_core::contacts;
use curbside_core::interactions::{self, InteractionKind};
use curbside_core::messages::{self, SentMessage, TemplateKind};
use curbside_core::reminders::{
    self, Cadence, CadenceTarget, MilestoneDraft, ReminderError, ReminderKind,
};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use rusqlite::Connection;

fn berlin() -> TimeZone {
    TimeZone::get("Europe/Berlin").unwrap()
}

/// The ids of everything due within a day of `now`, in Berlin.
fn due_ids(conn: &Connection, now: Timestamp) -> Vec<String> {
    reminders::due(conn, now, &berlin(), SignedDuration::from_hours(24))
        .unwrap()
        .into_iter()
        .map(|reminder| reminder.id)
        .collect()
}

fn message(contact: i64, template: TemplateKind, reminder: Option<&str>) -> SentMessage {
    SentMessage {
        contact_id: contact,
        template,
        subject: "Following up on our conversation".into(),
        reminder_id: reminder.map(str::to_owned),
    }
}

#[test]
fn a_sent_follow_up_is_one_interaction_and_its_reminder_is_no_longer_due() {
    let mut conn = db();
    let amara = amara(&mut conn);
    let reminder = met_at_esc(&mut conn, amara);
    let now = at("2026-08-31T08:00:00Z");
    assert_eq!(due_ids(&conn, now), vec![reminder.clone()]);
    let before = interaction_count(&conn);

    let logged = messages::sent(
        &mut conn,
        &message(amara, TemplateKind::FollowUp, Some(&reminder)),
        now,
        &berlin(),
    )
    .unwrap();

    assert_eq!(
        interaction_count(&conn),
        before + 1,
        "one, not a second \"Done: …\""
    );
    assert_eq!(logged.kind, InteractionKind::Message);
    assert_eq!(logged.occurred_at, now);
    assert_eq!(logged.time_zone, "Europe/Berlin");
    assert_eq!(logged.contact_ids, vec![amara]);
    assert_eq!(
        logged.note,
        "Sent a follow-up: Following up on our conversation"
    );
    assert_eq!(
        interactions::for_contact(&conn, amara, Some(1)).unwrap()[0],
        logged
    );
    assert!(due_ids(&conn, now).is_empty());
    let state: String = conn
        .query_row(
            "SELECT state FROM reminder_states WHERE reminder_id = ?1",
            [&reminder],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(state, "done");
}

#[test]
fn a_sent_message_starts_the_stay_in_touch_count_again() {
    let mut conn = db();
    let sam = sam(&mut conn);
    reminders::set_cadence(
        &mut conn,
        &CadenceTarget::Contact(sam),
        Some(Cadence { days: 30 }),
    )
    .unwrap();
    let now = at("2026-03-02T09:00:00Z");
    let due = reminders::due(&conn, now, &berlin(), SignedDuration::from_hours(24)).unwrap();
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].kind, ReminderKind::StayInTouch);

    messages::sent(
        &mut conn,
        &SentMessage {
            contact_id: sam,
            template: TemplateKind::Article,
            subject: "An article you may find interesting".into(),
            reminder_id: Some(due[0].id.clone()),
        },
        now,
        &berlin(),
    )
    .unwrap();

    assert_eq!(
        contacts::get(&conn, sam).unwrap().last_interaction_at,
        Some(now)
    );
    assert!(due_ids(&conn, now).is_empty());
    assert!(
        due_ids(&conn, now + SignedDuration::from_hours(24 * 28)).is_empty(),
        "not due again before 30 days"
    );
    assert_eq!(
        due_ids(&conn, now + SignedDuration::from_hours(24 * 31)).len(),
        1,
        "due again a cadence later"
    );
}

#[test]
fn a_message_sent_without_a_reminder_is_logged_with_its_kind_in_words() {
    let mut conn = db();
    let sam = sam(&mut conn);
    let logged = messages::sent(
        &mut conn,
        &SentMessage {
            contact_id: sam,
            template: TemplateKind::Congratulations,
            subject: "  Congratulations!\n ".into(),
            reminder_id: None,
        },
        at("2026-03-02T09:00:00Z"),
        &TimeZone::UTC,
    )
    .unwrap();
    assert_eq!(logged.note, "Sent congratulations: Congratulations!");
    assert_eq!(logged.time_zone, "UTC");
    assert_eq!(state_count(&conn), 0);
}

#[test]
fn nothing_is_stored_when_sent_is_refused() {
    let mut conn = db();
    let amara = amara(&mut conn);
    let sam = sam(&mut conn);
    let reminder = met_at_esc(&mut conn, amara);
    let milestone = reminders::add_milestone(
        &mut conn,
        &MilestoneDraft {
            contact_id: amara,
            kind: "award".into(),
            on: None,
            note: String::new(),
        },
        at("2026-08-01T10:00:00Z"),
    )
    .unwrap();
    reminders::delete_milestone(&conn, milestone.id).unwrap();
    let before = interaction_count(&conn);
    let now = at("2026-08-31T08:00:00Z");

    let refused = [
        message(sam, TemplateKind::FollowUp, Some(&reminder)),
        message(999, TemplateKind::FollowUp, None),
        message(amara, TemplateKind::FollowUp, Some("follow_up:42")),
        message(
            amara,
            TemplateKind::Congratulations,
            Some(&format!("milestone:m{}", milestone.id)),
        ),
        SentMessage {
            subject: "x".repeat(201),
            ..message(amara, TemplateKind::FollowUp, Some(&reminder))
        },
    ];
    for attempt in refused {
        let err = messages::sent(&mut conn, &attempt, now, &berlin()).unwrap_err();
        assert_eq!(interaction_count(&conn), before, "{err}");
        assert_eq!(state_count(&conn), 0, "{err}");
    }
    assert_eq!(due_ids(&conn, now), vec![reminder], "still due");
}

#[test]
fn a_reminder_whose_subject_was_deleted_cannot_be_done_snoozed_or_dismissed() {
    let mut conn = db();
    let amara = amara(&mut conn);
    let reminder = met_at_esc(&mut conn, amara);
    let now = at("2026-08-31T08:00:00Z");
    contacts::delete(&mut conn, amara).unwrap();
    let esc = congress(&mut conn);

    let gone = [
        (reminder.as_str(), "there is no interaction with id"),
        (
            &format!("birthday:c{amara}:2027"),
            "there is no contact with id",
        ),
        ("milestone:m7", "there is no milestone with id 7"),
        (
            &format!("event_follow_up:e{}:c{amara}", esc + 1),
            "there is no event with id",
        ),
        ("deadline:d9:7d", "there is no key date with id 9"),
        ("cme_shortfall:y3:30d", "there is no CME cycle with id 3"),
        ("work_anniversary:a12:2027", "there is no job with id 12"),
        (
            "custom:7:2026-12-01T09:00",
            "there is no custom reminder with id 7",
        ),
    ];
    for (id, expected) in gone {
        let done = reminders::done(&mut conn, id, now).unwrap_err();
        let snoozed =
            reminders::snooze(&mut conn, id, now + SignedDuration::from_hours(1), now).unwrap_err();
        let dismissed = reminders::dismiss(&mut conn, id, now).unwrap_err();
        for err in [done, snoozed, dismissed] {
            assert!(
                matches!(
                    err,
                    ReminderError::NotFound { .. } | ReminderError::ContactNotFound(_)
                ),
                "{id}: {err:?}"
            );
            assert!(err.to_string().starts_with(expected), "{id}: {err}");
        }
    }
    assert_eq!(state_count(&conn), 0, "no state stored for nothing");
}
