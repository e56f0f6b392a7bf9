//! The event types that cross into the UI and the CLI's JSON.

use jiff::civil::{Date, DateTime};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::values::{ContactId, OrganizationId};

// The events façade names its own ids; they live in `values`.
pub use crate::values::{DeadlineId, EventId, SessionId};

/// What kind of event it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// A congress or conference.
    Conference,
    /// A CME course.
    Cme,
    /// A seminar.
    Seminar,
    /// A workshop or hands-on course.
    Workshop,
    /// A webinar.
    Webinar,
    /// Grand rounds.
    Rounds,
    /// An association meeting.
    Meeting,
    /// Anything the user puts in their own calendar.
    Personal,
}

crate::choices!(EventKind, "kind of event", [
    Conference = "conference": "A congress or conference",
    Cme = "cme": "A CME course",
    Seminar = "seminar": "A seminar",
    Workshop = "workshop": "A workshop or hands-on course",
    Webinar = "webinar": "A webinar",
    Rounds = "rounds": "Grand rounds",
    Meeting = "meeting": "An association meeting",
    Personal = "personal": "Anything in your own calendar",
]);

/// Where the user stands with an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum EventStatus {
    /// Thinking about it.
    Considering,
    /// Registered.
    Registered,
    /// Going (travel booked, on the way, there).
    Attending,
    /// Went.
    Attended,
    /// Decided not to go, or did not go.
    Skipped,
}

crate::choices!(EventStatus, "event status", [
    Considering = "considering": "Thinking about it",
    Registered = "registered": "Registered",
    Attending = "attending": "Going",
    Attended = "attended": "Went",
    Skipped = "skipped": "Decided not to go, or did not go",
]);

/// When an event happens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum EventTiming {
    /// From a wall-clock start to an end in the venue's zone.
    Timed {
        /// Civil start, e.g. "2026-03-29T09:00:00".
        #[ts(type = "string")]
        start: DateTime,
        /// Civil end (after the start), in the same zone.
        #[ts(type = "string")]
        end: DateTime,
        /// The venue's IANA zone, e.g. "Europe/Berlin"; empty for a floating
        /// time (the same wall-clock time wherever the user is).
        time_zone: String,
    },
    /// Whole days, wherever the user is.
    AllDay {
        /// The first day.
        #[ts(type = "string")]
        first_day: Date,
        /// The last day (the same as the first for a one-day event).
        #[ts(type = "string")]
        last_day: Date,
    },
}

/// An event as stored. A recurring event is a series; an occurrence changed
/// on its own is an event of its own that names the series and the
/// occurrence it replaces.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Event {
    /// The event's id.
    #[ts(type = "number")]
    pub id: EventId,
    /// The iCalendar UID.
    pub uid: String,
    /// The series this occurrence belongs to, for a changed occurrence.
    #[ts(type = "number | null")]
    pub series_id: Option<EventId>,
    /// The original civil start of the occurrence this one replaces.
    pub recurrence_id: Option<String>,
    /// What kind of event it is.
    pub kind: EventKind,
    /// e.g. "ESC Congress 2026".
    pub title: String,
    /// The organiser, an organisation record.
    #[ts(type = "number | null")]
    pub organizer_id: Option<OrganizationId>,
    /// The organiser's name, empty when none.
    pub organizer: String,
    /// When it happens.
    pub timing: EventTiming,
    /// The venue, e.g. "Messe München, Hall B3"; empty when online only.
    pub location: String,
    /// Held online (alone or as well as at the venue).
    pub online: bool,
    /// The event's web page or joining link.
    pub url: String,
    /// Free notes.
    pub notes: String,
    /// CME credits the event is expected to give.
    pub expected_credits: Option<f64>,
    /// What it costs, as the user writes it ("€650 early bird").
    pub cost: String,
    /// Where the user stands with it.
    pub status: EventStatus,
    /// An RFC 5545 RRULE value such as "FREQ=YEARLY;BYMONTH=8"; empty for a
    /// single event.
    pub recurrence: String,
    /// Occurrences removed from the series, by their original civil start.
    pub excluded: Vec<String>,
}

