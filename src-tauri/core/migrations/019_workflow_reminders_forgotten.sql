-- What the user did with a networking workflow's reminders (done, snoozed,
-- dismissed, shown) goes with the row they name, as migration 010's
-- triggers do for the other subjects and migration 015's for referrals:
-- ids are never reused (AUTOINCREMENT), so a record never lands on a new
-- row, and a deleted row leaves nothing behind. Reminder ids are
-- `<kind>:<row id>[:<part>]:<day>` (reminders/ids.rs); the range below is
-- every id of that row (and part), whatever its day.

-- An introduction's "how did it go?".
CREATE TRIGGER introductions_forget_reminders AFTER DELETE ON introductions
BEGIN
    DELETE FROM reminder_states
    WHERE reminder_id >= 'intro_follow_up:' || OLD.id || ':'
      AND reminder_id < 'intro_follow_up:' || OLD.id || ':' || char(127);
    DELETE FROM reminders_shown
    WHERE reminder_id >= 'intro_follow_up:' || OLD.id || ':'
      AND reminder_id < 'intro_follow_up:' || OLD.id || ':' || char(127);
END;

-- A mentorship's meeting prompts (`mentoring:<mentorship>:meet:<day>`).
CREATE TRIGGER mentorships_forget_reminders AFTER DELETE ON mentorships
BEGIN
    DELETE FROM reminder_states
    WHERE reminder_id >= 'mentoring:' || OLD.id || ':' || 'meet:'
      AND reminder_id < 'mentoring:' || OLD.id || ':' || 'meet:' || char(127);
    DELETE FROM reminders_shown
    WHERE reminder_id >= 'mentoring:' || OLD.id || ':' || 'meet:'
      AND reminder_id < 'mentoring:' || OLD.id || ':' || 'meet:' || char(127);
END;

-- A goal's target date (`mentoring:<goal>:goal:<day>`).
CREATE TRIGGER mentorship_goals_forget_reminders AFTER DELETE ON mentorship_goals
BEGIN
    DELETE FROM reminder_states
    WHERE reminder_id >= 'mentoring:' || OLD.id || ':' || 'goal:'
      AND reminder_id < 'mentoring:' || OLD.id || ':' || 'goal:' || char(127);
    DELETE FROM reminders_shown
    WHERE reminder_id >= 'mentoring:' || OLD.id || ':' || 'goal:'
      AND reminder_id < 'mentoring:' || OLD.id || ':' || 'goal:' || char(127);
END;

-- A letter request's prompts.
CREATE TRIGGER letter_requests_forget_reminders AFTER DELETE ON letter_requests
BEGIN
    DELETE FROM reminder_states
    WHERE reminder_id >= 'letter_request:' || OLD.id || ':'
      AND reminder_id < 'letter_request:' || OLD.id || ':' || char(127);
    DELETE FROM reminders_shown
    WHERE reminder_id >= 'letter_request:' || OLD.id || ':'
      AND reminder_id < 'letter_request:' || OLD.id || ':' || char(127);
END;

-- An opportunity's deadline.
CREATE TRIGGER opportunities_forget_reminders AFTER DELETE ON opportunities
BEGIN
    DELETE FROM reminder_states
    WHERE reminder_id >= 'opportunity:' || OLD.id || ':'
      AND reminder_id < 'opportunity:' || OLD.id || ':' || char(127);
    DELETE FROM reminders_shown
    WHERE reminder_id >= 'opportunity:' || OLD.id || ':'
      AND reminder_id < 'opportunity:' || OLD.id || ':' || char(127);
END;

-- A membership's renewal.
CREATE TRIGGER memberships_forget_reminders AFTER DELETE ON memberships
BEGIN
    DELETE FROM reminder_states
    WHERE reminder_id >= 'membership_renewal:' || OLD.id || ':'
      AND reminder_id < 'membership_renewal:' || OLD.id || ':' || char(127);
    DELETE FROM reminders_shown
    WHERE reminder_id >= 'membership_renewal:' || OLD.id || ':'
      AND reminder_id < 'membership_renewal:' || OLD.id || ':' || char(127);
END;

-- An own milestone's "update your profiles".
CREATE TRIGGER own_milestones_forget_reminders AFTER DELETE ON own_milestones
BEGIN
    DELETE FROM reminder_states
    WHERE reminder_id >= 'profile_update:' || OLD.id || ':'
      AND reminder_id < 'profile_update:' || OLD.id || ':' || char(127);
    DELETE FROM reminders_shown
    WHERE reminder_id >= 'profile_update:' || OLD.id || ':'
      AND reminder_id < 'profile_update:' || OLD.id || ':' || char(127);
END;
