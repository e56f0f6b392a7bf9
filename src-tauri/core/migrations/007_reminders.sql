-- Reminders (issue 5): stay-in-touch cadences, milestones, the user's own
-- reminders, what the user did with each reminder and which were shown,
-- the reminder settings, and the indexes that let the engine read only
-- what can be due in a window.

-- A contact's own cadence, in days; it wins over inherited ones.
CREATE TABLE contact_cadences (
    contact_id INTEGER PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
    days       INTEGER NOT NULL CHECK (days BETWEEN 1 AND 3650)
) STRICT;

-- Cadences every contact with a tag, or in a relationship with the user
-- (relationships.other_contact_id IS NULL), inherits.
CREATE TABLE cadence_rules (
    kind   TEXT NOT NULL CHECK (kind IN ('tag', 'relationship')),
    target TEXT NOT NULL COLLATE NOCASE,
    days   INTEGER NOT NULL CHECK (days BETWEEN 1 AND 3650),
    PRIMARY KEY (kind, target)
) STRICT, WITHOUT ROWID;

-- Milestones on a contact (a new job, a promotion, a paper…), typed in or
-- found by an import; each raises a congratulation prompt.
CREATE TABLE milestones (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('new_job', 'promotion', 'published_paper', 'award', 'grant',
                                             'retirement', 'board_certification', 'new_license',
                                             'academic_promotion', 'match_day', 'residency_start',
                                             'fellowship_start', 'chief_resident', 'department_chair',
                                             'practice_opening', 'other')),
    on_date    TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    source     TEXT NOT NULL DEFAULT 'user' CHECK (source IN ('user', 'import')),
    created_at TEXT NOT NULL
) STRICT;

CREATE INDEX milestones_by_contact ON milestones (contact_id);
CREATE INDEX milestones_by_date ON milestones (on_date);
CREATE INDEX milestones_by_creation ON milestones (created_at);

-- The user's own reminders: a civil time in a zone ('' = wherever the user
-- is), once or repeating by an RRULE value.
CREATE TABLE custom_reminders (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL CHECK (length(trim(title)) > 0),
    note       TEXT NOT NULL DEFAULT '',
    contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    event_id   INTEGER REFERENCES events (id) ON DELETE SET NULL,
    at_local   TEXT NOT NULL,
    time_zone  TEXT NOT NULL DEFAULT '',
    recurrence TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
) STRICT;

CREATE INDEX custom_reminders_by_contact ON custom_reminders (contact_id);
CREATE INDEX custom_reminders_by_event ON custom_reminders (event_id);

-- Done, dismissed or snoozed, by reminder id (one occurrence of a prompt).
CREATE TABLE reminder_states (
    reminder_id TEXT PRIMARY KEY,
    state       TEXT NOT NULL CHECK (state IN ('done', 'dismissed', 'snoozed')),
    until       TEXT,
    acted_at    TEXT NOT NULL,
    CHECK ((state = 'snoozed') = (until IS NOT NULL))
) STRICT, WITHOUT ROWID;

-- Snoozes by their end: a long snooze brings back a reminder whose subject
-- is older than what a window reads.
CREATE INDEX reminder_states_snoozed ON reminder_states (until) WHERE state = 'snoozed';

-- Reminders already shown to the user (exactly once: the scheduler records
-- before it notifies). A snooze forgets the reminder here, so it is shown
-- again when the snooze ends.
CREATE TABLE reminders_shown (
    reminder_id TEXT PRIMARY KEY,
    shown_at    TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- The settings, one JSON document (reminders::ReminderSettings).
CREATE TABLE reminder_settings (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    settings TEXT NOT NULL
) STRICT;

-- Birthdays and work anniversaries by month and day ('MM-DD' of
-- 'YYYY-MM-DD' or '--MM-DD'), so a window's birthdays are a range query.
CREATE INDEX contacts_by_birthday ON contacts (substr(birthday, -5)) WHERE birthday IS NOT NULL;
CREATE INDEX affiliations_by_anniversary ON affiliations (substr(starts_on, -5))
    WHERE kind = 'job' AND ends_on IS NULL AND starts_on IS NOT NULL;

-- Relationships with the user by kind: who inherits "mentors every 3 months".
CREATE INDEX relationships_with_user ON relationships (kind, contact_id) WHERE other_contact_id IS NULL;

-- Meetings and calls by time: the follow-ups of the last month without
-- reading every message and email of it.
CREATE INDEX meetings_by_time ON interactions (occurred_at) WHERE kind IN ('meeting', 'call');

-- Occurrences by their end: the follow-ups after events that just ended.
CREATE INDEX event_occurrences_by_end ON event_occurrences (ends_key);
