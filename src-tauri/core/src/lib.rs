//! curbside-core: everything Curbside knows, with no GUI and no Tauri.
//!
//! The desktop shell and the headless CLI are two thin doors onto this crate:
//! they find the data folder ([`data_dir`]), unlock it ([`vault`]) with a key
//! from the OS keyring or a passphrase ([`keys`]), and then read and write
//! the encrypted database ([`db`]) through the domain modules ([`contacts`]).
#![deny(missing_docs)]

pub mod backup;
pub mod book;
pub mod choice;
pub mod cme;
pub mod contacts;
pub mod data_dir;
pub mod db;
pub mod events;
pub mod export;
pub mod files;
#[doc(hidden)]
pub mod fuzzing;
pub mod import;
pub mod instance;
pub mod interactions;
pub mod interop;
pub mod keys;
pub mod messages;
pub mod operations;
pub mod organizations;
pub mod profile;
pub mod relationships;
pub mod reminders;
pub mod repair;
pub mod search;
pub mod values;
pub mod vault;
