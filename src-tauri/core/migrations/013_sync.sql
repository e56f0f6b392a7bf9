-- Sync state (issue 17). OWNER: engine helper; kept on this computer and
-- never in a whole-book export (see book::sections::LOCAL_TABLES).
CREATE TABLE sync_account (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    url                 TEXT NOT NULL,
    user_name           TEXT NOT NULL,
    address_book        TEXT NOT NULL,
    calendar            TEXT NOT NULL,
    private             TEXT NOT NULL,
    sync_key            BLOB NOT NULL,
    contact_notes_plain INTEGER NOT NULL DEFAULT 0 CHECK (contact_notes_plain IN (0, 1)),
    created_at          TEXT NOT NULL,
    last_attempt_at     TEXT,
    last_success_at     TEXT,
    last_error          TEXT
) STRICT;
