//! What happened in a week, read by SQL from the tables that hold it: the
//! interactions and whom they were with, the reminder actions on follow-ups,
//! new contacts, CME credits and, where the book has them, referrals.

use jiff::civil::Date;
use jiff::Timestamp;
use rusqlite::{params, Connection};

use super::model::{KindCount, NewContact};
use crate::values::stored_instant;

/// The week's counts.
pub(super) struct Past {
    pub interactions: usize,
    pub people: usize,
    pub by_kind: Vec<KindCount>,
    pub follow_ups_done: usize,
    pub follow_ups_dismissed: usize,
    pub referrals_sent: usize,
    pub referrals_received: usize,
    pub new_contacts: Vec<NewContact>,
    pub cme_hours: f64,
}

/// Reads the days `first..next_first` (the instants `start..end`).
pub(super) fn read(
    conn: &Connection,
    first: Date,
    next_first: Date,
    start: Timestamp,
    end: Timestamp,
) -> rusqlite::Result<Past> {
    let (from, to) = (stored_instant(start), stored_instant(end));
    let (first_day, next_day) = (first.to_string(), next_first.to_string());
    let count = |sql: &str, a: &str, b: &str| -> rusqlite::Result<usize> {
        conn.query_row(sql, params![a, b], |row| row.get::<_, i64>(0))
            .map(|n| usize::try_from(n).unwrap_or(0))
    };

    let interactions = count(
        "SELECT count(*) FROM interactions WHERE occurred_at >= ?1 AND occurred_at < ?2",
        &from,
        &to,
    )?;
    let people = count(
        "SELECT count(DISTINCT ic.contact_id) FROM interactions i
         JOIN interaction_contacts ic ON ic.interaction_id = i.id
         WHERE i.occurred_at >= ?1 AND i.occurred_at < ?2",
        &from,
        &to,
    )?;
    let mut statement = conn.prepare(
        "SELECT kind, count(*) FROM interactions WHERE occurred_at >= ?1 AND occurred_at < ?2
         GROUP BY kind ORDER BY count(*) DESC, kind",
    )?;
    let by_kind = statement
        .query_map(params![from, to], |row| {
            Ok(KindCount {
                kind: row.get(0)?,
                count: usize::try_from(row.get::<_, i64>(1)?).unwrap_or(0),
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;

    let follow_ups = |state: &str| {
        conn.query_row(
            "SELECT count(*) FROM reminder_states
             WHERE state = ?1 AND acted_at >= ?2 AND acted_at < ?3
               AND (reminder_id LIKE 'follow\\_up:%' ESCAPE '\\'
                    OR reminder_id LIKE 'event\\_follow\\_up:%' ESCAPE '\\')",
            params![state, from, to],
            |row| row.get::<_, i64>(0),
        )
        .map(|n| usize::try_from(n).unwrap_or(0))
    };
    let follow_ups_done = follow_ups("done")?;
    let follow_ups_dismissed = follow_ups("dismissed")?;

    let (referrals_sent, referrals_received) = referrals(conn, &first_day, &next_day)?;

    let mut statement = conn.prepare(
        "SELECT id, display_name FROM contacts WHERE created_at >= ?1 AND created_at < ?2
         ORDER BY created_at, id",
    )?;
    let new_contacts = statement
        .query_map(params![from, to], |row| {
            Ok(NewContact {
                id: row.get(0)?,
                display_name: row.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;

    let cme_hours: f64 = conn.query_row(
        "SELECT coalesce(sum(hours), 0.0) FROM cme_credits WHERE earned_on >= ?1 AND earned_on < ?2",
        params![first_day, next_day],
        |row| row.get(0),
    )?;

    Ok(Past {
        interactions,
        people,
        by_kind,
        follow_ups_done,
        follow_ups_dismissed,
        referrals_sent,
        referrals_received,
        new_contacts,
        cme_hours,
    })
}

/// Referrals sent and received on the days `first..next`: none in a book
/// made before the referral ledger's table existed.
fn referrals(conn: &Connection, first: &str, next: &str) -> rusqlite::Result<(usize, usize)> {
    let has_table: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'referrals')",
        [],
        |row| row.get(0),
    )?;
    if !has_table {
        return Ok((0, 0));
    }
    conn.query_row(
        "SELECT coalesce(sum(direction = 'sent'), 0), coalesce(sum(direction = 'received'), 0)
         FROM referrals WHERE on_date >= ?1 AND on_date < ?2",
        params![first, next],
        |row| {
            let n = |i| {
                row.get::<_, i64>(i)
                    .map(|n| usize::try_from(n).unwrap_or(0))
            };
            Ok((n(0)?, n(1)?))
        },
    )
}
