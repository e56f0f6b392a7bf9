-- Reminders at speed (issue 5): what one evaluation over 100,000 contacts
-- and a million interactions needs, without a random walk through the
-- interactions.

-- The note of the last interaction with each contact, the context of a
-- stay-in-touch prompt. Read from the interactions it cost three random
-- reads per prompt (the time index, the row, the link), 0.2 s for the
-- thousands of prompts a cadence on a tag can raise in a large book. It is
-- kept beside last_interaction_at (migration 003) by a trigger, so every
-- write that refreshes a contact's recency refreshes it too: the last
-- interaction's note (the latest one's, when several share the instant),
-- or NULL when there is none.
ALTER TABLE contacts ADD COLUMN last_note TEXT;

UPDATE contacts SET last_note = (
    SELECT n.note FROM interactions n
    WHERE n.occurred_at = contacts.last_interaction_at
      AND EXISTS (SELECT 1 FROM interaction_contacts nc WHERE nc.interaction_id = n.id AND nc.contact_id = contacts.id)
    ORDER BY n.id DESC LIMIT 1
)
WHERE last_interaction_at IS NOT NULL;

CREATE TRIGGER contacts_last_note AFTER UPDATE OF last_interaction_at ON contacts
BEGIN
    UPDATE contacts SET last_note = (
        SELECT n.note FROM interactions n
        WHERE n.occurred_at = NEW.last_interaction_at
          AND EXISTS (SELECT 1 FROM interaction_contacts nc WHERE nc.interaction_id = n.id AND nc.contact_id = NEW.id)
        ORDER BY n.id DESC LIMIT 1
    )
    WHERE id = NEW.id;
END;

-- A tag's members straight from the index, without a read of each tag row:
-- a cadence on a tag reads all of them.
DROP INDEX contact_tags_by_tag;
CREATE INDEX contact_tags_by_tag ON contact_tags (tag, contact_id);
