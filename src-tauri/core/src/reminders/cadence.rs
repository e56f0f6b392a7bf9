//! Stay-in-touch cadences: set on one contact, or on a tag or a
//! relationship for every contact who has it. Which one holds for a contact
//! is the engine's business (their own, else the shortest of their
//! relationships', else the shortest of their tags').

use rusqlite::{params, Connection};

use super::engine::holding;
use super::{Cadence, CadenceRule, CadenceTarget, ContactCadence, ReminderError, StayInTouch};
use crate::choice::Choice;
use crate::contacts;
use crate::values::RelationshipKind;
use crate::values::{limits, single_line, ContactId, Invalid};

/// The longest cadence, in days (ten years).
const MAX_DAYS: u32 = 3650;

impl Cadence {
    /// Reads "10d", "2w", "3mo" (30 days a month), "1y" (365 days).
    pub fn parse(text: &str) -> Result<Self, Invalid> {
        let text = text.trim().to_ascii_lowercase();
        let bad = || {
            Invalid::new(
                "every",
                format!("\"{text}\" is not a cadence: write it like 10d, 2w, 3mo or 1y"),
            )
        };
        let split = text.find(|c: char| !c.is_ascii_digit()).ok_or_else(bad)?;
        let (count, unit) = text.split_at(split);
        let count: u32 = count.parse().map_err(|_| bad())?;
        let per = match unit {
            "d" => 1,
            "w" => 7,
            "mo" => 30,
            "y" => 365,
            _ => return Err(bad()),
        };
        let cadence = Self {
            days: count.checked_mul(per).ok_or_else(bad)?,
        };
        cadence.checked()
    }

    fn checked(self) -> Result<Self, Invalid> {
        if (1..=MAX_DAYS).contains(&self.days) {
            Ok(self)
        } else {
            Err(Invalid::new(
                "every",
                format!("A cadence is 1 day to 10 years ({MAX_DAYS} days)"),
            ))
        }
    }
}

/// The relationship kind stored under `name`: exactly its name as a
/// [`Choice`], the one spelling the contact book and JSON use.
pub(crate) fn relationship_kind(name: &str) -> Option<RelationshipKind> {
    RelationshipKind::ALL
        .iter()
        .copied()
        .find(|kind| kind.name() == name)
}

/// Sets (or with `None` clears) a cadence; see [`super::set_cadence`].
pub(super) fn set(
    conn: &mut Connection,
    target: &CadenceTarget,
    every: Option<Cadence>,
) -> Result<(), ReminderError> {
    let every = every.map(Cadence::checked).transpose()?;
    let tx = conn.transaction()?;
    match target {
        CadenceTarget::Contact(id) => {
            if !contacts::exists(&tx, *id)? {
                return Err(ReminderError::ContactNotFound(*id));
            }
            match every {
                Some(every) => tx.execute(
                    "INSERT INTO contact_cadences (contact_id, days) VALUES (?1, ?2)
                     ON CONFLICT (contact_id) DO UPDATE SET days = excluded.days",
                    params![id, every.days],
                )?,
                None => tx.execute("DELETE FROM contact_cadences WHERE contact_id = ?1", [id])?,
            };
        }
        CadenceTarget::Tag(tag) => {
            let tag = single_line("tag", "The tag", tag, limits::TAG)?;
            if tag.is_empty() {
                return Err(Invalid::new("tag", "Name the tag the cadence is for").into());
            }
            rule(&tx, "tag", &tag, every)?;
        }
        CadenceTarget::Relationship(kind) => rule(&tx, "relationship", kind.name(), every)?,
    }
    tx.commit()?;
    Ok(())
}

fn rule(
    conn: &Connection,
    kind: &str,
    target: &str,
    every: Option<Cadence>,
) -> rusqlite::Result<()> {
    match every {
        Some(every) => conn.execute(
            "INSERT INTO cadence_rules (kind, target, days) VALUES (?1, ?2, ?3)
             ON CONFLICT (kind, target) DO UPDATE SET days = excluded.days, target = excluded.target",
            params![kind, target, every.days],
        ),
        None => conn.execute(
            "DELETE FROM cadence_rules WHERE kind = ?1 AND target = ?2",
            params![kind, target],
        ),
    }
    .map(|_| ())
}

