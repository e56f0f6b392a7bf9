//! The core's integration tests, in one test binary: each test program
//! links SQLCipher and OpenSSL, so one binary instead of one per file saves
//! a link per file (and, on Windows, about 100 MB of disk each).
//!
//! One module per area (a folder where an area has several files), and the
//! shared set-up in [`support`]. The tests share one process and run in
//! parallel: each works in its own in-memory database or temporary folder,
//! and none sets environment variables or the current directory.
//!
//! Run one area or one test with a filter:
//! `cargo test -p curbside-core --test it reminders::follow_up`.

mod support;

mod backup;
mod book;
mod checks;
mod cleanup;
mod cme;
mod concurrent_writers;
mod conference;
mod contacts;
mod contacts_csv;
mod events;
mod export_batches;
mod fuzz_corpus;
mod hostile_files;
mod ics;
mod import;
mod interactions;
mod introductions;
mod job_history;
mod mentorship;
mod merge_keeps_everything;
mod merge_mentorships;
mod messages;
mod network;
mod network_search;
mod one_binary;
mod opportunities;
mod patient_data;
mod photos;
mod referrals;
mod reimport;
mod reminders;
mod repair;
mod review;
mod sample;
mod seal;
mod search;
mod storage;
mod sync;
mod undo;
mod vcard;
