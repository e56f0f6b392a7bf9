//! The contact list's lines, in one query: what a virtualised list of
//! 100,000 people needs, without loading each profile.

use rusqlite::Connection;

use super::sort::{sort_rows, SortNames};
use super::store::optional_timestamp;
use super::{ContactError, ContactFilter, ContactSort, ContactSummary};
use crate::values::{ContactId, Invalid};

/// The people gone longest without contact: those with at least one
/// interaction, the oldest last contact first (the recency index keeps it to
/// `limit` rows read). People never contacted are left out: a fresh import of
/// 3,000 connections would otherwise bury the few who matter.
pub fn out_of_touch(conn: &Connection, limit: u32) -> Result<Vec<ContactSummary>, ContactError> {
    let mut statement = conn.prepare_cached(
        "SELECT c.id, c.display_name, c.credentials, c.specialty, c.institution, c.last_interaction_at
         FROM contacts c INDEXED BY contacts_by_last_interaction
         WHERE c.last_interaction_at IS NOT NULL
         ORDER BY c.last_interaction_at, c.id LIMIT ?",
    )?;
    let rows = statement.query_map([limit], line)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The filtered contacts as list lines, in the filter's order (by the name
/// shown unless it says otherwise): [`order`], then [`lines`] a thousand at a
/// time.
pub fn summaries(
    conn: &Connection,
    filter: &ContactFilter,
) -> Result<Vec<ContactSummary>, ContactError> {
    let ids = order(conn, filter)?;
    let mut all = Vec::with_capacity(ids.len());
    for some in ids.chunks(MOST_LINES) {
        all.extend(lines(conn, some)?);
    }
    Ok(all)
}

/// The filtered contacts' ids, in the filter's order: the whole list at the
/// cost of one integer a contact, for a list that reads the lines it shows
/// with [`lines`] as they scroll into view.
pub fn order(conn: &Connection, filter: &ContactFilter) -> Result<Vec<ContactId>, ContactError> {
    use super::filter::{condition, limit_after_sorting, order_and_limit, sql_limit};
    let (condition, mut params) = condition(filter);
    params.push(rusqlite::types::Value::Integer(sql_limit(filter)));
    let sort = filter.sort.unwrap_or_default();
    if sort == ContactSort::Name {
        // SQL orders by the name shown, walking the name index: only the ids
        // are read (100,000 in a few tens of milliseconds).
        let mut statement = conn.prepare_cached(&ids_by_name(&condition, filter))?;
        let ids = statement.query_map(rusqlite::params_from_iter(params), |row| row.get(0))?;
        return Ok(ids.collect::<Result<_, _>>()?);
    }
    let sql = format!(
        "SELECT c.id, c.display_name, c.family_name, c.given_name FROM contacts c WHERE {condition} {}",
        order_and_limit(filter)
    );
    let mut statement = conn.prepare_cached(&sql)?;
    let rows = statement.query_map(rusqlite::params_from_iter(params), |row| {
        Ok((
            row.get::<_, ContactId>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, String>(2)?,
            row.get::<_, String>(3)?,
        ))
    })?;
    let mut rows: Vec<_> = rows.collect::<Result<_, _>>()?;
    sort_rows(&mut rows, sort, |(id, display, family, given)| {
        (
            *id,
            SortNames {
                display,
                family,
                given,
            },
        )
    });
    rows.truncate(limit_after_sorting(filter, rows.len()));
    Ok(rows.into_iter().map(|(id, ..)| id).collect())
}

/// The ids passing `condition`, by the name shown (ties by id).
fn ids_by_name(condition: &str, filter: &ContactFilter) -> String {
    use super::filter::order_and_limit;
    format!(
        "SELECT c.id FROM contacts c WHERE {condition} {}",
        order_and_limit(filter)
    )
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
    let mut statement = conn.prepare_cached(
        "SELECT c.id, c.display_name, c.credentials, c.specialty, c.institution, c.last_interaction_at
         FROM contacts c WHERE c.id IN (SELECT value FROM json_each(?1))",
    )?;
    let wanted = ids_json(ids);
    let mut found: std::collections::HashMap<ContactId, ContactSummary> = statement
        .query_map([wanted], line)?
        .map(|line| line.map(|line| (line.id, line)))
        .collect::<Result<_, _>>()?;
    Ok(ids.iter().filter_map(|id| found.remove(id)).collect())
}

/// `[1,2,3]`, for `json_each`.
fn ids_json(ids: &[ContactId]) -> String {
    let listed: Vec<String> = ids.iter().map(ToString::to_string).collect();
    format!("[{}]", listed.join(","))
}

/// How many contacts the book holds, filters aside: the count the list's
/// header shows while a filter narrows the lines.
pub fn count(conn: &Connection) -> Result<u64, ContactError> {
    Ok(conn.query_row("SELECT count(*) FROM contacts", [], |row| row.get(0))?)
}

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
    use crate::db::open_in_memory;

    #[test]
    fn the_whole_list_by_name_walks_the_name_index_without_sorting() {
        let conn = open_in_memory().unwrap();
        let sql = ids_by_name("1", &ContactFilter::default());
        let plan: Vec<String> = conn
            .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
            .unwrap()
            .query_map([-1], |row| row.get(3))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let plan = plan.join("; ");
        assert!(plan.contains("contacts_by_name"), "{plan}");
        assert!(!plan.contains("TEMP B-TREE"), "{plan}");
    }
}
