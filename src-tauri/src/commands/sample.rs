//! Sample data for a first look (the welcome, an empty Today) and its
//! removal in one click (the banner that marks it).

use curbside_core::sample::{self, SampleCounts, SampleError};
use jiff::tz::TimeZone;
use jiff::Timestamp;
use tauri::State;

use crate::error::{ErrorCode, IpcError};
use crate::state::AppState;

impl From<SampleError> for IpcError {
    fn from(error: SampleError) -> Self {
        match error {
            SampleError::AlreadyThere => Self::new(ErrorCode::InvalidInput, error),
            SampleError::Contact(error) => error.into(),
            SampleError::Event(error) => error.into(),
            SampleError::Database(_) => Self::new(ErrorCode::Storage, error),
        }
    }
}

/// How much sample data the book holds.
#[tauri::command]
pub async fn sample_counts(state: State<'_, AppState>) -> Result<SampleCounts, IpcError> {
    state.with_db(|db| sample::counts(db)).await
}

/// Adds the sample data, dated around today on this computer.
#[tauri::command]
pub async fn sample_add(state: State<'_, AppState>) -> Result<SampleCounts, IpcError> {
    let now = Timestamp::now();
    let today = TimeZone::system().to_datetime(now).date();
    state.with_db(move |db| sample::add(db, today, now)).await
}

/// Removes every sample contact and event, and nothing else.
#[tauri::command]
pub async fn sample_remove(state: State<'_, AppState>) -> Result<SampleCounts, IpcError> {
    state.with_db(sample::remove).await
}

include!(concat!(env!("OUT_DIR"), "/commands/sample.rs"));
