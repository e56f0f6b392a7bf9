//! The contact list's lines, in one query: what a virtualised list of
//! 100,000 people needs, without loading each profile.

use rusqlite::Connection;

use super::sort::{sort_rows, SortNames};
use super::store::optional_timestamp;
use super::{ContactError, ContactFilter, ContactSummary};

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
/// shown unless it says otherwise).
pub fn summaries(
    conn: &Connection,
    filter: &ContactFilter,
) -> Result<Vec<ContactSummary>, ContactError> {
    use super::filter::{condition, limit_after_sorting, order_and_limit, sql_limit};
    let (condition, mut params) = condition(filter);
    params.push(rusqlite::types::Value::Integer(sql_limit(filter)));
    let sql = format!(
        "SELECT c.id, c.display_name, c.credentials, c.specialty, c.institution, c.last_interaction_at,
                c.family_name, c.given_name
         FROM contacts c WHERE {condition} {}",
        order_and_limit(filter)
    );
    let mut statement = conn.prepare_cached(&sql)?;
    let rows = statement.query_map(rusqlite::params_from_iter(params), |row| {
        Ok((
            line(row)?,
            row.get::<_, String>(6)?,
            row.get::<_, String>(7)?,
        ))
    })?;
    let mut rows: Vec<_> = rows.collect::<Result<_, _>>()?;
    sort_rows(
        &mut rows,
        filter.sort.unwrap_or_default(),
        |(line, family, given)| {
            (
                line.id,
                SortNames {
                    display: &line.display_name,
                    family,
                    given,
                },
            )
        },
    );
    rows.truncate(limit_after_sorting(filter, rows.len()));
    Ok(rows.into_iter().map(|(line, ..)| line).collect())
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
