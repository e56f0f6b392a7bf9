//! Migration 010's table rebuild: the tables whose rows a reminder names
//! (`birthday:c5:2027`, `follow_up:i42:c5`…) get `AUTOINCREMENT` ids, so a
//! deleted row's id is never given to a new one and what the user did with
//! a deleted contact's reminders can never land on a new contact.
//!
//! SQLite cannot add `AUTOINCREMENT` to a table, so each is rebuilt the way
//! its documentation says ("Making Other Kinds Of Table Schema Changes"):
//! a copy with the new definition, the rows, the old table dropped, the
//! copy renamed, its indexes made again. The definitions are read from the
//! schema itself, so the columns later migrations added come along.
//!
//! Two conditions make that safe, and [`super::migrate`] provides the
//! first: foreign keys are off while migrations run (with them on, dropping
//! `contacts` would delete every row that points at it, and the pragma
//! cannot change inside the migration's transaction); and the triggers are
//! set aside during the rebuild (a trigger naming a table that is briefly
//! gone makes the rename fail) and made again after. Before the
//! transaction commits, `PRAGMA foreign_key_check` must find nothing.

use rusqlite::Transaction;
use rusqlite_migration::{HookError, HookResult};

/// The tables a reminder id names a row of.
pub(super) const TABLES: [&str; 8] = [
    "contacts",
    "interactions",
    "affiliations",
    "milestones",
    "events",
    "event_deadlines",
    "cme_cycles",
    "custom_reminders",
];

/// Rebuilds [`TABLES`] with `AUTOINCREMENT` ids, keeping every row, index
/// and trigger, and checks the foreign keys.
pub(super) fn rebuild(tx: &Transaction<'_>) -> HookResult {
    // With them on, the drops below would delete every contact's emails,
    // tags, jobs and meetings: refuse rather than lose them (an empty
    // book, as `MIGRATIONS.validate()` makes, has nothing to lose).
    let keys_on: bool = tx.query_row("PRAGMA foreign_keys", [], |row| row.get(0))?;
    let mut rows = 0;
    for table in TABLES {
        rows += tx.query_row(
            &format!("SELECT count(*) FROM (SELECT 1 FROM {table} LIMIT 1)"),
            [],
            |row| row.get::<_, i64>(0),
        )?;
    }
    if keys_on && rows > 0 {
        return Err(HookError::Hook(
            "migration 010 rebuilds tables and must run with foreign keys off (use db::migrate)"
                .into(),
        ));
    }
    let triggers = schema_sql(
        tx,
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'",
    )?;
    for (name, _) in &triggers {
        tx.execute_batch(&format!("DROP TRIGGER \"{name}\";"))?;
    }
    for table in TABLES {
        rebuild_one(tx, table)?;
    }
    for (_, sql) in &triggers {
        tx.execute_batch(&format!("{sql};"))?;
    }
    let broken: i64 = tx.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |row| {
        row.get(0)
    })?;
    if broken > 0 {
        return Err(HookError::Hook(format!(
            "{broken} rows point at nothing after the table rebuild"
        )));
    }
    Ok(())
}

fn schema_sql(tx: &Transaction<'_>, query: &str) -> rusqlite::Result<Vec<(String, String)>> {
    let mut statement = tx.prepare(query)?;
    let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
    rows.collect()
}

fn rebuild_one(tx: &Transaction<'_>, table: &str) -> HookResult {
    let hook = HookError::Hook;
    let definition: String = tx.query_row(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?1",
        [table],
        |row| row.get(0),
    )?;
    let columns = definition
        .strip_prefix(&format!("CREATE TABLE {table} ("))
        .ok_or_else(|| hook(format!("{table}: unexpected definition")))?;
    let key = "INTEGER PRIMARY KEY,";
    let on_id = columns
        .split_once(key)
        .is_some_and(|(before, _)| before.trim_end().ends_with("\n    id"));
    if columns.matches(key).count() != 1 || !on_id {
        return Err(hook(format!("{table}: no single `id {key}`")));
    }
    let columns = columns.replacen(key, "INTEGER PRIMARY KEY AUTOINCREMENT,", 1);
    let indexes = schema_sql(
        tx,
        &format!(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = '{table}' AND sql IS NOT NULL"
        ),
    )?;
    let copy = format!("{table}_rebuilt");
    tx.execute_batch(&format!(
        "CREATE TABLE {copy} ({columns};
         INSERT INTO {copy} SELECT * FROM {table};
         DROP TABLE {table};
         ALTER TABLE {copy} RENAME TO {table};"
    ))?;
    for (_, sql) in indexes {
        tx.execute_batch(&format!("{sql};"))?;
    }
    Ok(())
}
