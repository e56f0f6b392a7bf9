//! The CLI's integration tests, in one test binary: the real `curbside-cli`
//! run as a script runs it ([`support`]), one module per area, the crash
//! harness that kills it mid-write ([`crash`]) and two writers and a reader
//! at once ([`concurrent`]). One binary instead of one per file saves a
//! link per file.
//!
//! The tests share one process and run in parallel: each has its own temp
//! data folder, and settings reach the CLI through the child's environment
//! only. `tests/crash/run.sh` runs the long rounds with filters:
//! `cargo test -p curbside-cli --test it crash:: -- --test-threads 1`.

mod support;

mod backup;
mod beside_the_app;
mod book;
mod cme;
mod concurrent;
mod contacts;
mod crash;
mod doctor;
mod events;
mod ics;
mod import_export;
mod interactions;
mod intros;
mod keys;
mod mentorship;
mod messages;
mod network;
mod offline;
mod one_binary;
mod opportunities;
mod output;
mod patient_data;
mod referrals;
mod reminders;
mod review;
mod sample;
mod search_interactions;
mod search_network;
mod sync;
