//! Importing a book into an empty database: every record inserted as it is
//! read, in one transaction, with foreign keys checked at the end (so the
//! order of sections and records does not matter); then what the database
//! keeps for speed is rebuilt. Any fault rolls everything back.

use std::io::Read;
use std::path::Path;

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, ErrorCode, Transaction};
use serde::Serialize;

use super::read::{parse, BookHeader, BookRecord, Sink, SinkError};
use super::record::Section;
use super::sections::SECTIONS;
use super::BookError;

/// How many records of one section an import stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectionCount {
    /// The section ("contacts", "interactions"…).
    pub section: String,
    /// Its records.
    pub records: u64,
}

/// What an import of a book stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportedBook {
    /// The book's format version.
    pub version: u64,
    /// The records of each section, in the format's order (empty ones too).
    pub sections: Vec<SectionCount>,
}

impl ImportedBook {
    /// The records of `section`.
    pub fn count(&self, section: &str) -> u64 {
        self.sections
            .iter()
            .find(|count| count.section == section)
            .map_or(0, |count| count.records)
    }
}

/// Imports the book `reader` holds into `conn`, which must hold nothing
/// yet, in one transaction: on any error nothing is written.
pub fn import(conn: &mut Connection, reader: impl Read) -> Result<ImportedBook, BookError> {
    let tx = conn.transaction()?;
    refuse_unless_empty(&tx)?;
    // References are checked when the transaction is about to commit, so a
    // contact may name the one who introduced them before that one's record.
    tx.execute_batch("PRAGMA defer_foreign_keys = ON;")?;
    let mut store = Store {
        tx: &tx,
        counts: vec![0; SECTIONS.len()],
        sequences: Vec::new(),
    };
    let header: BookHeader = parse(reader, &mut store)?;
    let Store {
        counts, sequences, ..
    } = store;
    check_references(&tx)?;
    rebuild(&tx)?;
    for (table, seq) in sequences {
        crate::db::raise_id_counter(&tx, table, seq)?;
    }
    tx.commit()?;
    Ok(ImportedBook {
        version: header.version,
        sections: SECTIONS
            .iter()
            .zip(counts)
            .map(|(section, records)| SectionCount {
                section: section.name.to_owned(),
                records,
            })
            .collect(),
    })
}

/// Imports the book in the file at `path`, as [`import`] does.
pub fn import_file(conn: &mut Connection, path: &Path) -> Result<ImportedBook, BookError> {
    let file = std::fs::File::open(path).map_err(|e| {
        BookError::Read(std::io::Error::new(
            e.kind(),
            format!("{}: {e}", path.display()),
        ))
    })?;
    import(conn, file)
}

/// A book is imported only into an empty one: nothing to mix or overwrite.
fn refuse_unless_empty(tx: &Transaction<'_>) -> Result<(), BookError> {
    let mut held = Vec::new();
    for section in SECTIONS {
        let count: i64 = tx.query_row(
            &format!("SELECT count(*) FROM {}", section.name),
            [],
            |row| row.get(0),
        )?;
        if count > 0 {
            let name = section.name.replace('_', " ");
            let name = match count {
                1 => name.strip_suffix('s').unwrap_or(&name).to_owned(),
                _ => name,
            };
            held.push(format!("{count} {name}"));
        }
    }
    if held.is_empty() {
        return Ok(());
    }
    held.truncate(3);
    Err(BookError::NotEmpty {
        what: held.join(", "),
    })
}

struct Store<'a> {
    tx: &'a Transaction<'a>,
    counts: Vec<u64>,
    sequences: Vec<(&'static str, i64)>,
}

