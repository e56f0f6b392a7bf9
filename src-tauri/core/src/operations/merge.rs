//! Merging two contacts who are one person: the kept contact gains every
//! email, phone, tag, link, address, interaction, affiliation and
//! relationship of the other, fills its empty fields from it, and the other
//! goes; their milestones, cadence, plans and reminders (with what the user
//! did with them) follow, and the networking workflows with them (two
//! mentorships of the same role become one). One transaction.

use jiff::Timestamp;
use rusqlite::{params, Connection};

use super::OperationError;
use crate::contacts::refresh_recency;
use crate::contacts::search_index;
use crate::contacts::{combine, get, overwrite, Contact, ContactDraft, Indexing};
use crate::mentorship;
use crate::reminders;
use crate::values::{ContactId, Invalid};

/// Merges contact `other` into contact `keep` and returns the result.
pub fn merge(
    conn: &mut Connection,
    keep: ContactId,
    other: ContactId,
    now: Timestamp,
) -> Result<Contact, OperationError> {
    if keep == other {
        return Err(Invalid::new("ids", "A contact cannot be merged with itself").into());
    }
    crate::backup::before(conn, crate::backup::Reason::BeforeMerge)?;
    let tx = conn.transaction()?;
    let kept = get(&tx, keep)?;
    let gone = get(&tx, other)?;
    let mut draft = combine(
        ContactDraft::from(kept.clone()),
        ContactDraft::from(gone.clone()),
        false,
    );
    if let Some(met) = draft
        .met
        .as_mut()
        .filter(|met| met.introduced_by == Some(keep) || met.introduced_by == Some(other))
    {
        met.introduced_by = None;
    }
    let statements: &[&str] = &[
        // Interactions with both stay once; the other's become the kept one's.
        "INSERT OR IGNORE INTO interaction_contacts (interaction_id, contact_id)
         SELECT interaction_id, ?1 FROM interaction_contacts WHERE contact_id = ?2",
        "UPDATE affiliations SET contact_id = ?1 WHERE contact_id = ?2",
        // A relationship between the two would become one with oneself: drop it.
        "DELETE FROM relationships WHERE (contact_id = ?1 AND other_contact_id = ?2) OR (contact_id = ?2 AND other_contact_id = ?1)",
        // What both are to the user (a mentor, a colleague) stays once.
        "DELETE FROM relationships WHERE contact_id = ?2 AND other_contact_id IS NULL
         AND EXISTS (SELECT 1 FROM relationships k WHERE k.contact_id = ?1
                     AND k.other_contact_id IS NULL AND k.kind = relationships.kind
                     AND (k.label = relationships.label OR relationships.label = ''))",
        "UPDATE relationships SET contact_id = ?1 WHERE contact_id = ?2",
        "UPDATE relationships SET other_contact_id = ?1 WHERE other_contact_id = ?2",
        "UPDATE contacts SET introduced_by = ?1 WHERE introduced_by = ?2 AND id != ?1",
        "UPDATE contact_photos SET contact_id = ?1
         WHERE contact_id = ?2 AND NOT EXISTS (SELECT 1 FROM contact_photos WHERE contact_id = ?1)",
        // Plans at events, milestones and the user's own reminders follow the
        // person; the kept one's own cadence wins over the other's.
        "INSERT OR IGNORE INTO event_people (event_id, contact_id, role, note, added_at)
         SELECT event_id, ?1, role, note, added_at FROM event_people WHERE contact_id = ?2",
        "UPDATE milestones SET contact_id = ?1 WHERE contact_id = ?2",
        "UPDATE custom_reminders SET contact_id = ?1 WHERE contact_id = ?2",
        // The networking workflows follow the person: referrals, mentorships,
        // letter requests, a part in an opportunity; an introduction of the
        // two to each other would introduce someone to themselves: dropped.
        "UPDATE referrals SET contact_id = ?1 WHERE contact_id = ?2",
        "UPDATE mentorships SET contact_id = ?1 WHERE contact_id = ?2",
        "UPDATE letter_requests SET contact_id = ?1 WHERE contact_id = ?2",
        "INSERT OR IGNORE INTO opportunity_people (opportunity_id, contact_id, role)
         SELECT opportunity_id, ?1, role FROM opportunity_people WHERE contact_id = ?2",
        "DELETE FROM introductions WHERE (from_contact_id = ?1 AND to_contact_id = ?2) OR (from_contact_id = ?2 AND to_contact_id = ?1)",
        "UPDATE introductions SET from_contact_id = ?1 WHERE from_contact_id = ?2",
        "UPDATE introductions SET to_contact_id = ?1 WHERE to_contact_id = ?2",
        "INSERT OR IGNORE INTO contact_cadences (contact_id, days)
         SELECT ?1, days FROM contact_cadences WHERE contact_id = ?2",
    ];
    // One person is one mentorship per role: the other's mentor (or
    // mentee) folds into the kept one's, what was done with its meeting
    // prompts moving along (its goals keep their rows, and so theirs).
    for (kept_mentorship, folded) in mentorship::same_role(&tx, keep, other)? {
        reminders::merge::follow_workflow_row(
            &tx,
            reminders::ReminderKind::Mentoring.as_str(),
            "meet",
            folded,
            kept_mentorship,
        )?;
        mentorship::fold_into(&tx, kept_mentorship, folded)?;
    }
    for sql in statements {
        tx.execute(sql, params![keep, other])?;
    }
    reminders::merge::follow_contact(&tx, keep, other)?;
    // Both may have held the same current job: one stays, the earlier start.
    crate::contacts::jobs::join_duplicates(&tx, keep)?;
    let uid = kept.uid.clone().or(gone.uid.clone());
    let mut extra = kept.extra.clone();
    extra.extend(
        gone.extra
            .iter()
            .filter(|line| !kept.extra.contains(line))
            .cloned(),
    );
    tx.execute("DELETE FROM contacts WHERE id = ?1", [other])?;
    search_index::remove(&tx, other)?;
    tx.execute(
        "UPDATE contacts SET uid = ?2, extra = ?3 WHERE id = ?1",
        params![keep, uid, extra.join("\n")],
    )?;
    overwrite(&tx, keep, &draft, now, Indexing::Now)?;
    refresh_recency(&tx, keep)?;
    search_index::refresh(&tx, keep)?;
    let merged = get(&tx, keep)?;
    tx.commit()?;
    Ok(merged)
}
