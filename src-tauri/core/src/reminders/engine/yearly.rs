//! The yearly reminders: birthdays (the year of birth need not be known)
//! and work anniversaries, each `lead` days before the day (on the day by
//! default). 29 February is kept on 28 February in a common year.

use jiff::civil::Date;
use jiff::Timestamp;

use super::clock::{date_in, shift, yearly, Moved};
use super::{own_zone, Candidate, Found, Lookback, Words, YEARLY_LOOKBACK_DAYS};
use crate::reminders::ids::ReminderRef;
use crate::reminders::words::{self, Reason};
use crate::reminders::{ReminderKind, Subject};

/// A birthday as stored: `YYYY-MM-DD` or `--MM-DD`.
pub(crate) fn read_birthday(text: &str) -> Option<(Option<i16>, i8, i8)> {
    match exact_birthday(text.as_bytes()) {
        Some(read) => Date::new(2000, read.1, read.2).ok().map(|_| read),
        None => loose_birthday(text),
    }
}

/// `YYYY-MM-DD` or `--MM-DD` exactly, as Curbside stores them (thousands
/// are read per evaluation of a large book); `None` for anything else.
fn exact_birthday(bytes: &[u8]) -> Option<(Option<i16>, i8, i8)> {
    let digits = |part: &[u8]| -> Option<i16> {
        part.iter().try_fold(0_i16, |sum, byte| {
            byte.is_ascii_digit()
                .then(|| sum * 10 + i16::from(byte - b'0'))
        })
    };
    let (year, rest) = match bytes {
        [b'-', b'-', rest @ ..] => (None, rest),
        [y0, y1, y2, y3, b'-', rest @ ..] => (Some(digits(&[*y0, *y1, *y2, *y3])?), rest),
        _ => return None,
    };
    match rest {
        [m0, m1, b'-', d0, d1] => {
            let month = i8::try_from(digits(&[*m0, *m1])?).ok()?;
            let day = i8::try_from(digits(&[*d0, *d1])?).ok()?;
            Some((year, month, day))
        }
        _ => None,
    }
}

/// Any other birthday text: spaces around it, fewer digits.
fn loose_birthday(text: &str) -> Option<(Option<i16>, i8, i8)> {
    let text = text.trim();
    let (year, rest) = match text.strip_prefix("--") {
        Some(rest) => (None, rest),
        None => {
            let (year, rest) = text.split_once('-')?;
            (Some(year.parse::<i16>().ok()?), rest)
        }
    };
    let (month, day) = rest.split_once('-')?;
    let (month, day) = (month.parse::<i8>().ok()?, day.parse::<i8>().ok()?);
    // 29 February is a valid birthday even without a year; check the rest
    // against a leap year.
    Date::new(2000, month, day).ok()?;
    Some((year, month, day))
}

/// The years whose date (`lead` days before which a reminder falls) may be
/// due between a year before `now` (a snooze can carry last year's into
/// the look-back) and the window's end.
fn years(found: &Found, lead: u32) -> std::ops::RangeInclusive<i16> {
    let first = date_in(
        found
            .now
            .minus(jiff::SignedDuration::from_hours(24 * (366 + 2))),
        found.zone,
    );
    let last = shift(date_in(found.to, found.zone), i64::from(lead) + 2);
    first.year()..=last.year().max(first.year())
}

/// Birthdays of the people in the snapshot that carry one.
pub(super) fn birthdays(found: &mut Found) {
    let lead = found.snapshot.settings.lead_of(ReminderKind::Birthday);
    let years = years(found, lead);
    let snapshot = found.snapshot;
    // Each birthday's id names its contact: the order they are read in does
    // not change the answer.
    for person in snapshot.people.values() {
        let Some((born, month, day)) = person.birthday.as_deref().and_then(read_birthday) else {
            continue;
        };
        for year in years.clone() {
            if born.is_some_and(|born| year <= born) {
                continue;
            }
            let Some(date) = yearly(year, month, day) else {
                continue;
            };
            let candidate = Candidate {
                id: ReminderRef::Birthday {
                    contact: person.id,
                    year,
                },
                due_at: found.placed(shift(date, -i64::from(lead)), ReminderKind::Birthday),
                lookback: Lookback::Days(YEARLY_LOOKBACK_DAYS),
                expires: None,
            };
            found.offer(candidate, || {
                // A date, not "today": the line stays true when read early
                // (Today lists the week ahead) or late.
                let reason = Reason::default()
                    .words(format_args!("{}'s birthday is on ", person.display_name))
                    .day(date);
                let reason = match born {
                    Some(born) => reason.words(format_args!(" (turns {})", year - born)),
                    None => reason,
                };
                Words {
                    subject: Subject {
                        contact_id: Some(person.id),
                        ..Subject::default()
                    },
                    reason,
                    title: person.display_name.clone(),
                    context: None,
                    contact_time_zone: own_zone(&person.time_zone),
                }
            });
        }
    }
}

/// Anniversaries of current jobs with a known start, from the first year on.
pub(super) fn work_anniversaries(found: &mut Found) {
    let lead = found
        .snapshot
        .settings
        .lead_of(ReminderKind::WorkAnniversary);
    let years = years(found, lead);
    let snapshot = found.snapshot;
    for job in &snapshot.jobs {
        let Some(person) = snapshot.people.get(&job.contact_id) else {
            continue;
        };
        for year in years.clone() {
            let count = year - job.starts_on.year();
            if count < 1 {
                continue;
            }
            let Some(date) = yearly(year, job.starts_on.month(), job.starts_on.day()) else {
                continue;
            };
            let due_at: Timestamp =
                found.placed(shift(date, -i64::from(lead)), ReminderKind::WorkAnniversary);
            let candidate = Candidate {
                id: ReminderRef::WorkAnniversary {
                    affiliation: job.affiliation_id,
                    year,
                },
                due_at,
                lookback: Lookback::Days(YEARLY_LOOKBACK_DAYS),
                expires: None,
            };
            found.offer(candidate, || {
                let role = job.role.trim();
                let mut reason = Reason::default().words(format_args!(
                    "{}: {} at {}",
                    person.display_name,
                    words::years(count),
                    job.organization
                ));
                if !role.is_empty() {
                    reason = reason.words(format_args!(" as {role}"));
                }
                Words {
                    subject: Subject {
                        contact_id: Some(job.contact_id),
                        ..Subject::default()
                    },
                    reason: reason.words(format_args!(" on ")).day(date),
                    title: person.display_name.clone(),
                    context: None,
                    contact_time_zone: own_zone(&person.time_zone),
                }
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn birthdays_with_and_without_a_year_are_read() {
        assert_eq!(read_birthday("1980-02-29"), Some((Some(1980), 2, 29)));
        assert_eq!(read_birthday("--02-29"), Some((None, 2, 29)));
        assert_eq!(read_birthday("--13-01"), None);
        assert_eq!(read_birthday("soon"), None);
        assert_eq!(read_birthday(" 1980-2-3 "), Some((Some(1980), 2, 3)));
        assert_eq!(read_birthday("1981-02-29"), Some((Some(1981), 2, 29)));
        assert_eq!(read_birthday("1980-02-30"), None);
        assert_eq!(read_birthday("--00-10"), None);
    }
}
