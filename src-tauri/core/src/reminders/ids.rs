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
