//! Reading the stay-in-touch candidates: contacts whose cadence (their
//! own, a relationship's or a tag's) may run out by the end of the window.
//!
//! In a large book with a cadence on a broad tag this is most of an
//! evaluation (tens of thousands of contacts, each a row read by id), so
//! [`Share`] lets two evaluations on two connections each read half of
//! the contacts, by the lowest bit of their id.

use std::collections::hash_map::Entry;

use rusqlite::{params, Connection};

use super::{
    days, read_person, remember, stored, Bounds, CONTACTS, PERSON_COLUMNS,
    PERSON_WITH_NOTE as PERSON,
};
use crate::choice::Choice;
use crate::reminders::cadence::rules;
use crate::reminders::engine::Moved;
use crate::reminders::hashing::FastMap;
use crate::reminders::snapshot::{Person, Snapshot, StayInTouch};
use crate::reminders::{Cadence, CadenceRule, CadenceTarget, ReminderError, ReminderKind};
use crate::values::ContactId;

/// Which contacts' stay-in-touch prompts one evaluation reads (those whose
/// id `& mask` is `value`, tested on the tag's, relationship's or cadence's
/// row before the contact is read), and the cadences on tags and
/// relationships it applies (read from its own connection when `None`).
#[derive(Debug, Clone, Default)]
pub(crate) struct Share {
    mask: i64,
    value: i64,
    rules: Option<Vec<CadenceRule>>,
}

impl Share {
    /// Every contact, under the rules the connection reads.
    pub(crate) const ALL: Self = Self {
        mask: 0,
        value: 0,
        rules: None,
    };

    /// The contacts with an even id (`odd` false) or an odd one, under
    /// `rules`: two evaluations with the two halves read every contact once
    /// and apply the same rules, even when one connection sees rules the
    /// other does not (written in a transaction not yet committed).
    pub(crate) fn half(odd: bool, rules: Vec<CadenceRule>) -> Self {
        Self {
            mask: 1,
            value: i64::from(odd),
            rules: Some(rules),
        }
    }
}

/// Contacts whose cadence may run out by the end of the window: those with
/// a cadence of their own, relationship or tag last in touch (or added)
/// before the window's end less the cadence. With each, where their
/// cadence may come from: their own, all their relationships that carry
/// one, and the shortest of the tag cadences that found them (a shorter
/// tag's cadence always finds a contact a longer one does, so that is the
/// shortest of all their tags').
pub(super) fn stay_in_touch(
    conn: &Connection,
    bounds: &Bounds,
    share: Share,
    snapshot: &mut Snapshot,
) -> Result<(), ReminderError> {
    snapshot.cadence_rules = match share.rules {
        Some(rules) => rules,
        None => rules(conn)?,
    };
    let (mask, value) = (share.mask, share.value);
    let lead = i64::from(snapshot.settings.lead_of(ReminderKind::StayInTouch));
    let horizon = bounds.to.plus(days(lead + 2));
    let cutoff = |every: Cadence| stored(horizon.minus(days(i64::from(every.days))));
    let mut own: FastMap<ContactId, Cadence> = FastMap::default();
    // Each candidate once, with the tags that found them.
    let mut found: FastMap<ContactId, Person> = FastMap::default();
    found.reserve(4096);
    let candidate = |person: Person| Person {
        stay_in_touch: Some(StayInTouch::default()),
        ..person
    };
    let mut statement = conn.prepare_cached(&format!(
        "SELECT {PERSON}, cc.days FROM contact_cadences cc CROSS JOIN {CONTACTS} ON c.id = cc.contact_id
         WHERE cc.contact_id & ?1 = ?2"
    ))?;
    let mut rows = statement.query([mask, value])?;
    while let Some(row) = rows.next()? {
        let person = read_person(row, 0)?;
        let every = Cadence {
            days: row.get(PERSON_COLUMNS)?,
        };
        own.insert(person.id, every);
        let since = stored(person.last_interaction_at.unwrap_or(person.added_at));
        if since <= cutoff(every) {
            found.entry(person.id).or_insert_with(|| candidate(person));
        }
    }
    let mut related: FastMap<ContactId, Vec<crate::values::RelationshipKind>> = FastMap::default();
    let rules = &snapshot.cadence_rules;
    for (index, rule) in rules.iter().enumerate() {
        match &rule.target {
            CadenceTarget::Relationship(kind) => {
                let name = kind.name();
                let mut members = conn.prepare_cached(
                    "SELECT contact_id FROM relationships WHERE kind = ?1 AND other_contact_id IS NULL",
                )?;
                for id in members.query_map([name], |row| row.get::<_, ContactId>(0))? {
                    related.entry(id?).or_default().push(*kind);
                }
                let mut stale = conn.prepare_cached(&format!(
                    "SELECT {PERSON} FROM relationships r CROSS JOIN {CONTACTS} ON c.id = r.contact_id
                     WHERE r.kind = ?1 AND r.other_contact_id IS NULL
                       AND coalesce(c.last_interaction_at, c.created_at) <= ?2 AND r.contact_id & ?3 = ?4"
                ))?;
                let mut rows = stale.query(params![name, cutoff(rule.every), mask, value])?;
                while let Some(row) = rows.next()? {
                    let person = read_person(row, 0)?;
                    found.entry(person.id).or_insert_with(|| candidate(person));
                }
            }
            CadenceTarget::Tag(tag) => {
                let mut stale = conn.prepare_cached(&format!(
                    "SELECT {PERSON} FROM contact_tags t CROSS JOIN {CONTACTS} ON c.id = t.contact_id
                     WHERE t.tag = ?1 AND coalesce(c.last_interaction_at, c.created_at) <= ?2
                       AND t.contact_id & ?3 = ?4"
                ))?;
                for spelling in spellings(conn, tag)? {
                    let mut rows =
                        stale.query(params![spelling, cutoff(rule.every), mask, value])?;
                    while let Some(row) = rows.next()? {
                        let id: ContactId = row.get(0)?;
                        let person = match found.entry(id) {
                            Entry::Occupied(known) => known.into_mut(),
                            Entry::Vacant(new) => new.insert(candidate(read_person(row, 0)?)),
                        };
                        if let Some(sources) = &mut person.stay_in_touch {
                            sources.found_by(index, rules);
                        }
                    }
                }
            }
            CadenceTarget::Contact(_) => {}
        }
    }
    for (id, person) in &mut found {
        if let Some(sources) = &mut person.stay_in_touch {
            sources.own = own.get(id).copied();
            sources.relationships = related.remove(id).unwrap_or_default();
        }
    }
    if snapshot.people.is_empty() {
        snapshot.people = found;
    } else {
        for person in found.into_values() {
            remember(&mut snapshot.people, person);
        }
    }
    Ok(())
}

/// The stored spellings of `tag` in any case. Tags compare with SQLite's
/// NOCASE, which folds only ASCII letters: "ÄRZTE" and "ärzte" are one tag
/// to the user (and to the engine's choice of cadence), so a tag with other
/// letters is looked up under each spelling the book has of it.
fn spellings(conn: &Connection, tag: &str) -> Result<Vec<String>, ReminderError> {
    if tag.is_ascii() {
        return Ok(vec![tag.to_owned()]);
    }
    let folded = tag.to_lowercase();
    let mut found = Vec::new();
    let mut all = conn.prepare_cached("SELECT DISTINCT tag FROM contact_tags")?;
    for stored in all.query_map([], |row| row.get::<_, String>(0))? {
        let stored = stored?;
        if stored.to_lowercase() == folded {
            found.push(stored);
        }
    }
    Ok(found)
}
