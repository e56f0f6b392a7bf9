//! Two books compared as their whole-book exports (`export --format json`)
//! with row ids set aside: each computer numbers its rows itself, so a row
//! is known by its identity instead: its uid (a contact's or an event's
//! own, any other item's from the `sync_uids` section), else its own
//! content, with every reference to another row (a `contact_id`, an
//! `event_id`, the numbers inside a reminder id) replaced by that row's
//! identity. Each section is then a sorted list of such records: the two
//! books are the same when every section is.

use std::collections::{BTreeMap, HashMap};

use serde_json::{Map, Value};

/// Sections that are not the book's content: the export's own header, the
/// id counters and the notifications this computer showed (each
/// computer's own).
const NOT_CONTENT: [&str; 6] = [
    "format",
    "version",
    "schema",
    "exported_at",
    "id_sequences",
    "reminders_shown",
];

/// The table of a kind `sync_uids` names.
fn kind_table(kind: &str) -> &str {
    match kind {
        "organization" => "organizations",
        "affiliation" => "affiliations",
        "relationship" => "relationships",
        "milestone" => "milestones",
        "deadline" => "event_deadlines",
        "interaction" => "interactions",
        "credit" => "cme_credits",
        "cycle" => "cme_cycles",
        "custom_reminder" => "custom_reminders",
        other => panic!("sync_uids names a kind the comparison does not know: {other}"),
    }
}

/// The table a reference column points into.
fn target(column: &str) -> Option<&'static str> {
    Some(match column {
        "contact_id" | "other_contact_id" | "introduced_by" => "contacts",
        "organization_id" | "organizer_id" => "organizations",
        "event_id" | "series_id" => "events",
        "interaction_id" => "interactions",
        "credit_id" => "cme_credits",
        "cycle_id" => "cme_cycles",
        _ => return None,
    })
}

/// The table a reminder id's part names by its prefix (`c12`, `i42`).
fn reminder_target(prefix: char) -> Option<&'static str> {
    Some(match prefix {
        'a' => "affiliations",
        'c' => "contacts",
        'd' => "event_deadlines",
        'e' => "events",
        'i' => "interactions",
        'm' => "milestones",
        'y' => "cme_cycles",
        _ => return None,
    })
}

/// A book as sections of sorted records, ids set aside.
pub fn comparable(export: &Value) -> BTreeMap<String, Vec<String>> {
    let book = Book::new(export);
    let mut sections = BTreeMap::new();
    for (name, rows) in &book.tables {
        let mut records: Vec<String> = rows.iter().map(|row| book.record(name, row, 0)).collect();
        records.sort();
        sections.insert(name.clone(), records);
    }
    sections
}

/// Fails with the records only one book has, per section, when the two
/// books differ once ids are set aside.
#[track_caller]
pub fn assert_same_book(a: &Value, b: &Value) {
    let (a, b) = (comparable(a), comparable(b));
    let mut differences = Vec::new();
    for name in a.keys().chain(b.keys()) {
        let (left, right) = (&a.get(name), &b.get(name));
        if left == right {
            continue;
        }
        let empty = Vec::new();
        let (left, right) = (left.unwrap_or(&empty), right.unwrap_or(&empty));
        let only = |of: &Vec<String>, other: &Vec<String>| -> Vec<String> {
            let mut other = other.clone();
            of.iter()
                .filter(|record| match other.iter().position(|o| o == *record) {
                    Some(at) => {
                        other.remove(at);
                        false
                    }
                    None => true,
                })
                .cloned()
                .collect()
        };
        differences.push(format!(
            "{name}:\n  only in the first:  {:?}\n  only in the second: {:?}",
            only(left, right),
            only(right, left)
        ));
    }
    differences.dedup();
    assert!(
        differences.is_empty(),
        "the books differ:\n{}",
        differences.join("\n")
    );
}

