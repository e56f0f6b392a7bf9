//! From the database to a [`Snapshot`]: only what can be due between the
//! oldest overdue reminder still shown and the end of the window, so one
//! evaluation stays fast over 100,000 contacts and a million interactions.
//!
//! Each kind reads by an index (migrations 005, 007 and 009): meetings by
//! time, birthdays and job starts by month and day, event ends by their
//! key, key dates by instant, stay-in-touch candidates by tag (the members
//! straight from the index) or relationship and last contact. Bounds are
//! the engine's look-backs (`engine` module doc) plus the longest lead
//! time, widened by two days for the zones. A reminder snoozed beyond those
//! bounds is read back by its id, so a long snooze still comes back. Kinds
//! the user turned off are not read.
//!
//! What it costs (`benches/reminders.rs`, docs/BENCHMARKS.md): mostly one
//! random read per subject, so the contact's last note is kept on the
//! contact (migration 009) rather than looked up among the interactions.
//! What SQLite hands back is read without copies where it is dropped, and
//! instants in the form Curbside stores them are read by hand: a large book
//! reads tens of thousands per evaluation.

mod cadences;

pub(super) use cadences::Share;
mod met;
mod people;
mod states;
#[cfg(test)]
mod tests;
mod workflows;

pub(crate) use workflows::prompt_of;
mod yearly;

use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use rusqlite::{Connection, Row};

use super::engine::{date_in, Moved};
use super::hashing::FastMap;
use super::snapshot::{Person, Snapshot};
use super::{custom, ReminderError, ReminderKind, ReminderSettings};
use crate::cme;
use crate::events;
use crate::values::ContactId;

/// One day.
const DAY: SignedDuration = SignedDuration::from_hours(24);

/// `days` days.
fn days(days: i64) -> SignedDuration {
    SignedDuration::from_hours(24 * days)
}

/// The bounds of one evaluation.
struct Bounds {
    now: Timestamp,
    to: Timestamp,
    zone: TimeZone,
}

/// Reads everything the engine needs to evaluate `(now, now + window]` and
/// what is overdue at `now`.
/// Kinds `settings` turns off are not read.
pub(super) fn gather(
    conn: &Connection,
    settings: ReminderSettings,
    now: Timestamp,
    zone: &TimeZone,
    window: SignedDuration,
) -> Result<Snapshot, ReminderError> {
    gather_share(conn, settings, Share::ALL, now, zone, window)
}

/// [`gather`], with only `share`'s contacts' stay-in-touch prompts (the
/// `halves` module splits them between its two halves).
pub(super) fn gather_share(
    conn: &Connection,
    settings: ReminderSettings,
    share: Share,
    now: Timestamp,
    zone: &TimeZone,
    window: SignedDuration,
) -> Result<Snapshot, ReminderError> {
    let bounds = Bounds {
        now,
        to: now.plus(window.max(SignedDuration::ZERO)),
        zone: zone.clone(),
    };
    let mut snapshot = Snapshot {
        settings,
        ..Snapshot::default()
    };
    let on = |kind: ReminderKind| snapshot.settings.of(kind).enabled;
    let (stay, follow, after_event, milestones, birthdays, jobs) = (
        on(ReminderKind::StayInTouch),
        on(ReminderKind::FollowUp),
        on(ReminderKind::EventFollowUp),
        on(ReminderKind::Milestone),
        on(ReminderKind::Birthday),
        on(ReminderKind::WorkAnniversary),
    );
    let (deadlines, cycles, claims, customs) = (
        on(ReminderKind::Deadline),
        on(ReminderKind::CmeShortfall),
        on(ReminderKind::ClaimCredits),
        on(ReminderKind::Custom),
    );
    if stay {
        cadences::stay_in_touch(conn, &bounds, share, &mut snapshot)?;
    }
    if follow {
        people::meetings(conn, &bounds, &mut snapshot)?;
    }
    if after_event {
        met::met_at_events(conn, &bounds, &mut snapshot)?;
    }
    if milestones {
        people::milestones(conn, &bounds, &mut snapshot)?;
    }
    if birthdays {
        yearly::birthdays(conn, &bounds, &mut snapshot)?;
    }
    if jobs {
        yearly::jobs(conn, &bounds, &mut snapshot)?;
    }
    people::snoozed(conn, &bounds, &mut snapshot)?;
    if deadlines {
        let longest =
            days(i64::from(snapshot.settings.longest_lead_of(ReminderKind::Deadline)) + 2);
        snapshot.deadlines =
            events::deadlines_due_between(conn, bounds.now, bounds.to.plus(longest))?;
    }
    if cycles {
        cme_cycles(conn, &bounds, &mut snapshot)?;
    }
    if claims {
        let lead = days(i64::from(snapshot.settings.lead_of(ReminderKind::ClaimCredits)) + 2);
        let oldest = bounds
            .now
            .minus(days(super::engine::CLAIM_LOOKBACK_DAYS))
            .minus(lead);
        snapshot.claims = cme::claimable(conn, bounds.to)?
            .into_iter()
            .filter(|claim| claim.ended_at >= oldest)
            .collect();
    }
    if customs {
        snapshot.customs = custom::all(conn)?;
        let ids: Vec<ContactId> = snapshot
            .customs
            .iter()
            .filter_map(|c| c.contact_id)
            .collect();
        for id in ids {
            people::person_by_id(conn, id, &mut snapshot)?;
        }
    }
    workflows::prompts(conn, &bounds, &mut snapshot)?;
    dedupe(&mut snapshot);
    let states = states::for_snapshot(conn, &snapshot)?;
    snapshot.states = states.by_id;
    snapshot.stay_in_touch_acted = states.stay_in_touch_acted;
    Ok(snapshot)
}

