//! The drafts of an introduction: the ask to each side ("Would you like me
//! to introduce you to B? Why: …", with what the book knows of the other
//! person), then one email introducing the two to each other, to both,
//! with the reason, each one's line and the user's own signature; a few
//! weeks later, the follow-up asking both (or one) how it went, quoting
//! the reason.

use rusqlite::Connection;

use super::compose::{fill, first_email, person_line, Extras};
use super::context::Context;
use super::names;
use super::{mailto, MessageDraft, TemplateKind};
use crate::contacts;
use crate::introductions::{self, IntroError, IntroductionId, Side};
use crate::reminders::ReminderError;

impl From<IntroError> for ReminderError {
    fn from(error: IntroError) -> Self {
        match error {
            IntroError::Invalid(invalid) => Self::Invalid(invalid),
            IntroError::NotFound(id) => Self::NotFound {
                what: "introduction",
                id,
            },
            IntroError::ContactNotFound(id) => Self::ContactNotFound(id),
            IntroError::Database(error) => Self::Database(error),
        }
    }
}

/// The ask to `side` of introduction `id`, about the other side.
pub(super) fn ask(
    conn: &Connection,
    id: IntroductionId,
    side: Side,
) -> Result<MessageDraft, ReminderError> {
    let introduction = introductions::get(conn, id)?;
    let (asked, other) = match side {
        Side::From => (&introduction.from, &introduction.to),
        Side::To => (&introduction.to, &introduction.from),
    };
    let contact = contacts::get(conn, asked.contact_id)?;
    let other_contact = contacts::get(conn, other.contact_id)?;
    let extras = Extras {
        other_name: other_contact.display_name.clone(),
        other_salutation: names::addressed(&other_contact).salutation,
        other_line: person_line(&other_contact),
        reason: introduction.reason.clone(),
    };
    let kind = TemplateKind::IntroductionAsk;
    let (subject, body) = fill(conn, &contact, kind, &Context::default(), &extras)?;
    let email = first_email(&contact);
    Ok(MessageDraft {
        contact_id: contact.id,
        template: kind,
        mailto: email
            .as_deref()
            .map(|email| mailto::link(email, &subject, &body)),
        subject,
        body,
        email,
        profile_link: None,
        reminder_id: None,
    })
}

/// The introduction email to both: addressed to A (the draft's contact)
/// and B, its `mailto:` link to both addresses known.
pub(super) fn both(conn: &Connection, id: IntroductionId) -> Result<MessageDraft, ReminderError> {
    let introduction = introductions::get(conn, id)?;
    let a = contacts::get(conn, introduction.from.contact_id)?;
    let b = contacts::get(conn, introduction.to.contact_id)?;
    let extras = Extras {
        other_name: b.display_name.clone(),
        other_salutation: names::addressed(&b).salutation,
        other_line: person_line(&b),
        reason: introduction.reason.clone(),
    };
    let kind = TemplateKind::IntroductionBoth;
    let (subject, body) = fill(conn, &a, kind, &Context::default(), &extras)?;
    let emails: Vec<String> = [first_email(&a), first_email(&b)]
        .into_iter()
        .flatten()
        .collect();
    let to: Vec<&str> = emails.iter().map(String::as_str).collect();
    Ok(MessageDraft {
        contact_id: a.id,
        template: kind,
        mailto: (!to.is_empty()).then(|| mailto::link_to_all(&to, &subject, &body)),
        subject,
        body,
        email: (!emails.is_empty()).then(|| emails.join(", ")),
        profile_link: None,
        reminder_id: None,
    })
}

/// The follow-up of introduction `id`: "How did the introduction go?",
/// quoting its reason, to both (`to` none: addressed to A and B, its
/// `mailto:` link to both addresses known) or to the side the user picks.
/// The draft's contact is A, or the side picked.
pub(super) fn follow_up(
    conn: &Connection,
    id: IntroductionId,
    to: Option<Side>,
    reminder_id: Option<String>,
) -> Result<MessageDraft, ReminderError> {
    let introduction = introductions::get(conn, id)?;
    let (asked, other) = match to {
        Some(Side::To) => (&introduction.to, &introduction.from),
        Some(Side::From) | None => (&introduction.from, &introduction.to),
    };
    let contact = contacts::get(conn, asked.contact_id)?;
    let other_contact = contacts::get(conn, other.contact_id)?;
    let extras = Extras {
        other_name: other_contact.display_name.clone(),
        // Written to one side only, the greeting names only them.
        other_salutation: if to.is_none() {
            names::addressed(&other_contact).salutation
        } else {
            String::new()
        },
        other_line: person_line(&other_contact),
        reason: introduction.reason.clone(),
    };
    let kind = TemplateKind::IntroductionFollowUp;
    let (subject, body) = fill(conn, &contact, kind, &Context::default(), &extras)?;
    let emails: Vec<String> = match to {
        Some(_) => first_email(&contact).into_iter().collect(),
        None => [first_email(&contact), first_email(&other_contact)]
            .into_iter()
            .flatten()
            .collect(),
    };
    let recipients: Vec<&str> = emails.iter().map(String::as_str).collect();
    Ok(MessageDraft {
        contact_id: contact.id,
        template: kind,
        mailto: (!recipients.is_empty()).then(|| mailto::link_to_all(&recipients, &subject, &body)),
        subject,
        body,
        email: (!emails.is_empty()).then(|| emails.join(", ")),
        profile_link: None,
        reminder_id,
    })
}
