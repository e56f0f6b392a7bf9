//! What a draft is about: the reminder it answers (whose contact must be
//! the one written to) and the details it fills {topic}, {event} and
//! {milestone} with, chosen to fit the template:
//!
//! - congratulations are about a milestone: the reminder's milestone or
//!   work anniversary, else the contact's newest milestone, with its note
//!   as the topic;
//! - every other template is about a conversation: the topic and event of
//!   the reminder's meeting, or of what was talked about at its event; for
//!   any other reminder (a custom one too: its title and note are the
//!   user's own), or none, the last conversation with the contact
//!   ([`details::last_conversation`]).
//!
//! So a meeting's topic never ends up in a congratulation, nor a
//! milestone's note in a follow-up; no interaction's note is ever quoted.

use rusqlite::{Connection, OptionalExtension};

use super::{details, TemplateKind};
use crate::reminders::actions::{ensure_subject, workflow_prompt};
use crate::reminders::ids::ReminderRef;
use crate::reminders::ReminderError;
use crate::values::{ContactId, Invalid};

/// The details a draft is filled with.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Context {
    /// What was talked about, or the milestone's note.
    pub topic: String,
    /// The event it happened at.
    pub event: String,
    /// The milestone in words: "promotion", "5 years at Charité".
    pub milestone: String,
    /// The city of the event a trip draft is about.
    pub city: String,
    /// The days of that event.
    pub dates: String,
}

/// The contact `reminder` is about; refused when its subject is gone or it
/// is about no one (a key date, a CME cycle…).
pub(super) fn reminder_contact(
    conn: &Connection,
    reminder: &ReminderRef,
) -> Result<ContactId, ReminderError> {
    ensure_subject(conn, reminder)?;
    let owner = |sql: &str, id: i64| -> Result<Option<ContactId>, ReminderError> {
        Ok(conn
            .prepare_cached(sql)?
            .query_row([id], |row| row.get(0))
            .optional()?
            .flatten())
    };
    let found = match reminder {
        ReminderRef::StayInTouch { contact, .. }
        | ReminderRef::FollowUp { contact, .. }
        | ReminderRef::EventFollowUp { contact, .. }
        | ReminderRef::Birthday { contact, .. } => Some(*contact),
        ReminderRef::Milestone { milestone } => owner(
            "SELECT contact_id FROM milestones WHERE id = ?1",
            *milestone,
        )?,
        ReminderRef::WorkAnniversary { affiliation, .. } => owner(
            "SELECT contact_id FROM affiliations WHERE id = ?1",
            *affiliation,
        )?,
        ReminderRef::Custom { custom, .. } => owner(
            "SELECT contact_id FROM custom_reminders WHERE id = ?1",
            *custom,
        )?,
        ReminderRef::Dated {
            kind,
            source,
            part,
            on,
        } => workflow_prompt(conn, *kind, *source, part, *on)?.and_then(|p| p.contact_id),
        ReminderRef::Deadline { .. }
        | ReminderRef::CmeShortfall { .. }
        | ReminderRef::ClaimCredits { .. }
        | ReminderRef::WeeklyReview { .. } => None,
    };
    found.ok_or_else(|| {
        let what = match reminder {
            ReminderRef::Deadline { .. } => "a key date",
            ReminderRef::CmeShortfall { .. } => "a CME cycle",
            ReminderRef::ClaimCredits { .. } => "credits to claim",
            ReminderRef::WeeklyReview { .. } => "the weekly review",
            ReminderRef::Dated { .. } => "a prompt that names no contact",
            _ => "a reminder of your own that names no contact",
        };
        Invalid::new(
            "reminder_id",
            format!("{reminder} is about {what}, not a person: there is no one to write to"),
        )
        .into()
    })
}

/// Refuses a reminder about someone other than `contact`.
pub(super) fn check_contact(
    conn: &Connection,
    reminder: &ReminderRef,
    contact: ContactId,
) -> Result<(), ReminderError> {
    let about = reminder_contact(conn, reminder)?;
    if about == contact {
        return Ok(());
    }
    Err(Invalid::new(
        "reminder_id",
        format!("{reminder} is about contact {about}, not contact {contact}"),
    )
    .into())
}

/// The details a draft from `template` to `contact` is filled with,
/// answering `reminder` if given (already checked to be about `contact`).
pub(super) fn gather(
    conn: &Connection,
    contact: ContactId,
    reminder: Option<&ReminderRef>,
    template: TemplateKind,
) -> Result<Context, ReminderError> {
    let celebrated = match reminder {
        Some(
            celebrating @ (ReminderRef::Milestone { .. } | ReminderRef::WorkAnniversary { .. }),
        ) => details::of_reminder(conn, celebrating, contact)?,
        _ => details::newest_milestone(conn, contact)?,
    };
    if template == TemplateKind::Congratulations {
        return Ok(celebrated);
    }
    let talked = match reminder {
        Some(talking @ (ReminderRef::FollowUp { .. } | ReminderRef::EventFollowUp { .. })) => {
            details::of_reminder(conn, talking, contact)?
        }
        _ => details::last_conversation(conn, contact)?,
    };
    Ok(Context {
        milestone: celebrated.milestone,
        ..talked
    })
}