/// How far back the event-based kinds read: the look-back, the lead, and
/// two days for the zones.
fn oldest(bounds: &Bounds, snapshot: &Snapshot, kind: ReminderKind) -> Timestamp {
    let lead = i64::from(snapshot.settings.lead_of(kind));
    bounds
        .now
        .minus(days(super::engine::LOOKBACK_DAYS + lead + 2))
}

/// Each fact once (a subject read by a window and again by its snooze).
fn dedupe(snapshot: &mut Snapshot) {
    snapshot
        .meetings
        .sort_by_key(|m| (m.interaction_id, m.contact_id));
    snapshot
        .meetings
        .dedup_by_key(|m| (m.interaction_id, m.contact_id));
    snapshot
        .met_at_events
        .sort_by_key(|m| (m.event_id, m.occurrence, m.contact_id));
    snapshot
        .met_at_events
        .dedup_by_key(|m| (m.event_id, m.occurrence, m.contact_id));
    snapshot.milestones.sort_by_key(|m| m.id);
    snapshot.milestones.dedup_by_key(|m| m.id);
    snapshot.jobs.sort_by_key(|j| j.affiliation_id);
    snapshot.jobs.dedup_by_key(|j| j.affiliation_id);
}

/// The CME cycles ending between today and the longest lead after the
/// window, with where they stand today (read only when one does).
fn cme_cycles(
    conn: &Connection,
    bounds: &Bounds,
    snapshot: &mut Snapshot,
) -> Result<(), ReminderError> {
    let today = date_in(bounds.now, &bounds.zone);
    let longest = days(
        i64::from(
            snapshot
                .settings
                .longest_lead_of(ReminderKind::CmeShortfall),
        ) + 2,
    );
    let last = date_in(bounds.to.plus(longest), &bounds.zone);
    let first = date_in(bounds.now.minus(DAY), &bounds.zone);
    let any: bool = conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM cme_cycles WHERE ends_on >= ?1 AND ends_on <= ?2)",
        )?
        .query_row([first.to_string(), last.to_string()], |row| row.get(0))?;
    if any {
        snapshot.cycles = cme::status(conn, today)?
            .into_iter()
            .filter(|progress| progress.cycle.ends_on >= first && progress.cycle.ends_on <= last)
            .collect();
    }
    Ok(())
}

/// The contacts as the gather reads them, looked up by id (`c.id = …` after
/// a CROSS JOIN, so the lookup is the inner loop): from the index that holds
/// what the reminders need of a contact (migration 023) rather than its
/// row, which with its notes and every part of its name is most of a page.
/// The same people take about a third of the pages, so an evaluation
/// decrypts a third as many, and the page cache keeps them between
/// evaluations.
pub(super) const CONTACTS: &str = "contacts c INDEXED BY contacts_for_reminders";

/// The columns [`read_person`] reads, over `contacts c`, with the note of
/// the last interaction (kept on the contact by migration 009): only the
/// stay-in-touch prompts, whose context it is, ask for it.
pub(super) const PERSON_WITH_NOTE: &str =
    "c.id, c.display_name, c.time_zone, NULL, c.last_interaction_at, c.created_at, c.last_note";

/// The columns [`read_person`] reads, over `contacts c`, with the birthday:
/// only where a birthday may be due (the birthdays read by month and day, a
/// subject read by id, a snoozed birthday's among them). The engine reminds
/// of the birthdays of the people that carry one, so the tens of thousands
/// read for their cadence in a large book carry none, which it would read
/// and place for two years each only to find them out of the window.
pub(super) const PERSON_WITH_BIRTHDAY: &str =
    "c.id, c.display_name, c.time_zone, c.birthday, c.last_interaction_at, c.created_at, NULL";

