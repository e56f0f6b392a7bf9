-- A job history stays true. Editing a contact used to end every current job
-- that did not match the contact's institution on the day of the edit, even
-- one that had not started yet; an end before the start was never what the
-- user said, so such a job is current again. From now on no write can end an
-- affiliation before it starts.
UPDATE affiliations SET ends_on = NULL
WHERE ends_on IS NOT NULL AND starts_on IS NOT NULL AND ends_on < starts_on;

CREATE TRIGGER affiliations_never_end_before_they_start_on_insert
BEFORE INSERT ON affiliations
WHEN NEW.ends_on IS NOT NULL AND NEW.starts_on IS NOT NULL AND NEW.ends_on < NEW.starts_on
BEGIN
    SELECT RAISE(ABORT, 'an affiliation cannot end before it starts');
END;

CREATE TRIGGER affiliations_never_end_before_they_start_on_update
BEFORE UPDATE OF starts_on, ends_on ON affiliations
WHEN NEW.ends_on IS NOT NULL AND NEW.starts_on IS NOT NULL AND NEW.ends_on < NEW.starts_on
BEGIN
    SELECT RAISE(ABORT, 'an affiliation cannot end before it starts');
END;
