//! The Curbside desktop shell: the window, the IPC commands and the platform
//! adapters. Everything a doctor's data means lives in `curbside_core`; this
//! crate only connects it to Tauri.

mod backups;
mod commands;
pub mod error;
mod launch;
mod opened;
mod reminders;
pub mod state;
mod viewer;

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
        .setup(move |app| {
            viewer::clear_copies(app.handle());
            reminders::start(app);
            backups::start(app);
            reminders::instance::serve(instance, app.handle());
            opened::offer(app.handle(), launch.files);
            if let Some(notice) = data_dir_notice {
                launch::tell(app.handle(), notice);
            }
            Ok(())
        })
        .on_window_event(reminders::on_window_event)
        .manage(state)
        .manage(scheduler)
        .manage(opened::OpenedFiles::default())
        .invoke_handler(tauri::generate_handler![
            commands::session::session_open,
            commands::session::session_unlock,
            commands::session::session_salvage,
            commands::session::session_restore_backup,
            commands::contacts::contacts_get,
            commands::contacts::contacts_create,
            commands::contacts::contacts_update,
            commands::contacts::contacts_delete,
            commands::contacts::contacts_summaries,
            commands::contacts::contacts_count,
            commands::contacts::contacts_profile,
            commands::contacts::contacts_search,
            commands::contacts::contacts_duplicates,
            commands::contacts::contacts_merge,
            commands::contacts::contacts_tag,
            commands::contacts::contacts_untag,
            commands::contacts::contacts_delete_many,
            commands::contacts::contacts_undo_delete,
            commands::interactions::interactions_add,
            commands::interactions::interactions_update,
            commands::interactions::interactions_delete,
            commands::network::affiliations_add,
            commands::network::affiliations_remove,
            commands::network::relationships_add,
            commands::network::relationships_remove,
            commands::network::contacts_photo,
            commands::transfer::import_files,
            commands::transfer::import_cancel,
            commands::transfer::import_opened_files,
            commands::transfer::export_contacts,
            commands::transfer::export_events,
            commands::events::events_occurrences,
            commands::events::events_detail,
            commands::events::events_create,
            commands::events::events_update,
            commands::events::events_delete,
            commands::events::events_set_status,
            commands::events::events_change_occurrence,
            commands::events::events_remove_occurrence,
            commands::events::events_deadlines,
            commands::events::events_add_deadline,
            commands::events::events_update_deadline,
            commands::events::events_remove_deadline,
            commands::events::events_add_session,
            commands::events::events_remove_session,
            commands::events::events_link_person,
            commands::events::events_unlink_person,
            commands::cme::cme_credits,
            commands::cme::cme_add_credit,
            commands::cme::cme_update_credit,
            commands::cme::cme_delete_credit,
            commands::cme::cme_attach_certificate,
            commands::cme::cme_open_certificate,
            commands::cme::cme_remove_certificate,
            commands::cme::cme_cycles,
            commands::cme::cme_add_cycle,
            commands::cme::cme_update_cycle,
            commands::cme::cme_delete_cycle,
            commands::cme::cme_status,
            commands::cme::cme_claimable,
            commands::cme::cme_export_report,
            commands::cme::cme_print_report,
            commands::reminders::reminders_due,
            commands::reminders::reminders_done,
            commands::reminders::reminders_snooze,
            commands::reminders::reminders_dismiss,
            commands::contacts::contacts_out_of_touch,
            commands::reminders::reminders_custom,
            commands::reminders::reminders_add_custom,
            commands::reminders::reminders_delete_custom,
            commands::settings::reminders_settings,
            commands::settings::reminders_save_settings,
            commands::settings::app_autostart,
            commands::settings::app_set_autostart,
            commands::milestones::reminders_milestones,
            commands::milestones::reminders_add_milestone,
            commands::milestones::reminders_delete_milestone,
            commands::milestones::reminders_cadences,
            commands::milestones::reminders_cadence_of,
            commands::milestones::reminders_set_cadence,
            commands::messages::messages_templates,
            commands::messages::messages_save_template,
            commands::messages::messages_reset_template,
            commands::messages::messages_compose,
            commands::messages::messages_sent,
            commands::messages::messages_my_name,
            commands::messages::messages_set_my_name,
            commands::messages::messages_open_link,
            commands::backups::backups_list,
            commands::backups::backups_create,
            commands::backups::backups_restore,
            commands::backups::backups_folder,
            commands::backups::backups_set_folder,
        ])
        .build(context);
    match app {
        Ok(app) => app.run(|app, event| {
            reminders::on_run_event(app, &event);
            opened::on_run_event(app, &event);
            if let tauri::RunEvent::Exit = event {
                viewer::clear_copies(app);
            }
        }),
        Err(error) => {
            eprintln!("Curbside could not start: {error}");
            std::process::exit(1);
        }
    }
}
