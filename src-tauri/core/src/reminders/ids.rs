//! A reminder's id: which prompt, about what, and which occurrence of it.
//! The id is what done, snooze, dismiss and "shown" are recorded against,
//! so it never depends on the user's zone or on the settings: a follow-up
//! keeps its id when the lead time changes, a birthday when the user flies.
//! The rows it names have ids SQLite never gives twice (migration 010), and
//! deleting one forgets what was recorded against its reminders, so a
//! record never lands on a new contact, meeting or key date.
//!
//! Shapes (ids and years, numbers; dates `YYYY-MM-DD`; the custom one's
//! occurrence a civil time to the minute):
//!
//! | kind | id |
//! |---|---|
//! | stay in touch | `stay_in_touch:c5:2026-09-01` (the UTC date the cadence ran out) |
//! | follow-up | `follow_up:i42:c5` (interaction 42, contact 5) |
//! | event follow-up | `event_follow_up:e3:c5`, or `…:c5:2026-03-01` for one occurrence of a series |
//! | milestone | `milestone:m7` |
//! | birthday | `birthday:c5:2027` |
//! | work anniversary | `work_anniversary:a12:2027` (affiliation 12) |
//! | key date | `deadline:d9:7d` |
//! | CME shortfall | `cme_shortfall:y3:30d` |
//! | credits to claim | `claim_credits:e4` |
//! | custom | `custom:7:2026-12-01T09:00` |
//! | thanks for a referral | `referral_thanks:12:2026-03-04` (referral 12, due on 4 March) |
//! | how an introduction went | `intro_follow_up:3:2026-04-01` (introduction 3) |
//! | mentoring | `mentoring:5:meet:2026-05-01` (mentorship 5's meeting), `mentoring:9:goal:2026-06-30` (goal 9) |
//! | letter of recommendation | `letter_request:4:ask:2026-09-24`, `…:thank:…`, `…:outcome:…` (letter request 4) |
//! | opportunity deadline | `opportunity:8:2026-10-01` (opportunity 8) |
//! | membership renewal | `membership_renewal:2:2027-01-01` (membership 2) |
//! | updating one's own profiles | `profile_update:6:2026-07-02` (the user's own milestone 6) |
//! | weekly review | `weekly_review:2026-W49` (ISO week) |
//!
//! The networking workflows' ids (`DatedPrompt`s, see
//! `gather/workflows.rs`) are `<kind>:<source>[:<part>]:<on>`: the
//! workflow's row (its own table's AUTOINCREMENT id, no letter before it:
//! the kind and the part say which table), the prompt's part when a row
//! has several (a few lowercase letters), and the day it is due before the
//! lead time. The day is part of the id, so a moved deadline or a renewal
//! a year on is a new reminder, while a changed lead time is not. A
//! workflow's table that reminders name forgets their records when a row
//! is deleted, as migration 010's triggers do: for table `referrals`,
//!
//! ```sql
//! CREATE TRIGGER referrals_forget_reminders AFTER DELETE ON referrals
//! BEGIN
//!     DELETE FROM reminder_states WHERE reminder_id >= 'referral_thanks:' || OLD.id || ':'
//!         AND reminder_id < 'referral_thanks:' || OLD.id || ':' || char(127);
//!     DELETE FROM reminders_shown WHERE reminder_id >= 'referral_thanks:' || OLD.id || ':'
//!         AND reminder_id < 'referral_thanks:' || OLD.id || ':' || char(127);
//! END;
//! ```
//!
//! (for a table named by one part only, such as mentorship goals, the
//! range is `'mentoring:' || OLD.id || ':goal:'`).

use std::fmt;

use jiff::civil::{Date, DateTime};

use super::ReminderKind;
use crate::values::{ContactId, Invalid};

