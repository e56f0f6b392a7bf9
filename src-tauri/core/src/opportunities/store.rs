//! Reading and writing opportunities: an opportunity is written whole (its
//! fields and people) in one transaction; a status move appends to its
//! history with the day it happened.

use jiff::civil::Date;
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use super::validate::clean;
use super::{
    Opportunity, OpportunityDraft, OpportunityError, OpportunityFilter, OpportunityId,
    OpportunityPerson, OpportunityStatus, StatusChange,
};
use crate::choice::Choice;
use crate::values::{fold, folded_words, stored_instant};

/// Records a new opportunity; its history starts with its first status on
/// `today`.
pub fn add(
    conn: &mut Connection,
    draft: &OpportunityDraft,
    today: Date,
) -> Result<Opportunity, OpportunityError> {
    let draft = clean(conn, draft)?;
    let status = draft.status.unwrap_or(OpportunityStatus::HeardOf);
    let now = stored_instant(jiff::Timestamp::now());
    let tx = conn.transaction()?;
    tx.execute(
        "INSERT INTO opportunities (title, kind, status, deadline, link, notes, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
        params![
            draft.title,
            draft.kind.name(),
            status.name(),
            draft.deadline.map(|d| d.to_string()),
            draft.link,
            draft.notes,
            now,
        ],
    )?;
    let id = tx.last_insert_rowid();
    write_people(&tx, id, &draft.people)?;
    push_status(&tx, id, status, today)?;
    let opportunity = read(&tx, id)?;
    tx.commit()?;
    Ok(opportunity)
}

/// Replaces an opportunity's fields and people (its status stays).
pub fn update(
    conn: &mut Connection,
    id: OpportunityId,
    draft: &OpportunityDraft,
) -> Result<Opportunity, OpportunityError> {
    let draft = clean(conn, draft)?;
    let now = stored_instant(jiff::Timestamp::now());
    let tx = conn.transaction()?;
    let changed = tx.execute(
        "UPDATE opportunities SET title = ?2, kind = ?3, deadline = ?4, link = ?5, notes = ?6,
             updated_at = ?7
         WHERE id = ?1",
        params![
            id,
            draft.title,
            draft.kind.name(),
            draft.deadline.map(|d| d.to_string()),
            draft.link,
            draft.notes,
            now,
        ],
    )?;
    if changed == 0 {
        return Err(OpportunityError::NotFound { id });
    }
    tx.execute(
        "DELETE FROM opportunity_people WHERE opportunity_id = ?1",
        [id],
    )?;
    write_people(&tx, id, &draft.people)?;
    let opportunity = read(&tx, id)?;
    tx.commit()?;
    Ok(opportunity)
}

/// Moves an opportunity to `status` on `today`, adding to its history. A
/// move to the status it already has changes nothing.
pub fn set_status(
    conn: &mut Connection,
    id: OpportunityId,
    status: OpportunityStatus,
    today: Date,
) -> Result<Opportunity, OpportunityError> {
    let tx = conn.transaction()?;
    let current = read(&tx, id)?;
    if current.status != status {
        tx.execute(
            "UPDATE opportunities SET status = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, status.name(), stored_instant(jiff::Timestamp::now())],
        )?;
        push_status(&tx, id, status, today)?;
    }
    let opportunity = read(&tx, id)?;
    tx.commit()?;
    Ok(opportunity)
}

/// Deletes an opportunity with its people and history.
pub fn delete(conn: &mut Connection, id: OpportunityId) -> Result<(), OpportunityError> {
    match conn.execute("DELETE FROM opportunities WHERE id = ?1", [id])? {
        0 => Err(OpportunityError::NotFound { id }),
        _ => Ok(()),
    }
}

/// One opportunity.
pub fn get(conn: &Connection, id: OpportunityId) -> Result<Opportunity, OpportunityError> {
    read(conn, id)
}

