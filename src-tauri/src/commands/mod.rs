//! The IPC commands, one module per area. Each command takes its arguments,
//! calls the core on a blocking thread and maps the error: nothing more.
//! A `#[tauri::command]` function here is all it takes to declare one: the
//! handler list, its permission and `all()` are generated from it (see
//! `table`); each area includes its generated `command_table` at its end.

pub mod backups;
pub mod bench;
pub mod cme;
pub mod conference;
pub mod contacts;
pub mod events;
pub mod interactions;
pub mod introductions;
pub mod memberships;
pub mod mentorship;
pub mod messages;
pub mod milestones;
pub mod network;
pub mod opportunities;
pub mod patient_data;
pub mod presence;
pub mod referrals;
pub mod reminders;
pub mod review;
pub mod sample;
pub mod security;
pub mod session;
pub mod settings;
pub mod sync;
pub mod table;
pub mod transfer;
pub mod undo;

include!(concat!(env!("OUT_DIR"), "/command_table.rs"));
