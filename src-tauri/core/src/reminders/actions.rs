//! What the user does with a reminder — done, snoozed, dismissed — and the
//! scheduler's "shown" record, each in one transaction. Each action first
//! remembers what it replaces, so that it can be taken back (the `undo`
//! module).
//!
//! Done on a reminder about a contact also logs an interaction with them
//! ("Done: …", a message, or "other" for a custom reminder), which resets
//! their stay-in-touch count and ends any follow-up, as talking to them
//! would. Doing the same reminder twice logs once. A message sent from a
//! reminder logs its own interaction and completes the reminder with
//! [`record_done`], inside the message's transaction.
//!
//! A reminder whose subject is gone (a deleted contact, event, milestone…)
//! cannot be acted on: its id is well shaped but names nothing, so storing
//! a state for it would only leave a row behind.

use jiff::tz::TimeZone;
use jiff::Timestamp;
use rusqlite::{params, Connection, OptionalExtension};

use super::ids::ReminderRef;
use super::{words, ReminderError, ReminderKind};
use crate::contacts;
use crate::contacts::refresh_recency;
use crate::contacts::search_index;
use crate::values::{ContactId, DatedPrompt, Invalid};

/// The interaction "done" logs: with whom, its kind and its note.
struct Logged {
    contact: ContactId,
    kind: &'static str,
    note: String,
}

/// Marks a reminder done; see [`super::done`].
pub(super) fn done(conn: &mut Connection, id: &str, now: Timestamp) -> Result<(), ReminderError> {
    let reminder = ReminderRef::parse(id)?;
    let id = reminder.to_string();
    let tx = conn.transaction()?;
    ensure_subject(&tx, &reminder)?;
    let already: Option<String> = tx
        .query_row(
            "SELECT state FROM reminder_states WHERE reminder_id = ?1",
            [&id],
            |row| row.get(0),
        )
        .optional()?;
    if already.as_deref() == Some("done") {
        return Ok(());
    }
    let mut logged_interaction = None;
    if let Some(logged) = what_to_log(&tx, &reminder)? {
        if !contacts::exists(&tx, logged.contact)? {
            return Err(ReminderError::ContactNotFound(logged.contact));
        }
        tx.execute(
            "INSERT INTO interactions (kind, occurred_at, time_zone, note, created_at) VALUES (?1, ?2, '', ?3, ?4)",
            params![logged.kind, crate::values::stored_instant(now), logged.note, now.to_string()],
        )?;
        let interaction = tx.last_insert_rowid();
        logged_interaction = Some(interaction);
        tx.execute(
            "INSERT INTO interaction_contacts (interaction_id, contact_id) VALUES (?1, ?2)",
            params![interaction, logged.contact],
        )?;
        refresh_recency(&tx, logged.contact)?;
        search_index::refresh(&tx, logged.contact)?;
    }
    super::undo::remember(&tx, &id, logged_interaction, now)?;
    record(&tx, &id, "done", None, now)?;
    tx.commit()?;
    Ok(())
}

/// Hides a reminder until `until`; see [`super::snooze`].
pub(super) fn snooze(
    conn: &mut Connection,
    id: &str,
    until: Timestamp,
    now: Timestamp,
) -> Result<(), ReminderError> {
    let reminder = ReminderRef::parse(id)?;
    let id = reminder.to_string();
    if until <= now {
        return Err(Invalid::new("until", "Snooze until a time after now").into());
    }
    let tx = conn.transaction()?;
    ensure_subject(&tx, &reminder)?;
    super::undo::remember(&tx, &id, None, now)?;
    record(&tx, &id, "snoozed", Some(until), now)?;
    // Shown again when the snooze ends.
    tx.execute("DELETE FROM reminders_shown WHERE reminder_id = ?1", [&id])?;
    tx.commit()?;
    Ok(())
}

/// Dismisses a reminder; see [`super::dismiss`].
pub(super) fn dismiss(
    conn: &mut Connection,
    id: &str,
    now: Timestamp,
) -> Result<(), ReminderError> {
    let reminder = ReminderRef::parse(id)?;
    let id = reminder.to_string();
    let tx = conn.transaction()?;
    ensure_subject(&tx, &reminder)?;
    super::undo::remember(&tx, &id, None, now)?;
    record(&tx, &id, "dismissed", None, now)?;
    tx.commit()?;
    Ok(())
}

