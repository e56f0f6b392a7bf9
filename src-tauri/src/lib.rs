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
        .plugin(tauri_plugin_dialog::init())
        .manage(AppState::new(data_dir))
        .invoke_handler(tauri::generate_handler![
            commands::session::session_open,
            commands::session::session_unlock,
            commands::contacts::contacts_get,
            commands::contacts::contacts_create,
            commands::contacts::contacts_update,
            commands::contacts::contacts_delete,
            commands::contacts::contacts_summaries,
            commands::contacts::contacts_profile,
            commands::contacts::contacts_search,
            commands::contacts::contacts_duplicates,
            commands::contacts::contacts_merge,
            commands::contacts::contacts_tag,
            commands::contacts::contacts_untag,
            commands::contacts::contacts_delete_many,
            commands::contacts::contacts_undo_delete,
            commands::interactions::interactions_add,
            commands::network::affiliations_add,
            commands::network::affiliations_remove,
            commands::network::relationships_add,
            commands::network::relationships_remove,
            commands::network::contacts_photo,
            commands::transfer::import_files,
            commands::transfer::import_cancel,
            commands::transfer::export_contacts,
        ])
        .run(tauri::generate_context!());
    if let Err(error) = app {
        eprintln!("Curbside could not start: {error}");
        std::process::exit(1);
    }
}
