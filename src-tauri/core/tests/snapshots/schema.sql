CREATE TABLE affiliations (
    id              INTEGER PRIMARY KEY,
    contact_id      INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL DEFAULT 'job' CHECK (kind IN ('job', 'medical_school', 'residency', 'fellowship',
                                                                'education', 'membership', 'other')),
    role            TEXT NOT NULL DEFAULT '',
    starts_on       TEXT,
    ends_on         TEXT
) STRICT;
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
CREATE TABLE contact_emails (
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    address    TEXT NOT NULL,
    PRIMARY KEY (contact_id, position)
) STRICT;
CREATE TABLE contact_links (
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    label      TEXT NOT NULL,
    url        TEXT NOT NULL,
    PRIMARY KEY (contact_id, position)
) STRICT;
CREATE TABLE contact_name_words (
    word        TEXT NOT NULL,
    contact_id  INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    name_folded TEXT NOT NULL,
    name_words  TEXT NOT NULL,
    PRIMARY KEY (word, contact_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE contact_phones (
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    number     TEXT NOT NULL,
    PRIMARY KEY (contact_id, position)
) STRICT;
CREATE TABLE contact_photos (
    contact_id INTEGER PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
    media_type TEXT NOT NULL,
    data       BLOB NOT NULL
) STRICT;
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
CREATE TABLE 'contact_search_config'(k PRIMARY KEY, v) WITHOUT ROWID;
CREATE TABLE 'contact_search_data'(id INTEGER PRIMARY KEY, block BLOB);
CREATE TABLE 'contact_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB, origin INTEGER);
CREATE TABLE 'contact_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
CREATE TABLE contact_tags (
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    tag        TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (contact_id, tag)
) STRICT;
CREATE TABLE contacts (
    id           INTEGER PRIMARY KEY,
    display_name TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
    credentials  TEXT NOT NULL DEFAULT '',
    specialty    TEXT NOT NULL DEFAULT '',
    institution  TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
, name_prefix TEXT NOT NULL DEFAULT '', given_name TEXT NOT NULL DEFAULT '', middle_name TEXT NOT NULL DEFAULT '', family_name TEXT NOT NULL DEFAULT '', name_suffix TEXT NOT NULL DEFAULT '', nickname TEXT NOT NULL DEFAULT '', pronouns TEXT NOT NULL DEFAULT '', subspecialty TEXT NOT NULL DEFAULT '', field TEXT NOT NULL DEFAULT '', department TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', birthday TEXT, time_zone TEXT NOT NULL DEFAULT '', met_on TEXT, met_at TEXT NOT NULL DEFAULT '', introduced_by INTEGER REFERENCES contacts (id) ON DELETE SET NULL, uid TEXT, extra TEXT NOT NULL DEFAULT '', last_interaction_at TEXT, name_folded TEXT NOT NULL DEFAULT '') STRICT;
CREATE TABLE interaction_contacts (
    interaction_id INTEGER NOT NULL REFERENCES interactions (id) ON DELETE CASCADE,
    contact_id     INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    PRIMARY KEY (interaction_id, contact_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE interactions (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('meeting', 'call', 'message', 'email', 'event',
                                              'article', 'referral', 'introduction', 'other')),
    occurred_at TEXT NOT NULL,
    time_zone   TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
) STRICT;
CREATE TABLE organizations (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind     TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('hospital', 'university', 'practice', 'association',
                                                          'company', 'other')),
    city     TEXT NOT NULL DEFAULT '',
    country  TEXT NOT NULL DEFAULT '',
    website  TEXT NOT NULL DEFAULT '',
    notes    TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE relationships (
    id               INTEGER PRIMARY KEY,
    contact_id       INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    other_contact_id INTEGER REFERENCES contacts (id) ON DELETE CASCADE,
    kind             TEXT NOT NULL CHECK (kind IN ('mentor', 'mentee', 'collaborator', 'referral_partner',
                                                   'co_resident', 'friend', 'family', 'other')),
    label            TEXT NOT NULL DEFAULT '',
    CHECK (other_contact_id IS NULL OR other_contact_id != contact_id)
) STRICT;
CREATE INDEX affiliations_by_contact ON affiliations (contact_id);
CREATE INDEX affiliations_by_organization ON affiliations (organization_id);
CREATE INDEX contact_addresses_by_locality ON contact_addresses (locality COLLATE NOCASE);
CREATE INDEX contact_emails_by_address ON contact_emails (address COLLATE NOCASE);
CREATE INDEX contact_links_by_url ON contact_links (url);
CREATE INDEX contact_name_words_by_contact ON contact_name_words (contact_id, word);
CREATE INDEX contact_phones_by_number ON contact_phones (number);
CREATE INDEX contact_tags_by_tag ON contact_tags (tag);
CREATE INDEX contacts_by_folded_name ON contacts (name_folded);
CREATE INDEX contacts_by_institution ON contacts (institution COLLATE NOCASE);
CREATE INDEX contacts_by_last_interaction ON contacts (last_interaction_at);
CREATE INDEX contacts_by_name ON contacts (display_name COLLATE NOCASE);
CREATE INDEX contacts_by_specialty ON contacts (specialty COLLATE NOCASE);
CREATE UNIQUE INDEX contacts_by_uid ON contacts (uid) WHERE uid IS NOT NULL;
CREATE INDEX interaction_contacts_by_contact ON interaction_contacts (contact_id, interaction_id);
CREATE INDEX interactions_by_time ON interactions (occurred_at);
CREATE UNIQUE INDEX organizations_by_name ON organizations (name COLLATE NOCASE);
CREATE INDEX relationships_by_contact ON relationships (contact_id);
CREATE INDEX relationships_by_other ON relationships (other_contact_id);
