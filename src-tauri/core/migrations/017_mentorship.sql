-- Mentorship (issue 18): the user's mentors and mentees, each with goals,
-- a meeting cadence, meetings with notes and action items, and the letters
-- of recommendation asked of a mentor or asked of the user by a mentee.
--
-- Ids are AUTOINCREMENT: reminder ids name mentorships (the meeting
-- prompt), goals (a goal's target date) and letter requests (ask, send,
-- thank, outcome), and must never land on a later row.
--
-- Deleting a contact deletes their mentorships (with goals, meetings and
-- action items) and their letter requests (ON DELETE CASCADE): without the
-- person, neither means anything. Merging two contacts moves both to the
-- one kept (operations::merge).

CREATE TABLE mentorships (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    -- What the contact is to the user: 'mentor' (the user's mentor) or
    -- 'mentee' (the user's mentee).
    role        TEXT NOT NULL CHECK (role IN ('mentor', 'mentee')),
    -- Meet every this many weeks; NULL: no cadence.
    every_weeks INTEGER CHECK (every_weeks IS NULL OR every_weeks BETWEEN 1 AND 104),
    -- The day it began: the first meeting is due a cadence after it.
    started_on  TEXT NOT NULL,
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX mentorships_by_contact ON mentorships (contact_id);

CREATE TABLE mentorship_goals (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    mentorship_id INTEGER NOT NULL REFERENCES mentorships(id) ON DELETE CASCADE,
    text          TEXT NOT NULL,
    target_on     TEXT,
    done          INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
) STRICT;
CREATE INDEX mentorship_goals_by_mentorship ON mentorship_goals (mentorship_id);
-- The goal prompts read open goals by their target date.
CREATE INDEX mentorship_goals_due ON mentorship_goals (target_on) WHERE done = 0;

-- A meeting is known to its action items by its number within the
-- mentorship (1, 2, …), which a synced record carries; row ids are each
-- computer's own.
CREATE TABLE mentorship_meetings (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    mentorship_id INTEGER NOT NULL REFERENCES mentorships(id) ON DELETE CASCADE,
    number        INTEGER NOT NULL,
    held_on       TEXT NOT NULL,
    notes         TEXT NOT NULL DEFAULT '',
    UNIQUE (mentorship_id, number)
) STRICT;
-- The meeting prompt reads the last meeting of each mentorship.
CREATE INDEX mentorship_meetings_last ON mentorship_meetings (mentorship_id, held_on);

CREATE TABLE mentorship_actions (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    mentorship_id  INTEGER NOT NULL,
    meeting_number INTEGER NOT NULL,
    text           TEXT NOT NULL,
    done           INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    FOREIGN KEY (mentorship_id, meeting_number)
        REFERENCES mentorship_meetings (mentorship_id, number) ON DELETE CASCADE
) STRICT;
CREATE INDEX mentorship_actions_by_meeting ON mentorship_actions (mentorship_id, meeting_number);

CREATE TABLE letter_requests (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    contact_id   INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    -- Who writes: 'them' (the contact writes for the user) or 'me' (the
    -- user writes for the contact).
    writer       TEXT NOT NULL CHECK (writer IN ('them', 'me')),
    program      TEXT NOT NULL CHECK (program IN ('residency', 'fellowship', 'grant', 'job', 'other')),
    program_name TEXT NOT NULL,
    deadline     TEXT NOT NULL,
    -- When the program says it decides; NULL: some weeks after the deadline.
    decision_on  TEXT,
    status       TEXT NOT NULL CHECK (status IN ('to_ask', 'asked', 'agreed', 'submitted', 'thanked')),
    -- The day the letter was submitted: the thank-you prompt's day.
    submitted_on TEXT,
    outcome      TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'accepted', 'declined')),
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL
) STRICT;
CREATE INDEX letter_requests_by_contact ON letter_requests (contact_id);
CREATE INDEX letter_requests_by_deadline ON letter_requests (deadline);
CREATE INDEX letter_requests_by_submitted ON letter_requests (submitted_on) WHERE submitted_on IS NOT NULL;
CREATE INDEX letter_requests_by_decision ON letter_requests (decision_on) WHERE decision_on IS NOT NULL;

CREATE TRIGGER mentorships_forget_sync_uid AFTER DELETE ON mentorships
BEGIN
    DELETE FROM sync_uids WHERE kind = 'mentorship' AND local_id = OLD.id;
END;
CREATE TRIGGER letter_requests_forget_sync_uid AFTER DELETE ON letter_requests
BEGIN
    DELETE FROM sync_uids WHERE kind = 'letter_request' AND local_id = OLD.id;
END;
