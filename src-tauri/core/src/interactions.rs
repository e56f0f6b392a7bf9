//! Interactions: a dated entry (a meeting, a call, a shared article…) with
//! one or more contacts and a note of what was said. They make a contact's
//! timeline and feed search and, later, the follow-up reminders.

use jiff::Timestamp;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::contacts::{self, ContactError, ContactId, Invalid};
use crate::events::EventId;
use crate::search::index;

/// An interaction's id.
pub type InteractionId = i64;

/// What kind of contact it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum InteractionKind {
    /// Met in person.
    Meeting,
    /// A phone or video call.
    Call,
    /// A text or chat message.
    Message,
    /// An email.
    Email,
    /// Saw each other at an event.
    Event,
    /// Shared an article or paper.
    Article,
    /// A referral, either way.
    Referral,
    /// An introduction, made or received.
    Introduction,
    /// Anything else.
    Other,
}

impl InteractionKind {
    /// The name stored and shown in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Meeting => "meeting",
            Self::Call => "call",
            Self::Message => "message",
            Self::Email => "email",
            Self::Event => "event",
            Self::Article => "article",
            Self::Referral => "referral",
            Self::Introduction => "introduction",
            Self::Other => "other",
        }
    }

    fn parse(text: &str) -> Option<Self> {
        Some(match text {
            "meeting" => Self::Meeting,
            "call" => Self::Call,
            "message" => Self::Message,
            "email" => Self::Email,
            "event" => Self::Event,
            "article" => Self::Article,
            "referral" => Self::Referral,
            "introduction" => Self::Introduction,
            "other" => Self::Other,
            _ => return None,
        })
    }
}

/// An interaction as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Interaction {
    /// The interaction's id.
    #[ts(type = "number")]
    pub id: InteractionId,
    /// What kind of contact it was.
    pub kind: InteractionKind,
    /// When it happened (RFC 3339, UTC).
    #[ts(type = "string")]
    pub occurred_at: Timestamp,
    /// The IANA zone it happened in, for showing its wall-clock time; empty
    /// when not known.
    pub time_zone: String,
    /// What was said or done.
    pub note: String,
    /// Everyone it was with.
    #[ts(type = "Array<number>")]
    pub contact_ids: Vec<ContactId>,
    /// The event it happened at, if any.
    #[ts(type = "number | null")]
    pub event_id: Option<EventId>,
}

/// A new interaction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct InteractionDraft {
    /// What kind of contact it was.
    pub kind: InteractionKind,
    /// When it happened; now when not given.
    #[ts(type = "string | null")]
    pub occurred_at: Option<Timestamp>,
    /// The IANA zone it happened in; empty when not known.
    #[serde(default)]
    pub time_zone: String,
    /// What was said or done.
    #[serde(default)]
    pub note: String,
    /// Everyone it was with (at least one).
    #[ts(type = "Array<number>")]
    pub contact_ids: Vec<ContactId>,
    /// The event it happened at, if any.
    #[serde(default)]
    #[ts(optional, type = "number | null")]
    pub event_id: Option<EventId>,
}

/// Records an interaction with one or more contacts.
pub fn add(
    conn: &mut Connection,
    draft: &InteractionDraft,
    now: Timestamp,
) -> Result<Interaction, ContactError> {
    let mut people = draft.contact_ids.clone();
    people.sort_unstable();
    people.dedup();
    if people.is_empty() {
        return Err(
            Invalid::new("contact_ids", "An interaction needs at least one contact").into(),
        );
    }
    let note = draft.note.trim_end();
    if note.chars().count() > contacts::limits::NOTES {
        return Err(Invalid::new(
            "note",
            format!(
                "The note is too long (the limit is {} characters)",
                contacts::limits::NOTES
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
    let tx = conn.transaction()?;
    for &id in &people {
        if !contacts::exists(&tx, id)? {
            return Err(ContactError::NotFound(id));
        }
    }
    if let Some(event) = draft.event_id {
        let known: bool = tx.query_row(
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
    tx.execute(
        "INSERT INTO interactions (kind, occurred_at, time_zone, note, created_at, event_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![draft.kind.as_str(), contacts::stored_instant(draft.occurred_at.unwrap_or(now)), zone, note, now.to_string(), draft.event_id],
    )?;
    let id = tx.last_insert_rowid();
    for &person in &people {
        tx.execute(
            "INSERT INTO interaction_contacts (interaction_id, contact_id) VALUES (?1, ?2)",
            params![id, person],
        )?;
        refresh_recency(&tx, person)?;
        index::refresh(&tx, person)?;
    }
    let interaction = get(&tx, id)?;
    tx.commit()?;
    Ok(interaction)
}

/// One interaction.
pub fn get(conn: &Connection, id: InteractionId) -> Result<Interaction, ContactError> {
    let row = conn
        .query_row(
            "SELECT kind, occurred_at, time_zone, note, event_id FROM interactions WHERE id = ?1",
            [id],
            |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get(2)?,
                    row.get(3)?,
                    row.get(4)?,
                ))
            },
        )
        .optional()?
        .ok_or_else(|| {
            Invalid::new(
                "interaction",
                format!("There is no interaction with id {id}"),
            )
        })?;
    let (kind, occurred_at, time_zone, note, event_id) = row;
    let mut people = conn.prepare_cached(
        "SELECT contact_id FROM interaction_contacts WHERE interaction_id = ?1 ORDER BY contact_id",
    )?;
    let contact_ids = people
        .query_map([id], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(Interaction {
        id,
        kind: InteractionKind::parse(&kind).unwrap_or(InteractionKind::Other),
        occurred_at: parse_instant(&occurred_at)?,
        time_zone,
        note,
        contact_ids,
        event_id,
    })
}

/// A contact's interactions, newest first.
pub fn for_contact(
    conn: &Connection,
    contact: ContactId,
    limit: Option<u32>,
) -> Result<Vec<Interaction>, ContactError> {
    let mut statement = conn.prepare_cached(
        "SELECT i.id FROM interactions i JOIN interaction_contacts ic ON ic.interaction_id = i.id
         WHERE ic.contact_id = ?1 ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?2",
    )?;
    let ids: Vec<InteractionId> = statement
        .query_map(params![contact, limit.map_or(-1, i64::from)], |row| {
            row.get(0)
        })?
        .collect::<Result<_, _>>()?;
    ids.into_iter().map(|id| get(conn, id)).collect()
}

/// When the user last interacted with the contact.
pub fn last_at(conn: &Connection, contact: ContactId) -> Result<Option<Timestamp>, ContactError> {
    let last: Option<String> = conn.query_row(
        "SELECT max(i.occurred_at) FROM interactions i JOIN interaction_contacts ic ON ic.interaction_id = i.id
         WHERE ic.contact_id = ?1",
        [contact],
        |row| row.get(0),
    )?;
    last.as_deref().map(parse_instant).transpose()
}

/// Recomputes when the user was last in touch with `contact`.
pub(crate) fn refresh_recency(conn: &Connection, contact: ContactId) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "UPDATE contacts SET last_interaction_at = (
             SELECT max(i.occurred_at) FROM interaction_contacts ic JOIN interactions i ON i.id = ic.interaction_id
             WHERE ic.contact_id = contacts.id)
         WHERE id = ?1",
    )?
    .execute([contact])?;
    Ok(())
}

fn parse_instant(text: &str) -> Result<Timestamp, ContactError> {
    text.parse().map_err(|e| {
        ContactError::Database(rusqlite::Error::FromSqlConversionFailure(
            1,
            rusqlite::types::Type::Text,
            Box::new(e),
        ))
    })
}
