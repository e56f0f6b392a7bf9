-- Names as search compares them (lower case, accents dropped: search::fold),
-- so that search can list people by name from an index instead of ranking
-- every full-text match: the whole folded display name on the contact, for
-- "names starting with", and one row per folded word of the display name and
-- nickname, for "a word of the name starting with". Each word row carries
-- the folded name, so that a word's range can be sorted by name without
-- reading the contacts, and all of the contact's name words (each after a
-- space: " jana muller lang"), so that the other words of a query can be
-- checked in the row. This migration's Rust hook fills both for existing
-- contacts; search::index keeps them in step on every write.
ALTER TABLE contacts ADD COLUMN name_folded TEXT NOT NULL DEFAULT '';

CREATE INDEX contacts_by_folded_name ON contacts (name_folded);

CREATE TABLE contact_name_words (
    word        TEXT NOT NULL,
    contact_id  INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    name_folded TEXT NOT NULL,
    name_words  TEXT NOT NULL,
    PRIMARY KEY (word, contact_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX contact_name_words_by_contact ON contact_name_words (contact_id, word);
