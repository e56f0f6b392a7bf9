//! The user's own name, which messages are signed with ({my_name} and
//! {my_first_name}). Curbside keeps no profile of the user otherwise; until
//! a name is set, the lines that use it are left out of drafts.

use rusqlite::{Connection, OptionalExtension};

use crate::reminders::ReminderError;
use crate::values::{limits, Invalid};

/// The name set, if any.
pub(super) fn name(conn: &Connection) -> Result<Option<String>, ReminderError> {
    Ok(conn
        .prepare_cached("SELECT name FROM message_sender WHERE id = 1")?
        .query_row([], |row| row.get(0))
        .optional()?)
}

/// Sets the name (trimmed); an empty one clears it.
pub(super) fn set(conn: &Connection, name: &str) -> Result<Option<String>, ReminderError> {
    let name = name.trim();
    if name.is_empty() {
        conn.execute("DELETE FROM message_sender", [])?;
        return Ok(None);
    }
    if name.contains(['\n', '\r']) {
        return Err(Invalid::new("my_name", "Your name must be one line").into());
    }
    let length = name.chars().count();
    if length > limits::NAME {
        return Err(Invalid::new(
            "my_name",
            format!(
                "Your name is too long: {length} characters, the limit is {}",
                limits::NAME
            ),
        )
        .into());
    }
    conn.execute(
        "INSERT INTO message_sender (id, name) VALUES (1, ?1)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name",
        [name],
    )?;
    Ok(Some(name.to_owned()))
}
