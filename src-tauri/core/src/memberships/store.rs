//! Reading and writing memberships, their committees and roles, and the
//! links to the calendar events that are the society's meetings. Every
//! write is one transaction.

use jiff::civil::Date;
use jiff::ToSpan;
use rusqlite::{params, Connection, OptionalExtension};

use super::validate::{clean, clean_role};
use super::{
    CommitteeRole, Membership, MembershipDraft, MembershipError, MembershipId, MembershipMeeting,
    MembershipStatus,
};
use crate::choice::Choice;
use crate::values::{stored_instant, EventId, Invalid};

/// Records a new membership.
pub fn add(conn: &mut Connection, draft: &MembershipDraft) -> Result<Membership, MembershipError> {
    let draft = clean(draft)?;
    let now = stored_instant(jiff::Timestamp::now());
    let tx = conn.transaction()?;
    tx.execute(
        "INSERT INTO memberships (society, member_number, since, dues_amount, dues_currency,
             renews_on, renews_yearly, status, notes, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
        params![
            draft.society,
            draft.member_number,
            draft.since.map(|d| d.to_string()),
            draft.dues_amount,
            draft.dues_currency,
            draft.renews_on.map(|d| d.to_string()),
            draft.renews_yearly,
            draft.status.unwrap_or(MembershipStatus::Active).name(),
            draft.notes,
            now,
        ],
    )?;
    let membership = read(&tx, tx.last_insert_rowid())?;
    tx.commit()?;
    Ok(membership)
}

/// Replaces a membership's fields (its roles and meetings stay).
pub fn update(
    conn: &mut Connection,
    id: MembershipId,
    draft: &MembershipDraft,
) -> Result<Membership, MembershipError> {
    let draft = clean(draft)?;
    let tx = conn.transaction()?;
    let status = match draft.status {
        Some(status) => status,
        None => read(&tx, id)?.status,
    };
    let changed = tx.execute(
        "UPDATE memberships SET society = ?2, member_number = ?3, since = ?4, dues_amount = ?5,
             dues_currency = ?6, renews_on = ?7, renews_yearly = ?8, status = ?9, notes = ?10,
             updated_at = ?11
         WHERE id = ?1",
        params![
            id,
            draft.society,
            draft.member_number,
            draft.since.map(|d| d.to_string()),
            draft.dues_amount,
            draft.dues_currency,
            draft.renews_on.map(|d| d.to_string()),
            draft.renews_yearly,
            status.name(),
            draft.notes,
            stored_instant(jiff::Timestamp::now()),
        ],
    )?;
    if changed == 0 {
        return Err(MembershipError::NotFound { id });
    }
    let membership = read(&tx, id)?;
    tx.commit()?;
    Ok(membership)
}

/// Records that the dues are paid: the membership is active again and its
/// renewal moves to `to`, or, without one, a year on when it renews yearly.
pub fn renew(
    conn: &mut Connection,
    id: MembershipId,
    to: Option<Date>,
) -> Result<Membership, MembershipError> {
    let tx = conn.transaction()?;
    let current = read(&tx, id)?;
    let next = match (to, current.renews_on) {
        (Some(to), _) => to,
        (None, Some(on)) if current.renews_yearly => on
            .checked_add(1.year())
            .map_err(|_| Invalid::new("renews_on", "The renewal date cannot move a year on"))?,
        (None, Some(_)) => {
            return Err(Invalid::new(
                "renews_on",
                format!(
                    "{} does not renew yearly: say the next renewal date",
                    current.society
                ),
            )
            .into())
        }
        (None, None) => {
            return Err(Invalid::new(
                "renews_on",
                format!("{} has no renewal date: say the next one", current.society),
            )
            .into())
        }
    };
    tx.execute(
        "UPDATE memberships SET renews_on = ?2, status = 'active', updated_at = ?3 WHERE id = ?1",
        params![id, next.to_string(), stored_instant(jiff::Timestamp::now())],
    )?;
    let membership = read(&tx, id)?;
    tx.commit()?;
    Ok(membership)
}

/// Deletes a membership with its roles and meeting links (the events stay).
pub fn delete(conn: &mut Connection, id: MembershipId) -> Result<(), MembershipError> {
    match conn.execute("DELETE FROM memberships WHERE id = ?1", [id])? {
        0 => Err(MembershipError::NotFound { id }),
        _ => Ok(()),
    }
}

/// Adds a committee or role.
pub fn add_role(
    conn: &mut Connection,
    id: MembershipId,
    role: &CommitteeRole,
) -> Result<Membership, MembershipError> {
    let role = clean_role(role)?;
    let tx = conn.transaction()?;
    read(&tx, id)?;
    tx.execute(
        "INSERT INTO membership_roles (membership_id, position, committee, role, from_on, to_on)
         VALUES (?1, (SELECT COALESCE(MAX(position), -1) + 1 FROM membership_roles
                      WHERE membership_id = ?1), ?2, ?3, ?4, ?5)",
        params![
            id,
            role.committee,
            role.role,
            role.from.map(|d| d.to_string()),
            role.to.map(|d| d.to_string()),
        ],
    )?;
    let membership = read(&tx, id)?;
    tx.commit()?;
    Ok(membership)
}

