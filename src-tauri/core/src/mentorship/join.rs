//! Two contacts merged into one person may both have been the user's
//! mentor (or mentee): a person is one mentorship per role, so the merge
//! folds the other's mentorship into the kept contact's.

use rusqlite::{params, Connection};

use crate::values::ContactId;

/// The pairs (kept contact's mentorship, other contact's mentorship) of the
/// same role, for a merge of contact `other` into `keep`.
pub fn same_role(
    conn: &Connection,
    keep: ContactId,
    other: ContactId,
) -> rusqlite::Result<Vec<(i64, i64)>> {
    conn.prepare(
        "SELECT min(k.id), o.id FROM mentorships o
         JOIN mentorships k ON k.role = o.role AND k.contact_id = ?1
         WHERE o.contact_id = ?2
         GROUP BY o.id ORDER BY o.id",
    )?
    .query_map(params![keep, other], |row| Ok((row.get(0)?, row.get(1)?)))?
    .collect()
}

/// Folds mentorship `other` into `keep`, inside the caller's transaction:
/// its goals move (keeping their rows, so what was done with their
/// reminders stays), its meetings follow the kept one's (numbered after
/// them) with their action items; the kept one's cadence and notes win,
/// the other's notes appended when both have some and a cadence taken
/// when the kept one has none; it began on the earlier day. Then `other`
/// goes (and, by trigger, the state of its meeting prompts: the caller
/// moves what it keeps first).
pub fn fold_into(conn: &Connection, keep: i64, other: i64) -> rusqlite::Result<()> {
    let offset: i64 = conn.query_row(
        "SELECT coalesce(max(number), 0) FROM mentorship_meetings WHERE mentorship_id = ?1",
        [keep],
        |row| row.get(0),
    )?;
    // Both columns of an action in one statement: it names its new meeting.
    conn.execute(
        "INSERT INTO mentorship_meetings (mentorship_id, number, held_on, notes)
         SELECT ?1, number + ?3, held_on, notes FROM mentorship_meetings
         WHERE mentorship_id = ?2 ORDER BY number",
        params![keep, other, offset],
    )?;
    conn.execute(
        "UPDATE mentorship_actions SET mentorship_id = ?1, meeting_number = meeting_number + ?3
         WHERE mentorship_id = ?2",
        params![keep, other, offset],
    )?;
    let statements: &[&str] = &[
        "DELETE FROM mentorship_meetings WHERE mentorship_id = ?2",
        "UPDATE mentorship_goals SET mentorship_id = ?1 WHERE mentorship_id = ?2",
        "UPDATE mentorships SET
             every_weeks = coalesce(every_weeks, (SELECT every_weeks FROM mentorships WHERE id = ?2)),
             started_on = min(started_on, (SELECT started_on FROM mentorships WHERE id = ?2)),
             created_at = min(created_at, (SELECT created_at FROM mentorships WHERE id = ?2)),
             notes = (SELECT CASE
                 WHEN trim(o.notes) = '' OR o.notes = mentorships.notes THEN mentorships.notes
                 WHEN trim(mentorships.notes) = '' THEN o.notes
                 ELSE mentorships.notes || char(10) || char(10) || o.notes END
                 FROM mentorships o WHERE o.id = ?2)
         WHERE id = ?1",
        "DELETE FROM mentorships WHERE id = ?2",
    ];
    for sql in statements {
        conn.execute(sql, params![keep, other])?;
    }
    Ok(())
}