/// A parsed reminder id.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum ReminderRef {
    StayInTouch {
        contact: ContactId,
        on: Date,
    },
    FollowUp {
        interaction: i64,
        contact: ContactId,
    },
    EventFollowUp {
        event: i64,
        contact: ContactId,
        occurrence: Option<Date>,
    },
    Milestone {
        milestone: i64,
    },
    Birthday {
        contact: ContactId,
        year: i16,
    },
    WorkAnniversary {
        affiliation: i64,
        year: i16,
    },
    Deadline {
        deadline: i64,
        days: u32,
    },
    CmeShortfall {
        cycle: i64,
        days: u32,
    },
    ClaimCredits {
        event: i64,
    },
    Custom {
        custom: i64,
        at: DateTime,
    },
    /// A networking workflow's prompt (a kind of [`ReminderKind::DATED`]).
    Dated {
        kind: ReminderKind,
        source: i64,
        /// Empty, or a few lowercase ASCII letters.
        part: Box<str>,
        on: Date,
    },
    WeeklyReview {
        year: i16,
        week: i8,
    },
}

/// The longest part of a workflow prompt's id.
const PART_LIMIT: usize = 16;

/// Whether `part` may be a workflow prompt's part: empty, or up to
/// [`PART_LIMIT`] lowercase ASCII letters.
pub(crate) fn valid_part(part: &str) -> bool {
    part.len() <= PART_LIMIT && part.bytes().all(|b| b.is_ascii_lowercase())
}

impl ReminderRef {
    /// Which kind of prompt it names.
    pub fn kind(&self) -> ReminderKind {
        match self {
            Self::StayInTouch { .. } => ReminderKind::StayInTouch,
            Self::FollowUp { .. } => ReminderKind::FollowUp,
            Self::EventFollowUp { .. } => ReminderKind::EventFollowUp,
            Self::Milestone { .. } => ReminderKind::Milestone,
            Self::Birthday { .. } => ReminderKind::Birthday,
            Self::WorkAnniversary { .. } => ReminderKind::WorkAnniversary,
            Self::Deadline { .. } => ReminderKind::Deadline,
            Self::CmeShortfall { .. } => ReminderKind::CmeShortfall,
            Self::ClaimCredits { .. } => ReminderKind::ClaimCredits,
            Self::Custom { .. } => ReminderKind::Custom,
            Self::Dated { kind, .. } => *kind,
            Self::WeeklyReview { .. } => ReminderKind::WeeklyReview,
        }
    }

    /// The same prompt about contact `to`, when this one is about `from`.
    pub fn moved_to(&self, from: ContactId, to: ContactId) -> Option<Self> {
        let mut moved = self.clone();
        let contact = match &mut moved {
            Self::StayInTouch { contact, .. }
            | Self::FollowUp { contact, .. }
            | Self::EventFollowUp { contact, .. }
            | Self::Birthday { contact, .. } => contact,
            _ => return None,
        };
        if *contact != from {
            return None;
        }
        *contact = to;
        Some(moved)
    }

    /// The rows it names, as (table, id): what must exist for the reminder
    /// to mean anything.
    pub fn subjects(&self) -> Vec<(&'static str, i64)> {
        match self {
            Self::StayInTouch { contact, .. } | Self::Birthday { contact, .. } => {
                vec![("contacts", *contact)]
            }
            Self::FollowUp {
                interaction,
                contact,
            } => vec![("interactions", *interaction), ("contacts", *contact)],
            Self::EventFollowUp { event, contact, .. } => {
                vec![("events", *event), ("contacts", *contact)]
            }
            Self::Milestone { milestone } => vec![("milestones", *milestone)],
            Self::WorkAnniversary { affiliation, .. } => vec![("affiliations", *affiliation)],
            Self::Deadline { deadline, .. } => vec![("event_deadlines", *deadline)],
            Self::CmeShortfall { cycle, .. } => vec![("cme_cycles", *cycle)],
            Self::ClaimCredits { event } => vec![("events", *event)],
            Self::Custom { custom, .. } => vec![("custom_reminders", *custom)],
            // The workflows' tables are their own: their triggers forget
            // these records (see the module doc), and a prompt's source is
            // asked for it rather than its table read.
            Self::Dated { .. } | Self::WeeklyReview { .. } => Vec::new(),
        }
    }

    /// Reads an id; a shape it does not know is the user's mistake.
    pub fn parse(id: &str) -> Result<Self, Invalid> {
        parse(id.trim()).ok_or_else(|| {
            Invalid::new(
                "id",
                format!(
                    "\"{}\" is not a reminder id: copy one from `due`, like follow_up:i42:c5",
                    id.trim()
                ),
            )
        })
    }
}

