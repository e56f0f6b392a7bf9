//! Interactions: a dated entry (a meeting, a call, a shared article…) with
//! one or more contacts, a short topic and a note of what was said. They
//! make a contact's timeline, keep "last contact" (and so the
//! stay-in-touch prompts) and feed search, follow-ups and message drafts.
//!
//! An interaction records something that happened, so it is never dated
//! after now (see [`add`]); a mistake is put right with [`edit`] or
//! [`delete`], which keep every person's last contact true.

mod write;

pub(crate) use write::add_in;
pub use write::{add, delete, edit, TOPIC_LIMIT};

use jiff::Timestamp;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

// The interactions façade names its own id; it lives in `values`.
pub use crate::values::InteractionId;

use crate::contacts::ContactError;
use crate::values::{ContactId, EventId, Invalid};

/// What kind of contact it was.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum InteractionKind {
    /// Met in person.
    #[default]
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

crate::choices!(InteractionKind, "kind of interaction", [
    Meeting = "meeting": "Met in person",
    Call = "call": "A phone or video call",
    Message = "message": "A text or chat message",
    Email = "email": "An email",
    Event = "event": "Saw each other at an event",
    Article = "article": "Shared an article or paper",
    Referral = "referral": "A referral, either way",
    Introduction = "introduction": "An introduction, made or received",
    Other = "other": "Anything else",
]);

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
    /// What it was about, in a few words ("renal denervation"): what a
    /// message draft quotes; empty when not given.
    pub topic: String,
    /// What was said or done: the user's own note, never quoted in drafts.
    pub note: String,
    /// Everyone it was with.
    #[ts(type = "Array<number>")]
    pub contact_ids: Vec<ContactId>,
    /// The event it happened at, if any.
    #[ts(type = "number | null")]
    pub event_id: Option<EventId>,
}

/// A new interaction, or an interaction's new values ([`edit`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct InteractionDraft {
    /// What kind of contact it was.
    pub kind: InteractionKind,
    /// When it happened, not after now: now when not given to [`add`], kept
    /// as it was when not given to [`edit`].
    #[ts(type = "string | null")]
    pub occurred_at: Option<Timestamp>,
    /// The IANA zone it happened in; empty when not known.
    #[serde(default)]
    pub time_zone: String,
    /// What it was about, in a few words, on one line (at most
    /// [`TOPIC_LIMIT`] characters); what message drafts quote.
    #[serde(default)]
    #[ts(optional, type = "string")]
    pub topic: String,
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

/// One interaction.
pub fn get(conn: &Connection, id: InteractionId) -> Result<Interaction, ContactError> {
    let row = conn
        .query_row(
            "SELECT kind, occurred_at, time_zone, topic, note, event_id FROM interactions WHERE id = ?1",
            [id],
            |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get(2)?,
                    row.get(3)?,
                    row.get(4)?,
                    row.get(5)?,
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
    let (kind, occurred_at, time_zone, topic, note, event_id) = row;
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
        topic,
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

/// Which interactions [`list`] reads; every one when both are `None`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct InteractionFilter {
    /// Only those with this contact.
    pub contact: Option<ContactId>,
    /// Only those at this event.
    pub event: Option<EventId>,
    /// At most this many, the newest.
    pub limit: Option<u32>,
}

/// Interactions newest first, with a contact, at an event or both.
pub fn list(
    conn: &Connection,
    filter: InteractionFilter,
) -> Result<Vec<Interaction>, ContactError> {
    let mut statement = conn.prepare_cached(
        "SELECT i.id FROM interactions i
         WHERE (?1 IS NULL OR EXISTS (SELECT 1 FROM interaction_contacts ic
                                      WHERE ic.interaction_id = i.id AND ic.contact_id = ?1))
           AND (?2 IS NULL OR i.event_id = ?2)
         ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?3",
    )?;
    let ids: Vec<InteractionId> = statement
        .query_map(
            params![
                filter.contact,
                filter.event,
                filter.limit.map_or(-1, i64::from)
            ],
            |row| row.get(0),
        )?
        .collect::<Result<_, _>>()?;
    ids.into_iter().map(|id| get(conn, id)).collect()
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