/// Records `ids` as shown and returns those not shown before; see
/// [`super::mark_shown`].
pub(super) fn mark_shown(
    conn: &mut Connection,
    ids: &[String],
    now: Timestamp,
) -> Result<Vec<String>, ReminderError> {
    let parsed = ids
        .iter()
        .map(|id| ReminderRef::parse(id).map(|id| id.to_string()))
        .collect::<Result<Vec<_>, _>>()?;
    let tx = conn.transaction()?;
    let mut new = Vec::new();
    {
        let mut insert = tx.prepare_cached(
            "INSERT INTO reminders_shown (reminder_id, shown_at) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
        )?;
        let at = crate::values::stored_instant(now);
        for id in parsed {
            if insert.execute(params![id, at])? == 1 {
                new.push(id);
            }
        }
    }
    tx.commit()?;
    Ok(new)
}

/// Marks `reminder` done inside the caller's transaction without logging
/// the "Done: …" interaction [`done`] would: for a message sent from the
/// reminder, which logs its own.
pub(crate) fn record_done(
    tx: &Connection,
    reminder: &ReminderRef,
    now: Timestamp,
) -> Result<(), ReminderError> {
    ensure_subject(tx, reminder)?;
    record(tx, &reminder.to_string(), "done", None, now)?;
    Ok(())
}

/// Refuses a reminder whose subject no longer exists (a deleted contact,
/// interaction, event, milestone, job, key date, cycle or custom reminder).
pub(crate) fn ensure_subject(
    conn: &Connection,
    reminder: &ReminderRef,
) -> Result<(), ReminderError> {
    let row = |table: &str, what: &'static str, id: i64| -> Result<(), ReminderError> {
        let found: bool = conn
            .prepare_cached(&format!(
                "SELECT EXISTS (SELECT 1 FROM {table} WHERE id = ?1)"
            ))?
            .query_row([id], |row| row.get(0))?;
        match found {
            true => Ok(()),
            false => Err(ReminderError::NotFound { what, id }),
        }
    };
    let person = |id: ContactId| -> Result<(), ReminderError> {
        match contacts::exists(conn, id)? {
            true => Ok(()),
            false => Err(ReminderError::ContactNotFound(id)),
        }
    };
    match reminder {
        ReminderRef::StayInTouch { contact, .. } | ReminderRef::Birthday { contact, .. } => {
            person(*contact)
        }
        ReminderRef::FollowUp {
            interaction,
            contact,
        } => {
            row("interactions", "interaction", *interaction)?;
            person(*contact)
        }
        ReminderRef::EventFollowUp { event, contact, .. } => {
            row("events", "event", *event)?;
            person(*contact)
        }
        ReminderRef::Milestone { milestone } => row("milestones", "milestone", *milestone),
        ReminderRef::WorkAnniversary { affiliation, .. } => {
            row("affiliations", "job", *affiliation)
        }
        ReminderRef::Deadline { deadline, .. } => row("event_deadlines", "key date", *deadline),
        ReminderRef::CmeShortfall { cycle, .. } => row("cme_cycles", "CME cycle", *cycle),
        ReminderRef::ClaimCredits { event } => row("events", "event", *event),
        ReminderRef::Custom { custom, .. } => row("custom_reminders", "custom reminder", *custom),
        ReminderRef::Dated {
            kind,
            source,
            part,
            on,
        } => match workflow_prompt(conn, *kind, *source, part, *on)? {
            Some(_) => Ok(()),
            None => Err(ReminderError::NotFound {
                what: source_noun(*kind, part),
                id: *source,
            }),
        },
        ReminderRef::WeeklyReview { .. } => Ok(()),
    }
}

/// What a workflow prompt's source row is, in an error: "referral".
fn source_noun(kind: ReminderKind, part: &str) -> &'static str {
    match kind {
        ReminderKind::ReferralThanks => "referral to thank for",
        ReminderKind::IntroFollowUp => "introduction to follow up",
        ReminderKind::Mentoring if part == "goal" => "mentorship goal due",
        ReminderKind::Mentoring => "mentorship due",
        ReminderKind::LetterRequest => "letter request due",
        ReminderKind::Opportunity => "opportunity due",
        ReminderKind::MembershipRenewal => "membership renewal due",
        ReminderKind::ProfileUpdate => "milestone of your own due",
        _ => "prompt",
    }
}

/// The prompt a workflow reminder names, as its workflow raises it now.
pub(crate) fn workflow_prompt(
    conn: &Connection,
    kind: ReminderKind,
    source: i64,
    part: &str,
    on: jiff::civil::Date,
) -> Result<Option<DatedPrompt>, ReminderError> {
    Ok(super::gather::prompt_of(conn, kind, source, part, on)?)
}

