//! curbside-core: everything Curbside knows, with no GUI and no Tauri.
//!
//! The desktop shell and the headless CLI are two thin doors onto this crate:
//! they find the data folder ([`data_dir`]), unlock it ([`vault`]) with a key
//! from the OS keyring or a passphrase ([`keys`]), and then read and write
//! the encrypted database ([`db`]) through the domain modules ([`contacts`]).
//!
//! The modules are layered; each uses only modules of its own layer or
//! below, and never in a circle (`tests/it/dependency_boundaries.rs` checks
//! both on the sources). From the bottom:
//! 1. Values: [`values`] (ids, a card's parts, [`values::Invalid`] and the
//!    field limits, the stored-time form) and [`choice`].
//!    They use no other module of this crate.
//! 2. Plumbing: [`files`], [`keys`], [`data_dir`], [`instance`].
//! 3. Domains: [`contacts`] first (it uses only the values); then what
//!    builds on contacts: [`interactions`], [`relationships`],
//!    [`organizations`], [`events`], [`search`], [`profile`]; the file
//!    formats ([`interop`]), [`cme`], [`reminders`] and [`messages`]; the
//!    networking workflows, which build on those: [`referrals`],
//!    [`introductions`], [`mentorship`], [`opportunities`],
//!    [`memberships`], [`presence`], [`conference`], [`review`]; and the
//!    [`patient_data`] guard, which uses none of them. The reminder engine
//!    asks each workflow for its [`values::DatedPrompt`]s. Last,
//!    [`sample`], the made-up book a first run may look around with.
//! 4. Storage: [`db`] (its migrations call the domains' upkeep), [`backup`],
//!    [`vault`] (the door to a book's database), [`repair`].
//! 5. Operations across domains: [`operations`] (merge, bulk actions and
//!    their undo), [`import`], [`export`], [`book`], [`sync`] (two-way
//!    sync with the user's CardDAV/CalDAV server, without the network). Nothing in the core
//!    uses them; the app and the CLI do.
#![deny(missing_docs)]

pub mod backup;
pub mod book;
pub mod choice;
pub mod cme;
pub mod conference;
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
pub mod introductions;
pub mod keys;
pub mod memberships;
pub mod mentorship;
pub mod messages;
pub mod operations;
pub mod opportunities;
pub mod organizations;
pub mod patient_data;
pub mod presence;
pub mod profile;
pub mod referrals;
pub mod relationships;
pub mod reminders;
pub mod repair;
pub mod review;
pub mod sample;
pub mod search;
pub mod sync;
pub mod values;
pub mod vault;
