//! Reading the yearly reminders' subjects by month and day: contacts whose
//! birthday, and current jobs whose anniversary, may be due in the window.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection};

use super::{days, read_person, remember, text, Bounds, CONTACTS, PERSON, PERSON_WITH_BIRTHDAY};
use crate::reminders::engine::{date_in, Moved, YEARLY_LOOKBACK_DAYS};
use crate::reminders::snapshot::{Job, Snapshot};
use crate::reminders::{ReminderError, ReminderKind};

/// The `MM-DD` ranges covering `[first, last]`: one, two across New Year,
/// the whole year for a year or more.
fn month_days(first: Date, last: Date) -> Vec<(String, String)> {
    let md = |date: Date| date.strftime("%m-%d").to_string();
    if first.duration_until(last) >= days(365) {
        return vec![("01-01".into(), "12-31".into())];
    }
    if first.year() == last.year() {
        vec![(md(first), md(last))]
    } else {
        vec![(md(first), "12-31".into()), ("01-01".into(), md(last))]
    }
}

/// The dates, in UTC, a yearly reminder's day may fall on to be due between
/// its look-back and the window's end.
fn yearly_days(bounds: &Bounds, lead: u32) -> (Date, Date) {
    let lead = i64::from(lead);
    let first = bounds
        .now
        .minus(days(YEARLY_LOOKBACK_DAYS + 2))
        .plus(days(lead));
    let last = bounds.to.plus(days(lead + 2));
    (
        date_in(first, &TimeZone::UTC),
        date_in(last, &TimeZone::UTC),
    )
}

/// Contacts whose birthday may be due, by the month-and-day index.
pub(super) fn birthdays(
    conn: &Connection,
    bounds: &Bounds,
    snapshot: &mut Snapshot,
) -> Result<(), ReminderError> {
    let (first, last) = yearly_days(bounds, snapshot.settings.lead_of(ReminderKind::Birthday));
    let mut statement = conn.prepare_cached(&format!(
        "SELECT {PERSON_WITH_BIRTHDAY} FROM contacts b CROSS JOIN {CONTACTS} ON c.id = b.id
         WHERE b.birthday IS NOT NULL AND substr(b.birthday, -5) BETWEEN ?1 AND ?2"
    ))?;
    for (from, to) in month_days(first, last) {
        let mut rows = statement.query([from, to])?;
        while let Some(row) = rows.next()? {
            remember(&mut snapshot.people, read_person(row, 0)?);
        }
    }
    Ok(())
}

const JOBS: &str = "SELECT a.id, o.name, a.role, a.starts_on, {PERSON}
     FROM affiliations a
     JOIN organizations o ON o.id = a.organization_id
     CROSS JOIN {CONTACTS} ON c.id = a.contact_id
     WHERE a.kind = 'job' AND a.ends_on IS NULL AND a.starts_on IS NOT NULL";

pub(super) fn read_jobs(
    conn: &Connection,
    condition: &str,
    values: Vec<Value>,
    snapshot: &mut Snapshot,
) -> Result<(), ReminderError> {
    let sql = format!(
        "{} AND {condition}",
        JOBS.replace("{PERSON}", PERSON)
            .replace("{CONTACTS}", CONTACTS)
    );
    let mut statement = conn.prepare_cached(&sql)?;
    let mut rows = statement.query(params_from_iter(values))?;
    while let Some(row) = rows.next()? {
        let Ok(starts_on) = text(row, 3)?.parse::<Date>() else {
            continue;
        };
        let person = read_person(row, 4)?;
        let job = Job {
            affiliation_id: row.get(0)?,
            contact_id: person.id,
            organization: row.get(1)?,
            role: row.get(2)?,
            starts_on,
        };
        remember(&mut snapshot.people, person);
        snapshot.jobs.push(job);
    }
    Ok(())
}

/// Current jobs whose anniversary may be due, by the month-and-day index.
pub(super) fn jobs(
    conn: &Connection,
    bounds: &Bounds,
    snapshot: &mut Snapshot,
) -> Result<(), ReminderError> {
    let (first, last) = yearly_days(
        bounds,
        snapshot.settings.lead_of(ReminderKind::WorkAnniversary),
    );
    for (from, to) in month_days(first, last) {
        read_jobs(
            conn,
            "substr(a.starts_on, -5) BETWEEN ? AND ?",
            vec![Value::Text(from), Value::Text(to)],
            snapshot,
        )?;
    }
    Ok(())
}
