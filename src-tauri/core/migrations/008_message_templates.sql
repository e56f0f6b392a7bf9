-- Message drafts (issue 5): the user's edits of the message templates and
-- the name they sign with. Curbside's own wording lives in the code, so
-- only a template the user changed has a row here, and resetting one
-- deletes its row.

CREATE TABLE message_templates (
    kind    TEXT PRIMARY KEY CHECK (kind IN ('follow_up', 'congratulations', 'birthday', 'referral_thanks',
                                              'introduction', 'article')),
    subject TEXT NOT NULL CHECK (length(subject) <= 200),
    body    TEXT NOT NULL CHECK (length(body) <= 10000)
) STRICT, WITHOUT ROWID;

-- The user's own name, for {my_name} and {my_first_name}: "Jane Doe".
CREATE TABLE message_sender (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0)
) STRICT;
