//! Filling a template for one contact: which template (the one asked for,
//! or the reminder's), the values of its placeholders, and the links the
//! draft opens with.

use rusqlite::Connection;

use super::context::{self, Context};
use super::names::{self, Addressed};
use super::{defaults, mailto, placeholders, sender, templates, MessageDraft, TemplateKind};
use crate::contacts::{self, Contact};
use crate::presence::Presence;
use crate::reminders::ids::ReminderRef;
use crate::reminders::{ReminderError, ReminderKind};
use crate::values::{ContactId, Invalid};

/// A draft to `contact_id`; see [`super::compose`].
pub(super) fn compose(
    conn: &Connection,
    contact_id: ContactId,
    template: Option<TemplateKind>,
    reminder_id: Option<&str>,
) -> Result<MessageDraft, ReminderError> {
    let contact = contacts::get(conn, contact_id)?;
    let reminder = reminder_id.map(ReminderRef::parse).transpose()?;
    if let Some(reminder) = &reminder {
        context::check_contact(conn, reminder, contact_id)?;
    }
    let kind = match (template, &reminder) {
        (Some(kind), _) => kind,
        (None, Some(reminder)) => TemplateKind::for_reminder(reminder.kind()).ok_or_else(|| {
            Invalid::new(
                "template",
                format!(
                    "{reminder} has no message template of its own: choose one of {}",
                    kinds()
                ),
            )
        })?,
        (None, None) => {
            return Err(Invalid::new(
                "template",
                format!(
                    "Choose a template ({}) or a reminder to draft from",
                    kinds()
                ),
            )
            .into())
        }
    };
    if let Some(
        reminder @ ReminderRef::Dated {
            kind: ReminderKind::IntroFollowUp,
            source,
            ..
        },
    ) = &reminder
    {
        if kind == TemplateKind::IntroductionFollowUp {
            // The reminder is about A: the follow-up goes to both.
            return super::introductions::follow_up(
                conn,
                *source,
                None,
                Some(reminder.to_string()),
            );
        }
    }
    if kind.of_introduction() {
        return Err(Invalid::new(
            "template",
            format!(
                "\"{}\" is drafted from an introduction (Network → Introductions, or `intros show`)",
                kind.name()
            ),
        )
        .into());
    }
    let details = context::gather(conn, contact_id, reminder.as_ref(), kind)?;
    let (subject, body) = fill(conn, &contact, kind, &details, &Extras::default())?;
    Ok(draft(
        &contact,
        kind,
        subject,
        body,
        reminder.map(|reminder| reminder.to_string()),
    ))
}

/// A draft from `kind` to `contact_id` about what the caller knows; see
/// [`super::compose_about`].
pub(super) fn compose_about(
    conn: &Connection,
    contact_id: ContactId,
    kind: TemplateKind,
    about: &super::DraftAbout,
) -> Result<MessageDraft, ReminderError> {
    let contact = contacts::get(conn, contact_id)?;
    let mut details = context::gather(conn, contact_id, None, kind)?;
    if let Some(topic) = &about.topic {
        details.topic = topic.clone();
    }
    if let Some(event) = &about.event {
        details.event = event.clone();
    }
    details.city = about.city.clone();
    details.dates = about.dates.clone();
    let (subject, body) = fill(conn, &contact, kind, &details, &Extras::default())?;
    Ok(draft(&contact, kind, subject, body, None))
}

/// The draft of `subject` and `body` to `contact`, with the links it opens with.
fn draft(
    contact: &Contact,
    kind: TemplateKind,
    subject: String,
    body: String,
    reminder_id: Option<String>,
) -> MessageDraft {
    let email = first_email(contact);
    let profile_link = contact
        .links
        .iter()
        .map(|link| link.value.trim())
        .find(|url| is_web(url))
        .map(str::to_owned);
    MessageDraft {
        contact_id: contact.id,
        template: kind,
        mailto: email
            .as_deref()
            .map(|email| mailto::link(email, &subject, &body)),
        subject,
        body,
        email,
        profile_link,
        reminder_id,
    }
}

