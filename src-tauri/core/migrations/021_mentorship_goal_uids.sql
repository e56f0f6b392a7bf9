-- A mentorship's goals get a uid of their own, the same on every computer
-- (issue 18). Goals travel inside their mentorship's sync record; row ids
-- are each computer's own, so a goal named by row id changed on every sync
-- and lost what the user did with its reminder. With a uid, a synced goal
-- keeps its row (its reminder's state stays with it) and its reminder's
-- state travels to the other computers, naming the goal by its mentorship
-- and this uid (sync/records/reminder_ids.rs).
--
-- Existing goals get a random uid here; the migration's hook
-- (db/goal_uids.rs) then gives the goals of a mentorship that was synced
-- a uid made from the mentorship's sync uid and the goal itself, so two
-- computers that synced the same goals before updating give them the same
-- uids and their next sync has nothing to merge. A goal added later, by
-- any way in (the app, an older book's import, an older computer's record)
-- gets a random uid from the trigger below. The goals' row ids do not
-- change, so the state of their reminders (`mentoring:<goal>:goal:<day>`)
-- is kept.

ALTER TABLE mentorship_goals ADD COLUMN uid TEXT;

-- A version 4 UUID: 122 random bits.
UPDATE mentorship_goals SET uid =
    lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
    || substr(lower(hex(randomblob(2))), 2) || '-'
    || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2)
    || '-' || lower(hex(randomblob(6)));

CREATE UNIQUE INDEX mentorship_goals_by_uid ON mentorship_goals (uid);

CREATE TRIGGER mentorship_goals_get_a_uid AFTER INSERT ON mentorship_goals
WHEN NEW.uid IS NULL
BEGIN
    UPDATE mentorship_goals SET uid =
        lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
        || substr(lower(hex(randomblob(2))), 2) || '-'
        || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2)
        || '-' || lower(hex(randomblob(6)))
    WHERE id = NEW.id;
END;
