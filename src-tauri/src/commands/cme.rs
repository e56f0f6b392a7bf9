//! CME: credits with certificates, license and board cycles, progress and
//! the renewal report. "Today" is the system's date, asked on every call.

use std::path::PathBuf;

use curbside_core::cme::{
    self, CertificateId, CertificateInfo, ClaimableCredits, Credit, CreditDraft, CreditId, Cycle,
    CycleDraft, CycleId, CycleProgress,
};
use curbside_core::files;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use serde::Deserialize;
use tauri::{AppHandle, State};
use ts_rs::TS;

use crate::error::IpcError;
use crate::state::AppState;
use crate::viewer;

fn today() -> Date {
    Timestamp::now()
        .to_zoned_datetime(TimeZone::system())
        .date()
}

/// Credit entries earned between `from` and `to`, newest first.
#[tauri::command]
pub async fn cme_credits(
    state: State<'_, AppState>,
    from: Option<Date>,
    to: Option<Date>,
) -> Result<Vec<Credit>, IpcError> {
    state.with_db(move |db| cme::credits(db, from, to)).await
}

/// Records a credit entry.
#[tauri::command]
pub async fn cme_add_credit(
    state: State<'_, AppState>,
    draft: CreditDraft,
) -> Result<Credit, IpcError> {
    state
        .with_db(move |db| cme::add_credit(db, &draft, Timestamp::now()))
        .await
}

/// Replaces a credit entry's fields.
#[tauri::command]
pub async fn cme_update_credit(
    state: State<'_, AppState>,
    id: CreditId,
    draft: CreditDraft,
) -> Result<Credit, IpcError> {
    state
        .with_db(move |db| cme::update_credit(db, id, &draft))
        .await
}

/// Deletes a credit entry with its certificates.
#[tauri::command]
pub async fn cme_delete_credit(
    app: AppHandle,
    state: State<'_, AppState>,
    id: CreditId,
) -> Result<(), IpcError> {
    let certificates = state
        .with_db(move |db| {
            let certificates = cme::credit(db, id)?.certificates;
            cme::delete_credit(db, id)?;
            Ok::<_, cme::CmeError>(certificates)
        })
        .await?;
    let ids: Vec<_> = certificates.iter().map(|info| info.id).collect();
    viewer::forget_certificates(&app, &ids);
    Ok(())
}

/// Attaches the file at `path` (a PDF or an image) to a credit entry.
#[tauri::command]
pub async fn cme_attach_certificate(
    state: State<'_, AppState>,
    credit_id: CreditId,
    path: PathBuf,
) -> Result<CertificateInfo, IpcError> {
    state
        .with_db(move |db| {
            let (name, content) = files::read_attachment(&path, cme::MAX_CERTIFICATE_BYTES)?;
            cme::attach_certificate(db, credit_id, &name, &content, Timestamp::now())
                .map_err(IpcError::from)
        })
        .await
}

/// Opens a certificate in the system's viewer.
#[tauri::command]
pub async fn cme_open_certificate(
    app: AppHandle,
    state: State<'_, AppState>,
    id: CertificateId,
) -> Result<(), IpcError> {
    let file = state.with_db(move |db| cme::certificate(db, id)).await?;
    viewer::open_certificate(&app, id, &file.info.file_name, &file.content)
}

/// Removes a certificate.
#[tauri::command]
pub async fn cme_remove_certificate(
    app: AppHandle,
    state: State<'_, AppState>,
    id: CertificateId,
) -> Result<(), IpcError> {
    state
        .with_db(move |db| cme::remove_certificate(db, id))
        .await?;
    viewer::forget_certificates(&app, &[id]);
    Ok(())
}

/// Every cycle, the one ending soonest first.
#[tauri::command]
pub async fn cme_cycles(state: State<'_, AppState>) -> Result<Vec<Cycle>, IpcError> {
    state.with_db(move |db| cme::cycles(db)).await
}

/// Records a license or board cycle.
#[tauri::command]
pub async fn cme_add_cycle(
    state: State<'_, AppState>,
    draft: CycleDraft,
) -> Result<Cycle, IpcError> {
    state.with_db(move |db| cme::add_cycle(db, &draft)).await
}

/// Replaces a cycle's fields.
#[tauri::command]
pub async fn cme_update_cycle(
    state: State<'_, AppState>,
    id: CycleId,
    draft: CycleDraft,
) -> Result<Cycle, IpcError> {
    state
        .with_db(move |db| cme::update_cycle(db, id, &draft))
        .await
}

/// Deletes a cycle; its credits stay.
#[tauri::command]
pub async fn cme_delete_cycle(state: State<'_, AppState>, id: CycleId) -> Result<(), IpcError> {
    state.with_db(move |db| cme::delete_cycle(db, id)).await
}

/// Where every cycle stands today.
#[tauri::command]
pub async fn cme_status(state: State<'_, AppState>) -> Result<Vec<CycleProgress>, IpcError> {
    state.with_db(move |db| cme::status(db, today())).await
}

/// Attended events with credits still to claim.
#[tauri::command]
pub async fn cme_claimable(state: State<'_, AppState>) -> Result<Vec<ClaimableCredits>, IpcError> {
    state
        .with_db(move |db| cme::claimable(db, Timestamp::now()))
        .await
}

/// The shape of a cycle's report.
#[derive(Debug, Clone, Copy, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ReportFormat {
    /// A CSV for spreadsheets.
    Csv,
    /// A printable HTML page.
    Html,
}

/// Writes a cycle's report to `path`, whole or not at all.
#[tauri::command]
pub async fn cme_export_report(
    state: State<'_, AppState>,
    cycle_id: CycleId,
    path: PathBuf,
    format: ReportFormat,
) -> Result<(), IpcError> {
    let report = state
        .with_db(move |db| cme::report(db, cycle_id, today()))
        .await?;
    let text = match format {
        ReportFormat::Csv => cme::report_csv(&report),
        ReportFormat::Html => cme::report_html(&report),
    };
    files::write_atomically(&path, text.as_bytes()).map_err(IpcError::from)
}

/// Opens a cycle's printable report in the system's browser, to print or
/// save as PDF.
#[tauri::command]
pub async fn cme_print_report(
    app: AppHandle,
    state: State<'_, AppState>,
    cycle_id: CycleId,
) -> Result<(), IpcError> {
    let report = state
        .with_db(move |db| cme::report(db, cycle_id, today()))
        .await?;
    let name = format!("{}.html", report.cycle.name);
    viewer::open_copy(&app, &name, cme::report_html(&report).as_bytes())
}

include!(concat!(env!("OUT_DIR"), "/commands/cme.rs"));
