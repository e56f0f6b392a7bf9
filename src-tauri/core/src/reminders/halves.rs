//! One evaluation in two halves on two cores. In a large book the
//! stay-in-touch prompts are the largest part of the answer and of the
//! reading (most of it with a cadence on a tag half the book carries:
//! `benches/reminders.rs`), so each half reads and evaluates those of half
//! the contacts (even ids on the caller's connection, odd ids on a second
//! connection, on a second thread), with birthdays and work anniversaries
//! on the caller's side and every other kind on the second, which keeps
//! the two halves about even with or without such a tag. The cadences on
//! tags and relationships are read once, on the caller's connection, and
//! applied by both. Each half is an ordinary evaluation of its share; no
//! kind reads what another kind found and no reminder is in both shares
//! (a stay-in-touch id names its contact), so the merged list is what one
//! evaluation returns.
//!
//! Like one evaluation on one connection, the halves read query by query,
//! not in one transaction. In the app both connections are used under its
//! one database lock, so none of its own writes falls between the reads; a
//! write by another process (the CLI) in those milliseconds could leave one
//! answer mixing two states, which the next evaluation corrects.

use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use rusqlite::Connection;

use super::gather::Share;
use super::{cadence, engine, gather, Reminder, ReminderError, ReminderKind, ReminderSettings};

/// The kinds read on the caller's connection besides its share of the
/// stay-in-touch prompts; the others go to the second.
const ON_CALLERS: [ReminderKind; 2] = [ReminderKind::Birthday, ReminderKind::WorkAnniversary];

pub(super) fn due(
    conn: &Connection,
    second: &mut Connection,
    settings: ReminderSettings,
    now: Timestamp,
    zone: &TimeZone,
    window: SignedDuration,
) -> Result<Vec<Reminder>, ReminderError> {
    let shared = |kind: ReminderKind| kind == ReminderKind::StayInTouch;
    let callers = settings.only(|kind| shared(kind) || ON_CALLERS.contains(&kind));
    let others = settings.only(|kind| shared(kind) || !ON_CALLERS.contains(&kind));
    let rules = match settings.of(ReminderKind::StayInTouch).enabled {
        true => cadence::rules(conn)?,
        false => Vec::new(),
    };
    let (mine, theirs) = (Share::half(false, rules.clone()), Share::half(true, rules));
    std::thread::scope(|scope| {
        let theirs = scope.spawn(move || half(second, others, theirs, now, zone, window));
        let mine = half(conn, callers, mine, now, zone, window);
        let theirs = theirs
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        Ok(engine::merged([mine?, theirs?]))
    })
}

/// One half: an evaluation of the kinds `settings` leaves on and of
/// `share`'s stay-in-touch prompts, sorted on its own thread, so that the
/// two only need merging.
fn half(
    conn: &Connection,
    settings: ReminderSettings,
    share: Share,
    now: Timestamp,
    zone: &TimeZone,
    window: SignedDuration,
) -> Result<Vec<Reminder>, ReminderError> {
    let snapshot = gather::gather_share(conn, settings, share, now, zone, window)?;
    Ok(engine::due(&snapshot, now, zone, window))
}
