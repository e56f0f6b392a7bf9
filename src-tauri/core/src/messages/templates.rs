//! The seven templates as the user left them: Curbside's wording (in
//! [`super::defaults`]) unless the user saved their own. Only edits are
//! stored, so a better default in a later version reaches everyone who kept
//! Curbside's wording; saving the default wording back deletes the edit.

use rusqlite::{params, Connection, OptionalExtension};

use super::{defaults, placeholders, MessageTemplate, TemplateKind};
use crate::reminders::ReminderError;
use crate::values::Invalid;

/// The longest subject, in characters.
pub const SUBJECT_LIMIT: usize = 200;
/// The longest body, in characters.
pub const BODY_LIMIT: usize = 10_000;

/// Every template, in [`TemplateKind::ALL`]'s order.
pub(super) fn all(conn: &Connection) -> Result<Vec<MessageTemplate>, ReminderError> {
    TemplateKind::ALL
        .into_iter()
        .map(|kind| get(conn, kind))
        .collect()
}

/// One template: the user's edit, or Curbside's wording.
pub(super) fn get(conn: &Connection, kind: TemplateKind) -> Result<MessageTemplate, ReminderError> {
    let edited: Option<(String, String)> = conn
        .prepare_cached("SELECT subject, body FROM message_templates WHERE kind = ?1")?
        .query_row([kind.as_str()], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?;
    Ok(match edited {
        Some((subject, body)) => MessageTemplate {
            kind,
            name: kind.name().to_owned(),
            subject,
            body,
            edited: true,
        },
        None => default(kind),
    })
}

/// Checks and stores the user's wording of a template.
pub(super) fn save(
    conn: &Connection,
    kind: TemplateKind,
    subject: &str,
    body: &str,
) -> Result<MessageTemplate, ReminderError> {
    let subject = subject.trim();
    let body = body.replace("\r\n", "\n").replace('\r', "\n");
    let body = body.trim();
    check(subject, body)?;
    let (default_subject, default_body) = defaults::wording(kind);
    if subject == default_subject && body == default_body {
        return reset(conn, kind);
    }
    conn.prepare_cached(
        "INSERT INTO message_templates (kind, subject, body) VALUES (?1, ?2, ?3)
         ON CONFLICT (kind) DO UPDATE SET subject = excluded.subject, body = excluded.body",
    )?
    .execute(params![kind.as_str(), subject, body])?;
    get(conn, kind)
}

/// Puts Curbside's wording back.
pub(super) fn reset(
    conn: &Connection,
    kind: TemplateKind,
) -> Result<MessageTemplate, ReminderError> {
    conn.prepare_cached("DELETE FROM message_templates WHERE kind = ?1")?
        .execute([kind.as_str()])?;
    Ok(default(kind))
}

fn default(kind: TemplateKind) -> MessageTemplate {
    let (subject, body) = defaults::wording(kind);
    MessageTemplate {
        kind,
        name: kind.name().to_owned(),
        subject: subject.to_owned(),
        body: body.to_owned(),
        edited: false,
    }
}

/// A subject of one line and at most [`SUBJECT_LIMIT`] characters, a body
/// of at most [`BODY_LIMIT`], neither empty, and only known placeholders.
fn check(subject: &str, body: &str) -> Result<(), Invalid> {
    if subject.is_empty() {
        return Err(Invalid::new("subject", "The subject is empty: write one"));
    }
    if subject.contains(['\n', '\r']) {
        return Err(Invalid::new(
            "subject",
            "The subject must be one line: put line breaks in the body",
        ));
    }
    let length = subject.chars().count();
    if length > SUBJECT_LIMIT {
        return Err(Invalid::new(
            "subject",
            format!("The subject is too long: {length} characters, the limit is {SUBJECT_LIMIT}"),
        ));
    }
    if body.is_empty() {
        return Err(Invalid::new("body", "The message is empty: write one"));
    }
    let length = body.chars().count();
    if length > BODY_LIMIT {
        return Err(Invalid::new(
            "body",
            format!("The message is too long: {length} characters, the limit is {BODY_LIMIT}"),
        ));
    }
    placeholders::check("subject", subject)?;
    placeholders::check("body", body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curbsides_own_wording_passes_its_own_checks() {
        for kind in TemplateKind::ALL {
            let (subject, body) = defaults::wording(kind);
            check(subject, body).unwrap_or_else(|err| panic!("{kind:?}: {err}"));
        }
    }
}