fn parse(id: &str) -> Option<ReminderRef> {
    let (kind, rest) = id.split_once(':')?;
    let parts: Vec<&str> = rest.split(':').collect();
    let number = |text: &str, prefix: &str| -> Option<i64> {
        let digits = text.strip_prefix(prefix)?;
        (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
            .then(|| digits.parse().ok())
            .flatten()
    };
    let days = |text: &str| -> Option<u32> {
        text.strip_suffix('d')?
            .parse()
            .ok()
            .filter(|_| text.len() > 1)
    };
    let date =
        |text: &str| -> Option<Date> { (text.len() == 10).then(|| text.parse().ok()).flatten() };
    let year = |text: &str| -> Option<i16> {
        (text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| text.parse().ok())
            .flatten()
    };
    Some(match (ReminderKind::parse(kind)?, parts.as_slice()) {
        (ReminderKind::StayInTouch, [contact, on]) => ReminderRef::StayInTouch {
            contact: number(contact, "c")?,
            on: date(on)?,
        },
        (ReminderKind::FollowUp, [interaction, contact]) => ReminderRef::FollowUp {
            interaction: number(interaction, "i")?,
            contact: number(contact, "c")?,
        },
        (ReminderKind::EventFollowUp, [event, contact, occurrence @ ..])
            if occurrence.len() <= 1 =>
        {
            ReminderRef::EventFollowUp {
                event: number(event, "e")?,
                contact: number(contact, "c")?,
                occurrence: match occurrence {
                    [day] => Some(date(day)?),
                    _ => None,
                },
            }
        }
        (ReminderKind::Milestone, [milestone]) => ReminderRef::Milestone {
            milestone: number(milestone, "m")?,
        },
        (ReminderKind::Birthday, [contact, y]) => ReminderRef::Birthday {
            contact: number(contact, "c")?,
            year: year(y)?,
        },
        (ReminderKind::WorkAnniversary, [affiliation, y]) => ReminderRef::WorkAnniversary {
            affiliation: number(affiliation, "a")?,
            year: year(y)?,
        },
        (ReminderKind::Deadline, [deadline, lead]) => ReminderRef::Deadline {
            deadline: number(deadline, "d")?,
            days: days(lead)?,
        },
        (ReminderKind::CmeShortfall, [cycle, lead]) => ReminderRef::CmeShortfall {
            cycle: number(cycle, "y")?,
            days: days(lead)?,
        },
        (ReminderKind::ClaimCredits, [event]) => ReminderRef::ClaimCredits {
            event: number(event, "e")?,
        },
        (kind, [source, rest @ ..]) if kind.is_dated() && !rest.is_empty() && rest.len() <= 2 => {
            let (part, on) = match rest {
                [on] => ("", on),
                [part, on] if !part.is_empty() && valid_part(part) => (*part, on),
                _ => return None,
            };
            ReminderRef::Dated {
                kind,
                source: number(source, "")?,
                part: part.into(),
                on: date(on)?,
            }
        }
        (ReminderKind::WeeklyReview, [week]) => {
            let (y, w) = week.split_once("-W")?;
            let w = (w.len() == 2 && w.bytes().all(|b| b.is_ascii_digit()))
                .then(|| w.parse::<i8>().ok())
                .flatten()?;
            let y = year(y)?;
            jiff::civil::ISOWeekDate::new(y, w, jiff::civil::Weekday::Monday).ok()?;
            ReminderRef::WeeklyReview { year: y, week: w }
        }
        (ReminderKind::Custom, [custom, ..]) => {
            let (_, at) = rest.split_once(':')?;
            ReminderRef::Custom {
                custom: number(custom, "")?,
                at: (at.len() == 16).then(|| at.parse().ok()).flatten()?,
            }
        }
        _ => return None,
    })
}

/// A date as jiff writes it (`2026-09-01`), by hand for the years people
/// live in: an evaluation of a large book writes thousands of ids.
struct Day(Date);

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let date = self.0;
        if (0..=9999).contains(&date.year()) {
            write!(
                f,
                "{:04}-{:02}-{:02}",
                date.year(),
                date.month(),
                date.day()
            )
        } else {
            write!(f, "{date}")
        }
    }
}

