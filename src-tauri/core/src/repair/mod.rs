//! Damage and repair: what `doctor` checks ([`examine`]), and what
//! `doctor --repair` and the app's salvage do ([`repair`], [`salvage`]).
//!
//! A damaged database is never written to. Salvage reads what it can from
//! it into a new file with the same key, moves the damaged file aside (kept,
//! never deleted: `curbside.db.damaged-<time>`) and puts the new one in its
//! place, and says per table what was saved and what could not be read.

mod copy_rows;
mod examine;
mod salvage;

use serde::Serialize;
use ts_rs::TS;

pub use examine::{examine, Examination};
pub use salvage::{salvage, SalvageError};

/// One check the doctor ran, and what it found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Check {
    /// Which check: `folder`, `key_file`, `database`, `pages`, `integrity`,
    /// `foreign_keys`, `search_index`.
    pub check: String,
    /// Whether all was well.
    pub ok: bool,
    /// What was wrong, one problem a line (empty when `ok`).
    pub findings: Vec<String>,
}

impl Check {
    fn new(check: &str, findings: Vec<String>) -> Self {
        Self {
            check: check.to_owned(),
            ok: findings.is_empty(),
            findings,
        }
    }
}

/// What salvage saved of one table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct TableSalvage {
    /// The table.
    pub table: String,
    /// Rows copied into the new database.
    #[ts(type = "number")]
    pub saved: u64,
    /// The stretches of rows that could not be read (their ids), if any.
    pub unreadable: Vec<String>,
    /// Rows read but left out because what they belong to was lost (an
    /// email of a contact whose row could not be read).
    #[ts(type = "number")]
    pub orphans_left_out: u64,
}

/// What a salvage did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Salvaged {
    /// Where the damaged file now is (kept, never deleted).
    pub damaged_copy: String,
    /// Per table, what was saved and lost.
    pub tables: Vec<TableSalvage>,
    /// Whether every row that was in the file was read (nothing lost).
    pub complete: bool,
}

/// What `doctor --repair` did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Repaired {
    /// The search index was rebuilt from the tables.
    pub search_index_rebuilt: bool,
    /// The database was damaged and salvaged into a new file.
    pub salvaged: Option<Salvaged>,
}

/// Repairs what the examination found: a damaged database is salvaged
/// ([`salvage`]); an intact one gets its search index (full text and name
/// words) rebuilt, in one transaction.
pub fn repair(
    dir: &crate::data_dir::DataDir,
    key: &crate::keys::DataKey,
    examination: &Examination,
) -> Result<Repaired, SalvageError> {
    let salvaged = if examination.database_damaged() {
        Some(salvage(dir, key)?)
    } else {
        None
    };
    let mut conn = crate::vault::open_database(&dir.database(), key, false)?;
    let tx = conn.transaction().map_err(crate::db::DbError::from)?;
    crate::search::rebuild_index(&tx).map_err(crate::db::DbError::from)?;
    tx.commit().map_err(crate::db::DbError::from)?;
    Ok(Repaired {
        search_index_rebuilt: true,
        salvaged,
    })
}
