-- The CME and conference calendar: events with their key dates, plans and the
-- people met there; CME credits with certificates; license and board cycles.
--
-- Civil times are stored as text ('2026-03-29T09:00:00', or '2026-03-29' for
-- all-day events) with the IANA zone they belong to, never as a bare offset,
-- because a recurring event keeps its wall-clock time across DST changes.

CREATE TABLE events (
    id               INTEGER PRIMARY KEY,
    -- The iCalendar UID; re-importing a file updates by it. An occurrence
    -- changed on its own shares its series' UID and names the occurrence it
    -- replaces in recurrence_id (its original civil start).
    uid              TEXT NOT NULL,
    series_id        INTEGER REFERENCES events (id) ON DELETE CASCADE,
    recurrence_id    TEXT,
    kind             TEXT NOT NULL DEFAULT 'conference'
                     CHECK (kind IN ('conference', 'cme', 'seminar', 'workshop', 'webinar', 'rounds', 'meeting',
                                     'personal')),
    title            TEXT NOT NULL CHECK (length(trim(title)) > 0),
    organizer_id     INTEGER REFERENCES organizations (id) ON DELETE SET NULL,
    all_day          INTEGER NOT NULL DEFAULT 0 CHECK (all_day IN (0, 1)),
    -- Timed: civil start and (exclusive) end in time_zone, '' meaning
    -- floating (the same wall-clock time wherever the user is). All-day: the
    -- first and the last day, both inclusive, and time_zone is ''.
    starts_local     TEXT NOT NULL,
    ends_local       TEXT NOT NULL,
    time_zone        TEXT NOT NULL DEFAULT '',
    location         TEXT NOT NULL DEFAULT '',
    online           INTEGER NOT NULL DEFAULT 0 CHECK (online IN (0, 1)),
    url              TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT '',
    expected_credits REAL CHECK (expected_credits IS NULL OR expected_credits >= 0),
    cost             TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'considering'
                     CHECK (status IN ('considering', 'registered', 'attending', 'attended', 'skipped')),
    -- An RFC 5545 RRULE value ('FREQ=YEARLY;BYMONTH=8;BYDAY=-1FR'); '' for a
    -- single event.
    recurrence       TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    CHECK ((series_id IS NULL) = (recurrence_id IS NULL))
) STRICT;

CREATE UNIQUE INDEX events_by_uid ON events (uid) WHERE series_id IS NULL;
CREATE UNIQUE INDEX events_by_occurrence ON events (series_id, recurrence_id) WHERE series_id IS NOT NULL;
CREATE INDEX events_by_organizer ON events (organizer_id);

-- Occurrences removed from a series (EXDATE), by their original civil start.
CREATE TABLE event_exclusions (
    event_id      INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    recurrence_id TEXT NOT NULL,
    PRIMARY KEY (event_id, recurrence_id)
) STRICT, WITHOUT ROWID;

