//! The one-page brief on someone to meet at an event: who they are, the
//! last conversations with their notes, what there is to talk about (topics
//! talked about, their tags and specialty) and what to ask (how last
//! time's topics went, a recent milestone to congratulate them on, the
//! goal written when they were planned, and for a mentor or mentee the
//! open goals with their target dates and the open action items of the
//! meetings, read through `mentorship`'s public functions).

use jiff::{SignedDuration, Timestamp};
use rusqlite::Connection;

use super::{profile_line, Brief, ConferenceError};
use crate::contacts;
use crate::events::{self, EventId, PersonRole};
use crate::interactions::{self, InteractionFilter};
use crate::mentorship::{self, MentorshipError, Role};
use crate::values::{fold, ContactId};

/// How many past interactions a brief shows.
const SHOWN: u32 = 3;

/// The briefs for event `event_id`: one per person to meet, or for
/// `contact` alone; see [`super::brief`].
pub(super) fn briefs(
    conn: &Connection,
    event_id: EventId,
    contact: Option<ContactId>,
    now: Timestamp,
) -> Result<Vec<Brief>, ConferenceError> {
    let detail = events::detail(conn, event_id)?;
    let planned: Vec<(ContactId, String)> = detail
        .people
        .iter()
        .filter(|p| p.role == PersonRole::ToMeet)
        .map(|p| (p.contact_id, p.note.clone()))
        .collect();
    let chosen: Vec<(ContactId, String)> = match contact {
        Some(id) => {
            let goal = planned
                .iter()
                .find(|(planned, _)| *planned == id)
                .map(|(_, goal)| goal.clone())
                .unwrap_or_default();
            vec![(id, goal)]
        }
        None => planned,
    };
    chosen
        .into_iter()
        .map(|(id, goal)| brief(conn, id, goal, now))
        .collect()
}

fn brief(
    conn: &Connection,
    id: ContactId,
    goal: String,
    now: Timestamp,
) -> Result<Brief, ConferenceError> {
    let contact = contacts::get(conn, id)?;
    let history = interactions::list(
        conn,
        InteractionFilter {
            contact: Some(id),
            event: None,
            limit: Some(50),
        },
    )?;
    let mut shared_topics: Vec<String> = Vec::new();
    let mut add = |topic: &str| {
        let topic = topic.trim();
        if !topic.is_empty() && !shared_topics.iter().any(|t| fold(t) == fold(topic)) {
            shared_topics.push(topic.to_owned());
        }
    };
    for interaction in &history {
        add(&interaction.topic);
    }
    for tag in &contact.tags {
        add(tag);
    }
    add(&contact.specialty);
    add(&contact.subspecialty);
    let mut to_ask = Vec::new();
    if !goal.trim().is_empty() {
        to_ask.extend(
            goal.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned),
        );
    }
    if let Some(last) = history.iter().find(|i| !i.topic.trim().is_empty()) {
        to_ask.push(format!(
            "How did {} go since you last talked ({})?",
            last.topic.trim(),
            jiff::tz::TimeZone::UTC.to_datetime(last.occurred_at).date()
        ));
    }
    to_ask.extend(recent_milestones(conn, id, now)?);
    to_ask.extend(mentoring(conn, id)?);
    Ok(Brief {
        contact_id: id,
        profile_line: profile_line(
            &contact.credentials,
            &contact.specialty,
            &contact.institution,
        ),
        display_name: contact.display_name,
        goal,
        last_interactions: history.into_iter().take(SHOWN as usize).collect(),
        shared_topics,
        to_ask,
    })
}

/// "Congratulate them on their promotion (2026-05-01)" for each milestone
/// of the last year, newest first.
fn recent_milestones(
    conn: &Connection,
    id: ContactId,
    now: Timestamp,
) -> rusqlite::Result<Vec<String>> {
    let since = jiff::tz::TimeZone::UTC
        .to_datetime(now - SignedDuration::from_hours(24 * 365))
        .date()
        .to_string();
    conn.prepare_cached(
        "SELECT kind, on_date, note FROM milestones WHERE contact_id = ?1 AND on_date >= ?2
         ORDER BY on_date DESC LIMIT 3",
    )?
    .query_map(rusqlite::params![id, since], |row| {
        let kind: String = row.get(0)?;
        let on: String = row.get(1)?;
        let note: String = row.get(2)?;
        let what = match note.trim() {
            "" => kind.replace('_', " "),
            note => format!("{} ({note})", kind.replace('_', " ")),
        };
        Ok(format!("Congratulate them on their {what}, {on}"))
    })?
    .collect()
}

/// What to ask a mentor or mentee: each open goal ("Ask about their goal
/// as your mentee: Submit the K23, by 2026-06-01") and each open action
/// item of their meetings, oldest meeting first ("Follow up on an action
/// item from your meeting on 2026-02-10: Draft the specific aims").
fn mentoring(conn: &Connection, id: ContactId) -> Result<Vec<String>, ConferenceError> {
    let mut lines = Vec::new();
    for mentorship in mentorship::for_contact(conn, id).map_err(from_mentorship)? {
        let whose = match mentorship.role {
            Role::Mentor => "your goal with them as your mentor",
            Role::Mentee => "their goal as your mentee",
        };
        for goal in mentorship.goals.iter().filter(|goal| !goal.done) {
            lines.push(match goal.target_on {
                Some(on) => format!("Ask about {whose}: {}, by {on}", goal.text.trim()),
                None => format!("Ask about {whose}: {}", goal.text.trim()),
            });
        }
        let mut meetings: Vec<_> = mentorship.meetings.iter().collect();
        meetings.sort_by_key(|meeting| (meeting.held_on, meeting.id));
        for meeting in meetings {
            for action in meeting.actions.iter().filter(|action| !action.done) {
                lines.push(format!(
                    "Follow up on an action item from your meeting on {}: {}",
                    meeting.held_on,
                    action.text.trim()
                ));
            }
        }
    }
    Ok(lines)
}

fn from_mentorship(err: MentorshipError) -> ConferenceError {
    match err {
        MentorshipError::Invalid(invalid) => ConferenceError::Invalid(invalid),
        MentorshipError::NotFound { what, id } => ConferenceError::Invalid(
            crate::values::Invalid::new("id", format!("There is no {what} with id {id}")),
        ),
        MentorshipError::Database(err) => ConferenceError::Database(err),
    }
}
