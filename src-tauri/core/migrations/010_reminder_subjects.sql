-- Reminder state never outlives its subject (issue 13). A reminder id names
-- rows (`birthday:c5:2027` names contact 5), and done, dismissed, snoozed
-- and "shown" are kept by id. A deleted contact's dismissed birthday used
-- to land on the next contact SQLite gave the same id, whose birthday was
-- then never raised.
--
-- Two halves make that impossible:
-- - the hook that runs after this file (src/db/never_reused.rs) rebuilds
--   the tables reminders name with AUTOINCREMENT ids, which SQLite never
--   hands out twice; it then forgets the records an earlier id reuse has
--   already misapplied (src/reminders/stale.rs);
-- - the triggers below forget what the user did with a subject's reminders
--   when it is deleted, whichever path deletes it (a delete, a bulk delete,
--   a cascade from a contact or an event, a merge, a re-import), so nothing
--   is kept for what is gone.
--
-- Ids are ASCII, so `>= 'p' AND < 'p' || char(127)` is the range of ids
-- starting with p, read from the primary key. Ids naming a contact after
-- another subject (`follow_up:i42:c5`) are matched by GLOB on their kind's
-- range.

CREATE TRIGGER contacts_forget_reminders AFTER DELETE ON contacts
BEGIN
    DELETE FROM reminder_states
    WHERE (reminder_id >= 'stay_in_touch:c' || OLD.id || ':' AND reminder_id < 'stay_in_touch:c' || OLD.id || ':' || char(127))
       OR (reminder_id >= 'birthday:c' || OLD.id || ':' AND reminder_id < 'birthday:c' || OLD.id || ':' || char(127))
       OR (reminder_id GLOB 'follow_up:i*:c' || OLD.id)
       OR (reminder_id GLOB 'event_follow_up:e*:c' || OLD.id)
       OR (reminder_id GLOB 'event_follow_up:e*:c' || OLD.id || ':*');
    DELETE FROM reminders_shown
    WHERE (reminder_id >= 'stay_in_touch:c' || OLD.id || ':' AND reminder_id < 'stay_in_touch:c' || OLD.id || ':' || char(127))
       OR (reminder_id >= 'birthday:c' || OLD.id || ':' AND reminder_id < 'birthday:c' || OLD.id || ':' || char(127))
       OR (reminder_id GLOB 'follow_up:i*:c' || OLD.id)
       OR (reminder_id GLOB 'event_follow_up:e*:c' || OLD.id)
       OR (reminder_id GLOB 'event_follow_up:e*:c' || OLD.id || ':*');
END;

CREATE TRIGGER interactions_forget_reminders AFTER DELETE ON interactions
BEGIN
    DELETE FROM reminder_states
    WHERE reminder_id >= 'follow_up:i' || OLD.id || ':' AND reminder_id < 'follow_up:i' || OLD.id || ':' || char(127);
    DELETE FROM reminders_shown
    WHERE reminder_id >= 'follow_up:i' || OLD.id || ':' AND reminder_id < 'follow_up:i' || OLD.id || ':' || char(127);
END;

CREATE TRIGGER affiliations_forget_reminders AFTER DELETE ON affiliations
BEGIN
    DELETE FROM reminder_states
    WHERE reminder_id >= 'work_anniversary:a' || OLD.id || ':' AND reminder_id < 'work_anniversary:a' || OLD.id || ':' || char(127);
    DELETE FROM reminders_shown
    WHERE reminder_id >= 'work_anniversary:a' || OLD.id || ':' AND reminder_id < 'work_anniversary:a' || OLD.id || ':' || char(127);
END;

CREATE TRIGGER milestones_forget_reminders AFTER DELETE ON milestones
BEGIN
    DELETE FROM reminder_states WHERE reminder_id = 'milestone:m' || OLD.id;
    DELETE FROM reminders_shown WHERE reminder_id = 'milestone:m' || OLD.id;
END;

CREATE TRIGGER events_forget_reminders AFTER DELETE ON events
BEGIN
    DELETE FROM reminder_states
    WHERE (reminder_id >= 'event_follow_up:e' || OLD.id || ':' AND reminder_id < 'event_follow_up:e' || OLD.id || ':' || char(127))
       OR reminder_id = 'claim_credits:e' || OLD.id;
    DELETE FROM reminders_shown
    WHERE (reminder_id >= 'event_follow_up:e' || OLD.id || ':' AND reminder_id < 'event_follow_up:e' || OLD.id || ':' || char(127))
       OR reminder_id = 'claim_credits:e' || OLD.id;
END;

CREATE TRIGGER event_deadlines_forget_reminders AFTER DELETE ON event_deadlines
BEGIN
    DELETE FROM reminder_states
    WHERE reminder_id >= 'deadline:d' || OLD.id || ':' AND reminder_id < 'deadline:d' || OLD.id || ':' || char(127);
    DELETE FROM reminders_shown
    WHERE reminder_id >= 'deadline:d' || OLD.id || ':' AND reminder_id < 'deadline:d' || OLD.id || ':' || char(127);
END;

CREATE TRIGGER cme_cycles_forget_reminders AFTER DELETE ON cme_cycles
BEGIN
    DELETE FROM reminder_states
    WHERE reminder_id >= 'cme_shortfall:y' || OLD.id || ':' AND reminder_id < 'cme_shortfall:y' || OLD.id || ':' || char(127);
    DELETE FROM reminders_shown
    WHERE reminder_id >= 'cme_shortfall:y' || OLD.id || ':' AND reminder_id < 'cme_shortfall:y' || OLD.id || ':' || char(127);
END;

CREATE TRIGGER custom_reminders_forget_reminders AFTER DELETE ON custom_reminders
BEGIN
    DELETE FROM reminder_states
    WHERE reminder_id >= 'custom:' || OLD.id || ':' AND reminder_id < 'custom:' || OLD.id || ':' || char(127);
    DELETE FROM reminders_shown
    WHERE reminder_id >= 'custom:' || OLD.id || ':' AND reminder_id < 'custom:' || OLD.id || ':' || char(127);
END;