/// The opportunities `filter` keeps: open ones first, by deadline (none
/// last), then by title.
pub fn list(
    conn: &Connection,
    filter: &OpportunityFilter,
) -> Result<Vec<Opportunity>, OpportunityError> {
    let mut statement = conn.prepare("SELECT id FROM opportunities ORDER BY id")?;
    let ids = statement
        .query_map([], |row| row.get::<_, i64>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    let words = folded_words(&filter.text);
    let mut all = Vec::new();
    for id in ids {
        let opportunity = read(conn, id)?;
        if filter
            .status
            .is_some_and(|status| status != opportunity.status)
            || (filter.open_only && !opportunity.status.is_open())
        {
            continue;
        }
        if !words.is_empty() {
            let mut haystack = format!("{} {}", opportunity.title, opportunity.notes);
            for person in &opportunity.people {
                haystack.push(' ');
                haystack.push_str(&person.display_name);
            }
            let haystack = fold(&haystack);
            if !words.iter().all(|word| haystack.contains(word.as_str())) {
                continue;
            }
        }
        all.push(opportunity);
    }
    all.sort_by(|a, b| {
        (
            !a.status.is_open(),
            a.deadline.is_none(),
            a.deadline,
            fold(&a.title),
        )
            .cmp(&(
                !b.status.is_open(),
                b.deadline.is_none(),
                b.deadline,
                fold(&b.title),
            ))
    });
    Ok(all)
}

fn write_people(
    tx: &Transaction<'_>,
    id: OpportunityId,
    people: &[OpportunityPerson],
) -> rusqlite::Result<()> {
    let mut insert = tx.prepare(
        "INSERT OR IGNORE INTO opportunity_people (opportunity_id, contact_id, role)
         VALUES (?1, ?2, ?3)",
    )?;
    for person in people {
        insert.execute(params![id, person.contact_id, person.role.name()])?;
    }
    Ok(())
}

fn push_status(
    tx: &Transaction<'_>,
    id: OpportunityId,
    status: OpportunityStatus,
    on: Date,
) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO opportunity_statuses (opportunity_id, position, status, on_date)
         VALUES (?1, (SELECT COALESCE(MAX(position), -1) + 1 FROM opportunity_statuses
                      WHERE opportunity_id = ?1), ?2, ?3)",
        params![id, status.name(), on.to_string()],
    )?;
    Ok(())
}

fn read(conn: &Connection, id: OpportunityId) -> Result<Opportunity, OpportunityError> {
    let row = conn
        .query_row(
            "SELECT title, kind, status, deadline, link, notes FROM opportunities WHERE id = ?1",
            [id],
            |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, Option<String>>(3)?,
                    row.get::<_, String>(4)?,
                    row.get::<_, String>(5)?,
                ))
            },
        )
        .optional()?;
    let Some((title, kind, status, deadline, link, notes)) = row else {
        return Err(OpportunityError::NotFound { id });
    };
    let mut people = conn.prepare_cached(
        "SELECT p.contact_id, c.display_name, p.role FROM opportunity_people p
         JOIN contacts c ON c.id = p.contact_id
         WHERE p.opportunity_id = ?1 ORDER BY c.display_name, p.role",
    )?;
    let people = people
        .query_map([id], |row| {
            Ok(OpportunityPerson {
                contact_id: row.get(0)?,
                display_name: row.get(1)?,
                role: parsed(row.get::<_, String>(2)?, 2)?,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    let mut history = conn.prepare_cached(
        "SELECT status, on_date FROM opportunity_statuses WHERE opportunity_id = ?1
         ORDER BY position",
    )?;
    let history = history
        .query_map([id], |row| {
            Ok(StatusChange {
                status: parsed(row.get::<_, String>(0)?, 0)?,
                on: parsed(row.get::<_, String>(1)?, 1)?,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Opportunity {
        id,
        title,
        kind: parsed(kind, 1).map_err(OpportunityError::Database)?,
        status: parsed(status, 2).map_err(OpportunityError::Database)?,
        deadline: deadline
            .map(|d| parsed(d, 3))
            .transpose()
            .map_err(OpportunityError::Database)?,
        link,
        notes,
        people,
        history,
    })
}

/// A stored text read back as its type; a value no version wrote is a
/// conversion failure of that column, not a panic.
pub(crate) fn parsed<T: std::str::FromStr>(text: String, column: usize) -> rusqlite::Result<T>
where
    T::Err: std::error::Error + Send + Sync + 'static,
{
    text.parse().map_err(|error: T::Err| {
        rusqlite::Error::FromSqlConversionFailure(
            column,
            rusqlite::types::Type::Text,
            Box::new(error),
        )
    })
}

/// Whether contact `id` exists.
pub(super) fn contact_exists(conn: &Connection, id: i64) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM contacts WHERE id = ?1)",
        [id],
        |row| row.get(0),
    )
}
