//! Filling a template for one contact: which template (the one asked for,
//! or the reminder's), the values of its placeholders, and the links the
//! draft opens with.

use rusqlite::Connection;

use super::context::{self, Context};
use super::names::{self, Addressed};
use super::{defaults, mailto, placeholders, sender, templates, MessageDraft, TemplateKind};
use crate::contacts::{self, Contact};
use crate::reminders::ids::ReminderRef;
use crate::reminders::ReminderError;
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
    let details = context::gather(conn, contact_id, reminder.as_ref(), kind)?;
    filled(
        conn,
        &contact,
        kind,
        &details,
        reminder.map(|r| r.to_string()),
    )
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
    filled(conn, &contact, kind, &details, None)
}

/// The template of `kind` filled for `contact` with `details`.
fn filled(
    conn: &Connection,
    contact: &Contact,
    kind: TemplateKind,
    details: &Context,
    reminder_id: Option<String>,
) -> Result<MessageDraft, ReminderError> {
    let contact_id = contact.id;
    let chosen = templates::get(conn, kind)?;
    let my_name = sender::name(conn)?.unwrap_or_default();
    let values = Values::new(contact, details, my_name);
    let mut subject = placeholders::fill(&chosen.subject, |name| values.get(name));
    if !subject.chars().any(char::is_alphanumeric) {
        // The user's subject was all placeholders with no value: Curbside's
        // own subject for the template, so a draft never goes out without one.
        subject = placeholders::fill(defaults::wording(kind).0, |name| values.get(name));
    }
    let body = placeholders::fill(&chosen.body, |name| values.get(name));
    let email = contact
        .emails
        .iter()
        .map(|email| email.trim())
        .find(|email| !email.is_empty())
        .map(str::to_owned);
    let profile_link = contact
        .links
        .iter()
        .map(|link| link.value.trim())
        .find(|url| is_web(url))
        .map(str::to_owned);
    Ok(MessageDraft {
        contact_id,
        template: kind,
        mailto: email
            .as_deref()
            .map(|email| mailto::link(email, &subject, &body)),
        subject,
        body,
        email,
        profile_link,
        reminder_id,
    })
}

/// "follow_up, congratulations, …".
fn kinds() -> String {
    TemplateKind::ALL.map(TemplateKind::as_str).join(", ")
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
    details: Context,
    my_name: String,
    my_first_name: String,
}

impl Values {
    fn new(contact: &Contact, details: &Context, my_name: String) -> Self {
        Self {
            addressed: names::addressed(contact),
            name: contact.display_name.clone(),
            institution: contact.institution.clone(),
            details: details.clone(),
            my_first_name: names::first_name(&my_name),
            my_name,
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
            "city" => &self.details.city,
            "dates" => &self.details.dates,
            "my_name" => &self.my_name,
            "my_first_name" => &self.my_first_name,
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
            details: Context::default(),
            my_name: String::new(),
            my_first_name: String::new(),
        };
        for (name, _) in placeholders::PLACEHOLDERS {
            assert!(values.get(name).is_some(), "{name}");
        }
    }
}
