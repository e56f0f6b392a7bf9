//! One evaluation in two halves on two cores. In a large book the
//! stay-in-touch prompts are about half the answer and 40% of the reading
//! (`benches/reminders.rs`), so they are read and evaluated on the
//! caller's connection while every other kind is read and evaluated on a
//! second connection, on a second thread. Each half is an ordinary
//! evaluation with the other half's kinds turned off; no kind reads what
//! another kind found, so the merged list is what one evaluation returns.
//!
//! Like one evaluation on one connection, the halves read query by query,
//! not in one transaction. In the app both connections are used under its
//! one database lock, so none of its own writes falls between the reads; a
//! write by another process (the CLI) in those milliseconds could leave one
//! answer mixing two states, which the next evaluation corrects.

use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use rusqlite::Connection;

use super::{engine, gather, Reminder, ReminderError, ReminderKind, ReminderSettings};

/// The kinds read on the caller's connection; the others go to the second.
const ON_CALLERS: [ReminderKind; 1] = [ReminderKind::StayInTouch];

pub(super) fn due(
    conn: &Connection,
    second: &mut Connection,
    settings: ReminderSettings,
    now: Timestamp,
    zone: &TimeZone,
    window: SignedDuration,
) -> Result<Vec<Reminder>, ReminderError> {
    let callers = settings.only(|kind| ON_CALLERS.contains(&kind));
    let others = settings.only(|kind| !ON_CALLERS.contains(&kind));
    std::thread::scope(|scope| {
        let theirs = scope.spawn(move || half(second, others, now, zone, window));
        let mine = half(conn, callers, now, zone, window);
        let theirs = theirs
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        Ok(engine::merged([mine?, theirs?]))
    })
}

/// One half: an evaluation of the kinds `settings` leaves on, sorted on
/// its own thread, so that the two only need merging.
fn half(
    conn: &Connection,
    settings: ReminderSettings,
    now: Timestamp,
    zone: &TimeZone,
    window: SignedDuration,
) -> Result<Vec<Reminder>, ReminderError> {
    let snapshot = gather::gather(conn, settings, now, zone, window)?;
    Ok(engine::due(&snapshot, now, zone, window))
}
