//! Saying why a write failed in the user's words: a read-only folder and a
//! full disk are the user's to fix, and "attempt to write a readonly
//! database" does not say how.

use rusqlite::ErrorCode;

/// SQLite's own wording of the two failures, as they appear inside the
/// messages of the errors that wrap a `rusqlite::Error`.
const READ_ONLY: &str = "attempt to write a readonly database";
const FULL: &str = "database or disk is full";

/// What to tell the user instead of a write failure's SQLite message.
pub const READ_ONLY_WORDS: &str = "the data folder or disk is read-only, so the change was not saved (nothing was lost; reading still works); make the folder writable to make changes";
/// See [`READ_ONLY_WORDS`].
pub const FULL_WORDS: &str =
    "the disk is full, so the change was not saved (nothing was lost); free some space and try again";

/// `message` (an error's text, whatever wraps it) with a read-only or
/// full-disk failure told in plain words; any other message as it is.
pub fn in_plain_words(message: &str) -> String {
    if message.contains(READ_ONLY) {
        READ_ONLY_WORDS.to_owned()
    } else if message.contains(FULL) {
        FULL_WORDS.to_owned()
    } else {
        message.to_owned()
    }
}

/// Whether SQLite refused a write because the file cannot be written.
pub fn is_read_only_error(error: &rusqlite::Error) -> bool {
    matches!(error.sqlite_error_code(), Some(ErrorCode::ReadOnly))
}
