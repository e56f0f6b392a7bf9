//! A reminder marked done on one computer and then taken back: after both
//! sync, the other computer has it due again and no trace of the message
//! the done logged.

use super::{add, book, sync};
use crate::support::at;
use curbside_core::reminders::{self, ReminderKind};
use curbside_core::sync::remote::memory::MemoryServer;
use jiff::tz::TimeZone;
use jiff::SignedDuration;
use rusqlite::Connection;

fn count(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |row| row.get(0)).unwrap()
}

fn stay_in_touch(conn: &Connection) -> Vec<String> {
    reminders::due(
        conn,
        at("2026-06-01T09:00:00Z"),
        &TimeZone::UTC,
        SignedDuration::from_hours(24),
    )
    .unwrap()
    .into_iter()
    .filter(|reminder| reminder.kind == ReminderKind::StayInTouch)
    .map(|reminder| reminder.id)
    .collect()
}

#[test]
fn an_undone_done_reaches_the_other_computer_as_due_again_without_its_message() {
    let mut server = MemoryServer::new();
    let mut a = book();
    let ana = add(&mut a, "Dr. Ana Díaz");
    reminders::set_cadence(
        &mut a,
        &reminders::CadenceTarget::Contact(ana.id),
        Some(reminders::Cadence::parse("30d").unwrap()),
    )
    .unwrap();
    let id = stay_in_touch(&a).remove(0);
    reminders::done(&mut a, &id, at("2026-06-01T09:00:00Z")).unwrap();
    sync(&mut a, &mut server);
    let mut b = book();
    sync(&mut b, &mut server);
    assert_eq!(count(&b, "SELECT count(*) FROM interactions"), 1);
    assert!(stay_in_touch(&b).is_empty(), "done on B too");

    reminders::undo(&mut a, &id).unwrap();
    sync(&mut a, &mut server);
    sync(&mut b, &mut server);

    assert_eq!(count(&b, "SELECT count(*) FROM interactions"), 0);
    assert_eq!(count(&b, "SELECT count(*) FROM reminder_states"), 0);
    assert_eq!(stay_in_touch(&b).len(), 1, "due again on B");
}
