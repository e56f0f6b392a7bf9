//! The calendar's reminders: an event's key dates (14, 7 and 1 days before
//! by default), a CME cycle ending with hours missing (90, 30 and 7 days
//! before) and credits to claim after an attended event.
//!
//! Lead days count back from the key date's own civil date in its own zone
//! (a call for papers closing on 1 March AoE reminds on 22 February with a
//! 7-day lead), and the reminder then arrives at the time of day on the
//! user's wall clock. It never arrives at or after the date itself: when the
//! user's 09:00 that day is already too late (the deadline is early in the
//! morning, far to the east), it comes the lead's whole days before the
//! instant; when quiet hours would push it past, it stays in them. Once a
//! later lead's reminder is due, an earlier one still overdue gives way.

use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

use super::clock::{date_in, shift, wall_clock, Moved};
use super::{Candidate, Found, Lookback, Words, CLAIM_LOOKBACK_DAYS};
use crate::events::EventStatus;
use crate::reminders::ids::ReminderRef;
use crate::reminders::words::{self, Reason};
use crate::reminders::{ReminderKind, Subject};

/// The instant a lead reminder arrives, `days` before `limit`, whose civil
/// day is `day`.
fn before(
    found: &Found,
    kind: ReminderKind,
    day: jiff::civil::Date,
    days: u32,
    limit: Timestamp,
) -> Timestamp {
    let time_of_day = found.settings(kind).time_of_day;
    let mut at = wall_clock(shift(day, -i64::from(days)), time_of_day, found.zone);
    if at >= limit {
        let early =
            SignedDuration::from_hours(24 * i64::from(days)).max(SignedDuration::from_hours(1));
        at = limit.minus(early);
    }
    let moved = found.out_of_quiet(at, kind);
    if moved < limit {
        moved
    } else {
        at
    }
}

/// Offers the lead reminders of one subject, leaving out those overdue at
/// `now` that a later one (also overdue) replaces.
fn offer_leads(found: &mut Found, leads: Vec<(Candidate, Words)>) {
    let latest_overdue = leads
        .iter()
        .map(|(candidate, _)| candidate.due_at)
        .filter(|at| *at <= found.now)
        .max();
    for (candidate, words) in leads {
        if latest_overdue.is_some_and(|latest| candidate.due_at < latest) {
            continue;
        }
        found.offer(candidate, || words);
    }
}

/// Key dates not done, of events the user has not skipped.
pub(super) fn deadlines(found: &mut Found) {
    let leads = found.settings(ReminderKind::Deadline).lead_days.clone();
    for upcoming in &found.snapshot.deadlines {
        let deadline = &upcoming.deadline;
        if deadline.done || upcoming.event_status == EventStatus::Skipped {
            continue;
        }
        let what = if deadline.label.trim().is_empty() {
            words::deadline(deadline.kind).to_owned()
        } else {
            deadline.label.trim().to_owned()
        };
        let day = deadline.due_local.date();
        let mut offered = Vec::new();
        for &days in &leads {
            let at = before(found, ReminderKind::Deadline, day, days, deadline.due_at);
            offered.push((
                Candidate {
                    id: ReminderRef::Deadline {
                        deadline: deadline.id,
                        days,
                    },
                    due_at: at,
                    lookback: Lookback::Forever,
                    expires: Some(deadline.due_at),
                },
                Words {
                    subject: Subject {
                        event_id: Some(deadline.event_id),
                        deadline_id: Some(deadline.id),
                        ..Subject::default()
                    },
                    reason: Reason::default()
                        .words(format_args!("{}: {what} due ", upcoming.event_title))
                        .due(deadline.due_local, &deadline.time_zone),
                    title: upcoming.event_title.clone(),
                    context: None,
                    contact_time_zone: None,
                },
            ));
        }
        offer_leads(found, offered);
    }
}

/// CME cycles that end with hours missing (in total, of a credit type or of
/// a special topic).
pub(super) fn cme_shortfalls(found: &mut Found) {
    let leads = found.settings(ReminderKind::CmeShortfall).lead_days.clone();
    for progress in &found.snapshot.cycles {
        let minimums: Vec<String> = progress
            .by_type
            .iter()
            .chain(&progress.by_topic)
            .filter(|line| line.missing > 0.0)
            .map(|line| format!("{} {}", words::hours(line.missing), line.label))
            .collect();
        if progress.total.missing <= 0.0 && minimums.is_empty() {
            continue;
        }
        let cycle = &progress.cycle;
        let ends = wall_clock(
            shift(cycle.ends_on, 1),
            jiff::civil::Time::midnight(),
            found.zone,
        );
        let mut missing = Vec::new();
        if progress.total.missing > 0.0 {
            missing.push(format!("{} missing", words::hours(progress.total.missing)));
        }
        if !minimums.is_empty() {
            missing.push(format!("still to do: {}", minimums.join(", ")));
        }
        let mut offered = Vec::new();
        for &days in &leads {
            let at = before(found, ReminderKind::CmeShortfall, cycle.ends_on, days, ends);
            offered.push((
                Candidate {
                    id: ReminderRef::CmeShortfall {
                        cycle: cycle.id,
                        days,
                    },
                    due_at: at,
                    lookback: Lookback::Forever,
                    expires: Some(ends),
                },
                Words {
                    subject: Subject {
                        cycle_id: Some(cycle.id),
                        ..Subject::default()
                    },
                    reason: Reason::default()
                        .words(format_args!(
                            "{}: {}; the cycle ends on ",
                            cycle.name,
                            missing.join("; ")
                        ))
                        .day(cycle.ends_on),
                    title: cycle.name.clone(),
                    context: None,
                    contact_time_zone: None,
                },
            ));
        }
        offer_leads(found, offered);
    }
}

/// Attended events that promised credits with none recorded: `lead` days
/// after the event's last day (read in UTC, as the claims list records the
/// end), for [`CLAIM_LOOKBACK_DAYS`].
pub(super) fn claims(found: &mut Found) {
    let lead = found.snapshot.settings.lead_of(ReminderKind::ClaimCredits);
    let snapshot = found.snapshot;
    for claim in &snapshot.claims {
        let last_day = date_in(
            claim.ended_at.minus(SignedDuration::from_secs(1)),
            &TimeZone::UTC,
        );
        let due_at = found.placed(shift(last_day, i64::from(lead)), ReminderKind::ClaimCredits);
        let candidate = Candidate {
            id: ReminderRef::ClaimCredits {
                event: claim.event_id,
            },
            due_at,
            lookback: Lookback::Days(CLAIM_LOOKBACK_DAYS),
            expires: None,
        };
        found.offer(candidate, || {
            let credits = if claim.expected_credits == 1.0 {
                "1 credit".to_owned()
            } else {
                format!(
                    "{} credits",
                    (claim.expected_credits * 100.0).round() / 100.0
                )
            };
            Words {
                subject: Subject {
                    event_id: Some(claim.event_id),
                    ..Subject::default()
                },
                reason: Reason::default()
                    .words(format_args!(
                        "Claim your {credits} from {} (ended ",
                        claim.title
                    ))
                    .day(last_day)
                    .words(format_args!(")")),
                title: claim.title.clone(),
                context: None,
                contact_time_zone: None,
            }
        });
    }
}