/// A new event, or the new state of one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct EventDraft {
    /// What kind of event it is.
    pub kind: EventKind,
    /// e.g. "ESC Congress 2026".
    pub title: String,
    /// The organiser's name; an organisation record is found or made.
    #[serde(default)]
    pub organizer: String,
    /// When it happens.
    pub timing: EventTiming,
    /// The venue.
    #[serde(default)]
    pub location: String,
    /// Held online.
    #[serde(default)]
    pub online: bool,
    /// The event's web page or joining link.
    #[serde(default)]
    pub url: String,
    /// Free notes.
    #[serde(default)]
    pub notes: String,
    /// CME credits the event is expected to give.
    #[serde(default)]
    pub expected_credits: Option<f64>,
    /// What it costs.
    #[serde(default)]
    pub cost: String,
    /// Where the user stands with it.
    pub status: EventStatus,
    /// An RFC 5545 RRULE value; empty for a single event.
    #[serde(default)]
    pub recurrence: String,
    /// Occurrences removed from the series, by their original civil start.
    #[serde(default)]
    pub excluded: Vec<String>,
    /// The iCalendar UID; made up when empty.
    #[serde(default)]
    pub uid: String,
}

/// One occurrence of an event in a range: a single event once, a series
/// once per occurrence, a changed occurrence in place of the one it
/// replaces. What the month view, the agenda and `events list` show.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Occurrence {
    /// The event to open: the series, or the changed occurrence.
    #[ts(type = "number")]
    pub event_id: EventId,
    /// The series, when this is an occurrence of a recurring event.
    #[ts(type = "number | null")]
    pub series_id: Option<EventId>,
    /// The occurrence's original civil start: names it to change or remove.
    pub recurrence_id: String,
    /// What kind of event it is.
    pub kind: EventKind,
    /// The title.
    pub title: String,
    /// Where the user stands with it.
    pub status: EventStatus,
    /// The venue.
    pub location: String,
    /// Held online.
    pub online: bool,
    /// A whole-day event.
    pub all_day: bool,
    /// The start as an instant (a floating or all-day event: read in the
    /// viewer's zone).
    #[ts(type = "string")]
    pub starts_at: Timestamp,
    /// The end as an instant, exclusive.
    #[ts(type = "string")]
    pub ends_at: Timestamp,
    /// The start where the event happens: RFC 9557 for a zoned event
    /// ("2026-03-29T09:00:00+02:00[Europe/Berlin]"), a civil time for a
    /// floating one, a date for an all-day one.
    pub start: String,
    /// The end, written the same way (an all-day event: its last day).
    pub end: String,
    /// The venue's zone; empty when floating or all-day.
    pub time_zone: String,
    /// The start on the viewer's wall clock, civil ("2026-03-29T08:00:00"),
    /// or the first day of an all-day event.
    pub viewer_start: String,
    /// The end on the viewer's wall clock (exclusive), or the last day of an
    /// all-day event.
    pub viewer_end: String,
    /// Part of a recurring series.
    pub recurring: bool,
    /// CME credits the event is expected to give.
    pub expected_credits: Option<f64>,
}

/// Which occurrences to list.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct EventFilter {
    /// Only these statuses; every status when empty.
    #[serde(default)]
    pub statuses: Vec<EventStatus>,
    /// Only these kinds; every kind when empty.
    #[serde(default)]
    pub kinds: Vec<EventKind>,
}

/// What kind of key date it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineKind {
    /// Abstract submission.
    Abstract,
    /// Late-breaking abstracts.
    LateBreakingAbstract,
    /// Notification of acceptance.
    Notification,
    /// Early-bird registration.
    EarlyBird,
    /// Registration.
    Registration,
    /// Hotel block release.
    HotelBlock,
    /// Anything else; the label says what.
    Other,
}

