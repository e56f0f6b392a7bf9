//! Meetings with a mentor or mentee: logging one with its notes and action
//! items (and, in the same transaction, an interaction of kind meeting with
//! the contact, so their last contact and stay-in-touch cadence count it),
//! ticking an action item off, deleting a meeting.
//!
//! A meeting's action items point at it by its number within the
//! mentorship, which a synced record carries (row ids are each computer's
//! own).

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use rusqlite::{params, Connection};

use super::mentorships::date_column;
use super::model::{ActionItem, Meeting, MeetingDraft};
use super::{validate, MentorshipError};
use crate::interactions::{self, InteractionDraft, InteractionKind};

/// Logs a meeting held on `draft.held_on` (not after `today`) with its
/// notes and action items, and an interaction of kind meeting with the
/// contact on that day (at noon UTC, or `now` when that is still to come),
/// whose note is the meeting's notes.
pub fn log_meeting(
    conn: &mut Connection,
    mentorship: i64,
    draft: &MeetingDraft,
    today: Date,
    now: Timestamp,
) -> Result<Meeting, MentorshipError> {
    let draft = validate::meeting(draft, today)?;
    let tx = conn.transaction()?;
    let contact: Option<i64> = rusqlite::OptionalExtension::optional(tx.query_row(
        "SELECT contact_id FROM mentorships WHERE id = ?1",
        [mentorship],
        |row| row.get(0),
    ))?;
    let Some(contact) = contact else {
        return Err(MentorshipError::NotFound {
            what: "mentorship",
            id: mentorship,
        });
    };
    let number: i64 = tx.query_row(
        "SELECT COALESCE(MAX(number), 0) + 1 FROM mentorship_meetings WHERE mentorship_id = ?1",
        [mentorship],
        |row| row.get(0),
    )?;
    tx.execute(
        "INSERT INTO mentorship_meetings (mentorship_id, number, held_on, notes) VALUES (?1, ?2, ?3, ?4)",
        params![mentorship, number, draft.held_on.to_string(), draft.notes],
    )?;
    let id = tx.last_insert_rowid();
    let mut insert = tx.prepare_cached(
        "INSERT INTO mentorship_actions (mentorship_id, meeting_number, text) VALUES (?1, ?2, ?3)",
    )?;
    for action in &draft.actions {
        insert.execute(params![mentorship, number, action])?;
    }
    drop(insert);
    let noon = TimeZone::UTC
        .to_timestamp(draft.held_on.at(12, 0, 0, 0))
        .unwrap_or(now);
    interactions::add_within(
        &tx,
        &InteractionDraft {
            kind: InteractionKind::Meeting,
            occurred_at: Some(noon.min(now)),
            topic: "Mentoring meeting".to_owned(),
            note: draft.notes.clone(),
            contact_ids: vec![contact],
            ..InteractionDraft::default()
        },
        now,
    )?;
    let meeting = meeting(&tx, id)?;
    tx.commit()?;
    Ok(meeting)
}

/// Marks an action item done or not.
pub fn set_action_done(
    conn: &mut Connection,
    id: i64,
    done: bool,
) -> Result<ActionItem, MentorshipError> {
    let changed = conn.execute(
        "UPDATE mentorship_actions SET done = ?2 WHERE id = ?1",
        params![id, done],
    )?;
    if changed == 0 {
        return Err(MentorshipError::NotFound {
            what: "action item",
            id,
        });
    }
    Ok(conn.query_row(
        "SELECT id, text, done FROM mentorship_actions WHERE id = ?1",
        [id],
        action_row,
    )?)
}

/// Deletes a meeting and its action items (the interaction it logged
/// stays: the meeting happened; delete it from the timeline if not).
pub fn delete_meeting(conn: &mut Connection, id: i64) -> Result<(), MentorshipError> {
    match conn.execute("DELETE FROM mentorship_meetings WHERE id = ?1", [id])? {
        0 => Err(MentorshipError::NotFound {
            what: "meeting",
            id,
        }),
        _ => Ok(()),
    }
}

/// A mentorship's meetings, latest first, with their action items.
pub(super) fn of(conn: &Connection, mentorship: i64) -> rusqlite::Result<Vec<Meeting>> {
    let mut statement = conn.prepare_cached(
        "SELECT id, mentorship_id, held_on, notes, number FROM mentorship_meetings
         WHERE mentorship_id = ?1 ORDER BY held_on DESC, number DESC",
    )?;
    let rows: Vec<(Meeting, i64)> = statement
        .query_map([mentorship], |row| Ok((meeting_row(row)?, row.get(4)?)))?
        .collect::<Result<_, _>>()?;
    let mut meetings = Vec::with_capacity(rows.len());
    for (mut meeting, number) in rows {
        meeting.actions = actions(conn, mentorship, number)?;
        meetings.push(meeting);
    }
    Ok(meetings)
}

fn meeting(conn: &Connection, id: i64) -> Result<Meeting, MentorshipError> {
    let (mut meeting, number): (Meeting, i64) = conn.query_row(
        "SELECT id, mentorship_id, held_on, notes, number FROM mentorship_meetings WHERE id = ?1",
        [id],
        |row| Ok((meeting_row(row)?, row.get(4)?)),
    )?;
    meeting.actions = actions(conn, meeting.mentorship_id, number)?;
    Ok(meeting)
}

fn actions(conn: &Connection, mentorship: i64, number: i64) -> rusqlite::Result<Vec<ActionItem>> {
    let mut statement = conn.prepare_cached(
        "SELECT id, text, done FROM mentorship_actions
         WHERE mentorship_id = ?1 AND meeting_number = ?2 ORDER BY id",
    )?;
    let actions = statement
        .query_map(params![mentorship, number], action_row)?
        .collect::<Result<_, _>>();
    actions
}

fn meeting_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Meeting> {
    Ok(Meeting {
        id: row.get(0)?,
        mentorship_id: row.get(1)?,
        held_on: date_column(row, 2)?,
        notes: row.get(3)?,
        actions: Vec::new(),
    })
}

fn action_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<ActionItem> {
    Ok(ActionItem {
        id: row.get(0)?,
        text: row.get(1)?,
        done: row.get(2)?,
    })
}
