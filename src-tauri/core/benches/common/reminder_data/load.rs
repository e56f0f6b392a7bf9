//! What makes reminders in a large book, from a seeded generator: 60% of
//! the contacts with a birthday (a fifth of them without the year), one in
//! five with a zone of their own, 70% with a current job (its start date
//! known for three in ten contacts, as typed in or read from a profile; a
//! quarter with an earlier job too), about 1% in a relationship with the
//! user, a few hundred cadences of their own and milestones, a broad tag on
//! half of them ([`BROAD_TAG`], with no cadence: the benchmark sets one),
//! and the user's own reminders. The bulk is written straight into the
//! tables in one transaction (contacts' edits through the public API would
//! take many minutes); cadence rules and custom reminders, a few, through
//! the API. The search index does not know the added tag (nothing here
//! searches).

use std::error::Error;

use curbside_core::db::Connection;
use curbside_core::relationships::RelationshipKind;
use curbside_core::reminders::{self, Cadence, CadenceTarget, CustomReminderDraft};
use jiff::civil::{date, Date};
use jiff::tz::TimeZone;
use rusqlite::{params, Transaction};

use super::super::people::Rng;
use super::super::words::{INSTITUTIONS, TITLES};
use super::{days, now};

/// The tag that half the contacts carry, for the worst realistic case: a
/// cadence on a tag as broad as "my colleagues".
pub const BROAD_TAG: &str = "colleague";

/// The tag with a cadence in the usual load (about 10% of contacts).
pub const TAG_WITH_CADENCE: &str = "collaborator";

/// Its cadence: twice a year.
pub const TAG_CADENCE_DAYS: u32 = 180;

/// The mentors' cadence: every three months.
pub const MENTOR_CADENCE_DAYS: u32 = 90;

/// Zones the contacts who have one live in.
const ZONES: &[&str] = &[
    "Europe/Berlin",
    "Europe/London",
    "America/New_York",
    "America/Los_Angeles",
    "Asia/Tokyo",
    "Asia/Kolkata",
    "Australia/Sydney",
    "Africa/Lagos",
    "America/Sao_Paulo",
    "Pacific/Auckland",
];

/// Adds the reminder load to a book of `contacts` contacts (numbered from
/// 1) that already holds the calendar.
pub fn add(conn: &mut Connection, contacts: usize) -> Result<(), Box<dyn Error>> {
    let mut rng = Rng::new(505);
    let tx = conn.transaction()?;
    profiles(&tx, &mut rng, contacts)?;
    jobs(&tx, &mut rng, contacts)?;
    relationships(&tx, &mut rng, contacts)?;
    own_cadences(&tx, &mut rng, contacts)?;
    milestones(&tx, &mut rng, contacts)?;
    broad_tag(&tx, &mut rng, contacts)?;
    tx.commit()?;
    cadence_rules(conn)?;
    custom_reminders(conn, contacts)?;
    Ok(())
}

/// A birthday: a fifth without the year; 29 February only in leap years.
fn birthday(rng: &mut Rng) -> String {
    let month = 1 + rng.below(12) as i8;
    let day = 1 + rng.below(date(1988, month, 1).days_in_month() as usize) as i8;
    if rng.chance(20) {
        return format!("--{month:02}-{day:02}");
    }
    let mut year = 1950 + rng.below(46) as i16;
    if month == 2 && day == 29 {
        year = 1988;
    }
    format!("{year}-{month:02}-{day:02}")
}

fn profiles(tx: &Transaction, rng: &mut Rng, contacts: usize) -> rusqlite::Result<()> {
    let mut update =
        tx.prepare("UPDATE contacts SET birthday = ?1, time_zone = ?2 WHERE id = ?3")?;
    for id in 1..=contacts as i64 {
        let birthday = rng.chance(60).then(|| birthday(rng));
        let zone = if rng.chance(20) { rng.pick(ZONES) } else { "" };
        update.execute(params![birthday, zone, id])?;
    }
    Ok(())
}

/// A day between `first` and `last`.
fn day_between(rng: &mut Rng, first: Date, last: Date) -> Date {
    let span = first.until(last).map_or(0, |span| span.get_days()).max(1);
    first
        .checked_add(days(rng.below(span as usize) as i64))
        .unwrap_or(first)
}

