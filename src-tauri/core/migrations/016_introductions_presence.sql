-- Introductions and the user's own presence (issue 18).
--
-- An introduction of one contact (A, "from") to another (B, "to") with a
-- reason, asked of each side first (double opt-in). Deleting either person
-- deletes the introduction (ON DELETE CASCADE): it is about the two of them,
-- and a half introduction with a name and no contact could neither be
-- drafted nor shown on a timeline. Ids are AUTOINCREMENT: the follow-up
-- reminder's id names the row.
CREATE TABLE introductions (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    from_contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    to_contact_id   INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    reason          TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 2000),
    status          TEXT NOT NULL CHECK (status IN ('proposed', 'asked', 'accepted', 'declined', 'introduced')),
    -- Each side's answer to the ask: NULL until they answer.
    from_answer     TEXT CHECK (from_answer IN ('yes', 'no')),
    to_answer       TEXT CHECK (to_answer IN ('yes', 'no')),
    -- The civil day the two were introduced; the "how did it go?" prompt
    -- is raised 21 days later.
    introduced_on   TEXT,
    created_at      TEXT NOT NULL,
    CHECK (from_contact_id <> to_contact_id)
) STRICT;
CREATE INDEX introductions_by_from ON introductions (from_contact_id);
CREATE INDEX introductions_by_to ON introductions (to_contact_id);
CREATE INDEX introductions_by_introduced_on ON introductions (introduced_on);

-- The dated history of an introduction's status: one row per change, the
-- side whose answer it records when it records one.
CREATE TABLE introduction_steps (
    introduction_id INTEGER NOT NULL REFERENCES introductions (id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('proposed', 'asked', 'accepted', 'declined', 'introduced')),
    side            TEXT CHECK (side IN ('from', 'to')),
    on_day          TEXT NOT NULL,
    at              TEXT NOT NULL,
    PRIMARY KEY (introduction_id, seq)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER introductions_forget_sync_uid AFTER DELETE ON introductions
BEGIN
    DELETE FROM sync_uids WHERE kind = 'introduction' AND local_id = OLD.id;
END;

-- The user's own presence, one row: the name drafts are signed with (moved
-- here from message_sender), credentials, a short bio, the elevator pitch,
-- profile links and the path of their CV (a file the user keeps editing
-- where it is, so Curbside keeps its path rather than a copy that would
-- go stale). Empty text means "not set".
CREATE TABLE my_presence (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name        TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 200),
    credentials TEXT NOT NULL DEFAULT '' CHECK (length(credentials) <= 300),
    bio         TEXT NOT NULL DEFAULT '' CHECK (length(bio) <= 2000),
    pitch       TEXT NOT NULL DEFAULT '' CHECK (length(pitch) <= 1000),
    doximity    TEXT NOT NULL DEFAULT '' CHECK (length(doximity) <= 2048),
    linkedin    TEXT NOT NULL DEFAULT '' CHECK (length(linkedin) <= 2048),
    orcid       TEXT NOT NULL DEFAULT '' CHECK (length(orcid) <= 2048),
    website     TEXT NOT NULL DEFAULT '' CHECK (length(website) <= 2048),
    cv_path     TEXT NOT NULL DEFAULT '' CHECK (length(cv_path) <= 4096)
) STRICT;
INSERT INTO my_presence (id, name) SELECT 1, name FROM message_sender WHERE id = 1;
DROP TABLE message_sender;

-- The user's own milestones: "Update your profiles" is raised the day after.
CREATE TABLE own_milestones (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT NOT NULL CHECK (kind IN ('new_job', 'board_certification', 'paper', 'award', 'other')),
    title       TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 300),
    happened_on TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX own_milestones_by_day ON own_milestones (happened_on);

CREATE TRIGGER own_milestones_forget_sync_uid AFTER DELETE ON own_milestones
BEGIN
    DELETE FROM sync_uids WHERE kind = 'own_milestone' AND local_id = OLD.id;
END;

-- The introduction drafts are templates of their own: the kind list moves
-- from the schema to the code (TemplateKind), so a new template needs no
-- table rebuild.
CREATE TABLE message_templates_new (
    kind    TEXT PRIMARY KEY CHECK (length(kind) BETWEEN 1 AND 64),
    subject TEXT NOT NULL CHECK (length(subject) <= 200),
    body    TEXT NOT NULL CHECK (length(body) <= 10000)
) STRICT, WITHOUT ROWID;
INSERT INTO message_templates_new (kind, subject, body) SELECT kind, subject, body FROM message_templates;
DROP TABLE message_templates;
ALTER TABLE message_templates_new RENAME TO message_templates;
