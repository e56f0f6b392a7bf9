//! The Curbside desktop shell: the window, the IPC commands and the platform
//! adapters. Everything a doctor's data means lives in `curbside_core`; this
//! crate only connects it to Tauri.

mod commands;
pub mod error;
mod launch;
pub mod state;

use state::AppState;

/// Starts the app: resolves the data folder, then runs the window until quit.
pub fn run() {
    let data_dir = launch::data_dir();
    let app = tauri::Builder::default()
        .manage(AppState::new(data_dir))
        .invoke_handler(tauri::generate_handler![
            commands::session::session_open,
            commands::session::session_unlock,
            commands::contacts::contacts_list,
            commands::contacts::contacts_get,
            commands::contacts::contacts_create,
            commands::contacts::contacts_update,
            commands::contacts::contacts_delete,
        ])
        .run(tauri::generate_context!());
    if let Err(error) = app {
        eprintln!("Curbside could not start: {error}");
        std::process::exit(1);
    }
}