fn jobs(tx: &Transaction, rng: &mut Rng, contacts: usize) -> rusqlite::Result<()> {
    let mut organization =
        tx.prepare("INSERT INTO organizations (name, kind) VALUES (?1, 'hospital')")?;
    let mut ids = Vec::new();
    for (name, _) in INSTITUTIONS {
        organization.execute([name])?;
        ids.push(tx.last_insert_rowid());
    }
    let mut job = tx.prepare(
        "INSERT INTO affiliations (contact_id, organization_id, kind, role, starts_on, ends_on)
         VALUES (?1, ?2, 'job', ?3, ?4, ?5)",
    )?;
    let today = date(2026, 6, 1);
    for id in 1..=contacts as i64 {
        if !rng.chance(70) {
            continue;
        }
        let started = day_between(rng, date(1995, 1, 1), today);
        if rng.chance(25) {
            let before = day_between(rng, date(1985, 1, 1), started);
            let org = ids[rng.below(ids.len())];
            let role = rng.pick(TITLES);
            job.execute(params![
                id,
                org,
                role,
                before.to_string(),
                started.to_string()
            ])?;
        }
        let org = ids[rng.below(ids.len())];
        let role = rng.pick(TITLES);
        // The start is known for three in seven current jobs.
        let known = rng.chance(43).then(|| started.to_string());
        job.execute(params![id, org, role, known, None::<String>])?;
    }
    Ok(())
}

/// About 1% of the contacts are something to the user: mentors, mentees,
/// collaborators, referral partners, friends.
fn relationships(tx: &Transaction, rng: &mut Rng, contacts: usize) -> rusqlite::Result<()> {
    let mut insert = tx.prepare(
        "INSERT INTO relationships (contact_id, other_contact_id, kind) VALUES (?1, NULL, ?2)",
    )?;
    for (kind, per) in [
        ("mentor", 500),
        ("mentee", 500),
        ("collaborator", 300),
        ("referral_partner", 400),
        ("friend", 1000),
    ] {
        for _ in 0..(contacts / per).max(1) {
            insert.execute(params![rng.below(contacts) as i64 + 1, kind])?;
        }
    }
    Ok(())
}

/// A few hundred contacts with a cadence of their own, monthly to yearly.
fn own_cadences(tx: &Transaction, rng: &mut Rng, contacts: usize) -> rusqlite::Result<()> {
    let mut insert =
        tx.prepare("INSERT OR REPLACE INTO contact_cadences (contact_id, days) VALUES (?1, ?2)")?;
    for _ in 0..(contacts / 333).max(1) {
        let every = [30, 60, 90, 180, 365][rng.below(5)];
        insert.execute(params![rng.below(contacts) as i64 + 1, every])?;
    }
    Ok(())
}

