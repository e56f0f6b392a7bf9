CREATE VIEW network_text_committee_roles AS
SELECT m.id AS source_id, m.id * 16 + 10 AS entry, 'committee_role' AS kind, m.id AS row_id,
       'Committee roles · ' || m.society AS title, '' AS contact_ids,
       m.society || ' · ' || (SELECT group_concat(committee || ' ' || role, ' · ')
                              FROM (SELECT committee, role FROM membership_roles
                                    WHERE membership_id = m.id ORDER BY position)) AS text,
       '' AS people
FROM memberships m
WHERE EXISTS (SELECT 1 FROM membership_roles WHERE membership_id = m.id);
CREATE VIEW network_text_introductions AS
SELECT i.id AS source_id, i.id * 16 + 2 AS entry, 'introduction' AS kind, i.id AS row_id,
       'Introduction: ' || coalesce(a.display_name, '?') || ' → ' || coalesce(b.display_name, '?') AS title,
       i.from_contact_id || ' ' || i.to_contact_id AS contact_ids,
       i.reason AS text,
       concat_ws(' · ', a.display_name, b.display_name) AS people
FROM introductions i
LEFT JOIN contacts a ON a.id = i.from_contact_id
LEFT JOIN contacts b ON b.id = i.to_contact_id;
CREATE VIEW network_text_letter_requests AS
SELECT l.id AS source_id, l.id * 16 + 7 AS entry, 'letter_request' AS kind, l.id AS row_id,
       CASE l.writer WHEN 'them' THEN 'Letter from ' ELSE 'Letter for ' END
           || coalesce(c.display_name, '?') || ' · ' || l.program_name AS title,
       CAST(l.contact_id AS TEXT) AS contact_ids,
       concat_ws(' · ', l.program_name, nullif(l.notes, '')) AS text,
       coalesce(c.display_name, '') AS people
FROM letter_requests l LEFT JOIN contacts c ON c.id = l.contact_id;
CREATE VIEW network_text_memberships AS
SELECT m.id AS source_id, m.id * 16 + 9 AS entry, 'membership' AS kind, m.id AS row_id,
       m.society AS title, '' AS contact_ids,
       concat_ws(' · ', m.society, nullif(m.member_number, ''), nullif(m.notes, '')) AS text,
       '' AS people
FROM memberships m;
CREATE VIEW network_text_mentors AS
SELECT m.id AS mentorship_id,
       CASE m.role WHEN 'mentor' THEN 'mentor ' ELSE 'mentee ' END
           || coalesce(c.display_name, '?') AS who,
       CAST(m.contact_id AS TEXT) AS contact_ids,
       coalesce(c.display_name, '') AS people
FROM mentorships m LEFT JOIN contacts c ON c.id = m.contact_id;
CREATE VIEW network_text_mentorship_actions AS
SELECT a.id AS source_id, a.id * 16 + 6 AS entry, 'mentorship_action' AS kind,
       a.mentorship_id AS row_id,
       'Action item from meeting ' || a.meeting_number || ' with ' || w.who AS title,
       w.contact_ids, a.text AS text, w.people
FROM mentorship_actions a JOIN network_text_mentors w ON w.mentorship_id = a.mentorship_id;
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
CREATE VIEW network_text_mentorships AS
SELECT m.id AS source_id, m.id * 16 + 3 AS entry, 'mentorship' AS kind, m.id AS row_id,
       'Mentorship with ' || w.who AS title, w.contact_ids, m.notes AS text, w.people
FROM mentorships m JOIN network_text_mentors w ON w.mentorship_id = m.id;
CREATE VIEW network_text_milestones AS
SELECT s.id AS source_id, s.id * 16 + 11 AS entry, 'milestone' AS kind, s.id AS row_id,
       s.title AS title, '' AS contact_ids,
       concat_ws(' · ', s.title, nullif(s.note, '')) AS text, '' AS people
FROM own_milestones s;
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
CREATE VIEW network_text_referrals AS
SELECT r.id AS source_id, r.id * 16 + 1 AS entry, 'referral' AS kind, r.id AS row_id,
       'Referral ' || CASE r.direction WHEN 'received' THEN 'from ' ELSE 'to ' END
           || coalesce(c.display_name, '?') || ' · ' || r.on_date AS title,
       CAST(r.contact_id AS TEXT) AS contact_ids,
       concat_ws(' · ', nullif(r.specialty, ''), replace(r.reason, '_', ' '), nullif(r.note, '')) AS text,
       coalesce(c.display_name, '') AS people
FROM referrals r LEFT JOIN contacts c ON c.id = r.contact_id;
CREATE TRIGGER affiliations_forget_reminders AFTER DELETE ON affiliations
BEGIN
    DELETE FROM reminder_states
    WHERE reminder_id >= 'work_anniversary:a' || OLD.id || ':' AND reminder_id < 'work_anniversary:a' || OLD.id || ':' || char(127);
    DELETE FROM reminders_shown
    WHERE reminder_id >= 'work_anniversary:a' || OLD.id || ':' AND reminder_id < 'work_anniversary:a' || OLD.id || ':' || char(127);
END;
CREATE TRIGGER affiliations_forget_sync_uid AFTER DELETE ON affiliations
BEGIN
    DELETE FROM sync_uids WHERE kind = 'affiliation' AND local_id = OLD.id;
END;
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
CREATE TRIGGER cme_credits_forget_sync_uid AFTER DELETE ON cme_credits
BEGIN
    DELETE FROM sync_uids WHERE kind = 'credit' AND local_id = OLD.id;
END;
CREATE TRIGGER cme_cycles_forget_reminders AFTER DELETE ON cme_cycles
BEGIN
    DELETE FROM reminder_states
    WHERE reminder_id >= 'cme_shortfall:y' || OLD.id || ':' AND reminder_id < 'cme_shortfall:y' || OLD.id || ':' || char(127);
    DELETE FROM reminders_shown
    WHERE reminder_id >= 'cme_shortfall:y' || OLD.id || ':' AND reminder_id < 'cme_shortfall:y' || OLD.id || ':' || char(127);
