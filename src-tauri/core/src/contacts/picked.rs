//! How a statement reads the rows of many contacts, by how their ids lie:
//! a few ids scattered over the book are looked up one by one; ids that fill
//! most of their range (the whole book listed, a tag that most contacts
//! carry) are read as that range, and the rows of other contacts in it
//! skipped, which spares SQLite building an index of the ids and seeking
//! each one.

use rusqlite::ToSql;

use super::ContactId;

/// How a statement picks the rows of the contacts asked for.
pub(crate) enum Picked {
    /// Every row from the first id to the last, the others skipped.
    Range(ContactId, ContactId),
    /// The ids as a JSON array, looked up one by one.
    List(String),
}

impl Picked {
    /// Reading the range whole while it holds at most this many ids per id
    /// asked for: reading and skipping a row costs less than adding an id
    /// to the index SQLite builds for `IN (…)` and looking it up.
    const SPREAD: u64 = 4;

    /// How to read the rows of `ids`.
    pub(crate) fn of(ids: &[ContactId]) -> rusqlite::Result<Self> {
        let low = ids.iter().copied().min().unwrap_or_default();
        let high = ids.iter().copied().max().unwrap_or_default();
        let span = high.abs_diff(low).saturating_add(1);
        if span <= (ids.len() as u64).saturating_mul(Self::SPREAD) {
            return Ok(Self::Range(low, high));
        }
        serde_json::to_string(ids)
            .map(Self::List)
            .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))
    }

    /// What follows `WHERE c.id` or `WHERE contact_id`.
    pub(crate) fn sql(&self) -> &'static str {
        match self {
            Self::Range(..) => "BETWEEN ?1 AND ?2",
            Self::List(_) => "IN (SELECT value FROM json_each(?1))",
        }
    }

    pub(crate) fn params(&self) -> Vec<&dyn ToSql> {
        match self {
            Self::Range(low, high) => vec![low, high],
            Self::List(list) => vec![list],
        }
    }
}
