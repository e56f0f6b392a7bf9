//! Set-up for the message draft tests (`messages/`): people with and
//! without emails and links, a congress, a meeting there, and the reminders
//! they raise.

use curbside_core::contacts::{self, ContactDraft, ContactId, Labeled};
use curbside_core::interactions::{self, InteractionDraft, InteractionKind};
use rusqlite::Connection;

// The reminder tests' congress: the same event for both.
pub use super::reminders::congress;
pub use super::{at, db};

/// Dr. Amara Okafor, cardiologist at Charité, with an email and a
/// LinkedIn profile (after a link that is not a web page).
pub fn amara(conn: &mut Connection) -> ContactId {
    let draft = ContactDraft {
        display_name: "Amara Okafor".into(),
        credentials: "MD, PhD".into(),
        institution: "Charité".into(),
        emails: vec!["amara.okafor@example.org".into()],
        links: vec![
            Labeled {
                label: "ORCID".into(),
                value: "0000-0002-1825-0097".into(),
            },
            Labeled {
                label: "LinkedIn".into(),
                value: "https://www.linkedin.com/in/amara-okafor".into(),
            },
        ],
        ..Default::default()
    };
    contacts::create(conn, &draft, at("2020-01-01T00:00:00Z"))
        .unwrap()
        .id
}

/// Sam Lee, no credentials, no email, no links, nothing logged.
pub fn sam(conn: &mut Connection) -> ContactId {
    let draft = ContactDraft {
        display_name: "Sam Lee".into(),
        ..Default::default()
    };
    contacts::create(conn, &draft, at("2020-01-01T00:00:00Z"))
        .unwrap()
        .id
}

/// Logs an interaction of `kind` with `contact` at `when`, at `event`,
/// with a note and no topic.
pub fn log_at(
    conn: &mut Connection,
    contact: ContactId,
    kind: InteractionKind,
    when: &str,
    note: &str,
    event: Option<i64>,
) -> i64 {
    log_about(conn, &[contact], kind, when, "", note, event)
}

/// Logs an interaction of `kind` with `people` at `when`, at `event`, about
/// `topic`, with `note`.
pub fn log_about(
    conn: &mut Connection,
    people: &[ContactId],
    kind: InteractionKind,
    when: &str,
    topic: &str,
    note: &str,
    event: Option<i64>,
) -> i64 {
    let draft = InteractionDraft {
        kind,
        occurred_at: Some(at(when)),
        time_zone: "Europe/Berlin".into(),
        topic: topic.into(),
        note: note.into(),
        contact_ids: people.to_vec(),
        event_id: event,
    };
    interactions::add(conn, &draft, at(when)).unwrap().id
}

/// A meeting with `contact` at ESC Congress 2026 about renal denervation
/// (the topic), noted "Wants to join the journal club"; returns the
/// follow-up reminder's id.
pub fn met_at_esc(conn: &mut Connection, contact: ContactId) -> String {
    let esc = congress(conn);
    let meeting = log_about(
        conn,
        &[contact],
        InteractionKind::Meeting,
        "2026-08-29T10:00:00Z",
        "Talked about renal denervation",
        "Wants to join the journal club",
        Some(esc),
    );
    format!("follow_up:i{meeting}:c{contact}")
}

/// How many interactions are logged in all.
pub fn interaction_count(conn: &Connection) -> i64 {
    conn.query_row("SELECT count(*) FROM interactions", [], |row| row.get(0))
        .unwrap()
}

/// How many reminder states are stored in all.
pub fn state_count(conn: &Connection) -> i64 {
    conn.query_row("SELECT count(*) FROM reminder_states", [], |row| row.get(0))
        .unwrap()
}
