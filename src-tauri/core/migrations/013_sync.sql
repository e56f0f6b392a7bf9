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

-- Each collection's sync token (RFC 6578) as of the last listing whose
-- every change was applied; none until then (the next listing is full).
CREATE TABLE sync_collections (
    collection TEXT PRIMARY KEY CHECK (collection IN ('contacts', 'calendar', 'private')),
    token      TEXT
) STRICT;

-- Each resource on the server as last synced: where it is, which item it
-- carries, its etag, the record both sides agreed on then (`base`, the
-- record's canonical JSON, the base of a later three-way merge; none when
-- another program made the resource and no record was agreed yet), and the
-- plain part (vCard or iCalendar without the sealed record) it was synced
-- with, the base of a phone's later edit. `resend` marks an item whose
-- resource must be written again though the record did not change (a
-- phone's edit merged here, the contact notes choice changed).
CREATE TABLE sync_resources (
    collection TEXT NOT NULL CHECK (collection IN ('contacts', 'calendar', 'private')),
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    uid        TEXT NOT NULL,
    etag       TEXT NOT NULL,
    base       TEXT,
    plain      TEXT,
    resend     INTEGER NOT NULL DEFAULT 0 CHECK (resend IN (0, 1)),
    PRIMARY KEY (collection, name),
    UNIQUE (kind, uid)
) STRICT;

-- What waits for the user: a field changed differently on both sides
-- (`field` names it; `plain` when it is a field of the vCard or iCalendar
-- a phone edited rather than of the record), or an item deleted on one
-- side and edited on the other (`field` NULL). `here` and `there` are JSON:
-- the field's values (an array of strings), or for a deletion null on the
-- side that deleted. `item` is the item's name in words when it was found.
CREATE TABLE sync_conflicts (
    id       INTEGER PRIMARY KEY,
    kind     TEXT NOT NULL,
    uid      TEXT NOT NULL,
    item     TEXT NOT NULL,
    field    TEXT,
    plain    INTEGER NOT NULL DEFAULT 0 CHECK (plain IN (0, 1)),
    here     TEXT NOT NULL,
    there    TEXT NOT NULL,
    found_at TEXT NOT NULL,
    UNIQUE (kind, uid, field)
) STRICT;
CREATE UNIQUE INDEX sync_conflicts_one_deletion ON sync_conflicts (kind, uid) WHERE field IS NULL;