END;
CREATE TRIGGER cme_cycles_forget_sync_uid AFTER DELETE ON cme_cycles
BEGIN
    DELETE FROM sync_uids WHERE kind = 'cycle' AND local_id = OLD.id;
END;
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
CREATE TRIGGER contacts_last_note AFTER UPDATE OF last_interaction_at ON contacts
BEGIN
    UPDATE contacts SET last_note = (
        SELECT n.note FROM interactions n
        WHERE n.occurred_at = NEW.last_interaction_at
          AND EXISTS (SELECT 1 FROM interaction_contacts nc WHERE nc.interaction_id = n.id AND nc.contact_id = NEW.id)
        ORDER BY n.id DESC LIMIT 1
    )
    WHERE id = NEW.id;
END;
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
CREATE TRIGGER custom_reminders_forget_reminders AFTER DELETE ON custom_reminders
BEGIN
    DELETE FROM reminder_states
    WHERE reminder_id >= 'custom:' || OLD.id || ':' AND reminder_id < 'custom:' || OLD.id || ':' || char(127);
    DELETE FROM reminders_shown
    WHERE reminder_id >= 'custom:' || OLD.id || ':' AND reminder_id < 'custom:' || OLD.id || ':' || char(127);
END;
CREATE TRIGGER custom_reminders_forget_sync_uid AFTER DELETE ON custom_reminders
BEGIN
    DELETE FROM sync_uids WHERE kind = 'custom_reminder' AND local_id = OLD.id;
END;
CREATE TRIGGER event_deadlines_forget_reminders AFTER DELETE ON event_deadlines
BEGIN
    DELETE FROM reminder_states
    WHERE reminder_id >= 'deadline:d' || OLD.id || ':' AND reminder_id < 'deadline:d' || OLD.id || ':' || char(127);
    DELETE FROM reminders_shown
    WHERE reminder_id >= 'deadline:d' || OLD.id || ':' AND reminder_id < 'deadline:d' || OLD.id || ':' || char(127);
END;
CREATE TRIGGER event_deadlines_forget_sync_uid AFTER DELETE ON event_deadlines
BEGIN
    DELETE FROM sync_uids WHERE kind = 'deadline' AND local_id = OLD.id;
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
CREATE TRIGGER interactions_forget_reminders AFTER DELETE ON interactions
BEGIN
    DELETE FROM reminder_states
    WHERE reminder_id >= 'follow_up:i' || OLD.id || ':' AND reminder_id < 'follow_up:i' || OLD.id || ':' || char(127);
    DELETE FROM reminders_shown
    WHERE reminder_id >= 'follow_up:i' || OLD.id || ':' AND reminder_id < 'follow_up:i' || OLD.id || ':' || char(127);
END;
CREATE TRIGGER interactions_forget_sync_uid AFTER DELETE ON interactions
BEGIN
    DELETE FROM sync_uids WHERE kind = 'interaction' AND local_id = OLD.id;
END;
CREATE TRIGGER introductions_forget_reminders AFTER DELETE ON introductions
BEGIN
    DELETE FROM reminder_states
    WHERE reminder_id >= 'intro_follow_up:' || OLD.id || ':'
      AND reminder_id < 'intro_follow_up:' || OLD.id || ':' || char(127);
    DELETE FROM reminders_shown
    WHERE reminder_id >= 'intro_follow_up:' || OLD.id || ':'
      AND reminder_id < 'intro_follow_up:' || OLD.id || ':' || char(127);
END;
CREATE TRIGGER introductions_forget_sync_uid AFTER DELETE ON introductions
BEGIN
    DELETE FROM sync_uids WHERE kind = 'introduction' AND local_id = OLD.id;
END;
CREATE TRIGGER introductions_search_delete AFTER DELETE ON introductions BEGIN
    DELETE FROM network_search WHERE rowid = OLD.id * 16 + 2;
END;
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
CREATE TRIGGER letter_requests_forget_reminders AFTER DELETE ON letter_requests
BEGIN
    DELETE FROM reminder_states
    WHERE reminder_id >= 'letter_request:' || OLD.id || ':'
      AND reminder_id < 'letter_request:' || OLD.id || ':' || char(127);
    DELETE FROM reminders_shown
    WHERE reminder_id >= 'letter_request:' || OLD.id || ':'
      AND reminder_id < 'letter_request:' || OLD.id || ':' || char(127);
END;
CREATE TRIGGER letter_requests_forget_sync_uid AFTER DELETE ON letter_requests
BEGIN
    DELETE FROM sync_uids WHERE kind = 'letter_request' AND local_id = OLD.id;
END;
CREATE TRIGGER letter_requests_search_delete AFTER DELETE ON letter_requests BEGIN
    DELETE FROM network_search WHERE rowid = OLD.id * 16 + 7;
END;
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
CREATE TRIGGER membership_roles_search_delete AFTER DELETE ON membership_roles BEGIN
    DELETE FROM network_search WHERE rowid = OLD.membership_id * 16 + 10;
    INSERT OR REPLACE INTO network_search (rowid, kind, row_id, title, contact_ids, text, people)
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_committee_roles WHERE source_id = OLD.membership_id;
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
CREATE TRIGGER memberships_forget_reminders AFTER DELETE ON memberships
BEGIN
    DELETE FROM reminder_states
    WHERE reminder_id >= 'membership_renewal:' || OLD.id || ':'
      AND reminder_id < 'membership_renewal:' || OLD.id || ':' || char(127);
    DELETE FROM reminders_shown
    WHERE reminder_id >= 'membership_renewal:' || OLD.id || ':'
      AND reminder_id < 'membership_renewal:' || OLD.id || ':' || char(127);
END;
CREATE TRIGGER memberships_forget_sync_uid AFTER DELETE ON memberships
BEGIN
    DELETE FROM sync_uids WHERE kind = 'membership' AND local_id = OLD.id;
END;
CREATE TRIGGER memberships_search_delete AFTER DELETE ON memberships BEGIN
    DELETE FROM network_search WHERE rowid IN (OLD.id * 16 + 9, OLD.id * 16 + 10);
