-- OWNER: records helper.
-- The uid of every item that has no uid column of its own (contacts and
-- events keep theirs), the same on every computer.
CREATE TABLE sync_uids (
    kind     TEXT NOT NULL,
    local_id INTEGER NOT NULL,
    uid      TEXT NOT NULL,
    PRIMARY KEY (kind, local_id),
    UNIQUE (kind, uid)
) STRICT;
