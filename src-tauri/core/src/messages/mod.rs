//! Message drafts: the follow-up after a meeting, congratulations, birthday
//! wishes, thanks for a referral, an introduction, an article shared —
//! written from a template, filled from the contact and what the user last
//! talked about with them, so that acting on a reminder takes one click
//! and an edit, not a blank page.
//!
//! - Ten templates ([`TemplateKind`]), each Curbside's wording until the
//!   user edits it ([`templates`], [`save_template`], [`reset_template`]).
//!   Placeholders such as `{salutation}` and `{topic}` ([`PLACEHOLDERS`])
//!   are filled line by line: a line whose placeholders all come out empty
//!   is left out, and an empty one beside others takes its clause with it,
//!   so a draft without a topic or an event still reads well.
//! - [`compose`] fills a template for a contact, from a reminder (its
//!   meeting's topic, the event, the milestone) or from the last
//!   conversation or milestone, with a `mailto:` link and the contact's
//!   profile link.
//! - [`sent`] logs the message as an interaction and completes the reminder
//!   it answered, in one transaction.
//!
//! The user's own name, for signing, is kept by `presence`; [`my_name`]
//! reads it here too. The introduction drafts ([`introduction_ask`],
//! [`introduction_email`], [`introduction_follow_up`]) fill their own
//! templates from an introduction; a draft from the follow-up's reminder
//! is that follow-up, to both.
//! Errors are [`ReminderError`]s: drafts answer reminders, and fail the
//! same ways (bad input, a contact or subject that is gone, the database).

mod compose;
mod context;
mod defaults;
mod details;
mod introductions;
mod mailto;
mod model;
mod names;
mod placeholders;
mod sender;
mod sent;
mod templates;

pub use model::{MessageDraft, MessageTemplate, SentMessage, TemplateKind};
pub use placeholders::PLACEHOLDERS;
pub use templates::{BODY_LIMIT, SUBJECT_LIMIT};

use jiff::tz::TimeZone;
use jiff::Timestamp;
use rusqlite::Connection;

use crate::interactions::Interaction;
use crate::reminders::ids::ReminderRef;
use crate::reminders::ReminderError;
use crate::values::ContactId;

/// The templates, in [`TemplateKind::ALL`]'s order: the user's wording
/// The templates, in [`TemplateKind::ALL`]'s order: the user's wording
/// where they edited one, Curbside's otherwise.
pub fn templates(conn: &Connection) -> Result<Vec<MessageTemplate>, ReminderError> {
    templates::all(conn)
}

/// One template, as [`templates`] lists it.
pub fn template(conn: &Connection, kind: TemplateKind) -> Result<MessageTemplate, ReminderError> {
    templates::get(conn, kind)
}

/// Saves the user's wording of a template. Refused with a clear message:
/// an empty or multi-line subject, a subject over [`SUBJECT_LIMIT`] or a
/// body over [`BODY_LIMIT`] characters, and a placeholder Curbside does
/// not know (the message names the known ones). Saving Curbside's own
/// wording back is the same as [`reset_template`].
pub fn save_template(
    conn: &Connection,
    kind: TemplateKind,
    subject: &str,
    body: &str,
) -> Result<MessageTemplate, ReminderError> {
    templates::save(conn, kind, subject, body)
}

/// Puts Curbside's wording of a template back, and returns it.
pub fn reset_template(
    conn: &Connection,
    kind: TemplateKind,
) -> Result<MessageTemplate, ReminderError> {
    templates::reset(conn, kind)
}

/// A message to `contact_id` from `template`, or without one from the
/// template for `reminder_id`'s kind ([`TemplateKind::for_reminder`]).
///
/// {topic}, {event} and {milestone} fit the template: congratulations are
/// about the reminder's milestone or work anniversary, else the contact's
/// newest milestone; any other template is about the topic and event of the
/// reminder's meeting or event, else of the last meeting, call or event. An
/// interaction's note is never quoted; a placeholder with no value takes
/// its clause with it, and a subject left empty is Curbside's own.
/// Refused as [`ReminderError::Invalid`]: an id of an unknown shape,
/// a reminder about someone else or about no one, neither a template nor
/// a reminder, or a reminder whose kind has no template and no template
/// given. A contact or reminder subject that is gone is not found.
pub fn compose(
    conn: &Connection,
    contact_id: ContactId,
    template: Option<TemplateKind>,
    reminder_id: Option<&str>,
) -> Result<MessageDraft, ReminderError> {
    compose::compose(conn, contact_id, template, reminder_id)
}

/// What a caller drafting without a reminder knows better than the last
/// conversation: the conference screens quote the note of a meeting at an
/// event ({topic}) and name the event, its city and its days.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DraftAbout {
    /// {topic}, instead of the last conversation's.
    pub topic: Option<String>,
    /// {event}, instead of the last conversation's.
    pub event: Option<String>,
    /// {city}.
    pub city: String,
    /// {dates}.
    pub dates: String,
}

/// A message to `contact_id` from the `kind` template, about `about`
/// where it says, else as [`compose`] without a reminder fills it.
pub fn compose_about(
    conn: &Connection,
    contact_id: ContactId,
    kind: TemplateKind,
    about: &DraftAbout,
) -> Result<MessageDraft, ReminderError> {
    compose::compose_about(conn, contact_id, kind, about)
}

/// The contact a reminder is about, for drafting from a reminder id alone;
/// refused as [`ReminderError::Invalid`] when it is about no one (a key
/// date, a CME cycle…).
pub fn reminder_contact(conn: &Connection, reminder_id: &str) -> Result<ContactId, ReminderError> {
    context::reminder_contact(conn, &ReminderRef::parse(reminder_id)?)
}

/// The user sent a message: logs it as an interaction with the contact (a
/// message at `now`, in `user_zone`, noted "Sent congratulations: " and the
/// subject) and marks its reminder done without a second interaction, in one
/// transaction; nothing is stored when anything is refused. Returns the
/// interaction.
pub fn sent(
    conn: &mut Connection,
    message: &SentMessage,
    now: Timestamp,
    user_zone: &TimeZone,
) -> Result<Interaction, ReminderError> {
    sent::sent(conn, message, now, user_zone)
}

/// The name the user signs with ({my_name}), if set.
pub fn my_name(conn: &Connection) -> Result<Option<String>, ReminderError> {
    sender::name(conn)
}

/// Sets the name the user signs with; an empty name clears it. Returns the
/// name stored.
pub fn set_my_name(conn: &Connection, name: &str) -> Result<Option<String>, ReminderError> {
    sender::set(conn, name)
}

/// The ask to one side of introduction `id` ("Would you like me to
/// introduce you to …? Why: …"), about the other side.
pub fn introduction_ask(
    conn: &Connection,
    id: crate::introductions::IntroductionId,
    side: crate::introductions::Side,
) -> Result<MessageDraft, ReminderError> {
    introductions::ask(conn, id, side)
}

/// The email introducing the two people of introduction `id` to each
/// other: to both, with the reason, each one's line and the user's name,
/// credentials, pitch and links.
pub fn introduction_email(
    conn: &Connection,
    id: crate::introductions::IntroductionId,
) -> Result<MessageDraft, ReminderError> {
    introductions::both(conn, id)
}

/// The follow-up of introduction `id` a few weeks after it: how did it go,
/// with its reason quoted; to both people (`to` none, addressed to A and
/// B), or only to the side picked.
pub fn introduction_follow_up(
    conn: &Connection,
    id: crate::introductions::IntroductionId,
    to: Option<crate::introductions::Side>,
) -> Result<MessageDraft, ReminderError> {
    introductions::follow_up(conn, id, to, None)
}