impl Sink for Store<'_> {
    fn header(&mut self, _header: &BookHeader) -> Result<(), SinkError> {
        Ok(())
    }

    fn record(&mut self, section: &'static Section, record: BookRecord) -> Result<(), SinkError> {
        let names: Vec<&str> = record.iter().map(|(name, _)| *name).collect();
        let marks = vec!["?"; names.len()].join(", ");
        let sql = format!(
            "INSERT INTO {} ({}) VALUES ({marks})",
            section.name,
            names.join(", ")
        );
        let stored = self.tx.prepare_cached(&sql).and_then(|mut insert| {
            insert.execute(params_from_iter(record.iter().map(|(_, value)| value)))
        });
        match stored {
            Ok(_) => {
                if let Some(n) = SECTIONS.iter().position(|s| s.name == section.name) {
                    self.counts[n] += 1;
                }
                Ok(())
            }
            Err(error) => Err(classify(error, &record)),
        }
    }

    fn id_sequence(&mut self, table: &'static str, seq: i64) -> Result<(), SinkError> {
        if seq < 0 {
            return Err(SinkError::Invalid(format!(
                "a negative id sequence ({seq})"
            )));
        }
        self.sequences.push((table, seq));
        Ok(())
    }
}

/// A record the schema refuses (a missing required field, a value not in
/// its list, an id given twice) is the book's fault; anything else (a full
/// disk) is the database's.
fn classify(error: rusqlite::Error, record: &BookRecord) -> SinkError {
    match &error {
        rusqlite::Error::SqliteFailure(failure, message)
            if failure.code == ErrorCode::ConstraintViolation =>
        {
            let what = message.clone().unwrap_or_else(|| error.to_string());
            let what = what.split_whitespace().collect::<Vec<_>>().join(" ");
            let id = record
                .iter()
                .find(|(name, _)| *name == "id")
                .map(|(_, value)| match value {
                    Value::Integer(id) => format!(" (id {id})"),
                    _ => String::new(),
                })
                .unwrap_or_default();
            SinkError::Invalid(format!("cannot be stored{id}: {what}"))
        }
        _ => SinkError::Fatal(BookError::Database(error)),
    }
}

/// Every record must point at records the book holds.
fn check_references(tx: &Transaction<'_>) -> Result<(), BookError> {
    let mut statement =
        tx.prepare("SELECT \"table\", rowid, parent FROM pragma_foreign_key_check LIMIT 1")?;
    let broken: Option<(String, Option<i64>, String)> = statement
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
        .next()
        .transpose()?;
    match broken {
        None => Ok(()),
        Some((table, rowid, parent)) => {
            let record = match rowid {
                Some(id) if has_id(&table) => format!("the {table} record with id {id}"),
                _ => format!("a {table} record"),
            };
            Err(BookError::Invalid(format!(
                "{record} refers to a {parent} record that is not in the book"
            )))
        }
    }
}

fn has_id(table: &str) -> bool {
    super::section(table).is_some_and(|s| s.columns.first().is_some_and(|c| c.name == "id"))
}

/// What the database keeps for speed, rebuilt from the records: when each
/// contact was last in touch (and, by trigger, that note), the search
/// index and name words, and every event's occurrences.
fn rebuild(tx: &Transaction<'_>) -> Result<(), BookError> {
    tx.execute(
        "UPDATE contacts SET last_interaction_at = (
             SELECT max(i.occurred_at) FROM interaction_contacts ic JOIN interactions i ON i.id = ic.interaction_id
             WHERE ic.contact_id = contacts.id)",
        [],
    )?;
    crate::search::rebuild_index(tx)?;
    let events: Vec<i64> = tx
        .prepare("SELECT id FROM events ORDER BY id")?
        .query_map([], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    for id in events {
        match crate::events::rebuild_occurrences(tx, id) {
            Ok(()) => {}
            Err(crate::events::EventError::Database(error)) => {
                return Err(classify_rebuild(error, id))
            }
            Err(error) => {
                return Err(BookError::Invalid(format!(
                    "the events record with id {id} cannot be stored: {error}"
                )))
            }
        }
    }
    Ok(())
}

fn classify_rebuild(error: rusqlite::Error, id: i64) -> BookError {
    match classify(error, &Vec::new()) {
        SinkError::Invalid(message) => {
            BookError::Invalid(format!("the events record with id {id} {message}"))
        }
        SinkError::Fatal(error) => error,
    }
}