impl fmt::Display for ReminderRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = self.kind().as_str();
        match self {
            Self::StayInTouch { contact, on } => write!(f, "{kind}:c{contact}:{}", Day(*on)),
            Self::FollowUp {
                interaction,
                contact,
            } => write!(f, "{kind}:i{interaction}:c{contact}"),
            Self::EventFollowUp {
                event,
                contact,
                occurrence: None,
            } => write!(f, "{kind}:e{event}:c{contact}"),
            Self::EventFollowUp {
                event,
                contact,
                occurrence: Some(day),
            } => {
                write!(f, "{kind}:e{event}:c{contact}:{}", Day(*day))
            }
            Self::Milestone { milestone } => write!(f, "{kind}:m{milestone}"),
            Self::Birthday { contact, year } => write!(f, "{kind}:c{contact}:{year:04}"),
            Self::WorkAnniversary { affiliation, year } => {
                write!(f, "{kind}:a{affiliation}:{year:04}")
            }
            Self::Deadline { deadline, days } => write!(f, "{kind}:d{deadline}:{days}d"),
            Self::CmeShortfall { cycle, days } => write!(f, "{kind}:y{cycle}:{days}d"),
            Self::ClaimCredits { event } => write!(f, "{kind}:e{event}"),
            Self::Custom { custom, at } => {
                write!(f, "{kind}:{custom}:{}", at.strftime("%Y-%m-%dT%H:%M"))
            }
            Self::Dated {
                source, part, on, ..
            } => {
                if part.is_empty() {
                    write!(f, "{kind}:{source}:{}", Day(*on))
                } else {
                    write!(f, "{kind}:{source}:{part}:{}", Day(*on))
                }
            }
            Self::WeeklyReview { year, week } => write!(f, "{kind}:{year:04}-W{week:02}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_shape_reads_back_as_written() {
        for id in [
            "stay_in_touch:c5:2026-09-01",
            "follow_up:i42:c5",
            "event_follow_up:e3:c5",
            "event_follow_up:e3:c5:2026-03-01",
            "milestone:m7",
            "birthday:c5:2027",
            "work_anniversary:a12:2027",
            "deadline:d9:7d",
            "cme_shortfall:y3:30d",
            "claim_credits:e4",
            "custom:7:2026-12-01T09:00",
            "referral_thanks:12:2026-03-04",
            "intro_follow_up:3:2026-04-01",
            "mentoring:5:meet:2026-05-01",
            "mentoring:9:goal:2026-06-30",
            "letter_request:4:ask:2026-09-24",
            "letter_request:4:outcome:2027-03-01",
            "opportunity:8:2026-10-01",
            "membership_renewal:2:2027-01-01",
            "profile_update:6:2026-07-02",
            "weekly_review:2026-W49",
            "weekly_review:2026-W53",
        ] {
            let parsed = ReminderRef::parse(id).unwrap_or_else(|err| panic!("{id}: {err}"));
            assert_eq!(parsed.to_string(), id);
        }
    }

    #[test]
    fn dates_in_ids_are_written_as_jiff_writes_them() {
        for date in [
            Date::constant(2026, 9, 1),
            Date::constant(987, 12, 31),
            Date::constant(-45, 3, 15),
            Date::constant(9999, 12, 31),
        ] {
            assert_eq!(Day(date).to_string(), date.to_string());
        }
    }

    #[test]
    fn an_id_of_an_unknown_shape_is_refused_with_an_example() {
        for id in [
            "",
            "follow_up",
            "follow_up:42:c5",
            "follow_up:i42",
            "birthday:c5:27",
            "deadline:d9:d",
            "deadline:d9:7",
            "custom:7:2026-12-01",
            "party:c5",
            "stay_in_touch:c5:2026-13-01",
            "referral_thanks:r12:2026-03-04",
            "referral_thanks:12",
            "referral_thanks:12:Ask:2026-03-04",
            "referral_thanks:12:ask:2026-03-04:x",
            "mentoring:5::2026-05-01",
            "weekly_review:2026-49",
            "weekly_review:2027-W53",
            "weekly_review:2026-W7",
        ] {
            let err = ReminderRef::parse(id).unwrap_err();
            assert!(
                err.message.contains("follow_up:i42:c5"),
                "{id}: {}",
                err.message
            );
        }
    }
}
