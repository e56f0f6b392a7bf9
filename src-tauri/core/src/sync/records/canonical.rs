//! A record as text, the same on every computer for the same content: keys
//! sorted at every level (whatever order the JSON map keeps), each child
//! table's rows sorted by their own text, numbers as serde_json writes
//! them. The sync keeps this text as "what was last synced" and compares it
//! for changes; `to_fields` splits a record for the three-way merge.

use serde_json::{Map, Value};

use super::kinds::{root_columns, spec_of};
use super::{Doc, Kind, RecordError};
use crate::sync::merge::Fields;

/// `value` as canonical JSON text (keys sorted at every level).
pub(super) fn canonical_value(value: &Value) -> String {
    let mut out = String::new();
    write(&mut out, value);
    out
}

fn write(out: &mut String, value: &Value) {
    match value {
        Value::Object(object) => {
            let mut keys: Vec<&String> = object.keys().collect();
            keys.sort();
            out.push('{');
            for (i, key) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(key.clone()).to_string());
                out.push(':');
                write(out, &object[key]);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(out, item);
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

/// The body with each child table's rows in canonical order.
pub(super) fn sorted(body: &Map<String, Value>) -> Map<String, Value> {
    body.iter()
        .map(|(key, value)| {
            let value = match value {
                Value::Array(rows) => {
                    let mut rows = rows.clone();
                    rows.sort_by_cached_key(canonical_value);
                    Value::Array(rows)
                }
                other => other.clone(),
            };
            (key.clone(), value)
        })
        .collect()
}

/// See [`Doc::canonical`].
pub(super) fn doc_canonical(doc: &Doc) -> String {
    canonical_value(&Value::Object(sorted(&doc.body)))
}

/// See [`Doc::from_canonical`].
pub(super) fn doc_from_canonical(kind: Kind, uid: &str, text: &str) -> Result<Doc, RecordError> {
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(body)) => Ok(Doc {
            kind,
            uid: uid.to_owned(),
            body,
        }),
        Ok(_) => Err(malformed(kind, "the record is not a JSON object".into())),
        Err(error) => Err(malformed(kind, format!("the record is not JSON: {error}"))),
    }
}

pub(super) fn malformed(kind: Kind, reason: String) -> RecordError {
    RecordError::Malformed {
        kind: kind.name(),
        reason,
    }
}

/// See [`super::to_fields`]: a root column's value is its text (a string
/// as it is, anything else as JSON; `null` no value); a child table's
/// values are its rows' canonical texts, sorted.
pub(super) fn to_fields(doc: &Doc) -> Fields {
    let mut fields = Fields::new();
    for (key, value) in &doc.body {
        let values = match value {
            Value::Null => Vec::new(),
            Value::String(text) => vec![text.clone()],
            Value::Array(rows) => {
                let mut rows: Vec<String> = rows.iter().map(canonical_value).collect();
                rows.sort();
                rows
            }
            other => vec![canonical_value(other)],
        };
        if !values.is_empty() {
            fields.insert(key.clone(), values);
        }
    }
    fields
}

/// See [`super::from_fields`]: every column and child table the kind has
/// is in the record (absent ones `null` or empty), so a value the merge
/// took away is taken away when the record is stored.
pub(super) fn from_fields(kind: Kind, uid: &str, fields: &Fields) -> Result<Doc, RecordError> {
    let spec = spec_of(kind);
    let mut body = Map::new();
    for column in root_columns(spec) {
        let name = column.name;
        let reference = spec.refs.iter().find(|r| r.column == name);
        // A text column's value and a uid are strings as they are; a
        // reference to a changed occurrence, and any number, is JSON.
        let text = column.kind == crate::book::Kind::Text || reference.is_some();
        let json_object = reference.is_some_and(|r| r.kind == Kind::Event);
        let value = match fields.get(name).map(Vec::as_slice) {
            None | Some([]) => Value::Null,
            Some([one]) if json_object && one.starts_with('{') => match serde_json::from_str(one) {
                Ok(value) => value,
                Err(_) => Value::String(one.clone()),
            },
            Some([one]) if text => Value::String(one.clone()),
            Some([one]) => match serde_json::from_str(one) {
                Ok(value) => value,
                Err(_) => return Err(malformed(kind, format!("{name}: \"{one}\" is not a value"))),
            },
            Some(_) => {
                return Err(malformed(kind, format!("{name}: two values for one field")));
            }
        };
        body.insert(name.to_owned(), value);
    }
    for child in spec.children {
        let mut rows = Vec::new();
        for text in fields.get(child.key).into_iter().flatten() {
            match serde_json::from_str::<Value>(text) {
                Ok(row @ Value::Object(_)) => rows.push(row),
                _ => {
                    return Err(malformed(
                        kind,
                        format!("{}: a row is not a JSON object", child.key),
                    ))
                }
            }
        }
        body.insert(child.key.to_owned(), Value::Array(rows));
    }
    Ok(Doc {
        kind,
        uid: uid.to_owned(),
        body,
    })
}
