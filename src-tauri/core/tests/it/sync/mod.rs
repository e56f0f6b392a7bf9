//! Two-way sync (issue 17), without a server: records, resources, the engine.

mod cards;
mod engine;
mod records;
