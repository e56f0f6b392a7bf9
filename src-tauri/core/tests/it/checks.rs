//! Migration 025: the CHECKs that list their values are written as
//! comparisons. A book from before keeps every row, and each CHECK still
//! refuses what it refused and takes what it took.

use curbside_core::db::{self, MIGRATIONS};
use rusqlite::Connection;

/// A book at the schema before migration 025, with a row in three of the
/// tables whose CHECKs it rewrites.
fn book_before_025() -> Connection {
    let mut conn = Connection::open_in_memory().unwrap();
    MIGRATIONS.to_version(&mut conn, 24).unwrap();
    conn.execute_batch(
        "INSERT INTO organizations (id, name, kind) VALUES (1, 'Charité', 'hospital');
         INSERT INTO events (id, uid, kind, title, all_day, starts_local, ends_local, time_zone, status,
                             created_at, updated_at)
         VALUES (1, 'esc-2026', 'conference', 'ESC Congress', 0, '2026-08-28T09:00:00',
                 '2026-08-31T17:00:00', 'Europe/Munich', 'registered',
                 '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
         INSERT INTO interactions (id, kind, occurred_at, created_at)
         VALUES (1, 'call', '2026-02-01T10:00:00Z', '2026-02-01T10:00:00Z');",
    )
    .unwrap();
    conn
}

fn definitions_with_constant_lists(conn: &Connection) -> Vec<String> {
    conn.prepare(
        "SELECT name FROM sqlite_schema
         WHERE type = 'table' AND (sql LIKE '% IN (''%' OR sql LIKE '% IN (' || char(10) || '%')
         ORDER BY name",
    )
    .unwrap()
    .query_map([], |row| row.get(0))
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

/// Only the two-value lists are left (SQLite compares those directly).
fn two_value_lists_only(conn: &Connection) -> bool {
    conn.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND sql LIKE '% IN (''%'")
        .unwrap()
        .query_map([], |row| row.get::<_, String>(0))
        .unwrap()
        .map(Result::unwrap)
        .all(|sql| {
            sql.match_indices(" IN ('").all(|(at, _)| {
                let list = &sql[at..];
                let list = &list[..list.find(')').unwrap()];
                list.matches('\'').count() <= 4
            })
        })
}

fn refused(conn: &Connection, sql: &str) -> String {
    conn.execute_batch(sql).unwrap_err().to_string()
}

#[test]
fn a_book_from_before_keeps_its_rows_and_its_checks_refuse_and_take_the_same_values() {
    let mut conn = book_before_025();
    assert!(
        definitions_with_constant_lists(&conn).contains(&"events".to_owned()),
        "the book starts with lists to rewrite"
    );

    db::migrate(&mut conn).unwrap();

    assert!(
        two_value_lists_only(&conn),
        "{:?}",
        definitions_with_constant_lists(&conn)
    );
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let kept: (String, String, String) = conn
        .query_row(
            "SELECT o.kind, e.kind || '/' || e.status, i.kind
             FROM organizations o, events e, interactions i",
            [],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        kept,
        (
            "hospital".into(),
            "conference/registered".into(),
            "call".into()
        )
    );

    for bad in [
        "UPDATE events SET kind = 'party' WHERE id = 1",
        "UPDATE events SET status = 'maybe' WHERE id = 1",
        "UPDATE events SET kind = 'Conference' WHERE id = 1",
        "UPDATE interactions SET kind = 'fax' WHERE id = 1",
        "UPDATE organizations SET kind = '' WHERE id = 1",
        "INSERT INTO interactions (kind, occurred_at, created_at) VALUES ('bogus', 'x', 'x')",
    ] {
        let error = refused(&conn, bad);
        assert!(error.contains("CHECK constraint failed"), "{bad}: {error}");
    }
    conn.execute_batch(
        "UPDATE events SET kind = 'personal', status = 'skipped' WHERE id = 1;
         UPDATE interactions SET kind = 'introduction' WHERE id = 1;
         UPDATE organizations SET kind = 'other' WHERE id = 1;",
    )
    .unwrap();
}

#[test]
fn a_connection_open_before_the_change_reads_the_new_definitions() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("book.db");
    let mut conn = Connection::open(&path).unwrap();
    conn.execute_batch("PRAGMA journal_mode = WAL").unwrap();
    MIGRATIONS.to_version(&mut conn, 24).unwrap();
    let other = Connection::open(&path).unwrap();
    let before: i64 = other
        .query_row("SELECT count(*) FROM events", [], |row| row.get(0))
        .unwrap();
    assert_eq!(before, 0);

    db::migrate(&mut conn).unwrap();

    assert!(two_value_lists_only(&other));
    let error = refused(
        &other,
        "INSERT INTO interactions (kind, occurred_at, created_at) VALUES ('fax', 'x', 'x')",
    );
    assert!(error.contains("kind = 'meeting' OR"), "{error}");
}

#[test]
fn a_new_book_has_no_check_that_builds_a_table_for_every_row() {
    let conn = db::open_in_memory().unwrap();
    assert!(
        two_value_lists_only(&conn),
        "write CHECK (kind = 'a' OR kind = 'b' OR kind = 'c'), not kind IN (…): {:?}",
        definitions_with_constant_lists(&conn)
    );
}
