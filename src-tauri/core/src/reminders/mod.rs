//! Reminders: the prompts that make Curbside worth opening — stay in touch,
//! follow up after a meeting or an event, congratulate, key dates, CME
//! shortfalls, credits to claim, and the user's own reminders.
//!
//! Two halves, so that "what is due" can be tested at any instant without a
//! clock or a database:
//! - [`gather`] reads a [`Snapshot`] from the database, bounded by the
//!   window (see its module doc for the indexes and bounds);
//! - [`engine::due`] turns a snapshot, an instant and the user's zone into
//!   the reminders due, purely.
//!
//! [`due`] is the two together; [`due_with`] is the same on two cores, in
//! two halves on two connections (the `halves` module): what the CLI's
//! `due` and the Today view call. The user's zone is an argument at every evaluation
//! (doctors travel): "09:00" is 09:00 where the user is now, on DST-change
//! days too. The app's scheduler calls [`notification_round`] (the `round`
//! module): what to show now, recorded as shown with [`mark_shown`] before
//! it is returned, so a restart never shows a reminder twice (a snooze
//! clears that record, so the reminder is shown again when it ends), and
//! when to look again, held back by a pause or the quiet hours.
//!
//! Reminder ids are stable per occurrence (the `ids` module lists their
//! shapes): done, snoozed and dismissed are recorded against them and never
//! depend on the zone or the settings.
//!
//! Choices the contract left open:
//! - a follow-up is per person met (`follow_up:i42:c5`), so done with one
//!   person of a meeting of three leaves the other two;
//! - settings are one [`KindSettings`] per kind plus general
//!   [`QuietHours`]; key dates and CME cycles take several lead times, the
//!   other kinds exactly one; a kind's own quiet hours replace the general
//!   ones (`QuietHours::NONE` turns them off for that kind);
//! - how long overdue reminders stay, and what gives way to what, is in the
//!   [`engine`] module doc; a snooze moves a reminder's `due_at` to the
//!   snooze's end;
//! - done on a stay-in-touch prompt logs an interaction and so starts a new
//!   count; a dismissal starts one too (the next prompt is one cadence after
//!   it, not the next cycle missed before it); a snooze brings the same
//!   prompt back when it ends;
//! - a milestone is due on the later of its date and the day it was
//!   recorded; without a date it is dated today in this computer's zone;
//! - a person met at an event who was also in a meeting or call logged at
//!   that event gets that meeting's follow-up only; at a repeating event,
//!   the occurrence under way when they were recorded as met counts;
//! - the context of a prompt is the note that belongs to it (the meeting's,
//!   the milestone's, what was talked about at the event, a custom
//!   reminder's note; for stay in touch, the last interaction's); birthdays
//!   and anniversaries carry none.

pub(crate) mod actions;
mod cadence;
mod custom;
pub mod engine;
mod gather;
mod halves;
pub mod hashing;
mod hold;
pub(crate) mod ids;
pub(crate) mod merge;
mod milestones;
mod model;
mod plan;
mod recurrence;
mod round;
mod settings;
mod snapshot;
mod stale;
mod undo;
mod words;

pub use hold::{pause_ends, Pause};
pub use model::{
    Cadence, CadenceRule, CadenceTarget, ContactCadence, CustomReminder, CustomReminderDraft,
    Milestone, MilestoneDraft, ReasonPart, Reminder, ReminderKind, Subject, MILESTONE_KINDS,
};
pub use plan::HORIZON;
pub use round::Round;
pub use settings::{KindSettings, QuietHours, ReminderSettings, Weekday};
pub use snapshot::{Job, Meeting, MetAtEvent, Person, ReminderState, Snapshot, StayInTouch};
pub use words::{english_reason, Clock};

pub use milestones::record_job_change;
pub(crate) use stale::forget as forget_stale;

use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use rusqlite::Connection;

use crate::cme::CmeError;
use crate::contacts::ContactError;
use crate::events::EventError;
use crate::values::{ContactId, Invalid};

/// Why a reminder could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum ReminderError {
    /// The input breaks a rule (an id of an unknown shape, a cadence out of
    /// range…); the message says which, for the user.
    #[error(transparent)]
    Invalid(#[from] Invalid),
    /// No contact has this id.
    #[error("there is no contact with id {0}")]
    ContactNotFound(ContactId),
    /// No record of this kind has this id.
    #[error("there is no {what} with id {id}")]
    NotFound {
        /// "milestone", "custom reminder", "event", "job", "interaction",
        /// "key date" or "CME cycle".
        what: &'static str,
        /// The id asked for.
        id: i64,
    },
    /// The database failed.
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
}

