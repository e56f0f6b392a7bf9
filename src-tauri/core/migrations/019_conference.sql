-- Conference mode (issue 18): the trip template ("I'll be in {city} for
-- {event}, coffee?") is a seventh kind of message template, so the user's
-- edit of it must be storable. SQLite cannot change a CHECK in place: the
-- table is made again with the new kind and the edits copied over. No
-- other table points at it.

CREATE TABLE message_templates_new (
    kind    TEXT PRIMARY KEY CHECK (kind IN ('follow_up', 'congratulations', 'birthday', 'referral_thanks',
                                              'introduction', 'article', 'trip')),
    subject TEXT NOT NULL CHECK (length(subject) <= 200),
    body    TEXT NOT NULL CHECK (length(body) <= 10000)
) STRICT, WITHOUT ROWID;

INSERT INTO message_templates_new (kind, subject, body) SELECT kind, subject, body FROM message_templates;
DROP TABLE message_templates;
ALTER TABLE message_templates_new RENAME TO message_templates;