fn record(
    conn: &Connection,
    id: &str,
    state: &str,
    until: Option<Timestamp>,
    now: Timestamp,
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO reminder_states (reminder_id, state, until, acted_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (reminder_id) DO UPDATE SET state = excluded.state, until = excluded.until, acted_at = excluded.acted_at",
    )?
    .execute(params![id, state, until.map(crate::values::stored_instant), crate::values::stored_instant(now)])?;
    Ok(())
}

/// The interaction that marking `reminder` done logs, if it is about a
/// contact.
fn what_to_log(conn: &Connection, reminder: &ReminderRef) -> Result<Option<Logged>, ReminderError> {
    let message = |contact: ContactId, note: String| Logged {
        contact,
        kind: "message",
        note,
    };
    Ok(match reminder {
        ReminderRef::StayInTouch { contact, .. } => {
            Some(message(*contact, "Done: got in touch".into()))
        }
        ReminderRef::FollowUp {
            interaction,
            contact,
        } => {
            let met: Option<(String, String, String)> = conn
                .query_row(
                    "SELECT kind, occurred_at, time_zone FROM interactions WHERE id = ?1",
                    [interaction],
                    |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
                )
                .optional()?;
            let note = match met {
                Some((kind, at, zone)) => {
                    let zone = TimeZone::get(&zone).unwrap_or(TimeZone::UTC);
                    let day = at
                        .parse::<Timestamp>()
                        .map(|at| format!(" of {}", words::day(zone.to_datetime(at).date())))
                        .unwrap_or_default();
                    let what = if kind == "call" { "call" } else { "meeting" };
                    format!("Done: followed up on the {what}{day}")
                }
                None => "Done: followed up".into(),
            };
            Some(message(*contact, note))
        }
        ReminderRef::EventFollowUp { event, contact, .. } => {
            let title: Option<String> = conn
                .query_row("SELECT title FROM events WHERE id = ?1", [event], |row| {
                    row.get(0)
                })
                .optional()?;
            let note = match title {
                Some(title) => format!("Done: followed up after {title}"),
                None => "Done: followed up after the event".into(),
            };
            Some(message(*contact, note))
        }
        ReminderRef::Milestone { milestone } => {
            let found = super::milestones::by_id(conn, *milestone)?;
            Some(message(
                found.contact_id,
                format!(
                    "Done: congratulated on the {}",
                    words::milestone(&found.kind)
                ),
            ))
        }
        ReminderRef::Birthday { contact, .. } => {
            Some(message(*contact, "Done: birthday wishes".into()))
        }
        ReminderRef::WorkAnniversary { affiliation, year } => {
            let job: Option<(ContactId, String, Option<String>)> = conn
                .query_row(
                    "SELECT a.contact_id, o.name, a.starts_on FROM affiliations a
                     JOIN organizations o ON o.id = a.organization_id WHERE a.id = ?1",
                    [affiliation],
                    |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
                )
                .optional()?;
            let (contact, organization, starts) = job.ok_or(ReminderError::NotFound {
                what: "job",
                id: *affiliation,
            })?;
            let count = starts
                .and_then(|day| day.get(..4).and_then(|year| year.parse::<i16>().ok()))
                .map(|start| format!(" {}", words::years(year - start)))
                .unwrap_or_default();
            Some(message(
                contact,
                format!("Done: congratulated on{count} at {organization}"),
            ))
        }
        ReminderRef::Custom { custom, .. } => {
            let found = super::custom::get(conn, *custom)?;
            found.contact_id.map(|contact| Logged {
                contact,
                kind: "other",
                note: format!("Done: {}", found.title),
            })
        }
        ReminderRef::Dated {
            kind,
            source,
            part,
            on,
        } => {
            let log = match kind {
                ReminderKind::ReferralThanks
                | ReminderKind::IntroFollowUp
                | ReminderKind::LetterRequest => "message",
                ReminderKind::Mentoring => "other",
                _ => return Ok(None),
            };
            workflow_prompt(conn, *kind, *source, part, *on)?.and_then(|prompt| {
                prompt.contact_id.map(|contact| Logged {
                    contact,
                    kind: log,
                    note: format!("Done: {}", prompt.title.trim()),
                })
            })
        }
        ReminderRef::Deadline { .. }
        | ReminderRef::CmeShortfall { .. }
        | ReminderRef::ClaimCredits { .. }
        | ReminderRef::WeeklyReview { .. } => None,
    })
}
