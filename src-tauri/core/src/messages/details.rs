//! Reading a draft's details from the database: the note and event of a
//! reminder's meeting or event, a milestone in words, the last
//! conversation, the newest milestone. [`super::context`] picks which
//! apply.
//!
//! What a draft quotes about a conversation is the interaction's topic,
//! which the user wrote to be quoted ("renal denervation"), never its note:
//! a note is the user's own ("Wants to join the journal club", "ask Ben
//! for the slides"), reads wrongly mid-sentence, and may be about someone
//! else on the same interaction. So are the notes of a person met at an
//! event and of a custom reminder. Without a topic the draft leaves that
//! clause out. A milestone's note, which describes the milestone itself,
//! is still what congratulations quote.
//!
//! The last conversation is the newest meeting, call or event. Messages
//! and "other" entries are passed over, because Curbside logs those itself
//! ("Sent congratulations: …", "Done: …") and they are no conversation. A
//! topic is tidied into a phrase: one line, without a leading "Talked
//! about" or a final full stop.

use rusqlite::{Connection, OptionalExtension};

use super::context::Context;
use crate::reminders::ids::ReminderRef;
use crate::reminders::ReminderError;
use crate::values::ContactId;

/// The details of `reminder`, about `contact`.
pub(super) fn of_reminder(
    conn: &Connection,
    reminder: &ReminderRef,
    contact: ContactId,
) -> Result<Context, ReminderError> {
    Ok(match reminder {
        ReminderRef::StayInTouch { .. } => last_conversation(conn, contact)?,
        ReminderRef::FollowUp { interaction, .. } => {
            let (about, event) = conn.query_row(
                "SELECT i.topic, coalesce(e.title, '') FROM interactions i
                 LEFT JOIN events e ON e.id = i.event_id WHERE i.id = ?1",
                [interaction],
                |row| Ok((row.get::<_, String>(0)?, row.get(1)?)),
            )?;
            Context {
                topic: topic(&about),
                event,
                ..Context::default()
            }
        }
        ReminderRef::EventFollowUp { event, .. } => {
            let (title, about) = conn.query_row(
                "SELECT e.title, coalesce((
                     SELECT i.topic FROM interactions i
                     JOIN interaction_contacts ic ON ic.interaction_id = i.id AND ic.contact_id = ?2
                     WHERE i.event_id = e.id AND trim(i.topic) != ''
                     ORDER BY i.occurred_at DESC, i.id DESC LIMIT 1), '')
                 FROM events e WHERE e.id = ?1",
                [*event, contact],
                |row| Ok((row.get(0)?, row.get::<_, String>(1)?)),
            )?;
            Context {
                topic: topic(&about),
                event: title,
                ..Context::default()
            }
        }
        ReminderRef::Milestone { milestone } => {
            let (kind, note) = conn.query_row(
                "SELECT kind, note FROM milestones WHERE id = ?1",
                [milestone],
                |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)),
            )?;
            Context {
                topic: topic(&note),
                milestone: milestone_words(&kind).to_owned(),
                ..Context::default()
            }
        }
        ReminderRef::WorkAnniversary { affiliation, year } => {
            let (organization, starts) = conn.query_row(
                "SELECT o.name, a.starts_on FROM affiliations a
                 JOIN organizations o ON o.id = a.organization_id WHERE a.id = ?1",
                [affiliation],
                |row| Ok((row.get::<_, String>(0)?, row.get::<_, Option<String>>(1)?)),
            )?;
            let years = starts
                .and_then(|day| day.get(..4)?.parse::<i16>().ok())
                .map(|start| year - start)
                .filter(|years| *years > 0);
            let milestone = match years {
                Some(1) => format!("first year at {organization}"),
                Some(n) => format!("{n} years at {organization}"),
                None => format!("work anniversary at {organization}"),
            };
            Context {
                milestone,
                ..Context::default()
            }
        }
        ReminderRef::Birthday { .. }
        | ReminderRef::Custom { .. }
        | ReminderRef::Dated { .. }
        | ReminderRef::WeeklyReview { .. }
        | ReminderRef::Deadline { .. }
        | ReminderRef::CmeShortfall { .. }
        | ReminderRef::ClaimCredits { .. } => Context::default(),
    })
}

