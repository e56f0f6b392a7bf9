//! The app benchmark's marker (tests/bench/app-start.sh): the window says
//! when its first screen has settled with data, and, only when the app was
//! started with `CURBSIDE_BENCH_MARK=FILE`, the time goes into FILE.

use std::io::Write;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::error::IpcError;

/// Appends `settled UNIX_MS` to the file `CURBSIDE_BENCH_MARK` names;
/// without that variable, does nothing.
#[tauri::command]
pub async fn bench_mark() -> Result<(), IpcError> {
    let Some(path) = std::env::var_os("CURBSIDE_BENCH_MARK") else {
        return Ok(());
    };
    let ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_err(IpcError::internal)?
        .as_secs_f64()
        * 1000.0;
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map_err(IpcError::internal)?;
    writeln!(file, "settled {ms:.1}").map_err(IpcError::internal)
}

include!(concat!(env!("OUT_DIR"), "/commands/bench.rs"));
