-- Organisations as real records, affiliations (training and jobs as one
-- list), relationships between contacts and with the user, and when each
-- contact was last in touch (kept on the contact so lists and filters over
-- 100,000 people need no scan of a million interactions).
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

CREATE UNIQUE INDEX organizations_by_name ON organizations (name COLLATE NOCASE);

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

CREATE INDEX affiliations_by_contact ON affiliations (contact_id);
CREATE INDEX affiliations_by_organization ON affiliations (organization_id);

-- other_contact_id NULL means the relationship is with the user ("my mentor").
CREATE TABLE relationships (
    id               INTEGER PRIMARY KEY,
    contact_id       INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    other_contact_id INTEGER REFERENCES contacts (id) ON DELETE CASCADE,
    kind             TEXT NOT NULL CHECK (kind IN ('mentor', 'mentee', 'collaborator', 'referral_partner',
                                                   'co_resident', 'friend', 'family', 'other')),
    label            TEXT NOT NULL DEFAULT '',
    CHECK (other_contact_id IS NULL OR other_contact_id != contact_id)
) STRICT;

CREATE INDEX relationships_by_contact ON relationships (contact_id);
CREATE INDEX relationships_by_other ON relationships (other_contact_id);

ALTER TABLE contacts ADD COLUMN last_interaction_at TEXT;

UPDATE contacts SET last_interaction_at = (
    SELECT max(i.occurred_at) FROM interaction_contacts ic JOIN interactions i ON i.id = ic.interaction_id
    WHERE ic.contact_id = contacts.id
);

CREATE INDEX contacts_by_last_interaction ON contacts (last_interaction_at);
CREATE INDEX contacts_by_specialty ON contacts (specialty COLLATE NOCASE);
CREATE INDEX contacts_by_institution ON contacts (institution COLLATE NOCASE);
CREATE INDEX contact_addresses_by_locality ON contact_addresses (locality COLLATE NOCASE);
CREATE INDEX contact_phones_by_number ON contact_phones (number);