impl From<ContactError> for ReminderError {
    fn from(err: ContactError) -> Self {
        match err {
            ContactError::Invalid(invalid) => Self::Invalid(invalid),
            ContactError::NotFound(id) => Self::ContactNotFound(id),
            ContactError::Database(err) => Self::Database(err),
        }
    }
}

impl From<EventError> for ReminderError {
    fn from(err: EventError) -> Self {
        match err {
            EventError::Invalid(invalid) => Self::Invalid(invalid),
            EventError::NotFound(id) => Self::NotFound { what: "event", id },
            EventError::ContactNotFound(id) => Self::ContactNotFound(id),
            EventError::Database(err) => Self::Database(err),
        }
    }
}

impl From<CmeError> for ReminderError {
    fn from(err: CmeError) -> Self {
        match err {
            CmeError::Invalid(invalid) => Self::Invalid(invalid),
            CmeError::NotFound { what, id } => Self::NotFound { what, id },
            CmeError::Database(err) => Self::Database(err),
        }
    }
}

/// Everything overdue at `now` (not done, dismissed, or snoozed past `now`)
/// plus everything falling due in `(now, now + window]`, oldest first:
/// [`gather`] then [`engine::due`].
pub fn due(
    conn: &Connection,
    now: Timestamp,
    user_zone: &TimeZone,
    window: SignedDuration,
) -> Result<Vec<Reminder>, ReminderError> {
    let snapshot = gather(conn, now, user_zone, window)?;
    Ok(engine::due(&snapshot, now, user_zone, window))
}

/// [`due`], on two cores when given `second`, a second connection to the
/// same database ([`crate::db::open_reader`]): the same reminders in the
/// same order, read and evaluated in two halves at once, one on `conn` and
/// one on `second` on another thread. What the app and the CLI call; the
/// `halves` module says how it splits and what a write by another process
/// between the reads can do. Call it outside a transaction: `second` does
/// not see what an open one on `conn` has written.
pub fn due_with(
    conn: &Connection,
    second: Option<&mut Connection>,
    now: Timestamp,
    user_zone: &TimeZone,
    window: SignedDuration,
) -> Result<Vec<Reminder>, ReminderError> {
    let settings = settings::load(conn)?;
    due_with_settings(conn, second, settings, now, user_zone, window)
}

/// [`due_with`] under `settings` already read.
fn due_with_settings(
    conn: &Connection,
    second: Option<&mut Connection>,
    settings: ReminderSettings,
    now: Timestamp,
    user_zone: &TimeZone,
    window: SignedDuration,
) -> Result<Vec<Reminder>, ReminderError> {
    match second {
        Some(second) => halves::due(conn, second, settings, now, user_zone, window),
        None => {
            let snapshot = gather::gather(conn, settings, now, user_zone, window)?;
            Ok(engine::due(&snapshot, now, user_zone, window))
        }
    }
}

/// One round of the app's notifications at `now` where the user is: the
/// reminders due and never shown before, recorded as shown here (so they
/// are shown once), and when to look again (the next one due, the end of
/// the pause `paused_until` or of the quiet hours, or [`HORIZON`] from
/// now). While a pause or the quiet hours hold, nothing is shown or
/// recorded. `reader`, a second connection, reads on two cores as
/// [`due_with`] does.
pub fn notification_round(
    conn: &mut Connection,
    reader: Option<&mut Connection>,
    now: Timestamp,
    user_zone: &TimeZone,
    paused_until: Option<Timestamp>,
) -> Result<Round, ReminderError> {
    round::look(conn, reader, now, user_zone, paused_until)
}

/// What the engine needs to evaluate `(now, now + window]` and what is
/// overdue at `now`, read from the database.
pub fn gather(
    conn: &Connection,
    now: Timestamp,
    user_zone: &TimeZone,
    window: SignedDuration,
) -> Result<Snapshot, ReminderError> {
    gather::gather(conn, settings::load(conn)?, now, user_zone, window)
}