END;
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
CREATE TRIGGER mentorship_actions_search_delete AFTER DELETE ON mentorship_actions BEGIN
    DELETE FROM network_search WHERE rowid = OLD.id * 16 + 6;
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
CREATE TRIGGER mentorship_goals_forget_reminders AFTER DELETE ON mentorship_goals
BEGIN
    DELETE FROM reminder_states
    WHERE reminder_id >= 'mentoring:' || OLD.id || ':' || 'goal:'
      AND reminder_id < 'mentoring:' || OLD.id || ':' || 'goal:' || char(127);
    DELETE FROM reminders_shown
    WHERE reminder_id >= 'mentoring:' || OLD.id || ':' || 'goal:'
      AND reminder_id < 'mentoring:' || OLD.id || ':' || 'goal:' || char(127);
END;
CREATE TRIGGER mentorship_goals_get_a_uid AFTER INSERT ON mentorship_goals
WHEN NEW.uid IS NULL
BEGIN
    UPDATE mentorship_goals SET uid =
        lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
        || substr(lower(hex(randomblob(2))), 2) || '-'
        || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2)
        || '-' || lower(hex(randomblob(6)))
    WHERE id = NEW.id;
END;
CREATE TRIGGER mentorship_goals_search_delete AFTER DELETE ON mentorship_goals BEGIN
    DELETE FROM network_search WHERE rowid = OLD.id * 16 + 4;
END;
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
CREATE TRIGGER mentorship_meetings_search_delete AFTER DELETE ON mentorship_meetings BEGIN
    DELETE FROM network_search WHERE rowid = OLD.id * 16 + 5;
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
CREATE TRIGGER mentorships_forget_reminders AFTER DELETE ON mentorships
BEGIN
    DELETE FROM reminder_states
    WHERE reminder_id >= 'mentoring:' || OLD.id || ':' || 'meet:'
      AND reminder_id < 'mentoring:' || OLD.id || ':' || 'meet:' || char(127);
    DELETE FROM reminders_shown
    WHERE reminder_id >= 'mentoring:' || OLD.id || ':' || 'meet:'
      AND reminder_id < 'mentoring:' || OLD.id || ':' || 'meet:' || char(127);
END;
CREATE TRIGGER mentorships_forget_sync_uid AFTER DELETE ON mentorships
BEGIN
    DELETE FROM sync_uids WHERE kind = 'mentorship' AND local_id = OLD.id;
END;
CREATE TRIGGER mentorships_search_delete AFTER DELETE ON mentorships BEGIN
    DELETE FROM network_search WHERE rowid = OLD.id * 16 + 3;
END;
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
CREATE TRIGGER milestones_forget_reminders AFTER DELETE ON milestones
BEGIN
    DELETE FROM reminder_states WHERE reminder_id = 'milestone:m' || OLD.id;
    DELETE FROM reminders_shown WHERE reminder_id = 'milestone:m' || OLD.id;
END;
CREATE TRIGGER milestones_forget_sync_uid AFTER DELETE ON milestones
BEGIN
    DELETE FROM sync_uids WHERE kind = 'milestone' AND local_id = OLD.id;
END;
CREATE TRIGGER opportunities_forget_reminders AFTER DELETE ON opportunities
BEGIN
    DELETE FROM reminder_states
    WHERE reminder_id >= 'opportunity:' || OLD.id || ':'
      AND reminder_id < 'opportunity:' || OLD.id || ':' || char(127);
    DELETE FROM reminders_shown
    WHERE reminder_id >= 'opportunity:' || OLD.id || ':'
      AND reminder_id < 'opportunity:' || OLD.id || ':' || char(127);
END;
CREATE TRIGGER opportunities_forget_sync_uid AFTER DELETE ON opportunities
BEGIN
    DELETE FROM sync_uids WHERE kind = 'opportunity' AND local_id = OLD.id;
END;
CREATE TRIGGER opportunities_search_delete AFTER DELETE ON opportunities BEGIN
    DELETE FROM network_search WHERE rowid = OLD.id * 16 + 8;
END;
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
CREATE TRIGGER opportunity_people_search_delete AFTER DELETE ON opportunity_people BEGIN
    DELETE FROM network_search WHERE rowid = OLD.opportunity_id * 16 + 8;
    INSERT OR REPLACE INTO network_search (rowid, kind, row_id, title, contact_ids, text, people)
    SELECT entry, kind, row_id, title, contact_ids, text, people
    FROM network_text_opportunities WHERE source_id = OLD.opportunity_id;
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
CREATE TRIGGER organizations_forget_sync_uid AFTER DELETE ON organizations
BEGIN
    DELETE FROM sync_uids WHERE kind = 'organization' AND local_id = OLD.id;
END;
CREATE TRIGGER own_milestones_forget_reminders AFTER DELETE ON own_milestones
BEGIN
    DELETE FROM reminder_states
    WHERE reminder_id >= 'profile_update:' || OLD.id || ':'
      AND reminder_id < 'profile_update:' || OLD.id || ':' || char(127);
    DELETE FROM reminders_shown
    WHERE reminder_id >= 'profile_update:' || OLD.id || ':'
      AND reminder_id < 'profile_update:' || OLD.id || ':' || char(127);
END;
CREATE TRIGGER own_milestones_forget_sync_uid AFTER DELETE ON own_milestones
BEGIN
    DELETE FROM sync_uids WHERE kind = 'own_milestone' AND local_id = OLD.id;
END;
CREATE TRIGGER own_milestones_search_delete AFTER DELETE ON own_milestones BEGIN
    DELETE FROM network_search WHERE rowid = OLD.id * 16 + 11;
END;
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
CREATE TRIGGER referrals_forget_reminders AFTER DELETE ON referrals
BEGIN
    DELETE FROM reminder_states
    WHERE reminder_id >= 'referral_thanks:' || OLD.id || ':'
      AND reminder_id < 'referral_thanks:' || OLD.id || ':' || char(127);
    DELETE FROM reminders_shown
    WHERE reminder_id >= 'referral_thanks:' || OLD.id || ':'
      AND reminder_id < 'referral_thanks:' || OLD.id || ':' || char(127);