/// The topic and event of the last conversation with `contact`: a
/// meeting, a call or an event.
pub(super) fn last_conversation(
    conn: &Connection,
    contact: ContactId,
) -> Result<Context, ReminderError> {
    let found: Option<(String, String)> = conn
        .prepare_cached(
            "SELECT i.topic, coalesce(e.title, '') FROM interactions i
             JOIN interaction_contacts ic ON ic.interaction_id = i.id
             LEFT JOIN events e ON e.id = i.event_id
             WHERE ic.contact_id = ?1 AND i.kind IN ('meeting', 'call', 'event')
             ORDER BY i.occurred_at DESC, i.id DESC LIMIT 1",
        )?
        .query_row([contact], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?;
    Ok(found
        .map(|(about, event)| Context {
            topic: topic(&about),
            event,
            ..Context::default()
        })
        .unwrap_or_default())
}

/// The contact's newest milestone (by its date), in words and with its note.
pub(super) fn newest_milestone(
    conn: &Connection,
    contact: ContactId,
) -> Result<Context, ReminderError> {
    let found: Option<(String, String)> = conn
        .prepare_cached(
            "SELECT kind, note FROM milestones WHERE contact_id = ?1
             ORDER BY on_date DESC, id DESC LIMIT 1",
        )?
        .query_row([contact], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?;
    Ok(found
        .map(|(kind, note)| Context {
            topic: topic(&note),
            milestone: milestone_words(&kind).to_owned(),
            ..Context::default()
        })
        .unwrap_or_default())
}

/// How people open a note about a conversation; the topic is what follows.
const OPENINGS: [&str; 7] = [
    "we talked about ",
    "talked about ",
    "we discussed ",
    "discussed ",
    "spoke about ",
    "chatted about ",
    "conversation about ",
];

/// A topic (or a milestone's note) as a phrase: on one line, without a
/// leading "Talked about" or a final full stop.
fn topic(note: &str) -> String {
    let line = note.split_whitespace().collect::<Vec<_>>().join(" ");
    let rest = OPENINGS
        .iter()
        .find_map(|opening| {
            let head = line.get(..opening.len())?;
            head.eq_ignore_ascii_case(opening)
                .then(|| &line[opening.len()..])
        })
        .unwrap_or(&line);
    rest.trim_end_matches('.').trim().to_owned()
}

/// A milestone kind as the thing congratulated on: "Congratulations on
/// your {milestone}!".
fn milestone_words(kind: &str) -> &'static str {
    match kind {
        "new_job" => "new job",
        "promotion" | "academic_promotion" => "promotion",
        "published_paper" => "publication",
        "award" => "award",
        "grant" => "grant",
        "retirement" => "retirement",
        "board_certification" => "board certification",
        "new_license" => "new license",
        "match_day" => "match",
        "residency_start" => "start of residency",
        "fellowship_start" => "start of fellowship",
        "chief_resident" => "appointment as chief resident",
        "department_chair" => "appointment as department chair",
        "practice_opening" => "new practice",
        _ => "news",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_becomes_a_phrase_for_the_message() {
        assert_eq!(
            topic("Talked about renal denervation."),
            "renal denervation"
        );
        assert_eq!(
            topic("  the SPYRAL trial\nand its registry  "),
            "the SPYRAL trial and its registry"
        );
        assert_eq!(topic("Discussed"), "Discussed");
        assert_eq!(topic(""), "");
    }

    #[test]
    fn every_milestone_kind_reads_after_your() {
        for kind in crate::reminders::MILESTONE_KINDS {
            assert!(!milestone_words(kind).is_empty(), "{kind}");
        }
        assert_eq!(milestone_words("published_paper"), "publication");
    }
}