/// A template's subject and body filled for `contact`, with what the draft
/// is about and, for an introduction, the other person and the reason.
pub(super) fn fill(
    conn: &Connection,
    contact: &Contact,
    kind: TemplateKind,
    details: &Context,
    extras: &Extras,
) -> Result<(String, String), ReminderError> {
    let chosen = templates::get(conn, kind)?;
    let me = sender::me(conn)?;
    let values = Values::new(contact, details, extras, &me);
    let mut subject = placeholders::fill(&chosen.subject, |name| values.get(name));
    if !subject.chars().any(char::is_alphanumeric) {
        // The user's subject was all placeholders with no value: Curbside's
        // own subject for the template, so a draft never goes out without one.
        subject = placeholders::fill(defaults::wording(kind).0, |name| values.get(name));
    }
    let body = placeholders::fill(&chosen.body, |name| values.get(name));
    Ok((subject, body))
}

/// The contact's first email address.
pub(super) fn first_email(contact: &Contact) -> Option<String> {
    contact
        .emails
        .iter()
        .map(|email| email.trim())
        .find(|email| !email.is_empty())
        .map(str::to_owned)
}

/// The values only an introduction has: the other person and the reason.
#[derive(Debug, Clone, Default)]
pub(super) struct Extras {
    /// The other person's name.
    pub other_name: String,
    /// How the other person is greeted.
    pub other_salutation: String,
    /// What the book knows of the other person.
    pub other_line: String,
    /// Why the two should meet.
    pub reason: String,
}

/// "follow_up, congratulations, …".
fn kinds() -> String {
    TemplateKind::ALL.map(TemplateKind::as_str).join(", ")
}

/// What the book knows of a contact in a line: "Cardiology, Charité".
pub(super) fn person_line(contact: &Contact) -> String {
    [contact.specialty.trim(), contact.institution.trim()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// An http or https link.
fn is_web(url: &str) -> bool {
    let Some((scheme, rest)) = url.split_once("://") else {
        return false;
    };
    (scheme.eq_ignore_ascii_case("https") || scheme.eq_ignore_ascii_case("http"))
        && !rest.is_empty()
        && !url.contains(char::is_whitespace)
}

/// Every placeholder's value for one draft.
struct Values {
    addressed: Addressed,
    name: String,
    institution: String,
    line: String,
    details: Context,
    extras: Extras,
    my_name: String,
    my_first_name: String,
    my_credentials: String,
    my_pitch: String,
    my_links: String,
}

impl Values {
    fn new(contact: &Contact, details: &Context, extras: &Extras, me: &Presence) -> Self {
        Self {
            addressed: names::addressed(contact),
            name: contact.display_name.clone(),
            institution: contact.institution.clone(),
            line: person_line(contact),
            details: details.clone(),
            extras: extras.clone(),
            my_first_name: names::first_name(&me.name),
            my_name: me.name.clone(),
            my_credentials: me.credentials.clone(),
            my_pitch: me.pitch.clone(),
            my_links: sender::links(me),
        }
    }

    fn get(&self, placeholder: &str) -> Option<&str> {
        Some(match placeholder {
            "first_name" => &self.addressed.first,
            "last_name" => &self.addressed.last,
            "name" => &self.name,
            "salutation" => &self.addressed.salutation,
            "topic" => &self.details.topic,
            "event" => &self.details.event,
            "milestone" => &self.details.milestone,
            "institution" => &self.institution,
            "line" => &self.line,
            "other_name" => &self.extras.other_name,
            "other_salutation" => &self.extras.other_salutation,
            "other_line" => &self.extras.other_line,
            "reason" => &self.extras.reason,
            "city" => &self.details.city,
            "dates" => &self.details.dates,
            "my_name" => &self.my_name,
            "my_first_name" => &self.my_first_name,
            "my_credentials" => &self.my_credentials,
            "my_pitch" => &self.my_pitch,
            "my_links" => &self.my_links,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_links_count_as_profile_links() {
        assert!(is_web("https://www.linkedin.com/in/amara-okafor"));
        assert!(is_web("HTTP://example.org"));
        assert!(!is_web("ftp://example.org"));
        assert!(!is_web("javascript:alert(1)"));
        assert!(!is_web("linkedin.com/in/amara"));
        assert!(!is_web("https://"));
    }

    #[test]
    fn every_placeholder_has_a_value() {
        let values = Values {
            addressed: Addressed {
                first: String::new(),
                last: String::new(),
                salutation: String::new(),
            },
            name: String::new(),
            institution: String::new(),
            line: String::new(),
            details: Context::default(),
            extras: Extras::default(),
            my_name: String::new(),
            my_first_name: String::new(),
            my_credentials: String::new(),
            my_pitch: String::new(),
            my_links: String::new(),
        };
        for (name, _) in placeholders::PLACEHOLDERS {
            assert!(values.get(name).is_some(), "{name}");
        }
    }
}
