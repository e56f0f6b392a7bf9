//! Sync's records as `--json` prints them. The core's sync types serialize
//! with camelCase names for the app's UI; the CLI's contract is snake_case
//! names (`last_success_at`, `deleted_here`) like every other record it
//! prints, so their keys are renamed here, once, on the way out.

use serde::Serialize;
use serde_json::Value;

use crate::shared::output;

/// Prints `value` as JSON with every key in snake_case.
pub fn print(value: &impl Serialize) -> Result<(), String> {
    let value = serde_json::to_value(value).map_err(|e| format!("could not write JSON: {e}"))?;
    output::json(&snake_keys(value))
}

/// `value` with every object key in snake_case, at every depth.
fn snake_keys(value: Value) -> Value {
    match value {
        Value::Object(object) => Value::Object(
            object
                .into_iter()
                .map(|(key, value)| (snake_case(&key), snake_keys(value)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(snake_keys).collect()),
        other => other,
    }
}

/// `lastSuccessAt` → `last_success_at`; a snake_case name stays as it is.
fn snake_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            if !out.is_empty() {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::snake_keys;

    #[test]
    fn camel_case_keys_become_snake_case_at_every_depth_and_values_stay() {
        let value = json!({
            "lastSuccessAt": "2026-12-05T20:00:00Z",
            "account": {"addressBook": "/ana/book/", "contactNotesPlain": false},
            "conflicts": [{"id": 1, "there": "Dr. Ana Ruiz"}],
            "deleted_here": 2
        });
        assert_eq!(
            snake_keys(value),
            json!({
                "last_success_at": "2026-12-05T20:00:00Z",
                "account": {"address_book": "/ana/book/", "contact_notes_plain": false},
                "conflicts": [{"id": 1, "there": "Dr. Ana Ruiz"}],
                "deleted_here": 2
            })
        );
    }
}
