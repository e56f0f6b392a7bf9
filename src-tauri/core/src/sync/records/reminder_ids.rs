//! Reminder ids between computers. A reminder's id names the rows it is
//! about by this computer's ids (`follow_up:i3:c12`, see
//! `reminders/ids.rs`); a record writes each `<letter><id>` as the item's
//! uid instead (`follow_up:i<uid>:c<uid>`), and reads it back to this
//! computer's ids. Uids are escaped so that they hold no `:` (bytes other
//! than letters, digits, `_` and `-` become `~XX`); a changed occurrence
//! of an event is `<series uid>#<its recurrence id>`.
//!
//! A networking workflow's prompt (`referral_thanks:12:2026-03-04`,
//! `mentoring:5:meet:2026-05-01`) names its workflow's row with no letter;
//! the row's kind of record comes from [`WORKFLOW_KINDS`], by the
//! reminder's kind and part, and is found among the record kinds by name:
//! a workflow whose kind is not declared (yet) keeps its prompts' states
//! on this computer. The weekly review (`weekly_review:2026-W49`) names
//! nothing and travels as it is.
//!
//! A goal's prompt (`mentoring:9:goal:2026-06-30`) names a row of its
//! mentorship's record, not a record: goals are the mentorship's child rows
//! ([`WORKFLOW_CHILDREN`]), each with a uid of its own (migration 021). Its
//! translation names the mentorship and the goal,
//! `mentoring:<mentorship uid>#<goal uid>:goal:2026-06-30`, as a changed
//! occurrence names its series. Why not a record kind of its own for goals:
//! a goal is edited with its mentorship and merged with it field by field,
//! as its meetings are; a record per goal would split one mentorship into
//! many resources, and the goals the mentorship records already carry on
//! the server would arrive twice. Naming the mentorship also lets a state
//! that arrives before its mentorship wait for it, as every other state
//! waits for what it names.
//!
//! The record's own uid is the translated id with `:` written `.` and `#`
//! written `!`, so two computers give a reminder's state the same uid, and
//! it is safe in a resource name. It names items only by their uids, which
//! are random (or a vCard's UID), never by a person's name.

use rusqlite::{Connection, OptionalExtension};

use super::uids::{self, Target};
use super::Kind;
use crate::reminders::ids::ReminderRef;

/// Why a translated reminder id cannot be read back here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Unresolved {
    /// It names an item this computer does not have (yet).
    Missing(Kind, String),
    /// It is not a reminder id.
    Malformed(String),
}

/// The kind of record (by its name) of the row a workflow prompt names, by
/// the reminder's kind and the prompt's part (`*` for any other part).
/// A line per workflow table: the record kinds the workflows declare in
/// `kinds.rs`.
pub(super) const WORKFLOW_KINDS: [(&str, &str, &str); 8] = [
    ("referral_thanks", "*", "referral"),
    ("intro_follow_up", "*", "introduction"),
    ("mentoring", "goal", "mentorship"),
    ("mentoring", "*", "mentorship"),
    ("letter_request", "*", "letter_request"),
    ("opportunity", "*", "opportunity"),
    ("membership_renewal", "*", "membership"),
    ("profile_update", "*", "own_milestone"),
];

/// The prompts (by the reminder's kind and part) that name a child row of
/// their kind's record, with the child table: the row has its own `uid`,
/// and the translated id names it `<record uid>#<row uid>`.
pub(super) const WORKFLOW_CHILDREN: [(&str, &str, &str); 1] =
    [("mentoring", "goal", "mentorship_goals")];

/// The child table (and its column naming the record's row) whose row the
/// prompt `kind`/`parts` names, if it names one.
fn child_named(kind: &str, parts: &[&str], record: Kind) -> Option<(&'static str, &'static str)> {
    let [_, part, _] = parts else {
        return None;
    };
    let (_, _, table) = WORKFLOW_CHILDREN
        .iter()
        .find(|(of, wanted, _)| *of == kind && wanted == part)?;
    let child = super::kinds::spec_of(record)
        .children
        .iter()
        .find(|child| child.table == *table)?;
    Some((child.table, child.parent?))
}

