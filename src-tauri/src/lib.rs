//! The Curbside desktop shell: the window, the IPC commands and the platform
//! adapters. Everything a doctor's data means lives in `curbside_core`; this
//! crate only connects it to Tauri.
//!
//! Diagnostics go to stderr through `diagnostic!`, never `eprintln!` (which
//! panics when stderr cannot take a line); clippy keeps it so.

#![deny(clippy::print_stdout, clippy::print_stderr)]

mod background_sync;
mod backups;
pub mod commands;
mod diagnostics;
pub mod error;
mod launch;
mod locking;
mod memory;
mod menu;
mod opened;
mod quit;
mod reminders;
pub mod state;
mod viewer;
mod window_state;

use diagnostics::diagnostic;
use reminders::Scheduler;
use state::AppState;

/// Starts the app: resolves the data folder, then runs the window until quit.
pub fn run() {
    let launch = launch::Launch::of_this_process();
    let (data_dir, data_dir_notice) = launch.resolve_data_dir();
    let instance = reminders::instance::claim(data_dir.as_ref());
    let scheduler = Scheduler::default();
    let state = AppState::new(data_dir.clone(), scheduler.waker());
    let context = tauri::generate_context!();
    let app = tauri::Builder::default()
        .plugin(
            tauri_plugin_autostart::Builder::new()
                .arg(reminders::BACKGROUND_FLAG)
                .build(),
        )
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .plugin(window_state::plugin(
            data_dir.as_ref().map(|dir| dir.root()),
        ))
        .menu(menu::build)
        .on_menu_event(menu::on_menu_event)
        .setup(move |app| {
            viewer::clear_copies(app.handle());
            quit::on_signals(app.handle());
            reminders::start(app);
            memory::start(app);
            backups::start(app);
            background_sync::start(app);
            reminders::instance::serve(instance, app.handle());
            opened::offer(app.handle(), launch.files);
            if let Some(notice) = data_dir_notice {
                launch::tell(app.handle(), notice);
            }
            Ok(())
        })
        .on_window_event(|window, event| {
            window_state::on_window_event(window, event);
            reminders::on_window_event(window, event);
        })
        .manage(state)
        .manage(scheduler)
        .manage(background_sync::Syncer::default())
        .manage(opened::OpenedFiles::default())
        .manage(reminders::HourClock::load(
            data_dir.as_ref().map(|dir| dir.root()),
        ))
        // Every `#[tauri::command]` in commands/, listed by build.rs.
        .invoke_handler(include!(concat!(env!("OUT_DIR"), "/handler.rs")))
        .build(context);
    match app {
        Ok(app) => app.run(|app, event| {
            reminders::on_run_event(app, &event);
            opened::on_run_event(app, &event);
            quit::on_run_event(app, &event);
            if let tauri::RunEvent::Exit = event {
                viewer::clear_copies(app);
            }
        }),
        Err(error) => {
            diagnostic!("Curbside could not start: {error}");
            std::process::exit(1);
        }
    }
}
