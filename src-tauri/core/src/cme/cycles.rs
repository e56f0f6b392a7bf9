//! License and board cycles with what they ask: a total (of some credit types,
//! or of all), and minimums per credit type and per special topic. The lists
//! live in their own tables; a cycle is always written whole, in one
//! transaction.

use rusqlite::{params, Connection, OptionalExtension, Row};

use super::credits::date_column;
use super::validate::clean_cycle;
use super::{CmeError, CreditType, Cycle, CycleDraft, CycleId, CycleKind, Minimum};

/// Records a license or board cycle.
pub fn add_cycle(conn: &mut Connection, draft: &CycleDraft) -> Result<Cycle, CmeError> {
    let draft = clean_cycle(draft)?;
    let tx = conn.transaction()?;
    tx.execute(
        "INSERT INTO cme_cycles (name, kind, authority, starts_on, ends_on, total_hours, notes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            draft.name,
            draft.kind.as_str(),
            draft.authority,
            draft.starts_on.to_string(),
            draft.ends_on.to_string(),
            draft.total_hours,
            draft.notes,
        ],
    )?;
    let id = tx.last_insert_rowid();
    write_requirements(&tx, id, &draft)?;
    let cycle = cycle(&tx, id)?;
    tx.commit()?;
    Ok(cycle)
}

/// Replaces a cycle's fields.
pub fn update_cycle(
    conn: &mut Connection,
    id: CycleId,
    draft: &CycleDraft,
) -> Result<Cycle, CmeError> {
    let draft = clean_cycle(draft)?;
    let tx = conn.transaction()?;
    let changed = tx.execute(
        "UPDATE cme_cycles
         SET name = ?2, kind = ?3, authority = ?4, starts_on = ?5, ends_on = ?6,
             total_hours = ?7, notes = ?8
         WHERE id = ?1",
        params![
            id,
            draft.name,
            draft.kind.as_str(),
            draft.authority,
            draft.starts_on.to_string(),
            draft.ends_on.to_string(),
            draft.total_hours,
            draft.notes,
        ],
    )?;
    if changed == 0 {
        return Err(CmeError::NotFound { what: "cycle", id });
    }
    tx.execute("DELETE FROM cme_cycle_minimums WHERE cycle_id = ?1", [id])?;
    tx.execute(
        "DELETE FROM cme_cycle_total_types WHERE cycle_id = ?1",
        [id],
    )?;
    write_requirements(&tx, id, &draft)?;
    let cycle = cycle(&tx, id)?;
    tx.commit()?;
    Ok(cycle)
}

/// Deletes a cycle (the credits stay).
pub fn delete_cycle(conn: &mut Connection, id: CycleId) -> Result<(), CmeError> {
    match conn.execute("DELETE FROM cme_cycles WHERE id = ?1", [id])? {
        0 => Err(CmeError::NotFound { what: "cycle", id }),
        _ => Ok(()),
    }
}

/// Every cycle, the one ending soonest first.
pub fn cycles(conn: &Connection) -> Result<Vec<Cycle>, CmeError> {
    let mut statement = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM cme_cycles ORDER BY ends_on, name, id"
    ))?;
    let mut cycles: Vec<Cycle> = statement
        .query_map([], cycle_row)?
        .collect::<Result<_, _>>()?;
    for cycle in &mut cycles {
        read_requirements(conn, cycle)?;
    }
    Ok(cycles)
}

/// One cycle with its requirements.
pub(super) fn cycle(conn: &Connection, id: CycleId) -> Result<Cycle, CmeError> {
    let mut cycle = conn
        .prepare_cached(&format!("SELECT {COLUMNS} FROM cme_cycles WHERE id = ?1"))?
        .query_row([id], cycle_row)
        .optional()?
        .ok_or(CmeError::NotFound { what: "cycle", id })?;
    read_requirements(conn, &mut cycle)?;
    Ok(cycle)
}

const COLUMNS: &str = "id, name, kind, authority, starts_on, ends_on, total_hours, notes";

fn cycle_row(row: &Row<'_>) -> rusqlite::Result<Cycle> {
    let kind: String = row.get(2)?;
    let kind = CycleKind::parse(&kind).ok_or_else(|| damaged(2, format!("cycle kind {kind:?}")))?;
    Ok(Cycle {
        id: row.get(0)?,
        name: row.get(1)?,
        kind,
        authority: row.get(3)?,
        starts_on: date_column(row, 4)?,
        ends_on: date_column(row, 5)?,
        total_hours: row.get(6)?,
        total_types: Vec::new(),
        type_minimums: Vec::new(),
        topic_minimums: Vec::new(),
        notes: row.get(7)?,
    })
}

fn read_requirements(conn: &Connection, cycle: &mut Cycle) -> rusqlite::Result<()> {
    let mut types =
        conn.prepare_cached("SELECT credit_type FROM cme_cycle_total_types WHERE cycle_id = ?1")?;
    let mut rows = types.query([cycle.id])?;
    while let Some(row) = rows.next()? {
        let name: String = row.get(0)?;
        let kind = name
            .parse::<CreditType>()
            .map_err(|_| damaged(0, format!("credit type {name:?}")))?;
        cycle.total_types.push(kind);
    }
    cycle.total_types.sort_unstable();

    let mut minimums = conn.prepare_cached(
        "SELECT kind, key, hours FROM cme_cycle_minimums WHERE cycle_id = ?1 ORDER BY kind, key",
    )?;
    let mut rows = minimums.query([cycle.id])?;
    while let Some(row) = rows.next()? {
        let kind: String = row.get(0)?;
        let minimum = Minimum {
            key: row.get(1)?,
            hours: row.get(2)?,
        };
        if kind == "type" {
            cycle.type_minimums.push(minimum);
        } else {
            cycle.topic_minimums.push(minimum);
        }
    }
    Ok(())
}

fn write_requirements(conn: &Connection, id: CycleId, draft: &CycleDraft) -> rusqlite::Result<()> {
    let mut total_type = conn.prepare_cached(
        "INSERT INTO cme_cycle_total_types (cycle_id, credit_type) VALUES (?1, ?2)",
    )?;
    for kind in &draft.total_types {
        total_type.execute(params![id, kind.as_str()])?;
    }
    let mut minimum = conn.prepare_cached(
        "INSERT INTO cme_cycle_minimums (cycle_id, kind, key, hours) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for each in &draft.type_minimums {
        minimum.execute(params![id, "type", each.key, each.hours])?;
    }
    for each in &draft.topic_minimums {
        minimum.execute(params![id, "topic", each.key, each.hours])?;
    }
    Ok(())
}

fn damaged(column: usize, what: String) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        column,
        rusqlite::types::Type::Text,
        format!("unknown {what} in the database").into(),
    )
}