struct Book<'a> {
    tables: BTreeMap<String, &'a Vec<Value>>,
    by_id: HashMap<(&'a str, i64), &'a Map<String, Value>>,
    /// The uid `sync_uids` gives a row, by table and id.
    uids: HashMap<(&'a str, i64), &'a str>,
}

impl<'a> Book<'a> {
    fn new(export: &'a Value) -> Book<'a> {
        let mut tables = BTreeMap::new();
        let mut by_id = HashMap::new();
        for (name, section) in export.as_object().expect("a book is an object") {
            if NOT_CONTENT.contains(&name.as_str()) {
                continue;
            }
            let rows = section
                .as_array()
                .unwrap_or_else(|| panic!("section {name} is not a list"));
            for row in rows {
                let row = row.as_object().expect("a record is an object");
                if let Some(id) = row.get("id").and_then(Value::as_i64) {
                    by_id.insert((name.as_str(), id), row);
                }
            }
            tables.insert(name.clone(), rows);
        }
        let mut uids = HashMap::new();
        for row in export["sync_uids"].as_array().into_iter().flatten() {
            let table = kind_table(row["kind"].as_str().unwrap_or_default());
            if let (Some(id), Some(uid)) = (row["local_id"].as_i64(), row["uid"].as_str()) {
                uids.insert((table, id), uid);
            }
        }
        Book {
            tables,
            by_id,
            uids,
        }
    }

    /// A row without its id, references replaced by identities, as text.
    fn record(&self, table: &str, row: &Value, depth: usize) -> String {
        assert!(depth < 16, "references in {table} go round in a circle");
        let row = row.as_object().expect("a record is an object");
        let mut out = BTreeMap::new();
        for (column, value) in row {
            if column == "id" || (table == "sync_uids" && column == "local_id") {
                continue;
            }
            let value = if let Some(table) = target(column) {
                match value.as_i64() {
                    Some(id) => Value::String(self.identity(table, id, depth + 1)),
                    None => value.clone(),
                }
            } else if column == "reminder_id" {
                Value::String(self.reminder(value.as_str().unwrap_or_default(), depth + 1))
            } else {
                assert!(
                    !(column.ends_with("_id") && value.is_i64()),
                    "{table}.{column} looks like a reference the comparison does not know: \
                     add it to `target`"
                );
                value.clone()
            };
            out.insert(column.clone(), value);
        }
        serde_json::to_string(&out).unwrap()
    }

    /// What the row `table`/`id` is, the same on every computer.
    fn identity(&self, table: &str, id: i64, depth: usize) -> String {
        let Some(row) = self.by_id.get(&(table, id)) else {
            return format!("{table}#missing");
        };
        let uid = row.get("uid").and_then(Value::as_str);
        match uid.or_else(|| self.uids.get(&(table, id)).copied()) {
            Some(uid) => format!("{table}:{uid}"),
            None => format!(
                "{table}:{}",
                self.record(table, &Value::Object((*row).clone()), depth)
            ),
        }
    }

    /// A reminder id (`follow_up:i42:c12`) with its row numbers replaced by
    /// the rows' identities.
    fn reminder(&self, id: &str, depth: usize) -> String {
        let mut parts = id.split(':');
        let kind = parts.next().unwrap_or_default();
        let mut out = vec![kind.to_owned()];
        for (at, part) in parts.enumerate() {
            let number = |digits: &str| digits.parse::<i64>().ok();
            let mapped = if kind == "custom" && at == 0 {
                number(part).map(|id| self.identity("custom_reminders", id, depth))
            } else {
                let mut chars = part.chars();
                chars.next().and_then(reminder_target).and_then(|table| {
                    number(chars.as_str()).map(|id| self.identity(table, id, depth))
                })
            };
            out.push(mapped.unwrap_or_else(|| part.to_owned()));
        }
        out.join(":")
    }
}

#[test]
fn the_same_book_numbered_differently_compares_equal_and_a_changed_note_does_not() {
    let a = serde_json::json!({
        "exported_at": "x",
        "contacts": [{"id": 1, "uid": "u-ana", "display_name": "Ana", "introduced_by": null},
                     {"id": 2, "uid": "u-ben", "display_name": "Ben", "introduced_by": 1}],
        "interactions": [{"id": 7, "note": "Lunch"}],
        "interaction_contacts": [{"interaction_id": 7, "contact_id": 2}],
        "reminder_states": [{"reminder_id": "follow_up:i7:c2", "state": "done"}],
        "sync_uids": [{"kind": "interaction", "local_id": 7, "uid": "u-lunch"}]
    });
    let b = serde_json::json!({
        "exported_at": "y",
        "contacts": [{"id": 5, "uid": "u-ben", "display_name": "Ben", "introduced_by": 9},
                     {"id": 9, "uid": "u-ana", "display_name": "Ana", "introduced_by": null}],
        "interactions": [{"id": 1, "note": "Lunch"}],
        "interaction_contacts": [{"interaction_id": 1, "contact_id": 5}],
        "reminder_states": [{"reminder_id": "follow_up:i1:c5", "state": "done"}],
        "sync_uids": [{"kind": "interaction", "local_id": 1, "uid": "u-lunch"}]
    });
    assert_same_book(&a, &b);
    let mut changed = b.clone();
    changed["interactions"][0]["note"] = "Dinner".into();
    assert_ne!(comparable(&a), comparable(&changed));
}