/// The cadences set on tags and relationships.
pub(crate) fn rules(conn: &Connection) -> Result<Vec<CadenceRule>, ReminderError> {
    let mut statement =
        conn.prepare_cached("SELECT kind, target, days FROM cadence_rules ORDER BY kind, target")?;
    let rows = statement.query_map([], |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, u32>(2)?,
        ))
    })?;
    let mut rules = Vec::new();
    for row in rows {
        let (kind, target, days) = row?;
        let target = match kind.as_str() {
            "tag" => CadenceTarget::Tag(target),
            _ => match relationship_kind(&target) {
                Some(kind) => CadenceTarget::Relationship(kind),
                None => continue,
            },
        };
        rules.push(CadenceRule {
            target,
            every: Cadence { days },
        });
    }
    Ok(rules)
}

/// Every cadence set: contacts' own (by contact id), then relationships'
/// and tags'.
pub(super) fn all(conn: &Connection) -> Result<Vec<CadenceRule>, ReminderError> {
    let mut statement =
        conn.prepare_cached("SELECT contact_id, days FROM contact_cadences ORDER BY contact_id")?;
    let mut all: Vec<CadenceRule> = statement
        .query_map([], |row| {
            Ok(CadenceRule {
                target: CadenceTarget::Contact(row.get(0)?),
                every: Cadence { days: row.get(1)? },
            })
        })?
        .collect::<Result<_, _>>()?;
    let mut inherited = rules(conn)?;
    inherited.sort_by_key(|rule| matches!(rule.target, CadenceTarget::Tag(_)));
    all.extend(inherited);
    Ok(all)
}

/// One contact's cadence; see [`super::cadence_of`]. Reads what the
/// stay-in-touch gather reads for them, and lets the engine choose.
pub(super) fn of_contact(
    conn: &Connection,
    id: ContactId,
) -> Result<ContactCadence, ReminderError> {
    if !contacts::exists(conn, id)? {
        return Err(ReminderError::ContactNotFound(id));
    }
    let own = conn
        .prepare_cached("SELECT days FROM contact_cadences WHERE contact_id = ?1")?
        .query_map([id], |row| Ok(Cadence { days: row.get(0)? }))?
        .next()
        .transpose()?;
    let tags: Vec<String> = conn
        .prepare_cached("SELECT tag FROM contact_tags WHERE contact_id = ?1")?
        .query_map([id], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    let relationships = conn
        .prepare_cached(
            "SELECT kind FROM relationships WHERE contact_id = ?1 AND other_contact_id IS NULL",
        )?
        .query_map([id], |row| row.get::<_, String>(0))?
        .filter_map(|kind| kind.map(|kind| relationship_kind(&kind)).transpose())
        .collect::<Result<_, _>>()?;
    let rules = rules(conn)?;
    let mut sources = StayInTouch {
        own,
        relationships,
        tag_rule: None,
    };
    for (index, rule) in rules.iter().enumerate() {
        if let CadenceTarget::Tag(tag) = &rule.target {
            if tags.iter().any(|own| same_tag(own, tag)) {
                sources.found_by(index, &rules);
            }
        }
    }
    let holds = holding(&sources, &rules).map(|(every, rule)| CadenceRule {
        target: rule.map_or(CadenceTarget::Contact(id), |rule| rule.target.clone()),
        every,
    });
    Ok(ContactCadence { own, holds })
}

/// Tags are the same in any case ("Mentor" is "mentor", "ÄRZTE" is
/// "ärzte"), as the contact book compares them.
fn same_tag(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
        || (!(a.is_ascii() && b.is_ascii()) && a.to_lowercase() == b.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cadences_are_read_the_way_the_cli_writes_them() {
        assert_eq!(Cadence::parse("2w").unwrap().days, 14);
        assert_eq!(Cadence::parse("3mo").unwrap().days, 90);
        assert_eq!(Cadence::parse("1Y").unwrap().days, 365);
        assert_eq!(Cadence::parse("10d").unwrap().days, 10);
        assert!(Cadence::parse("0d").unwrap_err().message.contains("1 day"));
        assert!(Cadence::parse("11y").is_err());
        assert!(Cadence::parse("soon").unwrap_err().message.contains("3mo"));
        assert!(Cadence::parse("3").is_err());
    }
}
