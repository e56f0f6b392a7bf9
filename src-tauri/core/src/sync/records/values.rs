//! A column's value between SQLite and a record's JSON, as the book format
//! writes it: text as strings, numbers as numbers, file contents as base64
//! (standard alphabet, padded), absent values as `null`.

use data_encoding::BASE64;
use rusqlite::types::{Value as Sql, ValueRef};
use serde_json::Value;

use crate::book::{Column, Kind as ColumnKind, MAX_FIELD_BYTES};

/// The columns holding an instant (RFC 3339, UTC) in every table a record
/// carries.
const INSTANTS: [&str; 7] = [
    "created_at",
    "updated_at",
    "occurred_at",
    "acted_at",
    "added_at",
    "due_at",
    "until",
];

/// A stored value as a record writes it.
pub(super) fn to_json(column: &Column, value: ValueRef<'_>) -> Value {
    match value {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(n) if column.kind == ColumnKind::Real => {
            serde_json::Number::from_f64(n as f64).map_or(Value::Null, Value::Number)
        }
        ValueRef::Integer(n) => Value::from(n),
        ValueRef::Real(x) => serde_json::Number::from_f64(x).map_or(Value::Null, Value::Number),
        ValueRef::Text(text) => Value::String(String::from_utf8_lossy(text).into_owned()),
        ValueRef::Blob(bytes) if column.kind == ColumnKind::Blob => {
            Value::String(BASE64.encode(bytes))
        }
        // A blob where the schema says text: not written by Curbside, but
        // kept rather than lost.
        ValueRef::Blob(bytes) => Value::String(String::from_utf8_lossy(bytes).into_owned()),
    }
}

/// A record's value for `column` as stored; the error says what is wrong.
/// An instant ([`INSTANTS`]) must be one, as the domains write it: the app
/// reads them back as instants.
pub(super) fn to_sql(column: &Column, value: &Value) -> Result<Sql, String> {
    let stored = convert(column, value)?;
    let instant = INSTANTS.contains(&column.name);
    if let (true, Sql::Text(text)) = (instant, &stored) {
        if text.parse::<jiff::Timestamp>().is_err() {
            return Err(format!(
                "{}: \"{}\" is not an instant (like 2026-01-05T10:00:00Z)",
                column.name,
                text.chars().take(40).collect::<String>()
            ));
        }
    }
    Ok(stored)
}

fn convert(column: &Column, value: &Value) -> Result<Sql, String> {
    let wrong = |expected: &str| {
        let found = match value {
            Value::Bool(_) => "true or false",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "a list",
            Value::Object(_) => "an object",
            Value::Null => "null",
        };
        Err(format!(
            "{}: expected {expected}, found {found}",
            column.name
        ))
    };
    let too_long = || {
        Err(format!(
            "{}: longer than the {} MiB a field may hold",
            column.name,
            MAX_FIELD_BYTES >> 20
        ))
    };
    match (column.kind, value) {
        (_, Value::Null) => Ok(Sql::Null),
        (ColumnKind::Int, Value::Number(n)) => match n.as_i64() {
            Some(n) => Ok(Sql::Integer(n)),
            None => wrong("a whole number"),
        },
        (ColumnKind::Int, _) => wrong("a whole number"),
        (ColumnKind::Real, Value::Number(n)) => match n.as_f64() {
            Some(x) if x.is_finite() => Ok(Sql::Real(x)),
            _ => wrong("a number"),
        },
        (ColumnKind::Real, _) => wrong("a number"),
        (ColumnKind::Text, Value::String(text)) if text.len() > MAX_FIELD_BYTES => too_long(),
        (ColumnKind::Text, Value::String(text)) => Ok(Sql::Text(text.clone())),
        (ColumnKind::Text, _) => wrong("a string"),
        (ColumnKind::Blob, Value::String(text)) if text.len() / 4 * 3 > MAX_FIELD_BYTES => {
            too_long()
        }
        (ColumnKind::Blob, Value::String(text)) => match BASE64.decode(text.as_bytes()) {
            Ok(bytes) => Ok(Sql::Blob(bytes)),
            Err(_) => Err(format!("{}: not base64", column.name)),
        },
        (ColumnKind::Blob, _) => wrong("base64 text"),
    }
}
