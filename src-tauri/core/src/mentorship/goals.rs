//! A mentorship's goals: added, changed (marked done), deleted, and read
//! back open ones first by target date.

use rusqlite::{params, Connection, OptionalExtension};

use super::mentorships::optional_date_column;
use super::model::{Goal, GoalDraft};
use super::validate;
use super::MentorshipError;

/// Adds a goal to mentorship `mentorship`.
pub fn add_goal(
    conn: &mut Connection,
    mentorship: i64,
    draft: &GoalDraft,
) -> Result<Goal, MentorshipError> {
    let draft = validate::goal(draft)?;
    let tx = conn.transaction()?;
    let known: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM mentorships WHERE id = ?1)",
        [mentorship],
        |row| row.get(0),
    )?;
    if !known {
        return Err(MentorshipError::NotFound {
            what: "mentorship",
            id: mentorship,
        });
    }
    tx.execute(
        "INSERT INTO mentorship_goals (mentorship_id, text, target_on, done) VALUES (?1, ?2, ?3, ?4)",
        params![
            mentorship,
            draft.text,
            draft.target_on.map(|day| day.to_string()),
            draft.done
        ],
    )?;
    let goal = goal(&tx, tx.last_insert_rowid())?;
    tx.commit()?;
    Ok(goal)
}

/// Replaces a goal's text, target date and done.
pub fn update_goal(
    conn: &mut Connection,
    id: i64,
    draft: &GoalDraft,
) -> Result<Goal, MentorshipError> {
    let draft = validate::goal(draft)?;
    let changed = conn.execute(
        "UPDATE mentorship_goals SET text = ?2, target_on = ?3, done = ?4 WHERE id = ?1",
        params![
            id,
            draft.text,
            draft.target_on.map(|day| day.to_string()),
            draft.done
        ],
    )?;
    if changed == 0 {
        return Err(MentorshipError::NotFound { what: "goal", id });
    }
    goal(conn, id)
}

/// Deletes a goal.
pub fn delete_goal(conn: &mut Connection, id: i64) -> Result<(), MentorshipError> {
    match conn.execute("DELETE FROM mentorship_goals WHERE id = ?1", [id])? {
        0 => Err(MentorshipError::NotFound { what: "goal", id }),
        _ => Ok(()),
    }
}

/// A mentorship's goals: open ones first, by target date (none last).
pub(super) fn of(conn: &Connection, mentorship: i64) -> rusqlite::Result<Vec<Goal>> {
    let mut statement = conn.prepare_cached(
        "SELECT id, mentorship_id, text, target_on, done FROM mentorship_goals
         WHERE mentorship_id = ?1
         ORDER BY done, target_on IS NULL, target_on, id",
    )?;
    let goals = statement
        .query_map([mentorship], goal_row)?
        .collect::<Result<_, _>>();
    goals
}

fn goal(conn: &Connection, id: i64) -> Result<Goal, MentorshipError> {
    conn.query_row(
        "SELECT id, mentorship_id, text, target_on, done FROM mentorship_goals WHERE id = ?1",
        [id],
        goal_row,
    )
    .optional()?
    .ok_or(MentorshipError::NotFound { what: "goal", id })
}

fn goal_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Goal> {
    Ok(Goal {
        id: row.get(0)?,
        mentorship_id: row.get(1)?,
        text: row.get(2)?,
        target_on: optional_date_column(row, 3)?,
        done: row.get(4)?,
    })
}
