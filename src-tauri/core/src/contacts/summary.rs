//! The contact list's lines, in one query: what a virtualised list of
//! 100,000 people needs, without loading each profile.

use std::collections::HashMap;

use rusqlite::Connection;

use super::picked::Picked;
use super::store::optional_timestamp;
use super::{ContactError, ContactFilter, ContactSort, ContactSummary};
use crate::values::{ContactId, Invalid};

/// The people gone longest without contact: those with at least one
/// interaction, the oldest last contact first (the recency index keeps it to
/// `limit` rows read). People never contacted are left out: a fresh import of
/// 3,000 connections would otherwise bury the few who matter.
pub fn out_of_touch(conn: &Connection, limit: u32) -> Result<Vec<ContactSummary>, ContactError> {
    let mut statement = conn.prepare_cached(&format!(
        "SELECT {LINE} FROM contacts c INDEXED BY contacts_by_last_interaction
         WHERE c.last_interaction_at IS NOT NULL
         ORDER BY c.last_interaction_at, c.id LIMIT ?"
    ))?;
    let rows = statement.query_map([limit], line)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The filtered contacts as list lines, in the filter's order (by the name
/// shown unless it says otherwise): by name, one scan of the lines' own
/// index; in another order, [`order`], then the lines of them all in one
/// statement.
pub fn summaries(
    conn: &Connection,
    filter: &ContactFilter,
) -> Result<Vec<ContactSummary>, ContactError> {
    if filter.sort.unwrap_or_default() == ContactSort::Name {
        return by_name(conn, filter);
    }
    lines_of(conn, &order(conn, filter)?)
}

/// [`summaries`] by the name shown: the lines as their own index holds them
/// (migration 024), in its order, without reading a page of the contacts
/// table.
fn by_name(conn: &Connection, filter: &ContactFilter) -> Result<Vec<ContactSummary>, ContactError> {
    use super::filter::{condition, sql_limit};
    let (condition, mut params) = condition(filter);
    params.push(rusqlite::types::Value::Integer(sql_limit(filter)));
    let mut statement = conn.prepare_cached(&lines_by_name(&condition, filter))?;
    let rows = statement.query_map(rusqlite::params_from_iter(params), line)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The lines passing `condition`, by the name shown (ties by id).
fn lines_by_name(condition: &str, filter: &ContactFilter) -> String {
    format!(
        "SELECT {LINE} FROM contacts c INDEXED BY contacts_list_lines WHERE {condition} {}",
        super::filter::order_and_limit(filter)
    )
}

/// The filtered contacts' ids, in the filter's order: the whole list at the
/// cost of one integer a contact, for a list that reads the lines it shows
/// with [`lines`] as they scroll into view.
pub fn order(conn: &Connection, filter: &ContactFilter) -> Result<Vec<ContactId>, ContactError> {
    super::filter::matching_ids(conn, filter)
}

/// The most lines [`lines`] reads at once: a few screens of the list.
pub const MOST_LINES: usize = 1_000;

/// The list lines of `ids`, in their order; an id no longer in the book is
/// left out. At most [`MOST_LINES`] at once.
pub fn lines(conn: &Connection, ids: &[ContactId]) -> Result<Vec<ContactSummary>, ContactError> {
    if ids.len() > MOST_LINES {
        return Err(ContactError::Invalid(Invalid::new(
            "ids",
            format!("At most {MOST_LINES} contacts' lines can be read at once"),
        )));
    }
    lines_of(conn, ids)
}

/// [`lines`] without a bound on how many (`ids` each once).
pub(crate) fn lines_of(
    conn: &Connection,
    ids: &[ContactId],
) -> Result<Vec<ContactSummary>, ContactError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let picked = Picked::of(ids)?;
    let mut statement = conn.prepare_cached(&format!(
        "SELECT {LINE} FROM contacts c WHERE c.id {}",
        picked.sql()
    ))?;
    // Where each wanted id's line goes; the rows of others in a range read
    // whole are skipped.
    let at: HashMap<ContactId, usize> = ids.iter().enumerate().map(|(i, &id)| (id, i)).collect();
    let mut found: Vec<Option<ContactSummary>> = vec![None; ids.len()];
    let mut rows = statement.query(&*picked.params())?;
    while let Some(row) = rows.next()? {
        if let Some(&i) = at.get(&row.get::<_, ContactId>(0)?) {
            found[i] = Some(line(row)?);
        }
    }
    Ok(found.into_iter().flatten().collect())
}

/// How many contacts the book holds, filters aside: the count the list's
/// header shows while a filter narrows the lines.
pub fn count(conn: &Connection) -> Result<u64, ContactError> {
    Ok(conn.query_row("SELECT count(*) FROM contacts", [], |row| row.get(0))?)
}

/// A list line's columns, as [`line`] reads them; `contacts_list_lines`
/// holds them all (migration 024).
const LINE: &str =
    "c.id, c.display_name, c.credentials, c.specialty, c.institution, c.last_interaction_at";

fn line(row: &rusqlite::Row<'_>) -> rusqlite::Result<ContactSummary> {
    Ok(ContactSummary {
        id: row.get(0)?,
        display_name: row.get(1)?,
        credentials: row.get(2)?,
        specialty: row.get(3)?,
        institution: row.get(4)?,
        last_interaction_at: optional_timestamp(row, 5)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contacts::filter::tests::plan;

    #[test]
    fn the_whole_list_of_lines_by_name_reads_their_index_alone_in_its_order() {
        let plan = plan(&lines_by_name("1", &ContactFilter::default()));
        assert!(
            plan.contains("COVERING INDEX contacts_list_lines"),
            "{plan}"
        );
        assert!(!plan.contains("TEMP B-TREE"), "{plan}");
    }
}
