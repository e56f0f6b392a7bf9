//! The one-click changes the app offers to take back, each journaled
//! ([`super::journal`]) so that [`super::take_back`] restores every row it
//! touched: a contact's delete (their card, interactions, relationships,
//! plans, workflows and what was done with their reminders), an event's
//! (its key dates, sessions, people, occurrences and reminder states), one
//! occurrence's removal from a series (and of the changed occurrence that
//! replaced it), and a merge (both cards as they were, ids included).

use jiff::Timestamp;
use rusqlite::Connection;

use super::journal::{journaled, Journal};
use super::OperationError;
use crate::contacts::{self, Contact};
use crate::events;
use crate::values::{ContactId, EventId};

/// Deletes contact `id`, as [`contacts::delete`] does, and returns what takes it back.
pub fn delete_contact(conn: &mut Connection, id: ContactId) -> Result<Journal, OperationError> {
    let ((), journal) = journaled(conn, |db| {
        contacts::delete(db, id).map_err(OperationError::from)
    })?;
    if journal.is_empty() {
        return Err(contacts::ContactError::NotFound(id).into());
    }
    Ok(journal)
}

/// Deletes event `id` (a whole series), as [`events::delete`] does, and
/// returns what takes it back.
pub fn delete_event(conn: &mut Connection, id: EventId) -> Result<Journal, OperationError> {
    let ((), journal) = journaled(conn, |db| {
        events::delete(db, id).map_err(OperationError::from)
    })?;
    if journal.is_empty() {
        return Err(events::EventError::NotFound(id).into());
    }
    Ok(journal)
}

/// Removes one occurrence of series `series_id` (and the changed occurrence
/// that replaced it, if any), as [`events::remove_occurrence`] does, and
/// returns what takes it back.
pub fn remove_occurrence(
    conn: &mut Connection,
    series_id: EventId,
    recurrence_id: &str,
) -> Result<Journal, OperationError> {
    let ((), journal) = journaled(conn, |db| {
        events::remove_occurrence(db, series_id, recurrence_id).map_err(OperationError::from)
    })?;
    Ok(journal)
}

/// Merges contact `other` into `keep`, as [`super::merge`] does, and
/// returns the merged card with what takes the merge back.
pub fn merge_undoably(
    conn: &mut Connection,
    keep: ContactId,
    other: ContactId,
    now: Timestamp,
) -> Result<(Contact, Journal), OperationError> {
    journaled(conn, |db| super::merge(db, keep, other, now))
}
