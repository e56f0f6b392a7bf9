//! The user's own name and presence, as drafts use them ({my_name},
//! {my_first_name}, {my_credentials}, {my_pitch}, {my_links}). They are kept
//! by [`crate::presence`]; until a value is set, the lines that use it are
//! left out of drafts.

use rusqlite::Connection;

use crate::presence::{self, Presence, PresenceError};
use crate::reminders::ReminderError;

impl From<PresenceError> for ReminderError {
    fn from(error: PresenceError) -> Self {
        match error {
            PresenceError::Invalid(invalid) => Self::Invalid(invalid),
            PresenceError::NotFound(id) => Self::NotFound {
                what: "own milestone",
                id,
            },
            PresenceError::Database(error) => Self::Database(error),
        }
    }
}

/// The name set, if any.
pub(super) fn name(conn: &Connection) -> Result<Option<String>, ReminderError> {
    let name = presence::get(conn)?.name;
    Ok(Some(name).filter(|name| !name.is_empty()))
}

/// Sets the name (trimmed); an empty one clears it.
pub(super) fn set(conn: &Connection, name: &str) -> Result<Option<String>, ReminderError> {
    Ok(presence::set_name(conn, name)?)
}

/// Everything drafts sign with.
pub(super) fn me(conn: &Connection) -> Result<Presence, ReminderError> {
    Ok(presence::get(conn)?)
}

/// The user's links on one line: "LinkedIn: https://… · ORCID: https://…".
pub(super) fn links(me: &Presence) -> String {
    [
        ("Doximity", &me.doximity),
        ("LinkedIn", &me.linkedin),
        ("ORCID", &me.orcid),
        ("Website", &me.website),
    ]
    .into_iter()
    .filter(|(_, url)| !url.is_empty())
    .map(|(label, url)| format!("{label}: {url}"))
    .collect::<Vec<_>>()
    .join(" · ")
}
