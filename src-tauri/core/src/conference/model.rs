//! The conference types that cross into the UI, the shell and the CLI's
//! JSON: the trip radar, the brief per person, the capture and the round of
//! follow-ups after an event.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::events::{EventId, EventPerson};
use crate::interactions::Interaction;
use crate::messages::MessageDraft;
use crate::values::ContactId;

/// Why someone is on the trip radar, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RadarReasonKind {
    /// An address of theirs is in the venue's city.
    LivesThere,
    /// They work at an organisation in the venue's city.
    WorksThere,
    /// They are linked to this event already (planned, met or logged).
    Attending,
    /// Their institution's name names the venue's city.
    InstitutionThere,
    /// They were met at an earlier event of the same organiser or series.
    MetAtEarlierEdition,
    /// An address of theirs is in the venue's region (state, county).
    SameRegion,
    /// A mentor or referral partner not seen for long.
    NotSeenForLong,
    /// Their own time zone is the venue's (weaker: a whole region).
    SameTimeZone,
}

/// One reason, in words for the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RadarReason {
    /// Which kind of reason.
    pub kind: RadarReasonKind,
    /// "Works at Massachusetts General Hospital, Boston".
    pub text: String,
}

/// Someone worth seeing on a trip, with why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RadarPerson {
    /// The contact.
    #[ts(type = "number")]
    pub contact_id: ContactId,
    /// Their name.
    pub display_name: String,
    /// "MD · Cardiology · Mass General".
    pub profile_line: String,
    /// Why they are worth seeing, strongest first.
    pub reasons: Vec<RadarReason>,
    /// Already among the people to meet at this event.
    pub planned: bool,
    /// Already recorded as met at this event.
    pub met: bool,
    /// When the user was last in touch.
    #[ts(type = "string | null")]
    pub last_interaction_at: Option<jiff::Timestamp>,
}

/// The trip radar of one event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Radar {
    /// The event.
    #[ts(type = "number")]
    pub event_id: EventId,
    /// Its title.
    pub title: String,
    /// The venue's city as read from the location ("Boston"), if any.
    pub city: Option<String>,
    /// The days of the event, in words: "12–15 November 2026".
    pub dates: String,
    /// The people, strongest reasons first, then by name.
    pub people: Vec<RadarPerson>,
}

/// The trip radar's one click: added to the people to meet, and a draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TripPlan {
    /// The person as now linked to the event.
    pub person: EventPerson,
    /// "I'll be in Boston for AHA, coffee?".
    pub draft: MessageDraft,
}

/// A one-page brief on someone to meet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Brief {
    /// The contact.
    #[ts(type = "number")]
    pub contact_id: ContactId,
    /// Their name.
    pub display_name: String,
    /// "MD · Cardiology · Mass General".
    pub profile_line: String,
    /// Why the user wants to meet them (the note of the plan), if any.
    pub goal: String,
    /// Their last interactions with the user, newest first (at most 3).
    pub last_interactions: Vec<Interaction>,
    /// Topics talked about, their tags and specialty: what to talk about.
    pub shared_topics: Vec<String>,
    /// Questions to ask: how last time's topics went, recent milestones.
    pub to_ask: Vec<String>,
}

/// "I just met…": what the user typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CaptureDraft {
    /// The name as typed ("anna berg").
    pub name: String,
    /// Where they are from, as typed ("Charité"); empty when not given.
    #[serde(default)]
    pub from: String,
    /// One line about the conversation.
    #[serde(default)]
    pub note: String,
    /// The contact the user chose; none to take the best match by name, or
    /// to create a new contact when nobody matches.
    #[serde(default)]
    #[ts(optional, type = "number | null")]
    pub contact_id: Option<ContactId>,
    /// Create a new contact even when someone matches.
    #[serde(default)]
    pub create_new: bool,
}

/// The contact a capture would go to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CaptureMatch {
    /// The contact.
    #[ts(type = "number")]
    pub contact_id: ContactId,
    /// Their name.
    pub display_name: String,
    /// Their institution.
    pub institution: String,
}

/// What a capture did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Captured {
    /// The contact met.
    #[ts(type = "number")]
    pub contact_id: ContactId,
    /// Their name.
    pub display_name: String,
    /// A new contact was made (else an existing one matched).
    pub created: bool,
    /// Their link to the event, as met.
    pub person: EventPerson,
    /// The interaction logged at the event.
    pub interaction: Interaction,
}

/// Someone met at an event, with the follow-up to send.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FollowUp {
    /// The person met, with the note of what was talked about.
    pub person: EventPerson,
    /// The follow-up draft, quoting the note.
    pub draft: MessageDraft,
    /// A message to them was logged since they were met.
    pub done: bool,
}

/// After an event: everyone met, and those planned but not met.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AfterEvent {
    /// The event.
    #[ts(type = "number")]
    pub event_id: EventId,
    /// Its title.
    pub title: String,
    /// Everyone met, in the order they were met.
    pub met: Vec<FollowUp>,
    /// The people to meet who were not met, by name.
    pub planned_not_met: Vec<EventPerson>,
}