END;
CREATE TRIGGER referrals_forget_sync_uid AFTER DELETE ON referrals
BEGIN
    DELETE FROM sync_uids WHERE kind = 'referral' AND local_id = OLD.id;
END;
CREATE TRIGGER referrals_search_delete AFTER DELETE ON referrals BEGIN
    DELETE FROM network_search WHERE rowid = OLD.id * 16 + 1;
END;
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
CREATE TRIGGER relationships_forget_sync_uid AFTER DELETE ON relationships
BEGIN
    DELETE FROM sync_uids WHERE kind = 'relationship' AND local_id = OLD.id;
END;
CREATE TABLE "affiliations" (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    contact_id      INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL DEFAULT 'job' CHECK ((kind = 'job' OR kind = 'medical_school' OR kind = 'residency' OR kind = 'fellowship' OR kind = 'education' OR kind = 'membership' OR kind = 'other')),
    role            TEXT NOT NULL DEFAULT '',
    starts_on       TEXT,
    ends_on         TEXT
) STRICT;
CREATE TABLE cadence_rules (
    kind   TEXT NOT NULL CHECK (kind IN ('tag', 'relationship')),
    target TEXT NOT NULL COLLATE NOCASE,
    days   INTEGER NOT NULL CHECK (days BETWEEN 1 AND 3650),
    PRIMARY KEY (kind, target)
) STRICT, WITHOUT ROWID;
CREATE TABLE cme_certificates (
    id         INTEGER PRIMARY KEY,
    credit_id  INTEGER NOT NULL REFERENCES cme_credits (id) ON DELETE CASCADE,
    file_name  TEXT NOT NULL,
    media_type TEXT NOT NULL,
    content    BLOB NOT NULL,
    added_at   TEXT NOT NULL
) STRICT;
CREATE TABLE cme_credit_topics (
    credit_id INTEGER NOT NULL REFERENCES cme_credits (id) ON DELETE CASCADE,
    topic     TEXT NOT NULL CHECK (length(trim(topic)) > 0),
    PRIMARY KEY (credit_id, topic)
) STRICT, WITHOUT ROWID;
CREATE TABLE cme_credits (
    id          INTEGER PRIMARY KEY,
    earned_on   TEXT NOT NULL,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    provider    TEXT NOT NULL DEFAULT '',
    credit_type TEXT NOT NULL CHECK ((credit_type = 'ama_pra_1' OR credit_type = 'ama_pra_2' OR credit_type = 'aoa_1a' OR credit_type = 'aoa_1b' OR credit_type = 'aoa_2a' OR credit_type = 'aoa_2b' OR credit_type = 'other')),
    type_label  TEXT NOT NULL DEFAULT '',
    hours       REAL NOT NULL CHECK (hours > 0 AND hours <= 1000),
    event_id    INTEGER REFERENCES events (id) ON DELETE SET NULL,
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
) STRICT;
CREATE TABLE cme_cycle_minimums (
    cycle_id INTEGER NOT NULL REFERENCES cme_cycles (id) ON DELETE CASCADE,
    kind     TEXT NOT NULL CHECK (kind IN ('type', 'topic')),
    key      TEXT NOT NULL CHECK (length(trim(key)) > 0),
    hours    REAL NOT NULL CHECK (hours >= 0),
    PRIMARY KEY (cycle_id, kind, key)
) STRICT, WITHOUT ROWID;
CREATE TABLE cme_cycle_total_types (
    cycle_id    INTEGER NOT NULL REFERENCES cme_cycles (id) ON DELETE CASCADE,
    credit_type TEXT NOT NULL,
    PRIMARY KEY (cycle_id, credit_type)
) STRICT, WITHOUT ROWID;
CREATE TABLE "cme_cycles" (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind        TEXT NOT NULL DEFAULT 'license' CHECK (kind IN ('license', 'board')),
    authority   TEXT NOT NULL DEFAULT '',
    starts_on   TEXT NOT NULL,
    ends_on     TEXT NOT NULL,
    total_hours REAL NOT NULL CHECK (total_hours >= 0),
    notes       TEXT NOT NULL DEFAULT '',
    CHECK (ends_on >= starts_on)
) STRICT;
CREATE TABLE contact_addresses (
    contact_id  INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    label       TEXT NOT NULL,
    po_box      TEXT NOT NULL,
    extended    TEXT NOT NULL,
    street      TEXT NOT NULL,
    locality    TEXT NOT NULL,
    region      TEXT NOT NULL,
    postal_code TEXT NOT NULL,
    country     TEXT NOT NULL,
    PRIMARY KEY (contact_id, position)
) STRICT;
CREATE TABLE contact_cadences (
    contact_id INTEGER PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
    days       INTEGER NOT NULL CHECK (days BETWEEN 1 AND 3650)
) STRICT;
CREATE TABLE contact_emails (
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    address    TEXT NOT NULL,
    PRIMARY KEY (contact_id, position)
) STRICT;
CREATE TABLE contact_links (
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    label      TEXT NOT NULL,
    url        TEXT NOT NULL,
    PRIMARY KEY (contact_id, position)
) STRICT;
CREATE TABLE contact_name_words (
    word        TEXT NOT NULL,
    contact_id  INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    name_folded TEXT NOT NULL,
    name_words  TEXT NOT NULL,
    PRIMARY KEY (word, contact_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE contact_phones (
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    number     TEXT NOT NULL,
    PRIMARY KEY (contact_id, position)
) STRICT;
CREATE TABLE contact_photos (
    contact_id INTEGER PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
    media_type TEXT NOT NULL,
    data       BLOB NOT NULL
) STRICT;
CREATE VIRTUAL TABLE contact_search USING fts5 (
    name,
    specialty,
    organization,
    tags,
    notes,
    interactions,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
CREATE TABLE 'contact_search_config'(k PRIMARY KEY, v) WITHOUT ROWID;
CREATE TABLE 'contact_search_data'(id INTEGER PRIMARY KEY, block BLOB);
CREATE TABLE 'contact_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB, origin INTEGER);
CREATE TABLE 'contact_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
CREATE TABLE contact_tags (
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    tag        TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (contact_id, tag)
) STRICT;
CREATE TABLE "contacts" (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    display_name TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
    credentials  TEXT NOT NULL DEFAULT '',
    specialty    TEXT NOT NULL DEFAULT '',
    institution  TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
, name_prefix TEXT NOT NULL DEFAULT '', given_name TEXT NOT NULL DEFAULT '', middle_name TEXT NOT NULL DEFAULT '', family_name TEXT NOT NULL DEFAULT '', name_suffix TEXT NOT NULL DEFAULT '', nickname TEXT NOT NULL DEFAULT '', pronouns TEXT NOT NULL DEFAULT '', subspecialty TEXT NOT NULL DEFAULT '', field TEXT NOT NULL DEFAULT '', department TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', birthday TEXT, time_zone TEXT NOT NULL DEFAULT '', met_on TEXT, met_at TEXT NOT NULL DEFAULT '', introduced_by INTEGER REFERENCES contacts (id) ON DELETE SET NULL, uid TEXT, extra TEXT NOT NULL DEFAULT '', last_interaction_at TEXT, name_folded TEXT NOT NULL DEFAULT '', last_note TEXT) STRICT;
CREATE TABLE "custom_reminders" (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    title      TEXT NOT NULL CHECK (length(trim(title)) > 0),
    note       TEXT NOT NULL DEFAULT '',
    contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    event_id   INTEGER REFERENCES events (id) ON DELETE SET NULL,
    at_local   TEXT NOT NULL,
    time_zone  TEXT NOT NULL DEFAULT '',
    recurrence TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
) STRICT;
CREATE TABLE "event_deadlines" (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id   INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL DEFAULT 'other'
               CHECK ((kind = 'abstract' OR kind = 'late_breaking_abstract' OR kind = 'notification' OR kind = 'early_bird' OR kind = 'registration' OR kind = 'hotel_block' OR kind = 'other')),
    label      TEXT NOT NULL DEFAULT '',
    due_local  TEXT NOT NULL,
    time_zone  TEXT NOT NULL,
    due_at     TEXT NOT NULL,
    done       INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
) STRICT;
CREATE TABLE event_exclusions (
    event_id      INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    recurrence_id TEXT NOT NULL,
    PRIMARY KEY (event_id, recurrence_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE event_occurrences (
    event_id      INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    recurrence_id TEXT NOT NULL,
    starts_key    INTEGER NOT NULL,
    ends_key      INTEGER NOT NULL,
    PRIMARY KEY (event_id, recurrence_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE event_people (
    event_id   INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('to_meet', 'met')),
    note       TEXT NOT NULL DEFAULT '',
    added_at   TEXT NOT NULL,
    PRIMARY KEY (event_id, contact_id, role)
) STRICT, WITHOUT ROWID;
CREATE TABLE event_sessions (
    id           INTEGER PRIMARY KEY,
    event_id     INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    starts_local TEXT,
    ends_local   TEXT,
    room         TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE "events" (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    -- The iCalendar UID; re-importing a file updates by it. An occurrence
    -- changed on its own shares its series' UID and names the occurrence it
    -- replaces in recurrence_id (its original civil start).
    uid              TEXT NOT NULL,
    series_id        INTEGER REFERENCES events (id) ON DELETE CASCADE,
    recurrence_id    TEXT,
    kind             TEXT NOT NULL DEFAULT 'conference'
                     CHECK ((kind = 'conference' OR kind = 'cme' OR kind = 'seminar' OR kind = 'workshop' OR kind = 'webinar' OR kind = 'rounds' OR kind = 'meeting' OR kind = 'personal')),
    title            TEXT NOT NULL CHECK (length(trim(title)) > 0),
    organizer_id     INTEGER REFERENCES organizations (id) ON DELETE SET NULL,
    all_day          INTEGER NOT NULL DEFAULT 0 CHECK (all_day IN (0, 1)),
    -- Timed: civil start and (exclusive) end in time_zone, '' meaning
    -- floating (the same wall-clock time wherever the user is). All-day: the
    -- first and the last day, both inclusive, and time_zone is ''.
    starts_local     TEXT NOT NULL,
    ends_local       TEXT NOT NULL,
    time_zone        TEXT NOT NULL DEFAULT '',
    location         TEXT NOT NULL DEFAULT '',
    online           INTEGER NOT NULL DEFAULT 0 CHECK (online IN (0, 1)),
    url              TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT '',
    expected_credits REAL CHECK (expected_credits IS NULL OR expected_credits >= 0),
    cost             TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'considering'
                     CHECK ((status = 'considering' OR status = 'registered' OR status = 'attending' OR status = 'attended' OR status = 'skipped')),
    -- An RFC 5545 RRULE value ('FREQ=YEARLY;BYMONTH=8;BYDAY=-1FR'); '' for a
    -- single event.
    recurrence       TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    CHECK ((series_id IS NULL) = (recurrence_id IS NULL))
) STRICT;
CREATE TABLE interaction_contacts (
    interaction_id INTEGER NOT NULL REFERENCES interactions (id) ON DELETE CASCADE,
    contact_id     INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    PRIMARY KEY (interaction_id, contact_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE "interactions" (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT NOT NULL CHECK ((kind = 'meeting' OR kind = 'call' OR kind = 'message' OR kind = 'email' OR kind = 'event' OR kind = 'article' OR kind = 'referral' OR kind = 'introduction' OR kind = 'other')),
    occurred_at TEXT NOT NULL,
    time_zone   TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
, event_id INTEGER REFERENCES events (id) ON DELETE SET NULL, topic TEXT NOT NULL DEFAULT '') STRICT;
CREATE TABLE introduction_steps (
    introduction_id INTEGER NOT NULL REFERENCES introductions (id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    status          TEXT NOT NULL CHECK ((status = 'proposed' OR status = 'asked' OR status = 'accepted' OR status = 'declined' OR status = 'introduced')),
    side            TEXT CHECK (side IN ('from', 'to')),
    on_day          TEXT NOT NULL,
    at              TEXT NOT NULL,
    PRIMARY KEY (introduction_id, seq)
) STRICT, WITHOUT ROWID;
CREATE TABLE introductions (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    from_contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    to_contact_id   INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    reason          TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 2000),
    status          TEXT NOT NULL CHECK ((status = 'proposed' OR status = 'asked' OR status = 'accepted' OR status = 'declined' OR status = 'introduced')),
    -- Each side's answer to the ask: NULL until they answer.
    from_answer     TEXT CHECK (from_answer IN ('yes', 'no')),
    to_answer       TEXT CHECK (to_answer IN ('yes', 'no')),
    -- The civil day the two were introduced; the "how did it go?" prompt
    -- is raised 21 days later.
    introduced_on   TEXT,
    created_at      TEXT NOT NULL,
    CHECK (from_contact_id <> to_contact_id)
) STRICT;
CREATE TABLE letter_requests (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    contact_id   INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    -- Who writes: 'them' (the contact writes for the user) or 'me' (the
    -- user writes for the contact).
    writer       TEXT NOT NULL CHECK (writer IN ('them', 'me')),
    program      TEXT NOT NULL CHECK ((program = 'residency' OR program = 'fellowship' OR program = 'grant' OR program = 'job' OR program = 'other')),
    program_name TEXT NOT NULL,
    deadline     TEXT NOT NULL,
    -- When the program says it decides; NULL: some weeks after the deadline.
    decision_on  TEXT,
    status       TEXT NOT NULL CHECK ((status = 'to_ask' OR status = 'asked' OR status = 'agreed' OR status = 'submitted' OR status = 'thanked')),
    -- The day the letter was submitted: the thank-you prompt's day.
    submitted_on TEXT,
    outcome      TEXT NOT NULL DEFAULT 'pending' CHECK ((outcome = 'pending' OR outcome = 'accepted' OR outcome = 'declined')),
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL
) STRICT;
CREATE TABLE membership_events (
    membership_id INTEGER NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
    event_id      INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    PRIMARY KEY (membership_id, event_id)
) STRICT;
CREATE TABLE membership_roles (
    membership_id INTEGER NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    committee     TEXT NOT NULL,
    role          TEXT NOT NULL,
    from_on       TEXT,
    to_on         TEXT,
    PRIMARY KEY (membership_id, position)
) STRICT;
CREATE TABLE memberships (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    society        TEXT NOT NULL,
    member_number  TEXT NOT NULL DEFAULT '',
    since          TEXT,
    dues_amount    REAL,
    dues_currency  TEXT NOT NULL DEFAULT '',
    renews_on      TEXT,
    renews_yearly  INTEGER NOT NULL DEFAULT 1,
    status         TEXT NOT NULL,
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;
CREATE TABLE mentorship_actions (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    mentorship_id  INTEGER NOT NULL,
    meeting_number INTEGER NOT NULL,
    text           TEXT NOT NULL,
    done           INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    FOREIGN KEY (mentorship_id, meeting_number)
        REFERENCES mentorship_meetings (mentorship_id, number) ON DELETE CASCADE
) STRICT;
CREATE TABLE mentorship_goals (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    mentorship_id INTEGER NOT NULL REFERENCES mentorships(id) ON DELETE CASCADE,
    text          TEXT NOT NULL,
    target_on     TEXT,
    done          INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
, uid TEXT) STRICT;
CREATE TABLE mentorship_meetings (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    mentorship_id INTEGER NOT NULL REFERENCES mentorships(id) ON DELETE CASCADE,
    number        INTEGER NOT NULL,
    held_on       TEXT NOT NULL,
    notes         TEXT NOT NULL DEFAULT '',
    UNIQUE (mentorship_id, number)
) STRICT;
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
CREATE TABLE "message_templates" (
    kind    TEXT PRIMARY KEY CHECK (length(kind) BETWEEN 1 AND 64),
    subject TEXT NOT NULL CHECK (length(subject) <= 200),
    body    TEXT NOT NULL CHECK (length(body) <= 10000)
) STRICT, WITHOUT ROWID;
CREATE TABLE "milestones" (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK ((kind = 'new_job' OR kind = 'promotion' OR kind = 'published_paper' OR kind = 'award' OR kind = 'grant' OR kind = 'retirement' OR kind = 'board_certification' OR kind = 'new_license' OR kind = 'academic_promotion' OR kind = 'match_day' OR kind = 'residency_start' OR kind = 'fellowship_start' OR kind = 'chief_resident' OR kind = 'department_chair' OR kind = 'practice_opening' OR kind = 'other')),
    on_date    TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    source     TEXT NOT NULL DEFAULT 'user' CHECK (source IN ('user', 'import')),
    created_at TEXT NOT NULL
) STRICT;
CREATE TABLE my_presence (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name        TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 200),
    credentials TEXT NOT NULL DEFAULT '' CHECK (length(credentials) <= 300),
    bio         TEXT NOT NULL DEFAULT '' CHECK (length(bio) <= 2000),
    pitch       TEXT NOT NULL DEFAULT '' CHECK (length(pitch) <= 1000),
    doximity    TEXT NOT NULL DEFAULT '' CHECK (length(doximity) <= 2048),
    linkedin    TEXT NOT NULL DEFAULT '' CHECK (length(linkedin) <= 2048),
    orcid       TEXT NOT NULL DEFAULT '' CHECK (length(orcid) <= 2048),
    website     TEXT NOT NULL DEFAULT '' CHECK (length(website) <= 2048),
    cv_path     TEXT NOT NULL DEFAULT '' CHECK (length(cv_path) <= 4096)
) STRICT;
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
CREATE TABLE 'network_search_config'(k PRIMARY KEY, v) WITHOUT ROWID;
CREATE TABLE 'network_search_content'(id INTEGER PRIMARY KEY, c0, c1, c2, c3, c4, c5);
CREATE TABLE 'network_search_data'(id INTEGER PRIMARY KEY, block BLOB);
CREATE TABLE 'network_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
CREATE TABLE 'network_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
CREATE TABLE opportunities (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    title       TEXT NOT NULL,
    kind        TEXT NOT NULL,
    status      TEXT NOT NULL,
    deadline    TEXT,
    link        TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE TABLE opportunity_people (
    opportunity_id INTEGER NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
    contact_id     INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    role           TEXT NOT NULL,
    PRIMARY KEY (opportunity_id, contact_id, role)
) STRICT;
CREATE TABLE opportunity_statuses (
    opportunity_id INTEGER NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    status         TEXT NOT NULL,
    on_date        TEXT NOT NULL,
    PRIMARY KEY (opportunity_id, position)
) STRICT;
CREATE TABLE organizations (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind     TEXT NOT NULL DEFAULT 'other' CHECK ((kind = 'hospital' OR kind = 'university' OR kind = 'practice' OR kind = 'association' OR kind = 'company' OR kind = 'other')),
    city     TEXT NOT NULL DEFAULT '',
    country  TEXT NOT NULL DEFAULT '',
    website  TEXT NOT NULL DEFAULT '',
    notes    TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE own_milestones (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT NOT NULL CHECK ((kind = 'new_job' OR kind = 'board_certification' OR kind = 'paper' OR kind = 'award' OR kind = 'other')),
    title       TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 300),
    happened_on TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    created_at  TEXT NOT NULL
) STRICT;
CREATE TABLE referrals (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    direction  TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
    -- The civil day, 'YYYY-MM-DD'.
    on_date    TEXT NOT NULL,
    specialty  TEXT NOT NULL DEFAULT '',
    reason     TEXT NOT NULL DEFAULT 'other'
               CHECK ((reason = 'consult' OR reason = 'second_opinion' OR reason = 'procedure' OR reason = 'surgery' OR reason = 'imaging' OR reason = 'continuity_of_care' OR reason = 'other')),
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
) STRICT;
CREATE TABLE relationships (
    id               INTEGER PRIMARY KEY,
    contact_id       INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    other_contact_id INTEGER REFERENCES contacts (id) ON DELETE CASCADE,
    kind             TEXT NOT NULL CHECK ((kind = 'mentor' OR kind = 'mentee' OR kind = 'collaborator' OR kind = 'referral_partner' OR kind = 'co_resident' OR kind = 'friend' OR kind = 'family' OR kind = 'other')),
    label            TEXT NOT NULL DEFAULT '',
    CHECK (other_contact_id IS NULL OR other_contact_id != contact_id)
) STRICT;
CREATE TABLE reminder_settings (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    settings TEXT NOT NULL
) STRICT;
CREATE TABLE reminder_states (
    reminder_id TEXT PRIMARY KEY,
    state       TEXT NOT NULL CHECK ((state = 'done' OR state = 'dismissed' OR state = 'snoozed')),
    until       TEXT,
    acted_at    TEXT NOT NULL,
    CHECK ((state = 'snoozed') = (until IS NOT NULL))
) STRICT, WITHOUT ROWID;
CREATE TABLE reminder_undo (
    reminder_id           TEXT PRIMARY KEY,
    previous_state        TEXT CHECK ((previous_state = 'done' OR previous_state = 'dismissed' OR previous_state = 'snoozed')),
    previous_until        TEXT,
    previous_acted_at     TEXT,
    previous_shown_at     TEXT,
    logged_interaction_id INTEGER,
    acted_at              TEXT NOT NULL,
    CHECK ((previous_state IS NULL) = (previous_acted_at IS NULL)),
    CHECK ((previous_state IS 'snoozed') = (previous_until IS NOT NULL))
) STRICT, WITHOUT ROWID;
CREATE TABLE reminders_shown (
    reminder_id TEXT PRIMARY KEY,
    shown_at    TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE TABLE sqlite_sequence(name,seq);
CREATE TABLE sync_account (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    url                 TEXT NOT NULL,
    user_name           TEXT NOT NULL,
    address_book        TEXT NOT NULL,
    calendar            TEXT NOT NULL,
    private             TEXT NOT NULL,
    sync_key            BLOB NOT NULL,
    contact_notes_plain INTEGER NOT NULL DEFAULT 0 CHECK (contact_notes_plain IN (0, 1)),
    created_at          TEXT NOT NULL,
    last_attempt_at     TEXT,
    last_success_at     TEXT,
    last_error          TEXT
) STRICT;
CREATE TABLE sync_collections (
    collection TEXT PRIMARY KEY CHECK ((collection = 'contacts' OR collection = 'calendar' OR collection = 'private')),
    token      TEXT
) STRICT;
CREATE TABLE sync_conflicts (
    id       INTEGER PRIMARY KEY,
    kind     TEXT NOT NULL,
    uid      TEXT NOT NULL,
    item     TEXT NOT NULL,
    field    TEXT,
    plain    INTEGER NOT NULL DEFAULT 0 CHECK (plain IN (0, 1)),
    here     TEXT NOT NULL,
    there    TEXT NOT NULL,
    found_at TEXT NOT NULL,
    UNIQUE (kind, uid, field)
) STRICT;
CREATE TABLE sync_resources (
    collection TEXT NOT NULL CHECK ((collection = 'contacts' OR collection = 'calendar' OR collection = 'private')),
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    uid        TEXT NOT NULL,
    etag       TEXT NOT NULL,
    base       TEXT,
    plain      TEXT,
    resend     INTEGER NOT NULL DEFAULT 0 CHECK (resend IN (0, 1)),
    PRIMARY KEY (collection, name),
    UNIQUE (kind, uid)
) STRICT;
CREATE TABLE sync_uids (
    kind     TEXT NOT NULL,
    local_id INTEGER NOT NULL,
    uid      TEXT NOT NULL,
    PRIMARY KEY (kind, local_id),
    UNIQUE (kind, uid)
) STRICT;
CREATE INDEX affiliations_by_anniversary ON affiliations (substr(starts_on, -5))
    WHERE kind = 'job' AND ends_on IS NULL AND starts_on IS NOT NULL;
CREATE INDEX affiliations_by_contact ON affiliations (contact_id);
CREATE INDEX affiliations_by_organization ON affiliations (organization_id);
CREATE INDEX cme_certificates_by_credit ON cme_certificates (credit_id);
CREATE INDEX cme_credit_topics_by_topic ON cme_credit_topics (topic);
CREATE INDEX cme_credits_by_event ON cme_credits (event_id);
CREATE INDEX cme_credits_for_progress ON cme_credits (earned_on, credit_type, hours);
CREATE INDEX contact_addresses_by_locality ON contact_addresses (locality COLLATE NOCASE);
CREATE INDEX contact_emails_by_address ON contact_emails (address COLLATE NOCASE);
CREATE INDEX contact_links_by_url ON contact_links (url);
CREATE INDEX contact_name_words_by_contact ON contact_name_words (contact_id, word);
CREATE INDEX contact_phones_by_number ON contact_phones (number);
CREATE INDEX contact_tags_by_tag ON contact_tags (tag, contact_id);
CREATE INDEX contacts_by_birthday ON contacts (substr(birthday, -5)) WHERE birthday IS NOT NULL;
CREATE INDEX contacts_by_folded_name ON contacts (name_folded);
CREATE INDEX contacts_by_institution ON contacts (institution COLLATE NOCASE);
CREATE INDEX contacts_by_last_interaction ON contacts (last_interaction_at);
CREATE INDEX contacts_by_name ON contacts (display_name COLLATE NOCASE);
CREATE INDEX contacts_by_specialty ON contacts (specialty COLLATE NOCASE);
CREATE UNIQUE INDEX contacts_by_uid ON contacts (uid) WHERE uid IS NOT NULL;
CREATE INDEX contacts_for_reminders
    ON contacts (id, last_interaction_at, created_at, display_name, time_zone, birthday, last_note);
CREATE INDEX contacts_list_lines
    ON contacts (display_name COLLATE NOCASE, id, credentials, specialty, institution, last_interaction_at);
CREATE INDEX custom_reminders_by_contact ON custom_reminders (contact_id);
CREATE INDEX custom_reminders_by_event ON custom_reminders (event_id);
CREATE INDEX event_deadlines_by_due ON event_deadlines (due_at);
CREATE INDEX event_deadlines_by_event ON event_deadlines (event_id);
CREATE INDEX event_occurrences_by_end ON event_occurrences (ends_key);
CREATE INDEX event_occurrences_by_start ON event_occurrences (starts_key, ends_key);
CREATE INDEX event_people_by_contact ON event_people (contact_id);
CREATE INDEX event_sessions_by_event ON event_sessions (event_id);
CREATE UNIQUE INDEX events_by_occurrence ON events (series_id, recurrence_id) WHERE series_id IS NOT NULL;
CREATE INDEX events_by_organizer ON events (organizer_id);
CREATE UNIQUE INDEX events_by_uid ON events (uid) WHERE series_id IS NULL;
CREATE INDEX interaction_contacts_by_contact ON interaction_contacts (contact_id, interaction_id);
CREATE INDEX interactions_by_event ON interactions (event_id);
CREATE INDEX interactions_by_time ON interactions (occurred_at);
CREATE INDEX introductions_by_from ON introductions (from_contact_id);
CREATE INDEX introductions_by_introduced_on ON introductions (introduced_on);
CREATE INDEX introductions_by_to ON introductions (to_contact_id);
CREATE INDEX letter_requests_by_contact ON letter_requests (contact_id);
CREATE INDEX letter_requests_by_deadline ON letter_requests (deadline);
CREATE INDEX letter_requests_by_decision ON letter_requests (decision_on) WHERE decision_on IS NOT NULL;
CREATE INDEX letter_requests_by_submitted ON letter_requests (submitted_on) WHERE submitted_on IS NOT NULL;
CREATE INDEX meetings_by_time ON interactions (occurred_at) WHERE kind IN ('meeting', 'call');
CREATE INDEX membership_events_by_event ON membership_events (event_id);
CREATE INDEX memberships_by_renewal ON memberships (renews_on)
    WHERE renews_on IS NOT NULL;
CREATE INDEX mentorship_actions_by_meeting ON mentorship_actions (mentorship_id, meeting_number);
CREATE INDEX mentorship_goals_by_mentorship ON mentorship_goals (mentorship_id);
CREATE UNIQUE INDEX mentorship_goals_by_uid ON mentorship_goals (uid);
CREATE INDEX mentorship_goals_due ON mentorship_goals (target_on) WHERE done = 0;
CREATE INDEX mentorship_meetings_last ON mentorship_meetings (mentorship_id, held_on);
CREATE INDEX mentorships_by_contact ON mentorships (contact_id);
CREATE INDEX milestones_by_contact ON milestones (contact_id);
CREATE INDEX milestones_by_creation ON milestones (created_at);
CREATE INDEX milestones_by_date ON milestones (on_date);
CREATE INDEX opportunities_by_deadline ON opportunities (deadline)
    WHERE deadline IS NOT NULL;
CREATE INDEX opportunity_people_by_contact ON opportunity_people (contact_id);
CREATE UNIQUE INDEX organizations_by_name ON organizations (name COLLATE NOCASE);
CREATE INDEX own_milestones_by_day ON own_milestones (happened_on);
CREATE INDEX referrals_by_contact ON referrals (contact_id, on_date);
CREATE INDEX referrals_by_direction_and_day ON referrals (direction, on_date);
CREATE INDEX relationships_by_contact ON relationships (contact_id);
CREATE INDEX relationships_by_other ON relationships (other_contact_id);
CREATE INDEX relationships_with_user ON relationships (kind, contact_id) WHERE other_contact_id IS NULL;
CREATE INDEX reminder_states_snoozed ON reminder_states (until) WHERE state = 'snoozed';
CREATE UNIQUE INDEX sync_conflicts_one_deletion ON sync_conflicts (kind, uid) WHERE field IS NULL;
