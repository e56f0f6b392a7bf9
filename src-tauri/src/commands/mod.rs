//! The IPC commands, one module per area. Each command takes its arguments,
//! calls the core on a blocking thread and maps the error: nothing more.

pub mod backups;
pub mod cme;
pub mod contacts;
pub mod events;
pub mod interactions;
pub mod messages;
pub mod milestones;
pub mod network;
pub mod reminders;
pub mod session;
pub mod settings;
pub mod transfer;