/// Marks a reminder done. For a reminder about a contact this also logs an
/// interaction with them (a message; "other" for a custom reminder; the
/// note "Done: …"), which resets their stay-in-touch cadence. An id of an
/// unknown shape is [`ReminderError::Invalid`]; one whose subject was
/// deleted meanwhile is not found, and nothing is stored.
pub fn done(conn: &mut Connection, id: &str, now: Timestamp) -> Result<(), ReminderError> {
    actions::done(conn, id, now)
}

/// Hides a reminder until `until` (after `now`); it is due again then, and
/// shown again (its "shown" record is cleared).
pub fn snooze(
    conn: &mut Connection,
    id: &str,
    until: Timestamp,
    now: Timestamp,
) -> Result<(), ReminderError> {
    actions::snooze(conn, id, until, now)
}

/// Dismisses a reminder: it does not come back (a stay-in-touch prompt comes
/// back one cadence after the dismissal).
pub fn dismiss(conn: &mut Connection, id: &str, now: Timestamp) -> Result<(), ReminderError> {
    actions::dismiss(conn, id, now)
}

/// Takes back the last done, snooze or dismissal of reminder `id` made on
/// this computer, in one transaction: its previous state exactly (due
/// again, snoozed until the time it was, dismissed…), its "shown" record as
/// it was, and the interaction a done logged removed, with the person's
/// last contact recomputed. Refused with [`ReminderError::Invalid`], and
/// nothing changed, when there is nothing to take back or the reminder was
/// acted on since (the `undo` module).
pub fn undo(conn: &mut Connection, id: &str) -> Result<(), ReminderError> {
    undo::undo(conn, id)
}

/// Exactly once: records `ids` as shown, in one transaction, and returns
/// those not shown before (in the order given); the scheduler notifies only
/// those.
pub fn mark_shown(
    conn: &mut Connection,
    ids: &[String],
    now: Timestamp,
) -> Result<Vec<String>, ReminderError> {
    actions::mark_shown(conn, ids, now)
}

/// Sets (or with `None` clears) a stay-in-touch cadence. A contact's own
/// cadence wins over their relationships', which win over their tags' (the
/// shortest among several).
pub fn set_cadence(
    conn: &mut Connection,
    target: &CadenceTarget,
    every: Option<Cadence>,
) -> Result<(), ReminderError> {
    cadence::set(conn, target, every)
}

/// Every cadence set: contacts' own, then relationships', then tags'.
pub fn cadences(conn: &Connection) -> Result<Vec<CadenceRule>, ReminderError> {
    cadence::all(conn)
}

/// How often to be in touch with one contact: the cadence set on them and
/// the one that holds, as the engine picks it (tags in any case).
pub fn cadence_of(conn: &Connection, contact: ContactId) -> Result<ContactCadence, ReminderError> {
    cadence::of_contact(conn, contact)
}

/// Records a milestone on a contact; it raises a "congratulate" prompt.
/// Without a date, today in this computer's zone.
pub fn add_milestone(
    conn: &mut Connection,
    draft: &MilestoneDraft,
    now: Timestamp,
) -> Result<Milestone, ReminderError> {
    milestones::add(conn, draft, now)
}

/// A contact's milestones, newest first.
pub fn milestones(conn: &Connection, contact: ContactId) -> Result<Vec<Milestone>, ReminderError> {
    milestones::for_contact(conn, contact)
}

/// Removes a milestone (and so its prompt).
pub fn delete_milestone(conn: &Connection, id: i64) -> Result<(), ReminderError> {
    milestones::delete(conn, id)
}

/// The reminder settings, or the defaults when none are saved.
pub fn settings(conn: &Connection) -> Result<ReminderSettings, ReminderError> {
    settings::load(conn)
}

/// Checks and saves the reminder settings.
pub fn save_settings(
    conn: &mut Connection,
    settings: &ReminderSettings,
) -> Result<(), ReminderError> {
    settings::save(conn, settings)
}

/// Records a reminder of the user's own and returns its id.
pub fn add_custom(
    conn: &mut Connection,
    draft: &CustomReminderDraft,
    now: Timestamp,
) -> Result<i64, ReminderError> {
    custom::add(conn, draft, now)
}

/// Every custom reminder, oldest first.
pub fn custom_reminders(conn: &Connection) -> Result<Vec<CustomReminder>, ReminderError> {
    custom::all(conn)
}

/// Removes a custom reminder.
pub fn delete_custom(conn: &Connection, id: i64) -> Result<(), ReminderError> {
    custom::delete(conn, id)
}
