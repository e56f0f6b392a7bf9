//! Writing a book: one read transaction, so the sections agree with each
//! other; each section's records in key order, one per line, streamed, so a
//! book of 100,000 contacts never sits in memory as text.

use std::io::Write;

use data_encoding::BASE64;
use jiff::Timestamp;
use rusqlite::types::ValueRef;
use rusqlite::{Connection, Transaction, TransactionBehavior};

use super::record::Kind;
use super::sections::SECTIONS;
use super::ExportError;
use super::{FORMAT, VERSION};

/// Writes the whole book to `out`, stamped `exported_at` = `now`; returns
/// how many contacts it holds.
pub fn export(
    conn: &Connection,
    out: &mut dyn Write,
    now: Timestamp,
) -> Result<usize, ExportError> {
    let db = |e: rusqlite::Error| ExportError::Contacts(e.into());
    // A snapshot: an edit made while the book is written does not leave one
    // section older than another. Inside a caller's transaction, that one.
    let snapshot = match conn.is_autocommit() {
        true => Some(Transaction::new_unchecked(conn, TransactionBehavior::Deferred).map_err(db)?),
        false => None,
    };
    let schema = crate::db::schema_version(conn).map_err(|e| match e {
        crate::db::DbError::Sqlite(e) => db(e),
        other => ExportError::Write(std::io::Error::other(other.to_string())),
    })?;
    write!(
        out,
        "{{\"format\":\"{FORMAT}\",\"version\":{VERSION},\"schema\":{schema},\"exported_at\":"
    )?;
    json(out, &now.to_string())?;
    let mut contacts = 0;
    for section in SECTIONS {
        write!(out, ",\n\"{}\":[", section.name)?;
        let names: Vec<&str> = section.columns.iter().map(|c| c.name).collect();
        let mut statement = conn
            .prepare(&format!(
                "SELECT {} FROM {} ORDER BY {}",
                names.join(", "),
                section.name,
                section.order_by
            ))
            .map_err(db)?;
        let mut rows = statement.query([]).map_err(db)?;
        let mut count = 0usize;
        while let Some(row) = rows.next().map_err(db)? {
            out.write_all(if count == 0 { b"\n{" } else { b",\n{" })?;
            for (i, column) in section.columns.iter().enumerate() {
                if i > 0 {
                    out.write_all(b",")?;
                }
                json(out, column.name)?;
                out.write_all(b":")?;
                match row.get_ref(i).map_err(db)? {
                    ValueRef::Null => out.write_all(b"null")?,
                    ValueRef::Integer(n) => write!(out, "{n}")?,
                    ValueRef::Real(x) => json_value(out, &x)?,
                    ValueRef::Text(text) => json(out, &String::from_utf8_lossy(text))?,
                    ValueRef::Blob(bytes) if column.kind == Kind::Blob => {
                        json(out, &BASE64.encode(bytes))?
                    }
                    // A blob where the schema says text: not written by
                    // Curbside, but kept rather than lost.
                    ValueRef::Blob(bytes) => json(out, &String::from_utf8_lossy(bytes))?,
                }
            }
            out.write_all(b"}")?;
            count += 1;
        }
        if count > 0 {
            out.write_all(b"\n")?;
        }
        out.write_all(b"]")?;
        if section.name == "contacts" {
            contacts = count;
        }
    }
    write_sequences(conn, out)?;
    out.write_all(b"}\n")?;
    out.flush()?;
    if let Some(snapshot) = snapshot {
        snapshot.commit().map_err(db)?;
    }
    Ok(contacts)
}

/// `id_sequences`: the highest id each table has ever given, so the
/// imported book never gives a deleted record's id to a new one either.
fn write_sequences(conn: &Connection, out: &mut dyn Write) -> Result<(), ExportError> {
    let db = |e: rusqlite::Error| ExportError::Contacts(e.into());
    write!(out, ",\n\"id_sequences\":[")?;
    let mut statement = conn
        .prepare("SELECT name, seq FROM sqlite_sequence ORDER BY name")
        .map_err(db)?;
    let mut rows = statement.query([]).map_err(db)?;
    let mut first = true;
    while let Some(row) = rows.next().map_err(db)? {
        let name: String = row.get(0).map_err(db)?;
        let seq: i64 = row.get(1).map_err(db)?;
        if super::section(&name).is_none() {
            continue;
        }
        out.write_all(if first { b"\n" } else { b",\n" })?;
        first = false;
        write!(out, "{{\"table\":")?;
        json(out, &name)?;
        write!(out, ",\"seq\":{seq}}}")?;
    }
    if !first {
        out.write_all(b"\n")?;
    }
    out.write_all(b"]")?;
    Ok(())
}

fn json(out: &mut dyn Write, text: &str) -> Result<(), ExportError> {
    json_value(out, text)
}

fn json_value(
    out: &mut dyn Write,
    value: &(impl serde::Serialize + ?Sized),
) -> Result<(), ExportError> {
    serde_json::to_writer(&mut *out, value)
        .map_err(|e| ExportError::Write(std::io::Error::other(e)))
}
