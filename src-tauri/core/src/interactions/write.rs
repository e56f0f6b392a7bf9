//! Writing interactions: adding, editing and deleting, each one transaction
//! that keeps what depends on them true — every person's "last contact"
//! (and the note kept beside it, migration 009), their search entry, and the
//! reminder state of a follow-up that names the interaction.
//!
//! An interaction records something that happened, so its date may not be
//! after now. A small grace allows for clocks that disagree (the phone's, the
//! laptop's): anything up to the end of the current minute (UTC) is
//! accepted. A meeting yet to come is an event or a reminder, not an
//! interaction: dated next year it would count as "last contact" and
//! silence that person's stay-in-touch prompt until then.

use jiff::Timestamp;
use rusqlite::{params, Connection};

use super::{get, Interaction, InteractionDraft, InteractionId};
use crate::contacts::refresh_recency;
use crate::contacts::search_index;
use crate::contacts::{self, ContactError};
use crate::values::{ContactId, Invalid};

/// The longest topic, in characters: a few words, not a note.
pub const TOPIC_LIMIT: usize = 120;

/// Records an interaction with one or more contacts, at `draft.occurred_at`
/// or `now`. Refused with a clear message: no contact, a contact or event
/// that does not exist, an unknown zone, a topic over [`TOPIC_LIMIT`]
/// characters, a note over the notes limit, and a date after the end of
/// `now`'s minute (an interaction records something that happened).
pub fn add(
    conn: &mut Connection,
    draft: &InteractionDraft,
    now: Timestamp,
) -> Result<Interaction, ContactError> {
    let tx = conn.transaction()?;
    let interaction = add_in(&tx, draft, now)?;
    tx.commit()?;
    Ok(interaction)
}

/// Records an interaction inside the caller's transaction, as [`add`]
/// does (the conference capture writes it with the contact and the event's
/// link in one transaction).
pub(crate) fn add_in(
    tx: &Connection,
    draft: &InteractionDraft,
    now: Timestamp,
) -> Result<Interaction, ContactError> {
    let checked = check(draft, draft.occurred_at.unwrap_or(now), now)?;
    check_links(tx, &checked)?;
    tx.execute(
        "INSERT INTO interactions (kind, occurred_at, time_zone, topic, note, created_at, event_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            draft.kind.as_str(),
            crate::values::stored_instant(checked.occurred_at),
            checked.time_zone,
            checked.topic,
            checked.note,
            now.to_string(),
            checked.event_id
        ],
    )?;
    let id = tx.last_insert_rowid();
    link(tx, id, &checked.people)?;
    refresh_people(tx, &checked.people)?;
    get(tx, id)
}

/// Replaces interaction `id`'s kind, date, zone, topic, note, people and
/// event with `draft`'s; a draft without a date keeps the stored one. The
/// same checks as [`add`] apply, to the date it ends up with too. Everyone
/// it was or now is with has their last contact recomputed, and the
/// follow-up state of anyone taken off it is removed.
pub fn edit(
    conn: &mut Connection,
    id: InteractionId,
    draft: &InteractionDraft,
    now: Timestamp,
) -> Result<Interaction, ContactError> {
    let tx = conn.transaction()?;
    let before = get(&tx, id)?;
    let checked = check(draft, draft.occurred_at.unwrap_or(before.occurred_at), now)?;
    check_links(&tx, &checked)?;
    tx.execute(
        "UPDATE interactions SET kind = ?2, occurred_at = ?3, time_zone = ?4, topic = ?5, note = ?6, event_id = ?7
         WHERE id = ?1",
        params![
            id,
            draft.kind.as_str(),
            crate::values::stored_instant(checked.occurred_at),
            checked.time_zone,
            checked.topic,
            checked.note,
            checked.event_id
        ],
    )?;
    tx.execute(
        "DELETE FROM interaction_contacts WHERE interaction_id = ?1",
        [id],
    )?;
    link(&tx, id, &checked.people)?;
    for gone in before
        .contact_ids
        .iter()
        .filter(|person| !checked.people.contains(person))
    {
        forget_follow_up(&tx, &format!("follow_up:i{id}:c{gone}"))?;
    }
    let mut everyone = before.contact_ids;
    everyone.extend(&checked.people);
    everyone.sort_unstable();
    everyone.dedup();
    refresh_people(&tx, &everyone)?;
    let interaction = get(&tx, id)?;
    tx.commit()?;
    Ok(interaction)
}

