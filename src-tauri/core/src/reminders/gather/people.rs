//! Reading the reminders about people: meetings and calls to follow up,
//! milestones, single contacts, and the subjects of long snoozes.

use std::collections::HashSet;

use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection};

use super::met::read_met;
use super::yearly::read_jobs;
use super::{
    days, instant, oldest, read_person, remember, stored, text, Bounds, CONTACTS, PERSON,
    PERSON_WITH_BIRTHDAY,
};
use crate::interactions::InteractionKind;
use crate::reminders::engine::{date_in, Moved, LOOKBACK_DAYS};
use crate::reminders::ids::ReminderRef;
use crate::reminders::snapshot::{Meeting, Snapshot};
use crate::reminders::{milestones as stored_milestones, ReminderError, ReminderKind};
use crate::values::ContactId;
use jiff::tz::TimeZone;

const MEETINGS: &str = "SELECT i.id, i.kind, i.occurred_at, i.note, {PERSON}
     FROM interactions i
     JOIN interaction_contacts ic ON ic.interaction_id = i.id
     CROSS JOIN {CONTACTS} ON c.id = ic.contact_id
     WHERE i.kind IN ('meeting', 'call')
       AND (c.last_interaction_at IS NULL OR c.last_interaction_at <= i.occurred_at)";

fn read_meetings(
    conn: &Connection,
    condition: &str,
    values: Vec<Value>,
    snapshot: &mut Snapshot,
) -> Result<(), ReminderError> {
    let sql = format!(
        "{} AND {condition}",
        MEETINGS
            .replace("{PERSON}", PERSON)
            .replace("{CONTACTS}", CONTACTS)
    );
    let mut statement = conn.prepare_cached(&sql)?;
    let mut rows = statement.query(params_from_iter(values))?;
    while let Some(row) = rows.next()? {
        let call = text(row, 1)? == "call";
        let occurred_at = instant(text(row, 2)?, 2)?;
        let note: String = row.get(3)?;
        let mut person = read_person(row, 4)?;
        person.last_note.get_or_insert_with(|| note.clone());
        let meeting = Meeting {
            interaction_id: row.get(0)?,
            kind: if call {
                InteractionKind::Call
            } else {
                InteractionKind::Meeting
            },
            occurred_at,
            note,
            contact_id: person.id,
        };
        remember(&mut snapshot.people, person);
        snapshot.meetings.push(meeting);
    }
    Ok(())
}

/// Meetings and calls whose follow-up may be due: from the look-back before
/// now to the window's end, with no later interaction with the person.
pub(super) fn meetings(
    conn: &Connection,
    bounds: &Bounds,
    snapshot: &mut Snapshot,
) -> Result<(), ReminderError> {
    let lead = i64::from(snapshot.settings.lead_of(ReminderKind::FollowUp));
    let from = oldest(bounds, snapshot, ReminderKind::FollowUp);
    let to = bounds.to.minus(days(lead)).plus(days(2));
    read_meetings(
        conn,
        "i.occurred_at >= ? AND i.occurred_at <= ?",
        vec![Value::Text(stored(from)), Value::Text(stored(to))],
        snapshot,
    )
}

/// Milestones that happened or were recorded since the look-back.
pub(super) fn milestones(
    conn: &Connection,
    bounds: &Bounds,
    snapshot: &mut Snapshot,
) -> Result<(), ReminderError> {
    let from = oldest(bounds, snapshot, ReminderKind::Milestone);
    let day = date_in(from, &TimeZone::UTC).to_string();
    read_milestones(
        conn,
        "m.on_date >= ?1 OR m.created_at >= ?2",
        params![day, stored(from)],
        snapshot,
    )
}

fn read_milestones(
    conn: &Connection,
    condition: &str,
    values: impl rusqlite::Params,
    snapshot: &mut Snapshot,
) -> Result<(), ReminderError> {
    let found = stored_milestones::read(conn, condition, values)?;
    for milestone in found {
        if !snapshot
            .milestones
            .iter()
            .any(|known| known.id == milestone.id)
        {
            person_by_id(conn, milestone.contact_id, snapshot)?;
            snapshot.milestones.push(milestone);
        }
    }
    Ok(())
}

/// One contact with their birthday, when not read so yet (a contact read
/// for another kind carries none).
pub(super) fn person_by_id(
    conn: &Connection,
    id: ContactId,
    snapshot: &mut Snapshot,
) -> Result<(), ReminderError> {
    if snapshot
        .people
        .get(&id)
        .is_some_and(|known| known.birthday.is_some())
    {
        return Ok(());
    }
    let mut statement = conn.prepare_cached(&format!(
        "SELECT {PERSON_WITH_BIRTHDAY} FROM {CONTACTS} WHERE c.id = ?1"
    ))?;
    let mut rows = statement.query([id])?;
    if let Some(row) = rows.next()? {
        remember(&mut snapshot.people, read_person(row, 0)?);
    }
    Ok(())
}

/// The subjects of reminders snoozed into the look-back or later, read by
/// id: a follow-up snoozed for six weeks is no longer among the last
/// month's meetings, yet comes back when its snooze ends.
pub(super) fn snoozed(
    conn: &Connection,
    bounds: &Bounds,
    snapshot: &mut Snapshot,
) -> Result<(), ReminderError> {
    let since = stored(bounds.now.minus(days(LOOKBACK_DAYS)));
    let ids: Vec<String> = conn
        .prepare_cached(
            "SELECT reminder_id FROM reminder_states WHERE state = 'snoozed' AND until >= ?1",
        )?
        .query_map([since], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    let on = |kind: ReminderKind| snapshot.settings.of(kind).enabled;
    // Subjects the window already read need no second read.
    let meetings: HashSet<(i64, ContactId)> = snapshot
        .meetings
        .iter()
        .map(|m| (m.interaction_id, m.contact_id))
        .collect();
    let jobs: HashSet<i64> = snapshot.jobs.iter().map(|j| j.affiliation_id).collect();
    let milestones: HashSet<i64> = snapshot.milestones.iter().map(|m| m.id).collect();
    let wanted: Vec<ReminderRef> = ids
        .iter()
        .filter_map(|id| ReminderRef::parse(id).ok())
        .filter(|id| on(id.kind()))
        .filter(|id| match *id {
            ReminderRef::FollowUp {
                interaction,
                contact,
            } => !meetings.contains(&(interaction, contact)),
            ReminderRef::WorkAnniversary { affiliation, .. } => !jobs.contains(&affiliation),
            ReminderRef::Milestone { milestone } => !milestones.contains(&milestone),
            _ => true,
        })
        .collect();
    for id in wanted {
        match id {
            ReminderRef::FollowUp {
                interaction,
                contact,
            } => read_meetings(
                conn,
                "i.id = ? AND c.id = ?",
                vec![Value::Integer(interaction), Value::Integer(contact)],
                snapshot,
            )?,
            ReminderRef::EventFollowUp { event, contact, .. } => read_met(
                conn,
                bounds,
                "o.event_id = ? AND p.contact_id = ?",
                vec![Value::Integer(event), Value::Integer(contact)],
                snapshot,
            )?,
            ReminderRef::Milestone { milestone } => {
                read_milestones(conn, "m.id = ?1", params![milestone], snapshot)?
            }
            ReminderRef::Birthday { contact, .. } => person_by_id(conn, contact, snapshot)?,
            ReminderRef::WorkAnniversary { affiliation, .. } => read_jobs(
                conn,
                "a.id = ?",
                vec![Value::Integer(affiliation)],
                snapshot,
            )?,
            _ => {}
        }
    }
    Ok(())
}
