//! The one text form an instant is stored in: whole seconds in UTC
//! (`2026-03-29T07:00:00Z`), so that comparing the text compares the times
//! and SQL can order and filter by it.

/// An instant in the stored form: whole seconds, UTC, so text order is time order.
pub(crate) fn stored_instant(at: jiff::Timestamp) -> String {
    jiff::Timestamp::from_second(at.as_second())
        .map(|t| t.to_string())
        .unwrap_or_else(|_| at.to_string())
}
