//! Two-way sync (issue 17), without a server: records, resources, the engine.

mod cards;
mod cards_events;
mod cards_key;
mod cards_server;
mod cards_through_engine;
mod engine;
mod records;
mod records_edits;
