//! What the user did with the reminders a snapshot can produce. Read by the
//! subjects' id prefixes ("birthday:c5:" covers every year of contact 5's
//! birthday) with one range query each; a kind with many subjects reads all
//! of its states in one range instead, so the cost stays the smaller of
//! the two. Subjects are counted before any prefix is written, so a kind
//! with thousands of them (birthdays in a large book) costs one range and
//! no strings.

use std::collections::{BTreeSet, HashMap};

use rusqlite::Connection;

use jiff::Timestamp;

use super::{instant, text, text_or_null};
use crate::reminders::hashing::FastMap;
use crate::reminders::ids::ReminderRef;
use crate::reminders::snapshot::{ReminderState, Snapshot};
use crate::reminders::{ReminderError, ReminderKind};
use crate::values::ContactId;

/// Past this many subjects of one kind, all that kind's states are read.
const PER_SUBJECT_LIMIT: usize = 64;

/// How many subjects of `kind` the snapshot holds.
fn count(snapshot: &Snapshot, kind: ReminderKind) -> usize {
    match kind {
        ReminderKind::StayInTouch => snapshot
            .people
            .values()
            .filter(|person| person.stay_in_touch.is_some())
            .count(),
        ReminderKind::Birthday => snapshot
            .people
            .values()
            .filter(|person| person.birthday.is_some())
            .count(),
        ReminderKind::FollowUp => snapshot.meetings.len(),
        ReminderKind::EventFollowUp => snapshot.met_at_events.len(),
        ReminderKind::Milestone => snapshot.milestones.len(),
        ReminderKind::WorkAnniversary => snapshot.jobs.len(),
        ReminderKind::Deadline => snapshot.deadlines.len(),
        ReminderKind::CmeShortfall => snapshot.cycles.len(),
        ReminderKind::ClaimCredits => snapshot.claims.len(),
        ReminderKind::Custom => snapshot.customs.len(),
        ReminderKind::WeeklyReview => usize::from(snapshot.settings.weekly_review.enabled),
        dated => snapshot
            .prompts
            .iter()
            .filter(|(kind, _)| *kind == dated)
            .count(),
    }
}

/// The id prefixes of `kind`'s subjects in the snapshot.
fn prefixes(snapshot: &Snapshot, kind: ReminderKind) -> BTreeSet<String> {
    let people = snapshot.people.values();
    match kind {
        ReminderKind::StayInTouch => people
            .filter(|person| person.stay_in_touch.is_some())
            .map(|person| format!("stay_in_touch:c{}:", person.id))
            .collect(),
        ReminderKind::Birthday => people
            .filter(|person| person.birthday.is_some())
            .map(|person| format!("birthday:c{}:", person.id))
            .collect(),
        ReminderKind::FollowUp => snapshot
            .meetings
            .iter()
            .map(|m| format!("follow_up:i{}:c{}", m.interaction_id, m.contact_id))
            .collect(),
        ReminderKind::EventFollowUp => snapshot
            .met_at_events
            .iter()
            .map(|met| format!("event_follow_up:e{}:c{}", met.event_id, met.contact_id))
            .collect(),
        ReminderKind::Milestone => snapshot
            .milestones
            .iter()
            .map(|milestone| format!("milestone:m{}", milestone.id))
            .collect(),
        ReminderKind::WorkAnniversary => snapshot
            .jobs
            .iter()
            .map(|job| format!("work_anniversary:a{}:", job.affiliation_id))
            .collect(),
        ReminderKind::Deadline => snapshot
            .deadlines
            .iter()
            .map(|deadline| format!("deadline:d{}:", deadline.deadline.id))
            .collect(),
        ReminderKind::CmeShortfall => snapshot
            .cycles
            .iter()
            .map(|cycle| format!("cme_shortfall:y{}:", cycle.cycle.id))
            .collect(),
        ReminderKind::ClaimCredits => snapshot
            .claims
            .iter()
            .map(|claim| format!("claim_credits:e{}", claim.event_id))
            .collect(),
        ReminderKind::Custom => snapshot
            .customs
            .iter()
            .map(|custom| format!("custom:{}:", custom.id))
            .collect(),
        ReminderKind::WeeklyReview => BTreeSet::from(["weekly_review:".to_owned()]),
        dated => snapshot
            .prompts
            .iter()
            .filter(|(kind, _)| *kind == dated)
            .map(|(kind, prompt)| format!("{}:{}:", kind.as_str(), prompt.source))
            .collect(),
    }
}

/// The states of every reminder `snapshot` can produce (and perhaps a few
/// more), and when each contact's stay-in-touch prompts were last done or
/// dismissed.
pub(super) fn for_snapshot(
    conn: &Connection,
    snapshot: &Snapshot,
) -> Result<States, ReminderError> {
    let mut states = HashMap::new();
    let mut acted: FastMap<ContactId, Timestamp> = FastMap::default();
    let mut range = conn.prepare_cached(
        "SELECT reminder_id, state, until, acted_at FROM reminder_states WHERE reminder_id >= ?1 AND reminder_id < ?2",
    )?;
    for kind in ReminderKind::ALL {
        let scans: Vec<String> = match count(snapshot, kind) {
            0 => continue,
            many if many > PER_SUBJECT_LIMIT => vec![format!("{}:", kind.as_str())],
            _ => prefixes(snapshot, kind).into_iter().collect(),
        };
        for prefix in scans {
            // Ids are ASCII: DEL sorts after every character they use.
            let mut rows = range.query([prefix.clone(), format!("{prefix}\u{7f}")])?;
            while let Some(row) = rows.next()? {
                let id: String = row.get(0)?;
                let state = match text(row, 1)? {
                    "done" => ReminderState::Done,
                    "dismissed" => ReminderState::Dismissed,
                    _ => match text_or_null(row, 2)? {
                        Some(until) => ReminderState::Snoozed(instant(until, 2)?),
                        None => continue,
                    },
                };
                if kind == ReminderKind::StayInTouch && !matches!(state, ReminderState::Snoozed(_))
                {
                    if let Ok(ReminderRef::StayInTouch { contact, .. }) = ReminderRef::parse(&id) {
                        let when = instant(text(row, 3)?, 3)?;
                        let last = acted.entry(contact).or_insert(when);
                        *last = (*last).max(when);
                    }
                }
                states.insert(id, state);
            }
        }
    }
    Ok(States {
        by_id: states,
        stay_in_touch_acted: acted,
    })
}

/// What [`for_snapshot`] reads.
pub(super) struct States {
    /// By reminder id.
    pub by_id: HashMap<String, ReminderState>,
    /// The last done or dismissal of each contact's stay-in-touch prompts.
    pub stay_in_touch_acted: FastMap<ContactId, Timestamp>,
}
