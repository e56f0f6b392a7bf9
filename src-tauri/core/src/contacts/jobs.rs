//! The rules a job history keeps whatever writes it (an edit, `affiliate`, a
//! re-import, a merge): one current job per organisation and role, and an
//! end never before its start. Every path that opens, ends or joins jobs
//! goes through here, so the rules are written once.
//!
//! Two current jobs at one organisation are the same job when their roles
//! match (any case) or one of them has none yet; joining them keeps the
//! earlier start date, so a work anniversary is never lost.
//!
//! It lives with the contacts because a contact's institution and title
//! write it on every edit; `organizations` (affiliations added by hand) and
//! `operations` (a merge) use it from above.

use rusqlite::{params, Connection, OptionalExtension};

use crate::values::{ContactId, OrganizationId};

/// The organisation called `name` (any case), if filed.
pub(crate) fn find(conn: &Connection, name: &str) -> rusqlite::Result<Option<OrganizationId>> {
    conn.prepare_cached("SELECT id FROM organizations WHERE name = ?1 COLLATE NOCASE")?
        .query_row([name.trim()], |row| row.get(0))
        .optional()
}

/// The organisation called `name` (any case), filed if new.
pub(crate) fn find_or_create(conn: &Connection, name: &str) -> rusqlite::Result<OrganizationId> {
    let name = name.trim();
    if let Some(id) = find(conn, name)? {
        return Ok(id);
    }
    conn.prepare_cached("INSERT INTO organizations (name) VALUES (?1)")?
        .execute([name])?;
    Ok(conn.last_insert_rowid())
}

/// A current job, as the rules need it.
struct Current {
    id: i64,
    role: String,
    starts_on: Option<String>,
}

/// Whether two roles name the same job: equal in any case, or one unknown.
fn same_role(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    a.is_empty() || b.is_empty() || a.eq_ignore_ascii_case(b)
}

/// The earlier of two start dates; a known one beats an unknown one.
fn earlier(a: Option<String>, b: Option<String>) -> Option<String> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn current_at(
    conn: &Connection,
    contact: ContactId,
    organization: i64,
) -> rusqlite::Result<Vec<Current>> {
    conn.prepare_cached(
        // A contact has a few affiliations, a hospital thousands: read them
        // by the contact, or every import of a card scans its hospital's.
        "SELECT id, role, starts_on FROM affiliations INDEXED BY affiliations_by_contact
         WHERE contact_id = ?1 AND organization_id = ?2 AND kind = 'job' AND ends_on IS NULL
         ORDER BY coalesce(starts_on, '9999') , id",
    )?
    .query_map(params![contact, organization], |row| {
        Ok(Current {
            id: row.get(0)?,
            role: row.get(1)?,
            starts_on: row.get(2)?,
        })
    })?
    .collect()
}

/// Files a current job at `organization` and returns its id: the current
/// job there in the same role when there is one (its role filled in, its
/// start the earlier of the two), else a new one.
pub(crate) fn open(
    conn: &Connection,
    contact: ContactId,
    organization: i64,
    role: &str,
    starts_on: Option<&str>,
) -> rusqlite::Result<i64> {
    let role = role.trim();
    let existing = current_at(conn, contact, organization)?;
    let same = existing
        .iter()
        .find(|job| job.role.trim().eq_ignore_ascii_case(role))
        .or_else(|| existing.iter().find(|job| same_role(&job.role, role)));
    if let Some(job) = same {
        let role = if job.role.trim().is_empty() {
            role
        } else {
            &job.role
        };
        let starts_on = earlier(job.starts_on.clone(), starts_on.map(str::to_owned));
        conn.prepare_cached("UPDATE affiliations SET role = ?2, starts_on = ?3 WHERE id = ?1")?
            .execute(params![job.id, role, starts_on])?;
        return Ok(job.id);
    }
    conn.prepare_cached(
        "INSERT INTO affiliations (contact_id, organization_id, kind, role, starts_on) VALUES (?1, ?2, 'job', ?3, ?4)",
    )?
    .execute(params![contact, organization, role, starts_on])?;
    Ok(conn.last_insert_rowid())
}

