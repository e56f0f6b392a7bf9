//! The weekly review for the Network screen's "This week" tab.

use curbside_core::reminders::Weekday;
use curbside_core::review::{self, WeekReview};
use jiff::civil::Date;
use jiff::Timestamp;
use tauri::State;

use crate::error::{ErrorCode, IpcError};
use crate::state::AppState;

/// The week holding `day`, starting on `first_weekday` (the user's first
/// day of the week), in the computer's zone, and the week after it.
#[tauri::command]
pub async fn review_week(
    state: State<'_, AppState>,
    day: String,
    first_weekday: Weekday,
) -> Result<WeekReview, IpcError> {
    let day: Date = day.parse().map_err(|_| {
        IpcError::new(
            ErrorCode::InvalidInput,
            format!("\"{day}\" is not a date (YYYY-MM-DD)"),
        )
    })?;
    let first = first_weekday.to_jiff();
    let zone = jiff::tz::TimeZone::system();
    state
        .with_db(move |db| review::week(db, day, &zone, first, Timestamp::now()))
        .await
}

include!(concat!(env!("OUT_DIR"), "/commands/review.rs"));
