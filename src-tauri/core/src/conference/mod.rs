//! Working a conference: the trip radar (people worth seeing where the
//! event is), a brief per person to meet, the "I just met…" capture, and the
//! after-event round of follow-ups.
//!
//! Everything is read from the book, offline. The module gives the
//! reminder engine no prompts (the people met already feed its event
//! follow-ups), so it may use `messages` for its drafts.

mod after;
mod brief;
mod capture;
mod city;
mod dates;
mod model;
mod radar;

pub use model::{
    AfterEvent, Brief, CaptureDraft, CaptureMatch, Captured, FollowUp, Radar, RadarPerson,
    RadarReason, RadarReasonKind, TripPlan,
};

use jiff::Timestamp;
use rusqlite::Connection;

use crate::contacts::ContactError;
use crate::events::{self, EventError, EventId, PersonRole};
use crate::messages::{self, DraftAbout, TemplateKind};
use crate::reminders::ReminderError;
use crate::values::{ContactId, Invalid};

/// Why a conference screen could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum ConferenceError {
    /// The input breaks a rule; the message says which, for the user.
    #[error(transparent)]
    Invalid(#[from] Invalid),
    /// No event has this id.
    #[error("there is no event with id {0}")]
    EventNotFound(EventId),
    /// No contact has this id.
    #[error("there is no contact with id {0}")]
    ContactNotFound(ContactId),
    /// The database failed.
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
}

impl From<EventError> for ConferenceError {
    fn from(err: EventError) -> Self {
        match err {
            EventError::Invalid(invalid) => Self::Invalid(invalid),
            EventError::NotFound(id) => Self::EventNotFound(id),
            EventError::ContactNotFound(id) => Self::ContactNotFound(id),
            EventError::Database(err) => Self::Database(err),
        }
    }
}

impl From<ContactError> for ConferenceError {
    fn from(err: ContactError) -> Self {
        match err {
            ContactError::Invalid(invalid) => Self::Invalid(invalid),
            ContactError::NotFound(id) => Self::ContactNotFound(id),
            ContactError::Database(err) => Self::Database(err),
        }
    }
}

impl From<ReminderError> for ConferenceError {
    fn from(err: ReminderError) -> Self {
        match err {
            ReminderError::Invalid(invalid) => Self::Invalid(invalid),
            ReminderError::ContactNotFound(id) => Self::ContactNotFound(id),
            ReminderError::NotFound { what, id } => Self::Invalid(Invalid::new(
                "id",
                format!("There is no {what} with id {id}"),
            )),
            ReminderError::Database(err) => Self::Database(err),
        }
    }
}

/// The trip radar of event `event_id` (a conference, or a trip: any event
/// with a location): the people worth seeing there with why, strongest
/// first; those already planned or met are marked. `now` decides current
/// jobs and who has not been seen for long.
pub fn radar(
    conn: &Connection,
    event_id: EventId,
    now: Timestamp,
) -> Result<Radar, ConferenceError> {
    radar::radar(conn, event_id, now)
}

/// The radar's one click: adds `contact_id` to the people to meet at the
/// event (a second time adds nothing) and drafts "I'll be in {city} for
/// {event}, coffee?" from the trip template.
pub fn plan_to_meet(
    conn: &mut Connection,
    event_id: EventId,
    contact_id: ContactId,
    now: Timestamp,
) -> Result<TripPlan, ConferenceError> {
    let person = events::link_person(conn, event_id, contact_id, PersonRole::ToMeet, "", now)?;
    let draft = trip_draft(conn, event_id, contact_id)?;
    Ok(TripPlan { person, draft })
}

/// The trip draft to `contact_id` for event `event_id`: its city, title and
/// days.
pub fn trip_draft(
    conn: &Connection,
    event_id: EventId,
    contact_id: ContactId,
) -> Result<messages::MessageDraft, ConferenceError> {
    let event = events::get(conn, event_id)?;
    let venue = city::venue(&event.location, &city::known_cities(conn)?);
    let (first, last) = dates::days(&event);
    let about = DraftAbout {
        topic: None,
        event: Some(event.title.clone()),
        city: venue.shown.unwrap_or_default(),
        dates: dates::in_words(first, last),
    };
    Ok(messages::compose_about(
        conn,
        contact_id,
        TemplateKind::Trip,
        &about,
    )?)
}

/// A one-page brief on each person to meet at event `event_id` (or on
/// `contact` alone, planned or not), in name order.
pub fn brief(
    conn: &Connection,
    event_id: EventId,
    contact: Option<ContactId>,
    now: Timestamp,
) -> Result<Vec<Brief>, ConferenceError> {
    brief::briefs(conn, event_id, contact, now)
}

/// The contact a capture of `name` would go to: someone whose name has
/// every word of it (titles such as "Dr." aside), found by the contact
/// search; of several, one whose institution names `from`.
pub fn capture_match(
    conn: &Connection,
    name: &str,
    from: &str,
) -> Result<Option<CaptureMatch>, ConferenceError> {
    capture::best_match(conn, name, from)
}

/// "I just met…": records the person as met at event `event_id` (the
/// contact chosen, else [`capture_match`]'s, else a new contact with the
/// name and `from` as institution) with an interaction at the event whose
/// note and topic are the line, in one transaction. Refused before the
/// event starts (nobody can have been met yet), without a name, and with a
/// line that is not one line.
pub fn capture(
    conn: &mut Connection,
    event_id: EventId,
    draft: &CaptureDraft,
    now: Timestamp,
) -> Result<Captured, ConferenceError> {
    capture::capture(conn, event_id, draft, now)
}

/// After event `event_id`: everyone met with a follow-up draft quoting
/// their note and whether a message went to them since, and the people
/// planned and not met.
pub fn after(conn: &Connection, event_id: EventId) -> Result<AfterEvent, ConferenceError> {
    after::after(conn, event_id)
}

/// "MD · Cardiology · Mass General", leaving out what is empty.
pub(crate) fn profile_line(credentials: &str, specialty: &str, institution: &str) -> String {
    [credentials, specialty, institution]
        .iter()
        .map(|part| part.trim())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}