/// The columns [`read_person`] reads, over `contacts c`, with neither the
/// note nor the birthday.
pub(super) const PERSON: &str =
    "c.id, c.display_name, c.time_zone, NULL, c.last_interaction_at, c.created_at, NULL";

/// How many columns [`PERSON`] has.
pub(super) const PERSON_COLUMNS: usize = 7;

/// A contact from the [`PERSON`] columns starting at `at`.
pub(super) fn read_person(row: &Row, at: usize) -> rusqlite::Result<Person> {
    let last = text_or_null(row, at + 4)?
        .map(|last| instant(last, at + 4))
        .transpose()?;
    Ok(Person {
        id: row.get(at)?,
        display_name: row.get(at + 1)?,
        time_zone: row.get(at + 2)?,
        birthday: row.get(at + 3)?,
        last_interaction_at: last,
        last_note: row.get(at + 6)?,
        added_at: instant(text(row, at + 5)?, at + 5)?,
        stay_in_touch: None,
    })
}

/// Column `at` as text, without a copy.
pub(super) fn text<'row>(row: &'row Row, at: usize) -> rusqlite::Result<&'row str> {
    Ok(row.get_ref(at)?.as_str()?)
}

/// Column `at` as text or NULL, without a copy.
pub(super) fn text_or_null<'row>(row: &'row Row, at: usize) -> rusqlite::Result<Option<&'row str>> {
    Ok(row.get_ref(at)?.as_str_or_null()?)
}

/// An instant stored as text: `YYYY-MM-DDTHH:MM:SSZ`, as Curbside writes
/// them, read directly (a large book has thousands per evaluation); any
/// other form by jiff.
pub(super) fn instant(text: &str, column: usize) -> rusqlite::Result<Timestamp> {
    if let Some(at) = utc_seconds(text).and_then(|second| Timestamp::from_second(second).ok()) {
        return Ok(at);
    }
    text.parse().map_err(|err: jiff::Error| {
        rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Text, err.into())
    })
}

/// The seconds since 1970 of `YYYY-MM-DDTHH:MM:SSZ`, or `None` for any
/// other text (or a date that does not exist).
fn utc_seconds(text: &str) -> Option<i64> {
    let bytes = text.as_bytes();
    if bytes.len() != 20
        || bytes[4] != b'-'
        || bytes[7] != b'-'
        || bytes[10] != b'T'
        || bytes[13] != b':'
        || bytes[16] != b':'
        || bytes[19] != b'Z'
    {
        return None;
    }
    let number = |from: usize, to: usize| -> Option<i64> {
        bytes[from..to].iter().try_fold(0_i64, |sum, byte| {
            byte.is_ascii_digit()
                .then(|| sum * 10 + i64::from(byte - b'0'))
        })
    };
    let (year, month, day) = (number(0, 4)?, number(5, 7)?, number(8, 10)?);
    let (hour, minute, second) = (number(11, 13)?, number(14, 16)?, number(17, 19)?);
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let month_days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return None,
    };
    if day < 1 || day > month_days || hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    // Days from the civil date (H. Hinnant's algorithm, years from March).
    let (y, m) = if month <= 2 {
        (year - 1, month + 9)
    } else {
        (year, month - 3)
    };
    let era = y.div_euclid(400);
    let of_era = y - era * 400;
    let of_year = (153 * m + 2) / 5 + day - 1;
    let of_cycle = of_era * 365 + of_era / 4 - of_era / 100 + of_year;
    let days = era * 146_097 + of_cycle - 719_468;
    Some(days * 86_400 + hour * 3_600 + minute * 60 + second)
}

/// Adds `person` to the snapshot's people, keeping what an earlier read
/// already knew about them.
pub(super) fn remember(people: &mut FastMap<ContactId, Person>, person: Person) {
    match people.get_mut(&person.id) {
        Some(known) => {
            if known.last_note.is_none() {
                known.last_note = person.last_note;
            }
            if known.birthday.is_none() {
                known.birthday = person.birthday;
            }
            if known.stay_in_touch.is_none() {
                known.stay_in_touch = person.stay_in_touch;
            }
        }
        None => {
            people.insert(person.id, person);
        }
    }
}

/// An instant as the tables store it, for comparisons in SQL.
pub(super) fn stored(at: Timestamp) -> String {
    crate::values::stored_instant(at)
}