/// What a reminder id names: for each item, its position among the parts
/// after the kind, the letter before its id, and its kind; `None` when it
/// names a workflow's row whose kind of record this build does not have.
fn named(reminder: &str, parts: &[&str]) -> Option<Vec<(usize, &'static str, Kind)>> {
    let Some(kind) = crate::reminders::ReminderKind::parse(reminder).filter(|k| k.is_dated())
    else {
        return Some(subjects(reminder).to_vec());
    };
    let part = match parts {
        [_, part, _] => *part,
        _ => "",
    };
    let name = WORKFLOW_KINDS
        .iter()
        .filter(|(of, _, _)| *of == kind.as_str())
        .find(|(_, wanted, _)| *wanted == part || *wanted == "*")
        .map(|(_, _, name)| *name)?;
    let record = Kind::ALL.into_iter().find(|k| k.name() == name)?;
    Some(vec![(0, "", record)])
}

/// The items a reminder id names, by the kind of reminder: position among
/// the parts after the kind, the letter before the id, and the kind named.
fn subjects(reminder: &str) -> &'static [(usize, &'static str, Kind)] {
    match reminder {
        "stay_in_touch" | "birthday" => &[(0, "c", Kind::Contact)],
        "follow_up" => &[(0, "i", Kind::Interaction), (1, "c", Kind::Contact)],
        "event_follow_up" => &[(0, "e", Kind::Event), (1, "c", Kind::Contact)],
        "milestone" => &[(0, "m", Kind::Milestone)],
        "work_anniversary" => &[(0, "a", Kind::Affiliation)],
        "deadline" => &[(0, "d", Kind::Deadline)],
        "cme_shortfall" => &[(0, "y", Kind::Cycle)],
        "claim_credits" => &[(0, "e", Kind::Event)],
        "custom" => &[(0, "", Kind::CustomReminder)],
        _ => &[],
    }
}

/// Splits an id into its kind and parts (a custom reminder's occurrence,
/// a civil time, holds a `:` of its own).
fn split(id: &str) -> Option<(&str, Vec<&str>)> {
    let (kind, rest) = id.split_once(':')?;
    let parts = match kind {
        "custom" => {
            let (custom, at) = rest.split_once(':')?;
            vec![custom, at]
        }
        _ => rest.split(':').collect(),
    };
    Some((kind, parts))
}

/// This computer's reminder id `id` with uids for ids; `None` when it is
/// not a reminder id or names an item that no longer exists.
pub(super) fn to_sync(conn: &Connection, id: &str) -> rusqlite::Result<Option<String>> {
    if ReminderRef::parse(id).is_err() {
        return Ok(None);
    }
    let Some((kind, parts)) = split(id) else {
        return Ok(None);
    };
    let mut written: Vec<String> = parts.iter().map(|part| part.to_string()).collect();
    let Some(named) = named(kind, &parts) else {
        return Ok(None);
    };
    for (position, letter, subject) in named {
        let Some(number) = parts
            .get(position)
            .and_then(|part| part.strip_prefix(letter))
            .and_then(|digits| digits.parse::<i64>().ok())
        else {
            return Ok(None);
        };
        if let Some((table, parent)) = child_named(kind, &parts, subject) {
            let row: Option<(i64, Option<String>)> = conn
                .prepare_cached(&format!("SELECT {parent}, uid FROM {table} WHERE id = ?1"))?
                .query_row([number], |row| Ok((row.get(0)?, row.get(1)?)))
                .optional()?;
            let Some((owner, Some(row_uid))) = row else {
                return Ok(None);
            };
            let Some(serde_json::Value::String(owner_uid)) = uids::uid_of(conn, subject, owner)?
            else {
                return Ok(None);
            };
            written[position] = format!("{letter}{}#{}", escape(&owner_uid), escape(&row_uid));
            continue;
        }
        let text = match uids::uid_of(conn, subject, number)? {
            None => return Ok(None),
            Some(serde_json::Value::String(uid)) => escape(&uid),
            Some(serde_json::Value::Object(object)) => {
                let part = |key: &str| object.get(key).and_then(|v| v.as_str()).unwrap_or("");
                format!("{}#{}", escape(part("uid")), escape(part("recurrence_id")))
            }
            Some(_) => return Ok(None),
        };
        written[position] = format!("{letter}{text}");
    }
    Ok(Some(format!("{kind}:{}", written.join(":"))))
}

