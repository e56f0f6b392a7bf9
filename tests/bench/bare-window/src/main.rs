//! A bare Tauri window: the page of `dist/` and one command, `mark`, that
//! the page calls once it has painted. Given `CURBSIDE_BENCH_MARK=FILE`, it
//! appends `settled UNIX_MS` to FILE, as Curbside does for its first screen
//! (tests/bench/app-start.sh measures both from process start).

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::io::Write;
use std::time::{SystemTime, UNIX_EPOCH};

/// Appends the time the page settled to the file the benchmark named.
#[tauri::command]
fn mark() -> Result<(), String> {
    let Some(path) = std::env::var_os("CURBSIDE_BENCH_MARK") else {
        return Ok(());
    };
    let ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_err(|e| e.to_string())?
        .as_secs_f64()
        * 1000.0;
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map_err(|e| e.to_string())?;
    writeln!(file, "settled {ms:.1}").map_err(|e| e.to_string())
}

fn main() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![mark])
        .run(tauri::generate_context!())
        .expect("the bare window runs");
}
