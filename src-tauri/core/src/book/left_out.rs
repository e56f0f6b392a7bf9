//! What a book leaves out: tables and columns the database rebuilds from
//! the sections on import, and tables that belong to this computer. The
//! test that compares the sections with the schema counts these as
//! accounted for.

/// Tables rebuilt from the sections on import, never written: the
/// full-text index (and the tables FTS5 keeps it in), the name words
/// search lists people by, every occurrence of every event, and the
/// networking workflows' full-text index (filled by triggers as the
/// workflows' rows are written).
pub const DERIVED_TABLES: [&str; 4] = [
    "contact_search",
    "contact_name_words",
    "event_occurrences",
    "network_search",
];

/// Tables of this computer's sync with a server (the account, the server's
/// collections and resources as last seen, conflicts waiting), and what its
/// last action on each reminder can take back: they belong to this
/// computer, not to the book, and never travel in one.
pub const LOCAL_TABLES: [&str; 5] = [
    "sync_account",
    "sync_collections",
    "sync_resources",
    "sync_conflicts",
    "reminder_undo",
];

/// Columns of carried tables rebuilt on import: a contact's folded name
/// (search), when the user was last in touch and that interaction's note.
pub const DERIVED_COLUMNS: [(&str, &str); 3] = [
    ("contacts", "last_interaction_at"),
    ("contacts", "name_folded"),
    ("contacts", "last_note"),
];
