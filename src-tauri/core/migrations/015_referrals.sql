-- The referral ledger (issue 18): each referral sent to or received from a
-- colleague, with its day, the specialty, a reason category and a short
-- note (never patient data: the forms and the CLI run the patient-data
-- guard before saving).
--
-- A referral belongs to its colleague: deleting the contact deletes their
-- referrals (ON DELETE CASCADE). A ledger row without its colleague would
-- count toward no one, could not be thanked or followed up, and deleting a
-- person is the user's way of saying the book should forget them.
--
-- AUTOINCREMENT: the thank-you reminder's id names the row, so an id is
-- never given twice (see migration 010).
CREATE TABLE referrals (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    direction  TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
    -- The civil day, 'YYYY-MM-DD'.
    on_date    TEXT NOT NULL,
    specialty  TEXT NOT NULL DEFAULT '',
    reason     TEXT NOT NULL DEFAULT 'other'
               CHECK (reason IN ('consult', 'second_opinion', 'procedure', 'surgery', 'imaging',
                                 'continuity_of_care', 'other')),
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
) STRICT;

-- A colleague's referrals (their profile, the per-colleague numbers).
CREATE INDEX referrals_by_contact ON referrals (contact_id, on_date);
-- The thank-you prompts (received ones in a range of days) and date ranges.
CREATE INDEX referrals_by_direction_and_day ON referrals (direction, on_date);

CREATE TRIGGER referrals_forget_sync_uid AFTER DELETE ON referrals
BEGIN
    DELETE FROM sync_uids WHERE kind = 'referral' AND local_id = OLD.id;
END;

-- A deleted referral (or one deleted with its colleague) takes what the
-- user did with its thank-you reminder (`referral_thanks:<id>:<day>`) with
-- it, as migration 010's triggers do for the other subjects.
CREATE TRIGGER referrals_forget_reminders AFTER DELETE ON referrals
BEGIN
    DELETE FROM reminder_states
    WHERE reminder_id >= 'referral_thanks:' || OLD.id || ':'
      AND reminder_id < 'referral_thanks:' || OLD.id || ':' || char(127);
    DELETE FROM reminders_shown
    WHERE reminder_id >= 'referral_thanks:' || OLD.id || ':'
      AND reminder_id < 'referral_thanks:' || OLD.id || ':' || char(127);
END;