-- Every occurrence, expanded when an event is written, so a month view is
-- one range query. Keys are seconds: UTC for zoned events; for floating and
-- all-day events the civil time read as if it were UTC, which a query widens
-- by 14 hours either side and then checks in the viewer's zone.
CREATE TABLE event_occurrences (
    event_id      INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    recurrence_id TEXT NOT NULL,
    starts_key    INTEGER NOT NULL,
    ends_key      INTEGER NOT NULL,
    PRIMARY KEY (event_id, recurrence_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX event_occurrences_by_start ON event_occurrences (starts_key, ends_key);

-- Key dates: abstract submission, early-bird registration… each in its own
-- zone ('AoE' is Anywhere on Earth, UTC−12). due_at is the UTC instant.
CREATE TABLE event_deadlines (
    id         INTEGER PRIMARY KEY,
    event_id   INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL DEFAULT 'other'
               CHECK (kind IN ('abstract', 'late_breaking_abstract', 'notification', 'early_bird', 'registration',
                               'hotel_block', 'other')),
    label      TEXT NOT NULL DEFAULT '',
    due_local  TEXT NOT NULL,
    time_zone  TEXT NOT NULL,
    due_at     TEXT NOT NULL,
    done       INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
) STRICT;

CREATE INDEX event_deadlines_by_due ON event_deadlines (due_at);
CREATE INDEX event_deadlines_by_event ON event_deadlines (event_id);

-- Sessions the user plans to attend, in the event's zone.
CREATE TABLE event_sessions (
    id           INTEGER PRIMARY KEY,
    event_id     INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    starts_local TEXT,
    ends_local   TEXT,
    room         TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX event_sessions_by_event ON event_sessions (event_id);

-- People to meet at an event (with a goal) and people actually met there
-- (with a note); the follow-up reminders read the second list.
CREATE TABLE event_people (
    event_id   INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('to_meet', 'met')),
    note       TEXT NOT NULL DEFAULT '',
    added_at   TEXT NOT NULL,
    PRIMARY KEY (event_id, contact_id, role)
) STRICT, WITHOUT ROWID;

CREATE INDEX event_people_by_contact ON event_people (contact_id);

-- Interactions can name the event they happened at.
ALTER TABLE interactions ADD COLUMN event_id INTEGER REFERENCES events (id) ON DELETE SET NULL;
CREATE INDEX interactions_by_event ON interactions (event_id);

CREATE TABLE cme_credits (
    id          INTEGER PRIMARY KEY,
    earned_on   TEXT NOT NULL,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    provider    TEXT NOT NULL DEFAULT '',
    credit_type TEXT NOT NULL CHECK (credit_type IN ('ama_pra_1', 'ama_pra_2', 'aoa_1a', 'aoa_1b', 'aoa_2a',
                                                     'aoa_2b', 'other')),
    type_label  TEXT NOT NULL DEFAULT '',
    hours       REAL NOT NULL CHECK (hours > 0 AND hours <= 1000),
    event_id    INTEGER REFERENCES events (id) ON DELETE SET NULL,
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
) STRICT;

CREATE INDEX cme_credits_by_date ON cme_credits (earned_on);
CREATE INDEX cme_credits_by_event ON cme_credits (event_id);

-- Special topics a credit covers: 'opioids', 'ethics', 'pain',
-- 'implicit_bias', 'substance_use_disorder', or a free label.
CREATE TABLE cme_credit_topics (
    credit_id INTEGER NOT NULL REFERENCES cme_credits (id) ON DELETE CASCADE,
    topic     TEXT NOT NULL CHECK (length(trim(topic)) > 0),
    PRIMARY KEY (credit_id, topic)
) STRICT, WITHOUT ROWID;

CREATE INDEX cme_credit_topics_by_topic ON cme_credit_topics (topic);

-- Certificates live inside the encrypted database, not as loose files, so
-- they are as private as the rest and go with a credit in one transaction.
CREATE TABLE cme_certificates (
    id         INTEGER PRIMARY KEY,
    credit_id  INTEGER NOT NULL REFERENCES cme_credits (id) ON DELETE CASCADE,
    file_name  TEXT NOT NULL,
    media_type TEXT NOT NULL,
    content    BLOB NOT NULL,
    added_at   TEXT NOT NULL
) STRICT;

CREATE INDEX cme_certificates_by_credit ON cme_certificates (credit_id);

-- A license (state or country) or board certification cycle and what it asks.
CREATE TABLE cme_cycles (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind        TEXT NOT NULL DEFAULT 'license' CHECK (kind IN ('license', 'board')),
    authority   TEXT NOT NULL DEFAULT '',
    starts_on   TEXT NOT NULL,
    ends_on     TEXT NOT NULL,
    total_hours REAL NOT NULL CHECK (total_hours >= 0),
    notes       TEXT NOT NULL DEFAULT '',
    CHECK (ends_on >= starts_on)
) STRICT;

-- Minimums within a cycle: hours of one credit type ('type', 'ama_pra_1'),
-- or of one special topic ('topic', 'opioids').
CREATE TABLE cme_cycle_minimums (
    cycle_id INTEGER NOT NULL REFERENCES cme_cycles (id) ON DELETE CASCADE,
    kind     TEXT NOT NULL CHECK (kind IN ('type', 'topic')),
    key      TEXT NOT NULL CHECK (length(trim(key)) > 0),
    hours    REAL NOT NULL CHECK (hours >= 0),
    PRIMARY KEY (cycle_id, kind, key)
) STRICT, WITHOUT ROWID;

-- The credit types a cycle's total counts; none listed: every type counts.
CREATE TABLE cme_cycle_total_types (
    cycle_id    INTEGER NOT NULL REFERENCES cme_cycles (id) ON DELETE CASCADE,
    credit_type TEXT NOT NULL,
    PRIMARY KEY (cycle_id, credit_type)
) STRICT, WITHOUT ROWID;
