//! The contact list's filters as one SQL query, in the order the filter asks
//! (by the name shown unless it says otherwise).

use rusqlite::types::Value;
use rusqlite::Connection;

use crate::choice::Choice;
use crate::values::stored_instant as stored;

use super::sort::{sort_rows, SortNames};
use super::{ContactError, ContactFilter, ContactId, ContactSort};

/// The ids of the contacts that pass `filter`, in its order.
pub(crate) fn matching_ids(
    conn: &Connection,
    filter: &ContactFilter,
) -> Result<Vec<ContactId>, ContactError> {
    let (condition, params) = condition(filter);
    let mut params = params;
    params.push(Value::Integer(sql_limit(filter)));
    let sort = filter.sort.unwrap_or_default();
    if sort == ContactSort::Name {
        // SQL sorts and limits, walking the name index: only the ids are
        // read (100,000 in a few tens of milliseconds).
        let mut statement = conn.prepare_cached(&ids_by_name(&condition, filter))?;
        let ids = statement.query_map(rusqlite::params_from_iter(params), |row| row.get(0))?;
        return Ok(ids.collect::<Result<_, _>>()?);
    }
    let sql = format!(
        "SELECT c.id, c.display_name, c.family_name, c.given_name FROM contacts c
         WHERE {condition} {}",
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
    format!(
        "SELECT c.id FROM contacts c WHERE {condition} {}",
        order_and_limit(filter)
    )
}

/// The `ORDER BY` and `LIMIT ?` of a list query over `contacts c`: SQL sorts
/// by the name shown and stops at the limit; the other orders are sorted
/// after reading every match (see [`sql_limit`]).
pub(crate) fn order_and_limit(filter: &ContactFilter) -> &'static str {
    match filter.sort.unwrap_or_default() {
        ContactSort::Name => "ORDER BY c.display_name COLLATE NOCASE, c.id LIMIT ?",
        ContactSort::Family | ContactSort::Given => "LIMIT ?",
    }
}

/// The value for [`order_and_limit`]'s `LIMIT ?`: the filter's limit when SQL
/// sorts, otherwise none (-1), since the first rows are only known once sorted.
pub(crate) fn sql_limit(filter: &ContactFilter) -> i64 {
    match filter.sort.unwrap_or_default() {
        ContactSort::Name => filter.limit.map_or(-1, i64::from),
        ContactSort::Family | ContactSort::Given => -1,
    }
}

/// How many sorted rows to keep of `read`.
pub(crate) fn limit_after_sorting(filter: &ContactFilter, read: usize) -> usize {
    filter.limit.map_or(read, |limit| read.min(limit as usize))
}

/// The `WHERE` condition over `contacts c`, with its parameters.
pub(crate) fn condition(filter: &ContactFilter) -> (String, Vec<Value>) {
    let mut clauses = vec!["1".to_owned()];
    let mut params: Vec<Value> = Vec::new();
    let mut add = |clause: &str, values: &[Value]| {
        clauses.push(clause.to_owned());
        params.extend_from_slice(values);
    };
    let text = |value: &Option<String>| {
        value
            .as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(|v| Value::Text(v.to_owned()))
    };
    if let Some(tag) = text(&filter.tag) {
        add(
            "EXISTS (SELECT 1 FROM contact_tags t WHERE t.contact_id = c.id AND t.tag = ?)",
            &[tag],
        );
    }
    if let Some(specialty) = text(&filter.specialty) {
        add(
            "(c.specialty = ? COLLATE NOCASE OR c.subspecialty = ? COLLATE NOCASE)",
            &[specialty.clone(), specialty],
        );
    }
    if let Some(institution) = text(&filter.institution) {
        add("c.institution = ? COLLATE NOCASE", &[institution]);
    }
    if let Some(city) = text(&filter.city) {
        add("EXISTS (SELECT 1 FROM contact_addresses a WHERE a.contact_id = c.id AND a.locality = ? COLLATE NOCASE)", &[city]);
    }
    if let Some(kind) = filter.relationship {
        let kind = Value::Text(kind.name().to_owned());
        add("EXISTS (SELECT 1 FROM relationships r WHERE (r.contact_id = c.id OR r.other_contact_id = c.id) AND r.kind = ?)", &[kind]);
    }
    if let Some(before) = filter.contacted_before {
        add(
            "(c.last_interaction_at IS NULL OR c.last_interaction_at < ?)",
            &[Value::Text(stored(before))],
        );
    }
    if let Some(after) = filter.contacted_after {
        add("c.last_interaction_at > ?", &[Value::Text(stored(after))]);
    }
    (clauses.join(" AND "), params)
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::db::open_in_memory;

    /// How SQLite plans `sql` (a list query ending in `LIMIT ?`) on a new
    /// book, its steps joined with "; ".
    pub(in crate::contacts) fn plan(sql: &str) -> String {
        let conn = open_in_memory().unwrap();
        let plan: Vec<String> = conn
            .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
            .unwrap()
            .query_map([-1], |row| row.get(3))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        plan.join("; ")
    }

    #[test]
    fn the_whole_list_by_name_walks_the_name_index_without_sorting() {
        let plan = plan(&ids_by_name("1", &ContactFilter::default()));
        assert!(plan.contains("COVERING INDEX contacts_by_name"), "{plan}");
        assert!(!plan.contains("TEMP B-TREE"), "{plan}");
    }
}