/// Ends job `id` on `day`, unless it starts after `day`: a job that has not
/// begun cannot have ended, so it stays as planned. Returns whether it ended.
pub(crate) fn end(conn: &Connection, id: i64, day: &str) -> rusqlite::Result<bool> {
    let ended = conn
        .prepare_cached(
            "UPDATE affiliations SET ends_on = ?2
             WHERE id = ?1 AND ends_on IS NULL AND (starts_on IS NULL OR starts_on <= ?2)",
        )?
        .execute(params![id, day])?;
    Ok(ended > 0)
}

/// Keeps the job history in step with a change of the contact's own
/// institution and title, from `before` (none for a new contact) to
/// `after`, on `today`.
///
/// Nothing changes when neither did, so editing another field never touches
/// the history. A move (or clearing the institution) ends the jobs at the
/// old place that have begun, and opens one at the new place. A new title at the same place is a new
/// position: the old one ends (it is kept, finished) and the new one opens;
/// a first title, or one for a job that has not begun, is filled in.
pub(crate) fn follow_institution(
    conn: &Connection,
    contact: ContactId,
    before: Option<(&str, &str)>,
    after: (&str, &str),
    today: &str,
) -> rusqlite::Result<()> {
    let (institution, title) = (after.0.trim(), after.1.trim());
    let (was_at, was) = before.map_or(("", ""), |(at, title)| (at.trim(), title.trim()));
    let same_place = was_at.eq_ignore_ascii_case(institution);
    if before.is_some() && same_place && was.eq_ignore_ascii_case(title) {
        return Ok(());
    }
    if before.is_some() && !same_place && !was_at.is_empty() {
        if let Some(old) = find(conn, was_at)? {
            for job in current_at(conn, contact, old)? {
                end(conn, job.id, today)?;
            }
        }
    }
    if institution.is_empty() {
        return Ok(());
    }
    let organization = find_or_create(conn, institution)?;
    if before.is_some() && same_place && !was.is_empty() && !title.is_empty() {
        let held = current_at(conn, contact, organization)?
            .into_iter()
            .find(|job| job.role.trim().eq_ignore_ascii_case(was));
        if let Some(job) = held {
            if !end(conn, job.id, today)? {
                conn.prepare_cached("UPDATE affiliations SET role = ?2 WHERE id = ?1")?
                    .execute(params![job.id, title])?;
                return Ok(());
            }
        }
    }
    if title.is_empty() && same_place && before.is_some() {
        // The title was cleared: the job stays as it was.
        return Ok(());
    }
    open(conn, contact, organization, title, None)?;
    Ok(())
}

/// Joins a contact's current jobs that are one job (same organisation, same
/// role or one without a role), as a merge leaves them: the one with the
/// earlier start stays, with the other's role if it had none.
pub(crate) fn join_duplicates(conn: &Connection, contact: ContactId) -> rusqlite::Result<()> {
    let organizations: Vec<i64> = conn
        .prepare_cached(
            "SELECT DISTINCT organization_id FROM affiliations
             WHERE contact_id = ?1 AND kind = 'job' AND ends_on IS NULL",
        )?
        .query_map([contact], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    for organization in organizations {
        let mut kept: Vec<Current> = Vec::new();
        // Dated jobs first, earliest first: they are the ones that stay.
        for job in current_at(conn, contact, organization)? {
            match kept.iter_mut().find(|k| same_role(&k.role, &job.role)) {
                Some(stays) => {
                    if stays.role.trim().is_empty() {
                        stays.role = job.role.clone();
                    }
                    stays.starts_on = earlier(stays.starts_on.take(), job.starts_on);
                    conn.prepare_cached(
                        "UPDATE affiliations SET role = ?2, starts_on = ?3 WHERE id = ?1",
                    )?
                    .execute(params![
                        stays.id,
                        stays.role,
                        stays.starts_on
                    ])?;
                    conn.prepare_cached("DELETE FROM affiliations WHERE id = ?1")?
                        .execute([job.id])?;
                }
                None => kept.push(job),
            }
        }
    }
    Ok(())
}
