//! Two-way sync (issue 17), without a server: records, resources, the engine.

mod cards;
mod cards_through_engine;
mod records;
mod records_edits;
