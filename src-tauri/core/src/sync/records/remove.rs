//! Deleting an item a record stood for, as the domains delete it: its
//! child rows go with it (by cascade), a contact's interactions with no one
//! else go too, and the people it touched have their last contact and
//! search entry refreshed. Its uid in `sync_uids` goes by trigger
//! (migration 014).

use rusqlite::{params, Connection};

use super::canonical::malformed;
use super::kinds::{spec_of, UidFrom, SETTINGS_UID};
use super::upkeep::{people_of, refresh_people};
use super::{reminder_ids, uids, Kind, RecordError};

/// See [`super::remove`].
pub(super) fn remove(conn: &Connection, kind: Kind, uid: &str) -> Result<bool, RecordError> {
    conn.execute_batch("SAVEPOINT sync_remove")?;
    match remove_in(conn, kind, uid) {
        Ok(removed) => {
            conn.execute_batch("RELEASE sync_remove")?;
            Ok(removed)
        }
        Err(error) => {
            conn.execute_batch("ROLLBACK TO sync_remove; RELEASE sync_remove")?;
            Err(error)
        }
    }
}

fn remove_in(conn: &Connection, kind: Kind, uid: &str) -> Result<bool, RecordError> {
    let spec = spec_of(kind);
    match spec.uid {
        UidFrom::Settings => {
            if uid != SETTINGS_UID || !super::read::settings_exist(conn)? {
                return Ok(false);
            }
            for child in spec.children {
                conn.execute(&format!("DELETE FROM {}", child.table), [])?;
            }
            Ok(true)
        }
        UidFrom::ReminderId => {
            let translated = reminder_ids::from_doc_uid(uid);
            match reminder_ids::to_local(conn, &translated)? {
                Ok(local) => Ok(conn.execute(
                    "DELETE FROM reminder_states WHERE reminder_id = ?1",
                    [local],
                )? > 0),
                Err(_) => Ok(false),
            }
        }
        UidFrom::Column | UidFrom::Table => {
            let Some(id) = uids::local_id(conn, kind, uid)? else {
                return Ok(false);
            };
            match kind {
                Kind::Contact => {
                    let others =
                        crate::contacts::delete_in(conn, id).map_err(|error| match error {
                            crate::contacts::ContactError::Database(error) => {
                                RecordError::Database(error)
                            }
                            other => malformed(kind, other.to_string()),
                        })?;
                    refresh_people(conn, &others)?;
                }
                Kind::Interaction => {
                    let people = people_of(conn, id)?;
                    conn.execute("DELETE FROM interactions WHERE id = ?1", [id])?;
                    refresh_people(conn, &people)?;
                }
                _ => {
                    let table = spec.table.unwrap_or_default();
                    conn.execute(&format!("DELETE FROM {table} WHERE id = ?1"), params![id])?;
                }
            }
            Ok(true)
        }
    }
}
