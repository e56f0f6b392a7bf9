//! Taking back a done, a snooze or a dismissal (issue 19: undo for one-click
//! actions). Each action, in its own transaction, first remembers what it
//! replaces in `reminder_undo` (migration 022): the reminder's state before
//! (none, snoozed until X, dismissed…), when it had been shown, and the
//! interaction a done logged. [`undo`] puts all of it back in one
//! transaction: the previous state exactly, the "shown" record as it was,
//! the logged interaction removed and the person's last contact and search
//! entry recomputed without it.
//!
//! An undo is refused, with nothing changed, when the reminder's state is no
//! longer what the action wrote (acted on again, a message sent from it, a
//! state synced in from another computer): taking it back then would undo
//! something else. Sync needs nothing of its own: the restored state, or its
//! absence, and the removed interaction are changes like any other.

use jiff::Timestamp;
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use super::ids::ReminderRef;
use super::ReminderError;
use crate::contacts::{refresh_recency, search_index};
use crate::values::{ContactId, Invalid};

/// A reminder's stored state: `(state, until, acted_at)`.
type State = (String, Option<String>, String);

/// What an action remembered in `reminder_undo`.
struct Remembered {
    /// The state it replaced; none when the reminder had none.
    previous: Option<State>,
    /// When the reminder had been shown, if it had.
    shown: Option<String>,
    /// The interaction a done logged.
    logged: Option<i64>,
    /// When the action was taken: the `acted_at` of the state it wrote.
    acted_at: String,
}

/// Remembers, before an action on `id` at `now` writes its state, what that
/// state replaces and the interaction the action logged (a done's), so that
/// [`undo`] can put it back. Call it inside the action's transaction.
pub(super) fn remember(
    tx: &Connection,
    id: &str,
    logged: Option<i64>,
    now: Timestamp,
) -> rusqlite::Result<()> {
    let previous = state_of(tx, id)?;
    let shown: Option<String> = tx
        .prepare_cached("SELECT shown_at FROM reminders_shown WHERE reminder_id = ?1")?
        .query_row([id], |row| row.get(0))
        .optional()?;
    let (state, until, acted_at) = match previous {
        Some((state, until, acted_at)) => (Some(state), until, Some(acted_at)),
        None => (None, None, None),
    };
    tx.prepare_cached(
        "INSERT OR REPLACE INTO reminder_undo (reminder_id, previous_state, previous_until,
         previous_acted_at, previous_shown_at, logged_interaction_id, acted_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        id,
        state,
        until,
        acted_at,
        shown,
        logged,
        crate::values::stored_instant(now)
    ])?;
    Ok(())
}

/// Takes back the last done, snooze or dismissal of reminder `id`; see
/// [`super::undo`].
pub(super) fn undo(conn: &mut Connection, id: &str) -> Result<(), ReminderError> {
    let reminder = ReminderRef::parse(id)?;
    let id = reminder.to_string();
    let tx = conn.transaction()?;
    let remembered = tx
        .query_row(
            "SELECT previous_state, previous_until, previous_acted_at, previous_shown_at,
                    logged_interaction_id, acted_at
             FROM reminder_undo WHERE reminder_id = ?1",
            [&id],
            |row| {
                let state: Option<String> = row.get(0)?;
                let until: Option<String> = row.get(1)?;
                let acted: Option<String> = row.get(2)?;
                Ok(Remembered {
                    previous: state.zip(acted).map(|(state, acted)| (state, until, acted)),
                    shown: row.get(3)?,
                    logged: row.get(4)?,
                    acted_at: row.get(5)?,
                })
            },
        )
        .optional()?;
    let Some(Remembered {
        previous,
        shown,
        logged,
        acted_at,
    }) = remembered
    else {
        return Err(nothing_to_undo(&id));
    };
    // The action's own state must still be there: otherwise something later
    // (another action, a message sent, a sync) would be undone instead.
    match state_of(&tx, &id)? {
        Some((_, _, written)) if written == acted_at => {}
        _ => {
            return Err(Invalid::new(
                "id",
                format!("Reminder {id} has changed since it was acted on: nothing was undone"),
            )
            .into())
        }
    }
    restore_state(&tx, &id, previous.as_ref())?;
    restore_shown(&tx, &id, shown.as_deref())?;
    if let Some(interaction) = logged {
        remove_interaction(&tx, interaction)?;
    }
    tx.execute("DELETE FROM reminder_undo WHERE reminder_id = ?1", [&id])?;
    tx.commit()?;
    Ok(())
}

fn nothing_to_undo(id: &str) -> ReminderError {
    Invalid::new(
        "id",
        format!("There is nothing to undo on reminder {id}: it was not marked done, snoozed or dismissed here"),
    )
    .into()
}

fn state_of(conn: &Connection, id: &str) -> rusqlite::Result<Option<State>> {
    conn.prepare_cached(
        "SELECT state, until, acted_at FROM reminder_states WHERE reminder_id = ?1",
    )?
    .query_row([id], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
    .optional()
}

fn restore_state(tx: &Transaction<'_>, id: &str, previous: Option<&State>) -> rusqlite::Result<()> {
    match previous {
        None => tx.execute("DELETE FROM reminder_states WHERE reminder_id = ?1", [id])?,
        Some((state, until, acted_at)) => tx.execute(
            "INSERT OR REPLACE INTO reminder_states (reminder_id, state, until, acted_at)
             VALUES (?1, ?2, ?3, ?4)",
            params![id, state, until, acted_at],
        )?,
    };
    Ok(())
}

fn restore_shown(tx: &Transaction<'_>, id: &str, shown: Option<&str>) -> rusqlite::Result<()> {
    match shown {
        None => tx.execute("DELETE FROM reminders_shown WHERE reminder_id = ?1", [id])?,
        Some(at) => tx.execute(
            "INSERT OR REPLACE INTO reminders_shown (reminder_id, shown_at) VALUES (?1, ?2)",
            params![id, at],
        )?,
    };
    Ok(())
}

/// Removes the interaction a done logged (if it is still there) and
/// recomputes its people's last contact and search entries without it.
fn remove_interaction(tx: &Transaction<'_>, interaction: i64) -> rusqlite::Result<()> {
    let people: Vec<ContactId> = tx
        .prepare("SELECT contact_id FROM interaction_contacts WHERE interaction_id = ?1")?
        .query_map([interaction], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    tx.execute("DELETE FROM interactions WHERE id = ?1", [interaction])?;
    for person in people {
        refresh_recency(tx, person)?;
        search_index::refresh(tx, person)?;
    }
    Ok(())
}