/// A translated reminder id read back to this computer's ids.
pub(super) fn to_local(
    conn: &Connection,
    translated: &str,
) -> rusqlite::Result<Result<String, Unresolved>> {
    let malformed = || Unresolved::Malformed(format!("\"{translated}\" is not a reminder id"));
    let Some((kind, parts)) = split(translated) else {
        return Ok(Err(malformed()));
    };
    let mut written: Vec<String> = parts.iter().map(|part| part.to_string()).collect();
    let Some(named) = named(kind, &parts) else {
        return Ok(Err(Unresolved::Malformed(format!(
            "\"{translated}\" names an item of a kind this version of Curbside does not sync"
        ))));
    };
    for (position, letter, subject) in named {
        let Some(text) = parts
            .get(position)
            .and_then(|part| part.strip_prefix(letter))
        else {
            return Ok(Err(malformed()));
        };
        if let Some((table, parent)) = child_named(kind, &parts, subject) {
            let Some((owner_uid, row_uid)) = text
                .split_once('#')
                .and_then(|(owner, row)| Some((unescape(owner)?, unescape(row)?)))
            else {
                return Ok(Err(malformed()));
            };
            let Some(owner) = uids::resolve(conn, subject, &Target::Item(owner_uid.clone()))?
            else {
                return Ok(Err(Unresolved::Missing(subject, owner_uid)));
            };
            let row: Option<i64> = conn
                .prepare_cached(&format!(
                    "SELECT id FROM {table} WHERE {parent} = ?1 AND uid = ?2"
                ))?
                .query_row(rusqlite::params![owner, row_uid], |row| row.get(0))
                .optional()?;
            // Not here (yet): its record's next version brings it, or it
            // was deleted here and that deletion reaches the other computer.
            let Some(row) = row else {
                return Ok(Err(Unresolved::Missing(subject, owner_uid)));
            };
            written[position] = format!("{letter}{row}");
            continue;
        }
        let target = match text.split_once('#') {
            Some((uid, rid)) if subject == Kind::Event => match (unescape(uid), unescape(rid)) {
                (Some(uid), Some(rid)) => Target::Occurrence(uid, rid),
                _ => return Ok(Err(malformed())),
            },
            Some(_) => return Ok(Err(malformed())),
            None => match unescape(text) {
                Some(uid) => Target::Item(uid),
                None => return Ok(Err(malformed())),
            },
        };
        match uids::resolve(conn, subject, &target)? {
            Some(id) => written[position] = format!("{letter}{id}"),
            None => return Ok(Err(Unresolved::Missing(subject, target.uid().to_owned()))),
        }
    }
    let local = format!("{kind}:{}", written.join(":"));
    match ReminderRef::parse(&local) {
        Ok(_) => Ok(Ok(local)),
        Err(_) => Ok(Err(malformed())),
    }
}

/// The record uid of a translated reminder id.
pub(super) fn doc_uid(translated: &str) -> String {
    translated.replace(':', ".").replace('#', "!")
}

/// The translated reminder id a record uid stands for.
pub(super) fn from_doc_uid(uid: &str) -> String {
    uid.replace('.', ":").replace('!', "#")
}

fn escape(uid: &str) -> String {
    let mut out = String::with_capacity(uid.len());
    for byte in uid.bytes() {
        if byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'-' {
            out.push(byte as char);
        } else {
            out.push_str(&format!("~{byte:02X}"));
        }
    }
    out
}

