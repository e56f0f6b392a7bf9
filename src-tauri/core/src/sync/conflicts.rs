//! Conflicts the user decides: a field both computers (or a phone and a
//! computer) changed differently, or an item deleted on one side and
//! edited on the other. The item keeps this computer's version meanwhile;
//! the other version is kept here, so nothing is lost.
//!
//! OWNER: engine helper.

use rusqlite::Connection;
use serde::{Deserialize, Serialize};

/// One conflict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Conflict {
    /// Its id, to resolve it by.
    #[ts(type = "number")]
    pub id: i64,
    /// The item's kind ("contact", "interaction", …).
    pub kind: String,
    /// The item's uid.
    pub uid: String,
    /// The item, in words ("Dr. Ana Ruiz").
    pub item: String,
    /// The field ("EMAIL", "notes"); `None` when one side deleted the item.
    pub field: Option<String>,
    /// This computer's value, in words.
    pub here: String,
    /// The other side's value, in words ("(deleted)" for a deletion).
    pub there: String,
}

/// Which version wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Keep {
    /// This computer's.
    Here,
    /// The other side's.
    There,
}

/// Every open conflict, oldest first.
pub fn list(conn: &Connection) -> rusqlite::Result<Vec<Conflict>> {
    let _ = conn;
    unimplemented!("engine helper")
}

/// Resolves a conflict; the next sync sends the outcome. False when there
/// is no such conflict.
pub fn resolve(
    conn: &mut Connection,
    id: i64,
    keep: Keep,
) -> Result<bool, super::engine::SyncError> {
    let _ = (conn, id, keep);
    unimplemented!("engine helper")
}
