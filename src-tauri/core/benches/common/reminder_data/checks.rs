//! What the reminders benchmark checks before it times anything, beyond
//! the two ways agreeing: the answer's shape (each id once, in time order,
//! nothing due after the window) and, reminder by reminder, that SQLite
//! alone finds its reason in the tables: a stay-in-touch prompt is about a
//! person with a cadence (a tag's, a mentor's or their own) not met for at
//! least the shortest cadence less the window; a birthday's person has a
//! birthday; a key date is not done and falls due within 30 days of the window's end;
//! a follow-up's person took part in an interaction. The benchmark also
//! requires each kind the data makes due to come back.

use std::collections::HashSet;

use curbside_core::db::Connection;
use curbside_core::reminders::{Reminder, ReminderKind};
use jiff::{SignedDuration, Timestamp};

fn yes(conn: &Connection, sql: &str, id: i64, at: &str) -> bool {
    conn.prepare_cached(sql)
        .expect("a check query")
        .query_row(rusqlite::params![id, at], |row| row.get(0))
        .expect("a check")
}

/// Panics, saying what, unless `found` (due at `now` within `window`) holds
/// up against the tables.
pub fn check_answer(conn: &Connection, found: &[Reminder], now: Timestamp, window: SignedDuration) {
    let end = now.checked_add(window).expect("an instant in range");
    assert!(!found.is_empty(), "reminders are due");
    assert!(
        found
            .windows(2)
            .all(|pair| pair[0].due_at <= pair[1].due_at),
        "the reminders are in time order"
    );
    assert!(
        found.iter().all(|r| r.due_at <= end),
        "a reminder due after the window"
    );
    let ids: HashSet<&str> = found.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids.len(), found.len(), "a reminder listed twice");

    let shortest: i64 = conn
        .query_row(
            "SELECT min(days) FROM (SELECT days FROM cadence_rules UNION ALL SELECT days FROM contact_cadences)",
            [],
            |row| row.get(0),
        )
        .expect("the shortest cadence");
    let quiet_since = (end - SignedDuration::from_hours(24 * (shortest + 1))).to_string();
    let end_text = end.to_string();
    // Key dates are announced up to 30 days before.
    let lead_end = (end + SignedDuration::from_hours(24 * 31)).to_string();
    for reminder in found {
        let contact = reminder.subject.contact_id;
        let (sql, id, at) = match reminder.kind {
            ReminderKind::StayInTouch => (
                "SELECT (EXISTS (SELECT 1 FROM contact_tags t JOIN cadence_rules r ON r.kind = 'tag' AND r.target = t.tag
                                 WHERE t.contact_id = ?1)
                         OR EXISTS (SELECT 1 FROM relationships WHERE contact_id = ?1 AND other_contact_id IS NULL)
                         OR EXISTS (SELECT 1 FROM contact_cadences WHERE contact_id = ?1))
                    AND coalesce(c.last_interaction_at, c.created_at) < ?2
                 FROM contacts c WHERE c.id = ?1",
                contact,
                quiet_since.as_str(),
            ),
            ReminderKind::Birthday => (
                "SELECT birthday IS NOT NULL AND ?2 IS NOT NULL FROM contacts WHERE id = ?1",
                contact,
                end_text.as_str(),
            ),
            ReminderKind::FollowUp => (
                "SELECT EXISTS (SELECT 1 FROM interaction_contacts ic JOIN interactions i ON i.id = ic.interaction_id
                                WHERE ic.contact_id = ?1 AND i.occurred_at <= ?2)",
                contact,
                end_text.as_str(),
            ),
            ReminderKind::Deadline => (
                "SELECT done = 0 AND due_at <= ?2 FROM event_deadlines WHERE id = ?1",
                reminder.subject.deadline_id,
                lead_end.as_str(),
            ),
            _ => continue,
        };
        let id = id.unwrap_or_else(|| panic!("{}: no subject", reminder.id));
        assert!(
            yes(conn, sql, id, at),
            "{}: the tables hold no reason for it",
            reminder.id
        );
    }
}
