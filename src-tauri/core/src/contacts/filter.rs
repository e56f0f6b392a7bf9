//! The contact list's filters as one SQL query, in name order.

use rusqlite::types::Value;
use rusqlite::Connection;

use crate::choice::Choice;
use crate::values::stored_instant as stored;

use super::{ContactError, ContactFilter, ContactId};

/// The ids of the contacts that pass `filter`, in name order.
pub(crate) fn matching_ids(
    conn: &Connection,
    filter: &ContactFilter,
) -> Result<Vec<ContactId>, ContactError> {
    let (condition, params) = condition(filter);
    let sql = format!("SELECT c.id FROM contacts c WHERE {condition} ORDER BY c.display_name COLLATE NOCASE, c.id LIMIT ?");
    let mut params = params;
    params.push(Value::Integer(filter.limit.map_or(-1, i64::from)));
    let mut statement = conn.prepare_cached(&sql)?;
    let rows = statement.query_map(rusqlite::params_from_iter(params), |row| row.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
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
