//! The networking workflows' prompts: one table of sources, each the kind
//! it raises and the workflow's `prompts` function, read the same way.
//! Each source is asked only when its kind is on, for the days its prompts
//! can be due on in this evaluation: from the look-back of
//! [`WORKFLOW_LOOKBACK_DAYS`] (two days wider for the zones) to the
//! window's end plus the kind's lead time and two days; each source reads
//! those days by its own index. A prompt snoozed past the look-back is
//! asked for again by its day, as the other kinds read a snoozed subject
//! back by its id.
//!
//! Adding a workflow is a line in [`WORKFLOWS`] (and its kind in
//! [`ReminderKind::DATED`] with its settings).

use std::collections::HashSet;

use jiff::civil::Date;
use rusqlite::Connection;

use super::{days, people, stored, Bounds};
use crate::reminders::engine::{date_in, shift, Moved, WORKFLOW_LOOKBACK_DAYS};
use crate::reminders::ids::{valid_part, ReminderRef};
use crate::reminders::snapshot::Snapshot;
use crate::reminders::{ReminderError, ReminderKind};
use crate::values::DatedPrompt;

/// A workflow's prompts due on days `first..=last`.
pub(crate) type Source = fn(&Connection, Date, Date) -> rusqlite::Result<Vec<DatedPrompt>>;

/// Every workflow that raises prompts, with the kind it raises.
pub(crate) const WORKFLOWS: [(ReminderKind, Source); 7] = [
    (ReminderKind::ReferralThanks, crate::referrals::prompts),
    (ReminderKind::IntroFollowUp, crate::introductions::prompts),
    (ReminderKind::Mentoring, crate::mentorship::prompts),
    (
        ReminderKind::LetterRequest,
        crate::mentorship::letter_prompts,
    ),
    (ReminderKind::Opportunity, crate::opportunities::prompts),
    (ReminderKind::MembershipRenewal, crate::memberships::prompts),
    (ReminderKind::ProfileUpdate, crate::presence::prompts),
];

/// The source of `kind`, if a workflow raises it.
pub(crate) fn source_of(kind: ReminderKind) -> Option<Source> {
    WORKFLOWS
        .iter()
        .find(|(raised, _)| *raised == kind)
        .map(|(_, source)| *source)
}

/// The prompt a dated reminder id names, as its workflow gives it today:
/// `None` when the workflow no longer raises it (its row was deleted, or
/// changed so that it is no longer due that day).
pub(crate) fn prompt_of(
    conn: &Connection,
    kind: ReminderKind,
    source: i64,
    part: &str,
    on: Date,
) -> rusqlite::Result<Option<DatedPrompt>> {
    let Some(read) = source_of(kind) else {
        return Ok(None);
    };
    Ok(find(read(conn, on, on)?, source, part, on))
}

fn find(prompts: Vec<DatedPrompt>, source: i64, part: &str, on: Date) -> Option<DatedPrompt> {
    prompts
        .into_iter()
        .find(|prompt| prompt.source == source && prompt.part == part && prompt.on == on)
}

/// Reads the prompts of every kind `snapshot`'s settings leave on.
pub(super) fn prompts(
    conn: &Connection,
    bounds: &Bounds,
    snapshot: &mut Snapshot,
) -> Result<(), ReminderError> {
    read(conn, &WORKFLOWS, bounds, snapshot)
}

/// [`prompts`] from the sources `workflows`.
pub(super) fn read(
    conn: &Connection,
    workflows: &[(ReminderKind, Source)],
    bounds: &Bounds,
    snapshot: &mut Snapshot,
) -> Result<(), ReminderError> {
    let since = bounds.now.minus(days(WORKFLOW_LOOKBACK_DAYS));
    let first = date_in(since.minus(days(2)), &bounds.zone);
    let snoozed = snoozed(conn, since)?;
    let mut seen: HashSet<(ReminderKind, i64, &'static str, Date)> = HashSet::new();
    for &(kind, source) in workflows {
        let settings = snapshot.settings.of(kind);
        if !settings.enabled {
            continue;
        }
        let lead = i64::from(snapshot.settings.lead_of(kind));
        let last = shift(date_in(bounds.to.plus(days(2)), &bounds.zone), lead);
        let mut found = source(conn, first, last.max(first))?;
        for id in &snoozed {
            if let ReminderRef::Dated {
                kind: of,
                source: row,
                part,
                on,
            } = id
            {
                if *of == kind && (*on < first || *on > last) {
                    found.extend(find(source(conn, *on, *on)?, *row, part, *on));
                }
            }
        }
        for prompt in found {
            if !valid_part(prompt.part)
                || !seen.insert((kind, prompt.source, prompt.part, prompt.on))
            {
                continue;
            }
            if let Some(contact) = prompt.contact_id {
                people::person_by_id(conn, contact, snapshot)?;
            }
            snapshot.prompts.push((kind, prompt));
        }
    }
    Ok(())
}

/// The workflow prompts snoozed until `since` or later.
fn snoozed(conn: &Connection, since: jiff::Timestamp) -> Result<Vec<ReminderRef>, ReminderError> {
    let ids: Vec<String> = conn
        .prepare_cached(
            "SELECT reminder_id FROM reminder_states WHERE state = 'snoozed' AND until >= ?1",
        )?
        .query_map([stored(since)], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(ids
        .iter()
        .filter_map(|id| ReminderRef::parse(id).ok())
        .filter(|id| matches!(id, ReminderRef::Dated { .. }))
        .collect())
}
