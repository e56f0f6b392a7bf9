-- A short topic for an interaction ("renal denervation"): what a message
-- draft quotes ("I enjoyed our conversation about renal denervation"),
-- apart from the note, which is the user's own and never quoted. Empty when
-- not given.
ALTER TABLE interactions ADD COLUMN topic TEXT NOT NULL DEFAULT '';
