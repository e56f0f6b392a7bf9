//! What the user did with the reminders a snapshot can produce. Read by the
//! subjects' id prefixes ("birthday:c5:" covers every year of contact 5's
//! birthday) with one range query each; a kind with many subjects reads all
//! of its states in one range instead, so the cost stays the smaller of
//! the two.

use std::collections::{BTreeSet, HashMap};

use rusqlite::Connection;

use super::instant;
use crate::reminders::snapshot::{ReminderState, Snapshot};
use crate::reminders::{ReminderError, ReminderKind};

/// Past this many subjects of one kind, all that kind's states are read.
const PER_SUBJECT_LIMIT: usize = 64;

/// The states of every reminder `snapshot` can produce (and perhaps a few
/// more).
pub(super) fn for_snapshot(
    conn: &Connection,
    snapshot: &Snapshot,
) -> Result<HashMap<String, ReminderState>, ReminderError> {
    let mut prefixes: HashMap<ReminderKind, BTreeSet<String>> = HashMap::new();
    let mut add = |kind: ReminderKind, prefix: String| {
        prefixes.entry(kind).or_default().insert(prefix);
    };
    for person in snapshot.people.values() {
        if person.stay_in_touch.is_some() {
            add(
                ReminderKind::StayInTouch,
                format!("stay_in_touch:c{}:", person.id),
            );
        }
        if person.birthday.is_some() {
            add(ReminderKind::Birthday, format!("birthday:c{}:", person.id));
        }
    }
    for meeting in &snapshot.meetings {
        add(
            ReminderKind::FollowUp,
            format!(
                "follow_up:i{}:c{}",
                meeting.interaction_id, meeting.contact_id
            ),
        );
    }
    for met in &snapshot.met_at_events {
        add(
            ReminderKind::EventFollowUp,
            format!("event_follow_up:e{}:c{}", met.event_id, met.contact_id),
        );
    }
    for milestone in &snapshot.milestones {
        add(
            ReminderKind::Milestone,
            format!("milestone:m{}", milestone.id),
        );
    }
    for job in &snapshot.jobs {
        add(
            ReminderKind::WorkAnniversary,
            format!("work_anniversary:a{}:", job.affiliation_id),
        );
    }
    for deadline in &snapshot.deadlines {
        add(
            ReminderKind::Deadline,
            format!("deadline:d{}:", deadline.deadline.id),
        );
    }
    for cycle in &snapshot.cycles {
        add(
            ReminderKind::CmeShortfall,
            format!("cme_shortfall:y{}:", cycle.cycle.id),
        );
    }
    for claim in &snapshot.claims {
        add(
            ReminderKind::ClaimCredits,
            format!("claim_credits:e{}", claim.event_id),
        );
    }
    for custom in &snapshot.customs {
        add(ReminderKind::Custom, format!("custom:{}:", custom.id));
    }
    let mut states = HashMap::new();
    let mut range = conn.prepare_cached(
        "SELECT reminder_id, state, until FROM reminder_states WHERE reminder_id >= ?1 AND reminder_id < ?2",
    )?;
    for (kind, subjects) in prefixes {
        let whole = [format!("{}:", kind.as_str())];
        let scans: Vec<&String> = if subjects.len() > PER_SUBJECT_LIMIT {
            whole.iter().collect()
        } else {
            subjects.iter().collect()
        };
        for prefix in scans {
            // Ids are ASCII: DEL sorts after every character they use.
            let mut rows = range.query([prefix.clone(), format!("{prefix}\u{7f}")])?;
            while let Some(row) = rows.next()? {
                let id: String = row.get(0)?;
                let state = match row.get::<_, String>(1)?.as_str() {
                    "done" => ReminderState::Done,
                    "dismissed" => ReminderState::Dismissed,
                    _ => match row.get::<_, Option<String>>(2)? {
                        Some(until) => ReminderState::Snoozed(instant(&until, 2)?),
                        None => continue,
                    },
                };
                states.insert(id, state);
            }
        }
    }
    Ok(states)
}