/// Deletes interaction `id` and returns it as it was. Everyone it was with
/// has their last contact and search entry recomputed, and the state of
/// its follow-up reminders (done, dismissed, snoozed, shown) goes with it,
/// so nothing of it is applied to a later interaction that gets the same id.
pub fn delete(conn: &mut Connection, id: InteractionId) -> Result<Interaction, ContactError> {
    let tx = conn.transaction()?;
    let before = get(&tx, id)?;
    // The delete trigger of migration 010 forgets its follow-ups' state.
    tx.execute("DELETE FROM interactions WHERE id = ?1", [id])?;
    refresh_people(&tx, &before.contact_ids)?;
    tx.commit()?;
    Ok(before)
}

/// A draft's values, checked and tidied.
struct Checked {
    people: Vec<ContactId>,
    occurred_at: Timestamp,
    time_zone: String,
    topic: String,
    note: String,
    event_id: Option<i64>,
}

/// Checks what can be checked without the database.
fn check(
    draft: &InteractionDraft,
    occurred_at: Timestamp,
    now: Timestamp,
) -> Result<Checked, ContactError> {
    let mut people = draft.contact_ids.clone();
    people.sort_unstable();
    people.dedup();
    if people.is_empty() {
        return Err(
            Invalid::new("contact_ids", "An interaction needs at least one contact").into(),
        );
    }
    if occurred_at >= end_of_minute(now) {
        return Err(Invalid::new(
            "occurred_at",
            format!(
                "{} is in the future: an interaction records something that has happened \
                 (plan a meeting to come as an event or a reminder)",
                crate::values::stored_instant(occurred_at)
            ),
        )
        .into());
    }
    let topic = draft.topic.split_whitespace().collect::<Vec<_>>().join(" ");
    if topic.chars().count() > TOPIC_LIMIT {
        return Err(Invalid::new(
            "topic",
            format!(
                "The topic is too long (the limit is {TOPIC_LIMIT} characters): \
                 say it in a few words and keep the rest for the note"
            ),
        )
        .into());
    }
    let note = draft.note.trim_end();
    if note.chars().count() > crate::values::limits::NOTES {
        return Err(Invalid::new(
            "note",
            format!(
                "The note is too long (the limit is {} characters)",
                crate::values::limits::NOTES
            ),
        )
        .into());
    }
    let zone = draft.time_zone.trim();
    if !zone.is_empty() && jiff::tz::TimeZone::get(zone).is_err() {
        return Err(Invalid::new(
            "time_zone",
            format!("\"{zone}\" is not a time zone Curbside knows: use a name like Europe/Berlin"),
        )
        .into());
    }
    Ok(Checked {
        people,
        occurred_at,
        time_zone: zone.to_owned(),
        topic,
        note: note.to_owned(),
        event_id: draft.event_id,
    })
}

/// The first instant after `now`'s minute: the grace for clock skew.
fn end_of_minute(now: Timestamp) -> Timestamp {
    let next_minute = (now.as_second().div_euclid(60) + 1) * 60;
    Timestamp::from_second(next_minute).unwrap_or(Timestamp::MAX)
}

/// Refuses people and an event that do not exist.
fn check_links(conn: &Connection, checked: &Checked) -> Result<(), ContactError> {
    for &id in &checked.people {
        if !contacts::exists(conn, id)? {
            return Err(ContactError::NotFound(id));
        }
    }
    if let Some(event) = checked.event_id {
        let known: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM events WHERE id = ?1)",
            [event],
            |row| row.get(0),
        )?;
        if !known {
            return Err(
                Invalid::new("event_id", format!("There is no event with id {event}")).into(),
            );
        }
    }
    Ok(())
}

fn link(conn: &Connection, id: InteractionId, people: &[ContactId]) -> rusqlite::Result<()> {
    let mut insert = conn.prepare_cached(
        "INSERT INTO interaction_contacts (interaction_id, contact_id) VALUES (?1, ?2)",
    )?;
    for &person in people {
        insert.execute(params![id, person])?;
    }
    Ok(())
}

/// Recomputes each person's last contact and search entry.
fn refresh_people(conn: &Connection, people: &[ContactId]) -> rusqlite::Result<()> {
    for &person in people {
        refresh_recency(conn, person)?;
        search_index::refresh(conn, person)?;
    }
    Ok(())
}

/// Removes the reminder state (done, dismissed, snoozed, shown) of the
/// reminder `id` and of those under it: "follow_up:i42:c5" for the
/// follow-up of a person taken off interaction 42. (Deleting a whole
/// interaction is covered by migration 010's delete trigger.)
fn forget_follow_up(conn: &Connection, id: &str) -> rusqlite::Result<()> {
    for table in ["reminder_states", "reminders_shown"] {
        conn.prepare_cached(&format!(
            "DELETE FROM {table} WHERE reminder_id = ?1 OR substr(reminder_id, 1, length(?1) + 1) = ?1 || ':'"
        ))?
        .execute([id])?;
    }
    Ok(())
}
