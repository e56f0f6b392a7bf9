//! One notification round: what is due, what to show now, and when to look
//! again, in one call with the settings read once. The app's scheduler
//! only sleeps until `next_look`, shows `show` and starts the next round.
//!
//! Exactly once: the reminders to show are recorded as shown
//! ([`super::mark_shown`]) in the same call, before anything reaches the
//! screen, and only those not shown before are returned. A crash after this
//! may lose a bubble but never repeats one; the reminder itself stays in the
//! Today view until it is done, snoozed or dismissed. Nothing is shown while
//! the user's pause or the quiet hours hold (the `hold` module); what falls
//! due meanwhile comes together when they end.

use jiff::tz::TimeZone;
use jiff::Timestamp;
use rusqlite::Connection;

use super::plan::{self, HORIZON};
use super::{actions, due_with_settings, hold, settings, Reminder, ReminderError};

/// The outcome of a round.
#[derive(Debug)]
pub struct Round {
    /// Due and never shown before, oldest first: show them now, together.
    pub show: Vec<Reminder>,
    /// When to look again.
    pub next_look: Timestamp,
}

/// Looks at what is due at `now` where the user is, records what will be
/// shown, and plans the next look. `paused_until` is the user's pause;
/// `reader`, a second connection to read on two cores.
pub(super) fn look(
    conn: &mut Connection,
    reader: Option<&mut Connection>,
    now: Timestamp,
    zone: &TimeZone,
    paused_until: Option<Timestamp>,
) -> Result<Round, ReminderError> {
    let settings = settings::load(conn)?;
    let quiet = settings.quiet_hours;
    let plan = plan::split(
        due_with_settings(conn, reader, settings, now, zone, HORIZON)?,
        now,
    );
    let held = hold::held_until(now, zone, paused_until, quiet);
    let (show, hold_ends) = match held {
        _ if plan.due_now.is_empty() => (Vec::new(), None),
        Some(end) => (Vec::new(), Some(end)),
        None => {
            let ids: Vec<String> = plan.due_now.iter().map(|r| r.id.clone()).collect();
            let fresh = actions::mark_shown(conn, &ids, now)?;
            let show = plan
                .due_now
                .into_iter()
                .filter(|r| fresh.contains(&r.id))
                .collect();
            (show, None)
        }
    };
    Ok(Round {
        show,
        next_look: plan::next_look(plan.next_due, hold_ends, now),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contacts::{self, ContactDraft, ContactId};
    use crate::db;
    use crate::interactions::{self, InteractionDraft, InteractionKind};
    use crate::reminders;

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    fn berlin() -> TimeZone {
        TimeZone::get("Europe/Berlin").unwrap()
    }

    fn person(conn: &mut Connection, name: &str) -> ContactId {
        let draft = ContactDraft {
            display_name: name.into(),
            ..Default::default()
        };
        contacts::create(conn, &draft, at("2020-01-01T00:00:00Z"))
            .unwrap()
            .id
    }

    fn met(conn: &mut Connection, contact: ContactId, when: &str, note: &str) {
        let draft = InteractionDraft {
            kind: InteractionKind::Meeting,
            occurred_at: Some(at(when)),
            time_zone: String::new(),
            topic: String::new(),
            note: note.into(),
            contact_ids: vec![contact],
            event_id: None,
        };
        interactions::add(conn, &draft, at(when)).unwrap();
    }

    fn titles(round: &Round) -> Vec<&str> {
        round.show.iter().map(|r| r.title.as_str()).collect()
    }

    #[test]
    fn a_follow_up_is_shown_once_at_nine_and_never_again() {
        let mut conn = db::open_in_memory().unwrap();
        let amara = person(&mut conn, "Dr. Amara Okafor");
        met(
            &mut conn,
            amara,
            "2026-03-02T14:00:00Z",
            "renal denervation",
        );

        // At 08:00 Berlin it is not due yet: the next look is at 09:00.
        let early = look(&mut conn, None, at("2026-03-04T07:00:00Z"), &berlin(), None).unwrap();
        assert!(early.show.is_empty());
        assert_eq!(early.next_look, at("2026-03-04T08:00:00Z"));

        let nine = look(&mut conn, None, at("2026-03-04T08:00:00Z"), &berlin(), None).unwrap();
        assert_eq!(titles(&nine), ["Dr. Amara Okafor"]);
        assert_eq!(nine.show[0].context.as_deref(), Some("renal denervation"));

        // A later look, or a restart, does not show it again.
        let later = look(&mut conn, None, at("2026-03-04T08:05:00Z"), &berlin(), None).unwrap();
        assert!(later.show.is_empty());
    }

    #[test]
    fn reminders_missed_while_the_app_was_closed_come_together_at_the_next_start() {
        let mut conn = db::open_in_memory().unwrap();
        for (name, day) in [("Dr. Ana Reyes", "02"), ("Dr. Ben Cole", "03")] {
            let id = person(&mut conn, name);
            met(&mut conn, id, &format!("2026-03-{day}T14:00:00Z"), "");
        }
        // Both were due (the 4th and the 5th at 09:00); the app opens on the 6th.
        let start = look(&mut conn, None, at("2026-03-06T10:00:00Z"), &berlin(), None).unwrap();
        assert_eq!(titles(&start), ["Dr. Ana Reyes", "Dr. Ben Cole"]);
    }

    #[test]
    fn a_pause_keeps_reminders_back_until_it_ends_and_then_shows_them() {
        let mut conn = db::open_in_memory().unwrap();
        let amara = person(&mut conn, "Dr. Amara Okafor");
        met(&mut conn, amara, "2026-03-02T14:00:00Z", "");
        let nine = at("2026-03-04T08:00:00Z");
        let pause_end = at("2026-03-04T09:00:00Z");

        let paused = look(&mut conn, None, nine, &berlin(), Some(pause_end)).unwrap();
        assert!(paused.show.is_empty());
        assert_eq!(paused.next_look, pause_end);

        let after = look(&mut conn, None, pause_end, &berlin(), Some(pause_end)).unwrap();
        assert_eq!(titles(&after), ["Dr. Amara Okafor"]);
    }

    #[test]
    fn opening_the_app_at_night_shows_what_was_missed_in_the_morning() {
        let mut conn = db::open_in_memory().unwrap();
        let amara = person(&mut conn, "Dr. Amara Okafor");
        met(&mut conn, amara, "2026-03-02T14:00:00Z", "");
        // 23:30 Berlin: quiet hours until 07:00.
        let night = look(&mut conn, None, at("2026-03-04T22:30:00Z"), &berlin(), None).unwrap();
        assert!(night.show.is_empty());
        assert_eq!(night.next_look, at("2026-03-05T06:00:00Z"));

        let morning = look(&mut conn, None, at("2026-03-05T06:00:00Z"), &berlin(), None).unwrap();
        assert_eq!(titles(&morning), ["Dr. Amara Okafor"]);
    }

    #[test]
    fn a_reminder_done_is_not_shown() {
        let mut conn = db::open_in_memory().unwrap();
        let amara = person(&mut conn, "Dr. Amara Okafor");
        met(&mut conn, amara, "2026-03-02T14:00:00Z", "");
        let due = reminders::due(&conn, at("2026-03-04T08:00:00Z"), &berlin(), HORIZON).unwrap();
        reminders::done(&mut conn, &due[0].id, at("2026-03-04T07:30:00Z")).unwrap();
        let nine = look(&mut conn, None, at("2026-03-04T08:00:00Z"), &berlin(), None).unwrap();
        assert!(nine.show.is_empty());
    }

    #[test]
    fn quiet_hours_the_user_turned_off_hold_nothing_back_at_night() {
        let mut conn = db::open_in_memory().unwrap();
        let amara = person(&mut conn, "Dr. Amara Okafor");
        met(&mut conn, amara, "2026-03-02T14:00:00Z", "");
        let mut settings = reminders::settings(&conn).unwrap();
        settings.quiet_hours = reminders::QuietHours::NONE;
        reminders::save_settings(&mut conn, &settings).unwrap();
        // 23:30 Berlin, the follow-up missed since 09:00: shown at once.
        let night = look(&mut conn, None, at("2026-03-04T22:30:00Z"), &berlin(), None).unwrap();
        assert_eq!(titles(&night), ["Dr. Amara Okafor"]);
    }

    #[test]
    fn a_round_on_two_connections_shows_what_one_connection_shows() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("book.db");
        let key = crate::keys::DataKey::from_bytes([7; 32]);
        let mut conn = crate::vault::open_database(&path, &key, true).unwrap();
        for (name, day) in [("Dr. Ana Reyes", "02"), ("Dr. Ben Cole", "03")] {
            let id = person(&mut conn, name);
            met(&mut conn, id, &format!("2026-03-{day}T14:00:00Z"), "");
        }
        let mut reader = db::open_reader(&path, &key).unwrap();
        let start = look(
            &mut conn,
            Some(&mut reader),
            at("2026-03-06T10:00:00Z"),
            &berlin(),
            None,
        )
        .unwrap();
        assert_eq!(titles(&start), ["Dr. Ana Reyes", "Dr. Ben Cole"]);
        assert_eq!(start.next_look, at("2026-03-07T10:00:00Z"));
    }
}