/// A few hundred milestones over the last two years, some found by an
/// import (a new job) and recorded days after they happened.
fn milestones(tx: &Transaction, rng: &mut Rng, contacts: usize) -> rusqlite::Result<()> {
    let mut insert = tx.prepare(
        "INSERT INTO milestones (contact_id, kind, on_date, note, source, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let today = date(2026, 6, 15);
    for _ in 0..(contacts / 250).max(2) {
        let on = day_between(rng, date(2024, 6, 15), today);
        let imported = rng.chance(15);
        let (kind, note, source) = if imported {
            (
                "new_job",
                "Now at a new hospital (from LinkedIn)".to_owned(),
                "import",
            )
        } else {
            let kind = reminders::MILESTONE_KINDS[rng.below(reminders::MILESTONE_KINDS.len())];
            (
                kind,
                format!("{} — well deserved", kind.replace('_', " ")),
                "user",
            )
        };
        let day = on
            .checked_add(days(rng.below(10) as i64))
            .unwrap_or(on)
            .min(today);
        let recorded = TimeZone::UTC
            .to_timestamp(day.at(9 + rng.below(9) as i8, 0, 0, 0))
            .expect("a day in range")
            .to_string();
        let contact = rng.below(contacts) as i64 + 1;
        insert.execute(params![
            contact,
            kind,
            on.to_string(),
            note,
            source,
            recorded
        ])?;
    }
    Ok(())
}

fn broad_tag(tx: &Transaction, rng: &mut Rng, contacts: usize) -> rusqlite::Result<()> {
    let mut insert =
        tx.prepare("INSERT OR IGNORE INTO contact_tags (contact_id, tag) VALUES (?1, ?2)")?;
    for id in 1..=contacts as i64 {
        if rng.chance(50) {
            insert.execute(params![id, BROAD_TAG])?;
        }
    }
    Ok(())
}

/// Mentors every three months; collaborators (the tag) twice a year.
fn cadence_rules(conn: &mut Connection) -> Result<(), Box<dyn Error>> {
    reminders::set_cadence(
        conn,
        &CadenceTarget::Relationship(RelationshipKind::Mentor),
        Some(Cadence {
            days: MENTOR_CADENCE_DAYS,
        }),
    )?;
    reminders::set_cadence(
        conn,
        &CadenceTarget::Tag(TAG_WITH_CADENCE.to_owned()),
        Some(Cadence {
            days: TAG_CADENCE_DAYS,
        }),
    )?;
    Ok(())
}

/// Two dozen reminders of the user's own, a third of them repeating.
fn custom_reminders(conn: &mut Connection, contacts: usize) -> Result<(), Box<dyn Error>> {
    let today = date(2026, 6, 15);
    let plans: [(&str, i64, i8, &str, &str); 24] = [
        ("Send the renal denervation paper", -3, 9, "", ""),
        ("Ask about the registry data", -1, 14, "", ""),
        ("Call back about the referral", 0, 16, "Europe/London", ""),
        ("Book the hotel for ESC", 1, 9, "", ""),
        ("Review the fellowship applications", 2, 10, "", ""),
        ("Draft the grant budget", 3, 8, "", ""),
        ("Reply to the editor", 4, 11, "America/New_York", ""),
        ("Thank them for the introduction", 5, 9, "", ""),
        ("Prepare the tumour board slides", 6, 7, "", ""),
        ("Check the poster print", 8, 12, "", ""),
        ("Renew the society membership", 12, 9, "", ""),
        ("Ask for the recommendation letter", 20, 9, "", ""),
        ("Submit the travel reimbursement", -20, 9, "", ""),
        ("Sign the study contract", -9, 15, "", ""),
        ("Send the abstract to co-authors", 9, 10, "Asia/Tokyo", ""),
        ("Update the CV", 30, 9, "", ""),
        ("Journal club prep", -14, 18, "", "FREQ=WEEKLY;BYDAY=MO"),
        ("Grand rounds handout", -40, 7, "", "FREQ=MONTHLY;BYDAY=1WE"),
        ("Timesheets", -60, 9, "", "FREQ=MONTHLY;BYMONTHDAY=1"),
        (
            "Check the CME tracker",
            -90,
            9,
            "",
            "FREQ=MONTHLY;BYMONTHDAY=15",
        ),
        ("Call Mum", -30, 19, "", "FREQ=WEEKLY;BYDAY=SU"),
        ("Renew the DEA registration", -700, 9, "", "FREQ=YEARLY"),
        (
            "Quarterly check-in with the team",
            -100,
            10,
            "",
            "FREQ=MONTHLY;INTERVAL=3",
        ),
        ("Pay the license fee", -365, 9, "", "FREQ=YEARLY;COUNT=5"),
    ];
    for (n, (title, offset, hour, zone, recurrence)) in plans.into_iter().enumerate() {
        let day = today.checked_add(days(offset)).expect("a day in range");
        let contact = (n % 3 == 0).then(|| (n * 7919 % contacts) as i64 + 1);
        let draft = CustomReminderDraft {
            title: title.to_owned(),
            note: if n % 2 == 0 {
                "Mentioned at the last meeting".to_owned()
            } else {
                String::new()
            },
            contact_id: contact,
            event_id: None,
            at: day.at(hour, 0, 0, 0),
            time_zone: zone.to_owned(),
            recurrence: recurrence.to_owned(),
        };
        reminders::add_custom(
            conn,
            &draft,
            now().checked_sub(days(60)).expect("an instant"),
        )?;
    }
    Ok(())
}
