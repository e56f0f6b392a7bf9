-- What the reminders read of a contact, in an index of its own (issue 20):
-- the stay-in-touch candidates are read by id, one for each member of a tag
-- or relationship with a cadence (tens of thousands with a cadence on a
-- broad tag), and a contact's row, with its notes and every name part, is
-- most of a page to itself. Read from this index instead, the same people
-- take about a third of the pages, so an evaluation decrypts a third as
-- many, and repeated evaluations find them in the page cache.
--
-- `reminders::gather` names it (INDEXED BY), so a query that could no
-- longer use it fails loudly in the tests instead of slowing down.
CREATE INDEX contacts_for_reminders
    ON contacts (id, last_interaction_at, created_at, display_name, time_zone, birthday, last_note);
