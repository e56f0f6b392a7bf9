-- OWNER: records helper.
-- The uid of every item that has no uid column of its own (contacts and
-- events keep theirs), the same on every computer. The book format carries
-- it (ids are kept on a book's import, so the mapping stays true).
CREATE TABLE sync_uids (
    kind     TEXT NOT NULL,
    local_id INTEGER NOT NULL,
    uid      TEXT NOT NULL,
    PRIMARY KEY (kind, local_id),
    UNIQUE (kind, uid)
) STRICT;

-- A deleted item's uid goes with it: a table without AUTOINCREMENT may give
-- its id to a new item, which must not inherit the old one's uid.
CREATE TRIGGER organizations_forget_sync_uid AFTER DELETE ON organizations
BEGIN
    DELETE FROM sync_uids WHERE kind = 'organization' AND local_id = OLD.id;
END;
CREATE TRIGGER affiliations_forget_sync_uid AFTER DELETE ON affiliations
BEGIN
    DELETE FROM sync_uids WHERE kind = 'affiliation' AND local_id = OLD.id;
END;
CREATE TRIGGER relationships_forget_sync_uid AFTER DELETE ON relationships
BEGIN
    DELETE FROM sync_uids WHERE kind = 'relationship' AND local_id = OLD.id;
END;
CREATE TRIGGER milestones_forget_sync_uid AFTER DELETE ON milestones
BEGIN
    DELETE FROM sync_uids WHERE kind = 'milestone' AND local_id = OLD.id;
END;
CREATE TRIGGER event_deadlines_forget_sync_uid AFTER DELETE ON event_deadlines
BEGIN
    DELETE FROM sync_uids WHERE kind = 'deadline' AND local_id = OLD.id;
END;
CREATE TRIGGER interactions_forget_sync_uid AFTER DELETE ON interactions
BEGIN
    DELETE FROM sync_uids WHERE kind = 'interaction' AND local_id = OLD.id;
END;
CREATE TRIGGER cme_credits_forget_sync_uid AFTER DELETE ON cme_credits
BEGIN
    DELETE FROM sync_uids WHERE kind = 'credit' AND local_id = OLD.id;
END;
CREATE TRIGGER cme_cycles_forget_sync_uid AFTER DELETE ON cme_cycles
BEGIN
    DELETE FROM sync_uids WHERE kind = 'cycle' AND local_id = OLD.id;
END;
CREATE TRIGGER custom_reminders_forget_sync_uid AFTER DELETE ON custom_reminders
BEGIN
    DELETE FROM sync_uids WHERE kind = 'custom_reminder' AND local_id = OLD.id;
END;