crate::choices!(DeadlineKind, "kind of key date", [
    Abstract = "abstract": "Abstract submission",
    LateBreakingAbstract = "late_breaking_abstract": "Late-breaking abstracts",
    Notification = "notification": "Notification of acceptance",
    EarlyBird = "early_bird": "Early-bird registration",
    Registration = "registration": "Registration",
    HotelBlock = "hotel_block": "Hotel block release",
    Other = "other": "Anything else; the label says what",
]);

/// A key date of an event, in its own zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Deadline {
    /// The key date's id.
    #[ts(type = "number")]
    pub id: DeadlineId,
    /// The event it belongs to.
    #[ts(type = "number")]
    pub event_id: EventId,
    /// What kind of key date it is.
    pub kind: DeadlineKind,
    /// The user's label ("Abstracts, oral presentations"); the kind's name
    /// when empty.
    pub label: String,
    /// The civil due time in its zone, e.g. "2026-03-01T23:59:00".
    #[ts(type = "string")]
    pub due_local: DateTime,
    /// An IANA zone, or "AoE" for Anywhere on Earth (UTC−12).
    pub time_zone: String,
    /// The due instant.
    #[ts(type = "string")]
    pub due_at: Timestamp,
    /// The user has dealt with it (submitted, registered…).
    pub done: bool,
}

/// A new key date, or its new state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DeadlineDraft {
    /// What kind of key date it is.
    pub kind: DeadlineKind,
    /// The user's label.
    #[serde(default)]
    pub label: String,
    /// The civil due time in its zone.
    #[ts(type = "string")]
    pub due_local: DateTime,
    /// An IANA zone, or "AoE".
    pub time_zone: String,
    /// Dealt with.
    #[serde(default)]
    pub done: bool,
}

/// A key date with its event, for the deadlines list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct UpcomingDeadline {
    /// The key date.
    pub deadline: Deadline,
    /// The event's title.
    pub event_title: String,
    /// The event's kind.
    pub event_kind: EventKind,
    /// The event's status.
    pub event_status: EventStatus,
}

/// A session the user plans to attend.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PlannedSession {
    /// The session's id.
    #[ts(type = "number")]
    pub id: SessionId,
    /// The session's title.
    pub title: String,
    /// Civil start in the event's zone.
    #[ts(type = "string | null")]
    pub start: Option<DateTime>,
    /// Civil end in the event's zone.
    #[ts(type = "string | null")]
    pub end: Option<DateTime>,
    /// Room or hall.
    pub room: String,
}

/// A new session, or its new state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SessionDraft {
    /// The session's title.
    pub title: String,
    /// Civil start in the event's zone.
    #[ts(type = "string | null")]
    pub start: Option<DateTime>,
    /// Civil end in the event's zone.
    #[ts(type = "string | null")]
    pub end: Option<DateTime>,
    /// Room or hall.
    #[serde(default)]
    pub room: String,
}

/// Whether a person is someone to meet or someone met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PersonRole {
    /// Planned: someone to meet there.
    ToMeet,
    /// Done: someone the user met there.
    Met,
}

/// A person linked to an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EventPerson {
    /// The contact.
    #[ts(type = "number")]
    pub contact_id: ContactId,
    /// The contact's display name.
    pub display_name: String,
    /// To meet, or met.
    pub role: PersonRole,
    /// The goal (to meet) or what was talked about (met).
    pub note: String,
    /// When the link was made.
    #[ts(type = "string")]
    pub added_at: Timestamp,
}

/// An event with everything planned and recorded for it: what the detail
/// pane and `events show` display.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct EventDetail {
    /// The event.
    #[serde(flatten)]
    pub event: Event,
    /// Its key dates, soonest first.
    pub deadlines: Vec<Deadline>,
    /// Sessions to attend, in time order.
    pub sessions: Vec<PlannedSession>,
    /// People to meet and people met.
    pub people: Vec<EventPerson>,
    /// CME credits recorded for this event (hours).
    pub credits_recorded: f64,
}
