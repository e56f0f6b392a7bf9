-- The contact list's lines in an index of their own (issue 20): the whole
-- list by the name shown (the CLI's table of every contact) reads id, name,
-- credentials, specialty, institution and the last contact from here, in
-- the name's order, without a page of the contacts table, whose rows, with
-- their notes and every name part, are most of a page each. `id` follows
-- the name, as the rowid does in contacts_by_name, so ties keep the order
-- people were added.
--
-- contacts_by_name stays as narrow as it was: reading every id in the
-- list's order (the app's Contacts opening) decrypts a quarter of the pages
-- this index takes. `contacts::summaries` names this one (INDEXED BY), so
-- a query that could no longer use it fails loudly in the tests.
CREATE INDEX contacts_list_lines
    ON contacts (display_name COLLATE NOCASE, id, credentials, specialty, institution, last_interaction_at);
