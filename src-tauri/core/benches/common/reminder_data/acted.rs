//! What the user did with the reminders of the ten days before [`now`],
//! through the public API as the app does it: of every twenty that came up,
//! two done (which logs an interaction), one dismissed, one snoozed (for a
//! day, or for three weeks), and the rest shown by the scheduler and left
//! for later. The benchmark then reads these states back by their ids.

use std::error::Error;

use curbside_core::db::Connection;
use curbside_core::reminders;
use jiff::SignedDuration;

use super::{days, now, zone};

/// Acts on the reminders that came up in the ten days before [`now`].
pub fn act(conn: &mut Connection) -> Result<(), Box<dyn Error>> {
    let now = now();
    let from = now.checked_sub(days(10))?;
    let hour = SignedDuration::from_hours(1);
    let came_up = reminders::due(conn, from, &zone(), days(10))?;
    let mut shown = Vec::new();
    for (n, reminder) in came_up.iter().enumerate() {
        // The user acts an hour after it comes up, and before now.
        let at = reminder
            .due_at
            .max(from)
            .checked_add(hour)?
            .min(now.checked_sub(hour)?);
        match n % 20 {
            0 | 1 => reminders::done(conn, &reminder.id, at)?,
            2 => reminders::dismiss(conn, &reminder.id, at)?,
            3 => {
                let until = if n % 40 == 3 { days(1) } else { days(21) };
                reminders::snooze(conn, &reminder.id, at.checked_add(until)?, at)?;
            }
            _ => shown.push(reminder.id.clone()),
        }
    }
    reminders::mark_shown(conn, &shown, now.checked_sub(hour)?)?;
    Ok(())
}
