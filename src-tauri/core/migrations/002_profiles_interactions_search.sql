-- Rich profiles: name parts, pronouns, subspecialty, field outside medicine,
-- job, birthday (a year is optional), the person's own zone, how we met, and
-- the identity and unknown properties an imported card brought along.
ALTER TABLE contacts ADD COLUMN name_prefix TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN given_name TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN middle_name TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN family_name TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN name_suffix TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN nickname TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN pronouns TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN subspecialty TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN field TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN department TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN birthday TEXT;
ALTER TABLE contacts ADD COLUMN time_zone TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN met_on TEXT;
ALTER TABLE contacts ADD COLUMN met_at TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN introduced_by INTEGER REFERENCES contacts (id) ON DELETE SET NULL;
ALTER TABLE contacts ADD COLUMN uid TEXT;
ALTER TABLE contacts ADD COLUMN extra TEXT NOT NULL DEFAULT '';

CREATE UNIQUE INDEX contacts_by_uid ON contacts (uid) WHERE uid IS NOT NULL;
CREATE INDEX contact_emails_by_address ON contact_emails (address COLLATE NOCASE);

-- Websites and profile links (LinkedIn, Doximity, Sermo, ORCID, X…).
CREATE TABLE contact_links (
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    label      TEXT NOT NULL,
    url        TEXT NOT NULL,
    PRIMARY KEY (contact_id, position)
) STRICT;

CREATE INDEX contact_links_by_url ON contact_links (url);

CREATE TABLE contact_addresses (
    contact_id  INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    label       TEXT NOT NULL,
    po_box      TEXT NOT NULL,
    extended    TEXT NOT NULL,
    street      TEXT NOT NULL,
    locality    TEXT NOT NULL,
    region      TEXT NOT NULL,
    postal_code TEXT NOT NULL,
    country     TEXT NOT NULL,
    PRIMARY KEY (contact_id, position)
) STRICT;

CREATE TABLE contact_photos (
    contact_id INTEGER PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
    media_type TEXT NOT NULL,
    data       BLOB NOT NULL
) STRICT;

-- Interactions: a dated entry with one or more contacts and what was said.
CREATE TABLE interactions (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('meeting', 'call', 'message', 'email', 'event',
                                              'article', 'referral', 'introduction', 'other')),
    occurred_at TEXT NOT NULL,
    time_zone   TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
) STRICT;

CREATE INDEX interactions_by_time ON interactions (occurred_at);

CREATE TABLE interaction_contacts (
    interaction_id INTEGER NOT NULL REFERENCES interactions (id) ON DELETE CASCADE,
    contact_id     INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    PRIMARY KEY (interaction_id, contact_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX interaction_contacts_by_contact ON interaction_contacts (contact_id, interaction_id);

-- Full-text search over what a user remembers about a person. The rowid is
-- the contact id; the text is rebuilt from the tables above on every write.
-- Diacritics are folded (Muller finds Müller); prefixes of 1 to 3 letters
-- are indexed so search-as-you-type stays fast from the first keystroke.
CREATE VIRTUAL TABLE contact_search USING fts5 (
    name,
    specialty,
    organization,
    tags,
    notes,
    interactions,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

INSERT INTO contact_search (rowid, name, specialty, organization, tags, notes, interactions)
SELECT c.id, c.display_name, c.specialty, c.institution,
       coalesce((SELECT group_concat(tag, ' ') FROM contact_tags t WHERE t.contact_id = c.id), ''),
       c.notes, ''
FROM contacts c;
