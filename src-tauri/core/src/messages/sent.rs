//! "Sent": the user sent a drafted message. It is logged as an interaction
//! (a message, now, in the user's zone), which resets the stay-in-touch
//! count as any contact does, and the reminder it answered is done, in
//! the same transaction. The reminder is completed without the "Done: …"
//! interaction `reminders::done` logs: the message is that interaction.

use jiff::tz::TimeZone;
use jiff::Timestamp;
use rusqlite::{params, Connection};

use super::context;
use super::templates::SUBJECT_LIMIT;
use super::{SentMessage, TemplateKind};
use crate::contacts;
use crate::contacts::refresh_recency;
use crate::contacts::search_index;
use crate::interactions::{self, Interaction};
use crate::reminders::actions::record_done;
use crate::reminders::ids::ReminderRef;
use crate::reminders::ReminderError;
use crate::values::Invalid;

/// Logs `message` and completes its reminder; see [`super::sent`].
pub(super) fn sent(
    conn: &mut Connection,
    message: &SentMessage,
    now: Timestamp,
    user_zone: &TimeZone,
) -> Result<Interaction, ReminderError> {
    let subject = message
        .subject
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let length = subject.chars().count();
    if length > SUBJECT_LIMIT {
        return Err(Invalid::new(
            "subject",
            format!("The subject is too long: {length} characters, the limit is {SUBJECT_LIMIT}"),
        )
        .into());
    }
    let reminder = message
        .reminder_id
        .as_deref()
        .map(ReminderRef::parse)
        .transpose()?;
    let contact = message.contact_id;
    let tx = conn.transaction()?;
    if !contacts::exists(&tx, contact)? {
        return Err(ReminderError::ContactNotFound(contact));
    }
    if let Some(reminder) = &reminder {
        context::check_contact(&tx, reminder, contact)?;
        record_done(&tx, reminder, now)?;
    }
    let what = what_was_sent(message.template);
    let note = match subject.is_empty() {
        true => format!("Sent {what}"),
        false => format!("Sent {what}: {subject}"),
    };
    tx.execute(
        "INSERT INTO interactions (kind, occurred_at, time_zone, note, created_at) VALUES ('message', ?1, ?2, ?3, ?4)",
        params![crate::values::stored_instant(now), user_zone.iana_name().unwrap_or_default(), note, now.to_string()],
    )?;
    let id = tx.last_insert_rowid();
    tx.execute(
        "INSERT INTO interaction_contacts (interaction_id, contact_id) VALUES (?1, ?2)",
        params![id, contact],
    )?;
    refresh_recency(&tx, contact)?;
    search_index::refresh(&tx, contact)?;
    let logged = interactions::get(&tx, id)?;
    tx.commit()?;
    Ok(logged)
}

/// "Sent {what}: …".
fn what_was_sent(kind: TemplateKind) -> &'static str {
    match kind {
        TemplateKind::FollowUp => "a follow-up",
        TemplateKind::Congratulations => "congratulations",
        TemplateKind::Birthday => "birthday wishes",
        TemplateKind::ReferralThanks => "thanks for a referral",
        TemplateKind::Introduction => "an introduction",
        TemplateKind::Article => "an article",
        TemplateKind::IntroductionAsk => "an introduction's ask",
        TemplateKind::IntroductionBoth => "an introduction",
        TemplateKind::Trip => "a note about being in town",
        TemplateKind::IntroductionFollowUp => "a question about how an introduction went",
    }
}