fn unescape(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'~' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaped_uids_read_back_and_hold_no_separator() {
        for uid in ["urn:uuid:6f1c-1d2b", "a#b.c!d~e", "plain-uid_1", "Zoë"] {
            let escaped = escape(uid);
            assert!(!escaped.contains([':', '#', '.', '!']), "{escaped}");
            assert_eq!(unescape(&escaped).as_deref(), Some(uid));
        }
    }

    #[test]
    fn the_weekly_review_names_nothing_and_travels_as_it_is() {
        let conn = crate::db::open_in_memory().unwrap();
        let id = "weekly_review:2026-W49";
        assert_eq!(to_sync(&conn, id).unwrap().as_deref(), Some(id));
        assert_eq!(to_local(&conn, id).unwrap(), Ok(id.to_owned()));
    }

    #[test]
    fn a_workflow_prompt_names_its_row_by_the_kind_its_workflow_declares() {
        let named_kind = |id: &str| {
            let (kind, parts) = split(id).unwrap();
            let part = match parts.as_slice() {
                [_, part, _] => *part,
                _ => "",
            };
            WORKFLOW_KINDS
                .iter()
                .filter(|(of, _, _)| *of == kind)
                .find(|(_, wanted, _)| *wanted == part || *wanted == "*")
                .map(|(_, _, name)| *name)
        };
        assert_eq!(
            named_kind("referral_thanks:12:2026-03-04"),
            Some("referral")
        );
        assert_eq!(
            named_kind("mentoring:5:meet:2026-05-01"),
            Some("mentorship")
        );
        assert_eq!(
            named_kind("mentoring:9:goal:2026-06-30"),
            Some("mentorship")
        );
        assert_eq!(
            named_kind("letter_request:4:ask:2026-09-24"),
            Some("letter_request")
        );
        assert_eq!(
            named_kind("profile_update:6:2026-07-02"),
            Some("own_milestone")
        );
        for kind in crate::reminders::ReminderKind::DATED {
            assert!(
                WORKFLOW_KINDS.iter().any(|(of, _, _)| *of == kind.as_str()),
                "{kind:?}"
            );
        }
    }

    #[test]
    fn a_goal_prompt_names_its_mentorship_and_goal_by_uid_and_reads_back() {
        let conn = crate::db::open_in_memory().unwrap();
        conn.execute_batch(
            "INSERT INTO contacts (display_name, created_at, updated_at)
                 VALUES ('Ana Berg', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
             INSERT INTO mentorships (contact_id, role, started_on, created_at)
                 VALUES (1, 'mentor', '2026-01-01', '2026-01-01T00:00:00Z');
             INSERT INTO mentorship_goals (mentorship_id, text, target_on, uid)
                 VALUES (1, 'Publish', '2026-06-30', 'goal:1');",
        )
        .unwrap();
        let local = "mentoring:1:goal:2026-06-30";
        let translated = to_sync(&conn, local).unwrap().unwrap();
        let Some(serde_json::Value::String(mentorship)) =
            uids::uid_of(&conn, Kind::Mentorship, 1).unwrap()
        else {
            panic!("the mentorship has a uid");
        };
        assert_eq!(
            translated,
            format!("mentoring:{mentorship}#goal~3A1:goal:2026-06-30")
        );
        assert_eq!(to_local(&conn, &translated).unwrap(), Ok(local.to_owned()));
        assert_eq!(from_doc_uid(&doc_uid(&translated)), translated);

        // A goal or a mentorship this computer does not have (yet): the
        // state waits for the mentorship's record.
        let other_goal = format!("mentoring:{mentorship}#elsewhere:goal:2026-06-30");
        assert_eq!(
            to_local(&conn, &other_goal).unwrap(),
            Err(Unresolved::Missing(Kind::Mentorship, mentorship.clone()))
        );
        assert_eq!(
            to_local(&conn, "mentoring:unknown#goal~3A1:goal:2026-06-30").unwrap(),
            Err(Unresolved::Missing(Kind::Mentorship, "unknown".into()))
        );
        // A goal named without its mentorship is no goal prompt.
        assert!(matches!(
            to_local(&conn, "mentoring:goal~3A1:goal:2026-06-30").unwrap(),
            Err(Unresolved::Malformed(_))
        ));
        // The meeting prompt still names the mentorship alone.
        let meet = "mentoring:1:meet:2026-02-01";
        let translated = to_sync(&conn, meet).unwrap().unwrap();
        assert_eq!(
            translated,
            format!("mentoring:{mentorship}:meet:2026-02-01")
        );
        assert_eq!(to_local(&conn, &translated).unwrap(), Ok(meet.to_owned()));
    }

    #[test]
    fn a_prompt_of_a_kind_not_synced_here_stays_on_this_computer() {
        let conn = crate::db::open_in_memory().unwrap();
        let id = "membership_renewal:2:2027-01-01";
        let declared = Kind::ALL.into_iter().any(|k| k.name() == "membership");
        if !declared {
            assert_eq!(to_sync(&conn, id).unwrap(), None);
            assert!(matches!(
                to_local(&conn, id).unwrap(),
                Err(Unresolved::Malformed(_))
            ));
        } else {
            // Declared: a row that does not exist is not translated.
            assert_eq!(to_sync(&conn, id).unwrap(), None);
        }
    }

    #[test]
    fn a_record_uid_reads_back_to_its_translated_id() {
        let translated = "custom:abc~3A1:2026-12-01T09:00";
        assert_eq!(from_doc_uid(&doc_uid(translated)), translated);
        let translated = "event_follow_up:eS~40x#2026-01-21T07~3A30~3A00:cC1";
        assert_eq!(from_doc_uid(&doc_uid(translated)), translated);
    }
}
