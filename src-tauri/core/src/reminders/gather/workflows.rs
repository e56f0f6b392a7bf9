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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reminders::ReminderSettings;
    use jiff::tz::TimeZone;
    use jiff::{SignedDuration, Timestamp};

    /// A workflow over a table of its own: one row per prompt, with the
    /// bounds it was last asked for written down.
    fn fake(conn: &Connection, first: Date, last: Date) -> rusqlite::Result<Vec<DatedPrompt>> {
        conn.execute(
            "INSERT INTO fake_asked (first, last) VALUES (?1, ?2)",
            [first.to_string(), last.to_string()],
        )?;
        let mut statement = conn.prepare(
            "SELECT id, part, on_day, title FROM fake_prompts WHERE on_day BETWEEN ?1 AND ?2",
        )?;
        let rows = statement.query_map([first.to_string(), last.to_string()], |row| {
            let part: String = row.get(1)?;
            let on: String = row.get(2)?;
            Ok(DatedPrompt {
                source: row.get(0)?,
                part: match part.as_str() {
                    "ask" => "ask",
                    "BAD" => "BAD",
                    _ => "",
                },
                on: on.parse().unwrap(),
                contact_id: None,
                event_id: None,
                title: row.get(3)?,
                context: None,
            })
        })?;
        rows.collect()
    }

    fn book() -> Connection {
        let conn = crate::db::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE fake_prompts (id INTEGER, part TEXT, on_day TEXT, title TEXT);
             CREATE TABLE fake_asked (first TEXT, last TEXT);",
        )
        .unwrap();
        conn
    }

    fn gather(conn: &Connection, now: &str) -> Snapshot {
        let bounds = Bounds {
            now: now.parse().unwrap(),
            to: now
                .parse::<Timestamp>()
                .unwrap()
                .plus(SignedDuration::from_hours(24)),
            zone: TimeZone::get("Europe/Berlin").unwrap(),
        };
        let mut snapshot = Snapshot {
            settings: ReminderSettings::default(),
            ..Snapshot::default()
        };
        read(
            conn,
            &[(ReminderKind::Opportunity, fake)],
            &bounds,
            &mut snapshot,
        )
        .unwrap();
        snapshot
    }

    #[test]
    fn a_source_is_asked_for_the_look_back_to_the_windows_end_and_its_lead() {
        let conn = book();
        conn.execute_batch(
            "INSERT INTO fake_prompts VALUES (1, '', '2026-10-01', 'Apply');
             INSERT INTO fake_prompts VALUES (2, '', '2026-12-01', 'Too far');
             INSERT INTO fake_prompts VALUES (3, 'BAD', '2026-10-01', 'Bad part');",
        )
        .unwrap();
        let snapshot = gather(&conn, "2026-09-24T08:00:00Z");
        let titles: Vec<&str> = snapshot
            .prompts
            .iter()
            .map(|(_, p)| p.title.as_str())
            .collect();
        assert_eq!(titles, ["Apply"]);
        let (first, last): (String, String) = conn
            .query_row("SELECT first, last FROM fake_asked", [], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })
            .unwrap();
        assert_eq!(first, "2025-09-22");
        // The window's end (25 Sep), two days for the zones, 7 days of lead.
        assert_eq!(last, "2026-10-04");
    }

    #[test]
    fn a_kind_turned_off_is_not_asked_and_a_long_snooze_is_read_back_by_its_day() {
        let conn = book();
        conn.execute_batch(
            "INSERT INTO fake_prompts VALUES (1, 'ask', '2024-01-10', 'Old');
             INSERT INTO reminder_states (reminder_id, state, until, acted_at)
             VALUES ('opportunity:1:ask:2024-01-10', 'snoozed', '2026-09-25T08:00:00Z', '2024-01-03T08:00:00Z');",
        )
        .unwrap();
        let snapshot = gather(&conn, "2026-09-24T08:00:00Z");
        assert_eq!(snapshot.prompts.len(), 1);
        assert_eq!(snapshot.prompts[0].1.title, "Old");

        let mut snapshot = Snapshot::default();
        snapshot.settings.opportunity.enabled = false;
        conn.execute("DELETE FROM fake_asked", []).unwrap();
        let bounds = Bounds {
            now: "2026-09-24T08:00:00Z".parse().unwrap(),
            to: "2026-09-25T08:00:00Z".parse().unwrap(),
            zone: TimeZone::UTC,
        };
        read(
            &conn,
            &[(ReminderKind::Opportunity, fake)],
            &bounds,
            &mut snapshot,
        )
        .unwrap();
        let asked: i64 = conn
            .query_row("SELECT count(*) FROM fake_asked", [], |row| row.get(0))
            .unwrap();
        assert_eq!(asked, 0);
    }

    #[test]
    fn every_dated_kind_has_one_workflow() {
        for kind in ReminderKind::DATED {
            assert_eq!(
                WORKFLOWS.iter().filter(|(of, _)| *of == kind).count(),
                1,
                "{kind:?}"
            );
        }
        assert_eq!(WORKFLOWS.len(), ReminderKind::DATED.len());
    }
}
