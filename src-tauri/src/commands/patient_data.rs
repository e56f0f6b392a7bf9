//! The patient-data guard for the UI's forms: before saving text the user
//! wrote, a form asks what in it looks like it identifies a patient.

use curbside_core::patient_data::{self, Finding};

use crate::error::IpcError;

/// What looks like patient data in each text, in the order given (an empty
/// list for a clear text). Needs no open book; async, so the first call
/// (which compiles the rules) never holds the main thread.
#[tauri::command]
pub async fn patient_data_scan(texts: Vec<String>) -> Result<Vec<Vec<Finding>>, IpcError> {
    Ok(texts.iter().map(|text| patient_data::scan(text)).collect())
}

include!(concat!(env!("OUT_DIR"), "/commands/patient_data.rs"));
