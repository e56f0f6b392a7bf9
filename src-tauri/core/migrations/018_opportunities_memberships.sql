-- Opportunities and memberships (issue 18): the jobs, collaborations,
-- grants and seats heard of by word of mouth, with the people involved;
-- and the societies the user belongs to, with dues, renewal, committees
-- and the meetings they hold.
--
-- Ids are AUTOINCREMENT: reminder ids name these rows (an opportunity's
-- deadline, a membership's renewal), and an id is never given twice.
-- Dates are civil dates, `YYYY-MM-DD`.
-- Deleting a contact removes them from an opportunity's people (CASCADE);
-- deleting an event unlinks it from the societies it belonged to (CASCADE).

CREATE TABLE opportunities (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    title       TEXT NOT NULL,
    kind        TEXT NOT NULL,
    status      TEXT NOT NULL,
    deadline    TEXT,
    link        TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

-- The reminder engine reads the deadlines due in a window.
CREATE INDEX opportunities_by_deadline ON opportunities (deadline)
    WHERE deadline IS NOT NULL;

CREATE TABLE opportunity_people (
    opportunity_id INTEGER NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
    contact_id     INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    role           TEXT NOT NULL,
    PRIMARY KEY (opportunity_id, contact_id, role)
) STRICT;

CREATE INDEX opportunity_people_by_contact ON opportunity_people (contact_id);

-- Every status an opportunity had, with the day it moved there.
CREATE TABLE opportunity_statuses (
    opportunity_id INTEGER NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    status         TEXT NOT NULL,
    on_date        TEXT NOT NULL,
    PRIMARY KEY (opportunity_id, position)
) STRICT;

CREATE TABLE memberships (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    society        TEXT NOT NULL,
    member_number  TEXT NOT NULL DEFAULT '',
    since          TEXT,
    dues_amount    REAL,
    dues_currency  TEXT NOT NULL DEFAULT '',
    renews_on      TEXT,
    renews_yearly  INTEGER NOT NULL DEFAULT 1,
    status         TEXT NOT NULL,
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;

-- The reminder engine reads the renewals due in a window.
CREATE INDEX memberships_by_renewal ON memberships (renews_on)
    WHERE renews_on IS NOT NULL;

CREATE TABLE membership_roles (
    membership_id INTEGER NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    committee     TEXT NOT NULL,
    role          TEXT NOT NULL,
    from_on       TEXT,
    to_on         TEXT,
    PRIMARY KEY (membership_id, position)
) STRICT;

-- The meetings a society holds, as calendar events.
CREATE TABLE membership_events (
    membership_id INTEGER NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
    event_id      INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    PRIMARY KEY (membership_id, event_id)
) STRICT;

CREATE INDEX membership_events_by_event ON membership_events (event_id);

CREATE TRIGGER opportunities_forget_sync_uid AFTER DELETE ON opportunities
BEGIN
    DELETE FROM sync_uids WHERE kind = 'opportunity' AND local_id = OLD.id;
END;
CREATE TRIGGER memberships_forget_sync_uid AFTER DELETE ON memberships
BEGIN
    DELETE FROM sync_uids WHERE kind = 'membership' AND local_id = OLD.id;
END;
