//! Merging two contacts loses nothing that named the one merged away: every
//! row of every table that refers to a contact (found from the schema, so a
//! table added later is held to it too) names the kept contact afterwards.
//! The search index is rebuilt from the merged card, so it is left out.

use curbside_core::book::DERIVED_TABLES;
use curbside_core::contacts::{self, ContactDraft};
use curbside_core::operations;
use jiff::Timestamp;
use rusqlite::Connection;

use crate::book::rich::rich_book;

/// Every (table, column) whose foreign key names a contact, but the
/// search index's.
fn columns_naming_a_contact(conn: &Connection) -> Vec<(String, String)> {
    let mut statement = conn
        .prepare(
            "SELECT m.name, f.\"from\" FROM sqlite_schema AS m
             JOIN pragma_foreign_key_list(m.name) AS f
             WHERE m.type = 'table' AND f.\"table\" = 'contacts'
             ORDER BY m.name, f.\"from\"",
        )
        .unwrap();
    let rows = statement
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .unwrap();
    rows.map(Result::unwrap)
        .filter(|(table, _): &(String, String)| !DERIVED_TABLES.contains(&table.as_str()))
        .collect()
}

fn naming(conn: &Connection, (table, column): &(String, String), id: i64) -> i64 {
    conn.query_row(
        &format!("SELECT count(*) FROM \"{table}\" WHERE \"{column}\" = ?1"),
        [id],
        |row| row.get(0),
    )
    .unwrap()
}

#[test]
fn merging_a_contact_into_another_keeps_every_row_that_named_them() {
    let mut conn = rich_book();
    let ana: i64 = conn
        .query_row(
            "SELECT id FROM contacts WHERE display_name = 'Dr. Ana Díaz'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    let kept = contacts::create(
        &mut conn,
        &ContactDraft {
            display_name: "Ana Diaz".into(),
            ..ContactDraft::default()
        },
        Timestamp::now(),
    )
    .unwrap()
    .id;
    let columns = columns_naming_a_contact(&conn);
    for workflow in [
        "referrals",
        "introductions",
        "mentorships",
        "opportunity_people",
    ] {
        assert!(
            columns.iter().any(|(table, _)| table == workflow),
            "{workflow} names no contact"
        );
    }
    let before: Vec<i64> = columns.iter().map(|c| naming(&conn, c, ana)).collect();
    assert!(
        columns
            .iter()
            .zip(&before)
            .any(|((table, _), n)| table == "referrals" && *n > 0),
        "the rich book gives Ana a referral"
    );

    operations::merge(&mut conn, kept, ana, Timestamp::now()).unwrap();

    let lost: Vec<String> = columns
        .iter()
        .zip(&before)
        .filter(|(column, n)| naming(&conn, column, kept) != **n)
        .map(|((table, column), n)| {
            format!(
                "{table}.{column}: {n} named Ana, {} name the kept contact",
                naming(&conn, &(table.clone(), column.clone()), kept)
            )
        })
        .collect();
    assert!(lost.is_empty(), "rows lost in the merge: {lost:#?}");
}