/// Removes the committee or role at `index` (0 the first, as listed).
pub fn remove_role(
    conn: &mut Connection,
    id: MembershipId,
    index: usize,
) -> Result<Membership, MembershipError> {
    let tx = conn.transaction()?;
    let current = read(&tx, id)?;
    if index >= current.roles.len() {
        return Err(Invalid::new(
            "roles",
            format!(
                "{} has {} committee roles: there is no number {}",
                current.society,
                current.roles.len(),
                index + 1
            ),
        )
        .into());
    }
    let positions: Vec<i64> = {
        let mut statement = tx.prepare(
            "SELECT position FROM membership_roles WHERE membership_id = ?1 ORDER BY position",
        )?;
        let rows = statement.query_map([id], |row| row.get(0))?;
        rows.collect::<Result<_, _>>()?
    };
    tx.execute(
        "DELETE FROM membership_roles WHERE membership_id = ?1 AND position = ?2",
        params![id, positions[index]],
    )?;
    let membership = read(&tx, id)?;
    tx.commit()?;
    Ok(membership)
}

/// Links a calendar event as one of the society's meetings (linking it
/// again changes nothing).
pub fn link_event(
    conn: &mut Connection,
    id: MembershipId,
    event: EventId,
) -> Result<Membership, MembershipError> {
    let tx = conn.transaction()?;
    read(&tx, id)?;
    let exists: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM events WHERE id = ?1)",
        [event],
        |row| row.get(0),
    )?;
    if !exists {
        return Err(Invalid::new("event_id", format!("There is no event with id {event}")).into());
    }
    tx.execute(
        "INSERT OR IGNORE INTO membership_events (membership_id, event_id) VALUES (?1, ?2)",
        params![id, event],
    )?;
    let membership = read(&tx, id)?;
    tx.commit()?;
    Ok(membership)
}

/// Unlinks a meeting (the event stays in the calendar).
pub fn unlink_event(
    conn: &mut Connection,
    id: MembershipId,
    event: EventId,
) -> Result<Membership, MembershipError> {
    let tx = conn.transaction()?;
    read(&tx, id)?;
    tx.execute(
        "DELETE FROM membership_events WHERE membership_id = ?1 AND event_id = ?2",
        params![id, event],
    )?;
    let membership = read(&tx, id)?;
    tx.commit()?;
    Ok(membership)
}

/// The memberships an event is a meeting of (for the event's detail).
pub fn of_event(conn: &Connection, event: EventId) -> Result<Vec<Membership>, MembershipError> {
    let mut statement = conn.prepare_cached(
        "SELECT membership_id FROM membership_events WHERE event_id = ?1 ORDER BY membership_id",
    )?;
    let ids = statement
        .query_map([event], |row| row.get::<_, i64>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    ids.into_iter().map(|id| read(conn, id)).collect()
}

/// One membership.
pub fn get(conn: &Connection, id: MembershipId) -> Result<Membership, MembershipError> {
    read(conn, id)
}

/// Every membership: active ones first, by next renewal (none last), then
/// by society.
pub fn list(conn: &Connection) -> Result<Vec<Membership>, MembershipError> {
    let mut statement = conn.prepare("SELECT id FROM memberships")?;
    let ids = statement
        .query_map([], |row| row.get::<_, i64>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    let mut all = ids
        .into_iter()
        .map(|id| read(conn, id))
        .collect::<Result<Vec<_>, _>>()?;
    all.sort_by(|a, b| {
        (
            a.status != MembershipStatus::Active,
            a.renews_on.is_none(),
            a.renews_on,
            a.society.to_lowercase(),
        )
            .cmp(&(
                b.status != MembershipStatus::Active,
                b.renews_on.is_none(),
                b.renews_on,
                b.society.to_lowercase(),
            ))
    });
    Ok(all)
}

fn read(conn: &Connection, id: MembershipId) -> Result<Membership, MembershipError> {
    let row = conn
        .query_row(
            "SELECT society, member_number, since, dues_amount, dues_currency, renews_on,
                    renews_yearly, status, notes
             FROM memberships WHERE id = ?1",
            [id],
            |row| {
                Ok(Membership {
                    id,
                    society: row.get(0)?,
                    member_number: row.get(1)?,
                    since: date(row.get(2)?, 2)?,
                    dues_amount: row.get(3)?,
                    dues_currency: row.get(4)?,
                    renews_on: date(row.get(5)?, 5)?,
                    renews_yearly: row.get(6)?,
                    status: parsed(row.get(7)?, 7)?,
                    notes: row.get(8)?,
                    roles: Vec::new(),
                    meetings: Vec::new(),
                })
            },
        )
        .optional()?;
    let Some(mut membership) = row else {
        return Err(MembershipError::NotFound { id });
    };
    let mut roles = conn.prepare_cached(
        "SELECT committee, role, from_on, to_on FROM membership_roles
         WHERE membership_id = ?1 ORDER BY position",
    )?;
    membership.roles = roles
        .query_map([id], |row| {
            Ok(CommitteeRole {
                committee: row.get(0)?,
                role: row.get(1)?,
                from: date(row.get(2)?, 2)?,
                to: date(row.get(3)?, 3)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    let mut meetings = conn.prepare_cached(
        "SELECT e.id, e.title, e.starts_local FROM membership_events m
         JOIN events e ON e.id = m.event_id
         WHERE m.membership_id = ?1 ORDER BY e.starts_local, e.id",
    )?;
    membership.meetings = meetings
        .query_map([id], |row| {
            let starts: String = row.get(2)?;
            Ok(MembershipMeeting {
                event_id: row.get(0)?,
                title: row.get(1)?,
                starts_on: parsed(starts.chars().take(10).collect(), 2)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(membership)
}

fn date(text: Option<String>, column: usize) -> rusqlite::Result<Option<Date>> {
    text.map(|text| parsed(text, column)).transpose()
}

fn parsed<T: std::str::FromStr>(text: String, column: usize) -> rusqlite::Result<T>
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
