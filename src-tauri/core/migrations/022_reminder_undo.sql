-- What the last done, snooze or dismissal of a reminder changed on this
-- computer, so that it can be taken back (issue 19: undo for one-click
-- actions, in the app and the CLI alike): the state it replaced (none when
-- previous_state is NULL), when the reminder had been shown, the
-- interaction a done logged, and when the action was taken (the state it
-- wrote carries the same acted_at, so an undo after a later change, made
-- here or synced in, is refused rather than overwrite it).
--
-- Local to this computer, as reminders_shown is: the undone state and the
-- removed interaction travel as any other change. Interaction ids are never
-- reused (AUTOINCREMENT), so a row naming a deleted one removes nothing.
CREATE TABLE reminder_undo (
    reminder_id           TEXT PRIMARY KEY,
    previous_state        TEXT CHECK (previous_state IN ('done', 'dismissed', 'snoozed')),
    previous_until        TEXT,
    previous_acted_at     TEXT,
    previous_shown_at     TEXT,
    logged_interaction_id INTEGER,
    acted_at              TEXT NOT NULL,
    CHECK ((previous_state IS NULL) = (previous_acted_at IS NULL)),
    CHECK ((previous_state IS 'snoozed') = (previous_until IS NOT NULL))
) STRICT, WITHOUT ROWID;
