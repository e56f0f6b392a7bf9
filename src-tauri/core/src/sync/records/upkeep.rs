//! What the domains keep for speed, brought up to date after a record is
//! stored or an item removed, as the domains do it themselves: a contact's
//! search entry and name words (`contacts/search_index.rs`), each person's
//! last contact (`contacts/recency.rs`, and by trigger its note), an
//! event's occurrences (`events/occurrences.rs`).

use std::collections::{BTreeSet, HashMap};

use rusqlite::Connection;

use super::canonical::malformed;
use super::{Kind, RecordError};
use crate::contacts::search_index;

/// The people of interaction `id`.
pub(super) fn people_of(conn: &Connection, id: i64) -> rusqlite::Result<Vec<i64>> {
    conn.prepare_cached("SELECT contact_id FROM interaction_contacts WHERE interaction_id = ?1")?
        .query_map([id], |row| row.get(0))?
        .collect()
}

/// What the domains keep for speed, brought up to date after item `id`
/// of `kind` was stored.
pub(super) fn upkeep(
    conn: &Connection,
    kind: Kind,
    id: i64,
    occurrences: &HashMap<String, i64>,
    people_before: &[i64],
) -> Result<(), RecordError> {
    match kind {
        // Its last contact comes from interactions, which name it and so
        // are applied after it: only its search entry changes here.
        Kind::Contact => search_index::refresh(conn, id)?,
        Kind::Interaction => {
            let mut people: BTreeSet<i64> = people_before.iter().copied().collect();
            people.extend(people_of(conn, id)?);
            refresh_people(conn, &people.into_iter().collect::<Vec<_>>())?;
        }
        Kind::Event => {
            for &occurrence in occurrences.values() {
                rebuild_occurrences(conn, occurrence)?;
            }
            rebuild_occurrences(conn, id)?;
        }
        _ => {}
    }
    Ok(())
}

/// Each person's last contact and search entry, as an interaction's write
/// refreshes them.
pub(super) fn refresh_people(conn: &Connection, people: &[i64]) -> rusqlite::Result<()> {
    for &person in people {
        crate::contacts::refresh_recency(conn, person)?;
        search_index::refresh(conn, person)?;
    }
    Ok(())
}

fn rebuild_occurrences(conn: &Connection, id: i64) -> Result<(), RecordError> {
    crate::events::rebuild_occurrences(conn, id).map_err(|error| match error {
        crate::events::EventError::Database(error) => RecordError::Database(error),
        other => malformed(Kind::Event, other.to_string()),
    })
}
