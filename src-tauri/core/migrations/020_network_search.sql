-- Search over the networking workflows' own text (issue 18): referrals,
-- introductions, mentorships (their goals, meetings and action items),
-- letter requests, opportunities, memberships (their committee roles) and
-- the user's own milestones, with the names of the people involved.
--
-- One FTS5 table, with the tokenizer of contact_search (migration 002):
-- accents and case folded, prefixes of 1 to 3 letters indexed. It stores
-- its text (unlike contact_search) so a hit can quote its match with
-- snippet(). Each entry's rowid is the source row's id * 16 + a number per
-- kind, so a trigger finds the entry of a row without a scan. `row_id` is
-- what the app opens: the row itself, or for a goal, a meeting or an action
-- item its mentorship, for committee roles their membership (one entry per
-- membership holds all its roles, as membership_roles has no id of its
-- own). `title` and `contact_ids` (space-separated) are stored for the hit.
--
-- SQL triggers keep it fresh, so every writer (the app, the CLI, sync,
-- merges, imports, undo) keeps it indexed: each table's insert, update and
-- delete; a contact's rename (their name is searched and in titles); an
-- opportunity's people. The views below say once what each kind indexes;
-- the triggers and the first fill read them. Every trigger writes its entry
-- with INSERT OR REPLACE: another trigger on the same write (a goal's uid,
-- migration 021, is set by an update right after its insert) may have
-- written it first, and the order SQLite fires them in is not promised.
CREATE VIRTUAL TABLE network_search USING fts5 (
    kind UNINDEXED,
    row_id UNINDEXED,
    title UNINDEXED,
    contact_ids UNINDEXED,
    text,
    people,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

CREATE VIEW network_text_referrals AS
SELECT r.id AS source_id, r.id * 16 + 1 AS entry, 'referral' AS kind, r.id AS row_id,
       'Referral ' || CASE r.direction WHEN 'received' THEN 'from ' ELSE 'to ' END
           || coalesce(c.display_name, '?') || ' · ' || r.on_date AS title,
       CAST(r.contact_id AS TEXT) AS contact_ids,
       concat_ws(' · ', nullif(r.specialty, ''), replace(r.reason, '_', ' '), nullif(r.note, '')) AS text,
       coalesce(c.display_name, '') AS people
FROM referrals r LEFT JOIN contacts c ON c.id = r.contact_id;

CREATE VIEW network_text_introductions AS
SELECT i.id AS source_id, i.id * 16 + 2 AS entry, 'introduction' AS kind, i.id AS row_id,
       'Introduction: ' || coalesce(a.display_name, '?') || ' → ' || coalesce(b.display_name, '?') AS title,
       i.from_contact_id || ' ' || i.to_contact_id AS contact_ids,
       i.reason AS text,
       concat_ws(' · ', a.display_name, b.display_name) AS people
FROM introductions i
LEFT JOIN contacts a ON a.id = i.from_contact_id
LEFT JOIN contacts b ON b.id = i.to_contact_id;

-- What a mentorship's entries (its own, its goals', meetings' and action
-- items') share: the title's person and role, and the contact.
CREATE VIEW network_text_mentors AS
SELECT m.id AS mentorship_id,
       CASE m.role WHEN 'mentor' THEN 'mentor ' ELSE 'mentee ' END
           || coalesce(c.display_name, '?') AS who,
       CAST(m.contact_id AS TEXT) AS contact_ids,
       coalesce(c.display_name, '') AS people
FROM mentorships m LEFT JOIN contacts c ON c.id = m.contact_id;

CREATE VIEW network_text_mentorships AS
SELECT m.id AS source_id, m.id * 16 + 3 AS entry, 'mentorship' AS kind, m.id AS row_id,
       'Mentorship with ' || w.who AS title, w.contact_ids, m.notes AS text, w.people
FROM mentorships m JOIN network_text_mentors w ON w.mentorship_id = m.id;

CREATE VIEW network_text_mentorship_goals AS
SELECT g.id AS source_id, g.id * 16 + 4 AS entry, 'mentorship_goal' AS kind,
       g.mentorship_id AS row_id, 'Goal with ' || w.who AS title, w.contact_ids,
       g.text AS text, w.people
FROM mentorship_goals g JOIN network_text_mentors w ON w.mentorship_id = g.mentorship_id;

CREATE VIEW network_text_mentorship_meetings AS
SELECT t.id AS source_id, t.id * 16 + 5 AS entry, 'mentorship_meeting' AS kind,
       t.mentorship_id AS row_id, 'Meeting with ' || w.who || ' · ' || t.held_on AS title,
       w.contact_ids, t.notes AS text, w.people
FROM mentorship_meetings t JOIN network_text_mentors w ON w.mentorship_id = t.mentorship_id;

CREATE VIEW network_text_mentorship_actions AS
SELECT a.id AS source_id, a.id * 16 + 6 AS entry, 'mentorship_action' AS kind,
       a.mentorship_id AS row_id,
       'Action item from meeting ' || a.meeting_number || ' with ' || w.who AS title,
       w.contact_ids, a.text AS text, w.people
FROM mentorship_actions a JOIN network_text_mentors w ON w.mentorship_id = a.mentorship_id;

CREATE VIEW network_text_letter_requests AS
SELECT l.id AS source_id, l.id * 16 + 7 AS entry, 'letter_request' AS kind, l.id AS row_id,
       CASE l.writer WHEN 'them' THEN 'Letter from ' ELSE 'Letter for ' END
           || coalesce(c.display_name, '?') || ' · ' || l.program_name AS title,
       CAST(l.contact_id AS TEXT) AS contact_ids,
       concat_ws(' · ', l.program_name, nullif(l.notes, '')) AS text,
       coalesce(c.display_name, '') AS people
FROM letter_requests l LEFT JOIN contacts c ON c.id = l.contact_id;

CREATE VIEW network_text_opportunities AS
SELECT o.id AS source_id, o.id * 16 + 8 AS entry, 'opportunity' AS kind, o.id AS row_id,
       o.title AS title,
       coalesce((SELECT group_concat(contact_id, ' ')
                 FROM (SELECT DISTINCT contact_id FROM opportunity_people
                       WHERE opportunity_id = o.id ORDER BY contact_id)), '') AS contact_ids,
       concat_ws(' · ', o.title, nullif(o.notes, ''), nullif(o.link, '')) AS text,
       coalesce((SELECT group_concat(display_name, ' · ')
                 FROM (SELECT DISTINCT c.id, c.display_name FROM opportunity_people p
                       JOIN contacts c ON c.id = p.contact_id
                       WHERE p.opportunity_id = o.id ORDER BY c.id)), '') AS people
FROM opportunities o;

CREATE VIEW network_text_memberships AS
SELECT m.id AS source_id, m.id * 16 + 9 AS entry, 'membership' AS kind, m.id AS row_id,
       m.society AS title, '' AS contact_ids,
       concat_ws(' · ', m.society, nullif(m.member_number, ''), nullif(m.notes, '')) AS text,
       '' AS people
FROM memberships m;

CREATE VIEW network_text_committee_roles AS
SELECT m.id AS source_id, m.id * 16 + 10 AS entry, 'committee_role' AS kind, m.id AS row_id,
       'Committee roles · ' || m.society AS title, '' AS contact_ids,
       m.society || ' · ' || (SELECT group_concat(committee || ' ' || role, ' · ')
                              FROM (SELECT committee, role FROM membership_roles
                                    WHERE membership_id = m.id ORDER BY position)) AS text,
       '' AS people
FROM memberships m
WHERE EXISTS (SELECT 1 FROM membership_roles WHERE membership_id = m.id);

CREATE VIEW network_text_milestones AS
SELECT s.id AS source_id, s.id * 16 + 11 AS entry, 'milestone' AS kind, s.id AS row_id,
       s.title AS title, '' AS contact_ids,
       concat_ws(' · ', s.title, nullif(s.note, '')) AS text, '' AS people
FROM own_milestones s;

-- Referrals.
CREATE TRIGGER referrals_search_insert AFTER INSERT ON referrals BEGIN
    INSERT OR REPLACE INTO network_search (rowid, kind, row_id, title, contact_ids, text, people)
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_referrals WHERE source_id = NEW.id;
END;
CREATE TRIGGER referrals_search_update AFTER UPDATE ON referrals BEGIN
    DELETE FROM network_search WHERE rowid = OLD.id * 16 + 1;
    INSERT OR REPLACE INTO network_search (rowid, kind, row_id, title, contact_ids, text, people)
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_referrals WHERE source_id = NEW.id;
END;
CREATE TRIGGER referrals_search_delete AFTER DELETE ON referrals BEGIN
    DELETE FROM network_search WHERE rowid = OLD.id * 16 + 1;
END;

-- Introductions.
CREATE TRIGGER introductions_search_insert AFTER INSERT ON introductions BEGIN
    INSERT OR REPLACE INTO network_search (rowid, kind, row_id, title, contact_ids, text, people)
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_introductions WHERE source_id = NEW.id;
END;
CREATE TRIGGER introductions_search_update AFTER UPDATE ON introductions BEGIN
    DELETE FROM network_search WHERE rowid = OLD.id * 16 + 2;
    INSERT OR REPLACE INTO network_search (rowid, kind, row_id, title, contact_ids, text, people)
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_introductions WHERE source_id = NEW.id;
END;
CREATE TRIGGER introductions_search_delete AFTER DELETE ON introductions BEGIN
    DELETE FROM network_search WHERE rowid = OLD.id * 16 + 2;
END;

-- Mentorships: a change (its person, its role) retitles its goals,
-- meetings and action items too.
CREATE TRIGGER mentorships_search_insert AFTER INSERT ON mentorships BEGIN
    INSERT OR REPLACE INTO network_search (rowid, kind, row_id, title, contact_ids, text, people)
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_mentorships WHERE source_id = NEW.id;
END;
CREATE TRIGGER mentorships_search_update AFTER UPDATE ON mentorships BEGIN
    DELETE FROM network_search WHERE rowid = OLD.id * 16 + 3;
    INSERT OR REPLACE INTO network_search (rowid, kind, row_id, title, contact_ids, text, people)
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_mentorships WHERE source_id = NEW.id;
    DELETE FROM network_search WHERE rowid IN (
        SELECT id * 16 + 4 FROM mentorship_goals WHERE mentorship_id = NEW.id
        UNION ALL SELECT id * 16 + 5 FROM mentorship_meetings WHERE mentorship_id = NEW.id
        UNION ALL SELECT id * 16 + 6 FROM mentorship_actions WHERE mentorship_id = NEW.id);
    INSERT OR REPLACE INTO network_search (rowid, kind, row_id, title, contact_ids, text, people)
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_mentorship_goals WHERE row_id = NEW.id
    UNION ALL
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_mentorship_meetings WHERE row_id = NEW.id
    UNION ALL
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_mentorship_actions WHERE row_id = NEW.id;
END;
CREATE TRIGGER mentorships_search_delete AFTER DELETE ON mentorships BEGIN
    DELETE FROM network_search WHERE rowid = OLD.id * 16 + 3;
END;

-- A mentorship's goals, meetings and action items.
CREATE TRIGGER mentorship_goals_search_insert AFTER INSERT ON mentorship_goals BEGIN
    INSERT OR REPLACE INTO network_search (rowid, kind, row_id, title, contact_ids, text, people)
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_mentorship_goals WHERE source_id = NEW.id;
END;
CREATE TRIGGER mentorship_goals_search_update AFTER UPDATE ON mentorship_goals BEGIN
    DELETE FROM network_search WHERE rowid = OLD.id * 16 + 4;
    INSERT OR REPLACE INTO network_search (rowid, kind, row_id, title, contact_ids, text, people)
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_mentorship_goals WHERE source_id = NEW.id;
END;
CREATE TRIGGER mentorship_goals_search_delete AFTER DELETE ON mentorship_goals BEGIN
    DELETE FROM network_search WHERE rowid = OLD.id * 16 + 4;
END;

CREATE TRIGGER mentorship_meetings_search_insert AFTER INSERT ON mentorship_meetings BEGIN
    INSERT OR REPLACE INTO network_search (rowid, kind, row_id, title, contact_ids, text, people)
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_mentorship_meetings WHERE source_id = NEW.id;
END;
CREATE TRIGGER mentorship_meetings_search_update AFTER UPDATE ON mentorship_meetings BEGIN
    DELETE FROM network_search WHERE rowid = OLD.id * 16 + 5;
    INSERT OR REPLACE INTO network_search (rowid, kind, row_id, title, contact_ids, text, people)
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_mentorship_meetings WHERE source_id = NEW.id;
END;
CREATE TRIGGER mentorship_meetings_search_delete AFTER DELETE ON mentorship_meetings BEGIN
    DELETE FROM network_search WHERE rowid = OLD.id * 16 + 5;
END;

CREATE TRIGGER mentorship_actions_search_insert AFTER INSERT ON mentorship_actions BEGIN
    INSERT OR REPLACE INTO network_search (rowid, kind, row_id, title, contact_ids, text, people)
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_mentorship_actions WHERE source_id = NEW.id;
END;
CREATE TRIGGER mentorship_actions_search_update AFTER UPDATE ON mentorship_actions BEGIN
    DELETE FROM network_search WHERE rowid = OLD.id * 16 + 6;
    INSERT OR REPLACE INTO network_search (rowid, kind, row_id, title, contact_ids, text, people)
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_mentorship_actions WHERE source_id = NEW.id;
END;
CREATE TRIGGER mentorship_actions_search_delete AFTER DELETE ON mentorship_actions BEGIN
    DELETE FROM network_search WHERE rowid = OLD.id * 16 + 6;
END;

-- Letter requests.
CREATE TRIGGER letter_requests_search_insert AFTER INSERT ON letter_requests BEGIN
    INSERT OR REPLACE INTO network_search (rowid, kind, row_id, title, contact_ids, text, people)
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_letter_requests WHERE source_id = NEW.id;
END;
CREATE TRIGGER letter_requests_search_update AFTER UPDATE ON letter_requests BEGIN
    DELETE FROM network_search WHERE rowid = OLD.id * 16 + 7;
    INSERT OR REPLACE INTO network_search (rowid, kind, row_id, title, contact_ids, text, people)
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_letter_requests WHERE source_id = NEW.id;
END;
CREATE TRIGGER letter_requests_search_delete AFTER DELETE ON letter_requests BEGIN
    DELETE FROM network_search WHERE rowid = OLD.id * 16 + 7;
END;

-- Opportunities, and their people (names and ids).
CREATE TRIGGER opportunities_search_insert AFTER INSERT ON opportunities BEGIN
    INSERT OR REPLACE INTO network_search (rowid, kind, row_id, title, contact_ids, text, people)
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_opportunities WHERE source_id = NEW.id;
END;
CREATE TRIGGER opportunities_search_update AFTER UPDATE ON opportunities BEGIN
    DELETE FROM network_search WHERE rowid = OLD.id * 16 + 8;
    INSERT OR REPLACE INTO network_search (rowid, kind, row_id, title, contact_ids, text, people)
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_opportunities WHERE source_id = NEW.id;
END;
CREATE TRIGGER opportunities_search_delete AFTER DELETE ON opportunities BEGIN
    DELETE FROM network_search WHERE rowid = OLD.id * 16 + 8;
END;
CREATE TRIGGER opportunity_people_search_insert AFTER INSERT ON opportunity_people BEGIN
    DELETE FROM network_search WHERE rowid = NEW.opportunity_id * 16 + 8;
    INSERT OR REPLACE INTO network_search (rowid, kind, row_id, title, contact_ids, text, people)
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_opportunities WHERE source_id = NEW.opportunity_id;
END;
CREATE TRIGGER opportunity_people_search_update AFTER UPDATE ON opportunity_people BEGIN
    DELETE FROM network_search WHERE rowid IN (OLD.opportunity_id * 16 + 8, NEW.opportunity_id * 16 + 8);
    INSERT OR REPLACE INTO network_search (rowid, kind, row_id, title, contact_ids, text, people)
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_opportunities WHERE source_id IN (OLD.opportunity_id, NEW.opportunity_id);
END;
CREATE TRIGGER opportunity_people_search_delete AFTER DELETE ON opportunity_people BEGIN
    DELETE FROM network_search WHERE rowid = OLD.opportunity_id * 16 + 8;
    INSERT OR REPLACE INTO network_search (rowid, kind, row_id, title, contact_ids, text, people)
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_opportunities WHERE source_id = OLD.opportunity_id;
END;

-- Memberships (a new society name retitles its committee roles), and
-- their committee roles.
CREATE TRIGGER memberships_search_insert AFTER INSERT ON memberships BEGIN
    INSERT OR REPLACE INTO network_search (rowid, kind, row_id, title, contact_ids, text, people)
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_memberships WHERE source_id = NEW.id;
END;
CREATE TRIGGER memberships_search_update AFTER UPDATE ON memberships BEGIN
    DELETE FROM network_search WHERE rowid IN (OLD.id * 16 + 9, OLD.id * 16 + 10);
    INSERT OR REPLACE INTO network_search (rowid, kind, row_id, title, contact_ids, text, people)
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_memberships WHERE source_id = NEW.id
    UNION ALL
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_committee_roles WHERE source_id = NEW.id;
END;
CREATE TRIGGER memberships_search_delete AFTER DELETE ON memberships BEGIN
    DELETE FROM network_search WHERE rowid IN (OLD.id * 16 + 9, OLD.id * 16 + 10);
END;
CREATE TRIGGER membership_roles_search_insert AFTER INSERT ON membership_roles BEGIN
    DELETE FROM network_search WHERE rowid = NEW.membership_id * 16 + 10;
    INSERT OR REPLACE INTO network_search (rowid, kind, row_id, title, contact_ids, text, people)
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_committee_roles WHERE source_id = NEW.membership_id;
END;
CREATE TRIGGER membership_roles_search_update AFTER UPDATE ON membership_roles BEGIN
    DELETE FROM network_search WHERE rowid IN (OLD.membership_id * 16 + 10, NEW.membership_id * 16 + 10);
    INSERT OR REPLACE INTO network_search (rowid, kind, row_id, title, contact_ids, text, people)
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_committee_roles WHERE source_id IN (OLD.membership_id, NEW.membership_id);
END;
CREATE TRIGGER membership_roles_search_delete AFTER DELETE ON membership_roles BEGIN
    DELETE FROM network_search WHERE rowid = OLD.membership_id * 16 + 10;
    INSERT OR REPLACE INTO network_search (rowid, kind, row_id, title, contact_ids, text, people)
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_committee_roles WHERE source_id = OLD.membership_id;
END;

-- The user's own milestones.
CREATE TRIGGER own_milestones_search_insert AFTER INSERT ON own_milestones BEGIN
    INSERT OR REPLACE INTO network_search (rowid, kind, row_id, title, contact_ids, text, people)
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_milestones WHERE source_id = NEW.id;
END;
CREATE TRIGGER own_milestones_search_update AFTER UPDATE ON own_milestones BEGIN
    DELETE FROM network_search WHERE rowid = OLD.id * 16 + 11;
    INSERT OR REPLACE INTO network_search (rowid, kind, row_id, title, contact_ids, text, people)
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_milestones WHERE source_id = NEW.id;
END;
CREATE TRIGGER own_milestones_search_delete AFTER DELETE ON own_milestones BEGIN
    DELETE FROM network_search WHERE rowid = OLD.id * 16 + 11;
END;

-- A renamed contact is found under the new name, and titled with it, in
-- every workflow row that names them. Rows are re-indexed by touching
-- them, which runs their own update triggers above.
CREATE TRIGGER contacts_network_search_rename AFTER UPDATE OF display_name ON contacts
WHEN OLD.display_name IS NOT NEW.display_name BEGIN
    UPDATE referrals SET contact_id = contact_id WHERE contact_id = NEW.id;
    UPDATE introductions SET from_contact_id = from_contact_id
    WHERE from_contact_id = NEW.id OR to_contact_id = NEW.id;
    UPDATE mentorships SET contact_id = contact_id WHERE contact_id = NEW.id;
    UPDATE letter_requests SET contact_id = contact_id WHERE contact_id = NEW.id;
    DELETE FROM network_search WHERE rowid IN (
        SELECT opportunity_id * 16 + 8 FROM opportunity_people WHERE contact_id = NEW.id);
    INSERT OR REPLACE INTO network_search (rowid, kind, row_id, title, contact_ids, text, people)
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_opportunities
    WHERE source_id IN (SELECT opportunity_id FROM opportunity_people WHERE contact_id = NEW.id);
END;

-- The rows already there are indexed by the migration's hook
-- (search::network::rebuild), which a salvaged book's rebuild also runs.
