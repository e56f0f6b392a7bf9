//! After an event: everyone met, in the order they were met, each with a
//! follow-up draft quoting the note of what was talked about and whether a
//! message has gone to them since; and the people planned but not met.

use std::collections::HashSet;

use rusqlite::{params, Connection};

use super::{AfterEvent, ConferenceError, FollowUp};
use crate::events::{self, EventId, EventPerson, PersonRole};
use crate::messages::{self, DraftAbout, TemplateKind};

/// The round of follow-ups of event `event_id`; see [`super::after`].
pub(super) fn after(conn: &Connection, event_id: EventId) -> Result<AfterEvent, ConferenceError> {
    let detail = events::detail(conn, event_id)?;
    let mut met: Vec<&EventPerson> = detail
        .people
        .iter()
        .filter(|p| p.role == PersonRole::Met)
        .collect();
    met.sort_by_key(|p| (p.added_at, p.contact_id));
    let met_ids: HashSet<_> = met.iter().map(|p| p.contact_id).collect();
    let mut follow_ups = Vec::with_capacity(met.len());
    for person in met {
        let about = DraftAbout {
            topic: Some(quoted(&person.note)),
            event: Some(detail.event.title.clone()),
            ..DraftAbout::default()
        };
        let draft =
            messages::compose_about(conn, person.contact_id, TemplateKind::FollowUp, &about)?;
        follow_ups.push(FollowUp {
            done: written_since(conn, person)?,
            person: person.clone(),
            draft,
        });
    }
    let planned_not_met = detail
        .people
        .iter()
        .filter(|p| p.role == PersonRole::ToMeet && !met_ids.contains(&p.contact_id))
        .cloned()
        .collect();
    Ok(AfterEvent {
        event_id,
        title: detail.event.title,
        met: follow_ups,
        planned_not_met,
    })
}

/// A note of one or more lines as the draft quotes it: "a; b".
fn quoted(note: &str) -> String {
    note.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

/// Whether a message or email to `person` was logged since they were met.
fn written_since(conn: &Connection, person: &EventPerson) -> rusqlite::Result<bool> {
    conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM interactions i JOIN interaction_contacts ic ON ic.interaction_id = i.id
                        WHERE ic.contact_id = ?1 AND i.kind IN ('message', 'email') AND i.occurred_at >= ?2)",
    )?
    .query_row(
        params![
            person.contact_id,
            crate::values::stored_instant(person.added_at)
        ],
        |row| row.get(0),
    )
}
