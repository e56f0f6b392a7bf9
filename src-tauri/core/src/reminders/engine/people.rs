//! The reminders about people: stay in touch when a cadence runs out,
//! follow up after a meeting or a call and after an event, congratulate on
//! a milestone.

use jiff::tz::TimeZone;

use super::clock::{date_in, shift};
use super::{own_zone, Candidate, Found, Lookback, Words, LOOKBACK_DAYS};
use crate::interactions::InteractionKind;
use crate::reminders::ids::ReminderRef;
use crate::reminders::snapshot::StayInTouch;
use crate::reminders::words::{self, Reason};
use crate::reminders::{Cadence, CadenceRule, CadenceTarget, ReminderKind, Subject};

/// The cadence that holds for a contact, with the rule it is inherited
/// from (`None` for their own): their own; else the shortest of their
/// relationships'; else the shortest of their tags'. The profile's
/// stay-in-touch section asks the same ([`crate::reminders::cadence_of`]).
pub(crate) fn holding<'a>(
    sources: &StayInTouch,
    rules: &'a [CadenceRule],
) -> Option<(Cadence, Option<&'a CadenceRule>)> {
    if let Some(own) = sources.own {
        return Some((own, None));
    }
    rules
        .iter()
        .filter(|rule| {
            matches!(&rule.target, CadenceTarget::Relationship(kind) if sources.relationships.contains(kind))
        })
        .min_by_key(|rule| rule.every)
        .or_else(|| sources.tag_rule.and_then(|index| rules.get(index)))
        .map(|rule| (rule.every, Some(rule)))
}

fn relationship_words(kind: crate::values::RelationshipKind) -> &'static str {
    use crate::values::RelationshipKind as Kind;
    match kind {
        Kind::Mentor => "your mentors",
        Kind::Mentee => "your mentees",
        Kind::Collaborator => "your collaborators",
        Kind::ReferralPartner => "your referral partners",
        Kind::CoResident => "your co-residents",
        Kind::Friend => "your friends",
        Kind::Family => "your family",
        Kind::Other => "people related to you",
    }
}

/// Stay in touch: one prompt per contact when their cadence has run out
/// since the last interaction (or since they were added). The prompt's id
/// names the UTC date the cadence ran out; done logs an interaction and so
/// starts a new count, and so does a dismissal: the next prompt is one
/// cadence after it, never the next cycle already missed before it (one
/// dismissal per missed cycle would bring the prompt straight back).
pub(super) fn stay_in_touch(found: &mut Found) {
    let lead = i64::from(found.snapshot.settings.lead_of(ReminderKind::StayInTouch));
    let snapshot = found.snapshot;
    // Each contact's prompt has its own id, so the order they are read in
    // does not change the answer (sorted by instant and id at the end).
    for person in snapshot.people.values() {
        let Some(sources) = &person.stay_in_touch else {
            continue;
        };
        let Some((every, rule)) = holding(sources, &snapshot.cadence_rules) else {
            continue;
        };
        let since = person.last_interaction_at.unwrap_or(person.added_at);
        let since_local = date_in(since, found.zone);
        let from = match snapshot.stay_in_touch_acted.get(&person.id) {
            Some(&acted) if acted > since => acted,
            _ => since,
        };
        let (from_utc, from_local) = (date_in(from, &TimeZone::UTC), date_in(from, found.zone));
        for cycle in 1..=10_000_i64 {
            let days = cycle * i64::from(every.days);
            let id = ReminderRef::StayInTouch {
                contact: person.id,
                on: shift(from_utc, days),
            };
            let due_at = found.placed(shift(from_local, days - lead), ReminderKind::StayInTouch);
            if due_at > found.to {
                break;
            }
            if found.settled(&id) {
                continue;
            }
            let candidate = Candidate {
                id,
                due_at,
                lookback: Lookback::Forever,
                expires: None,
            };
            found.offer(candidate, || {
                let name = &person.display_name;
                let since = match person.last_interaction_at {
                    Some(_) => format_args!("Last in touch with {name} on "),
                    None => format_args!("No contact logged with {name} since you added them on "),
                };
                let reason = Reason::default().words(since).day(since_local);
                let every = words::Every(every.days);
                let reason = match rule.map(|rule| &rule.target) {
                    Some(CadenceTarget::Relationship(kind)) => {
                        reason.words(format_args!(" ({every} for {})", relationship_words(*kind)))
                    }
                    Some(CadenceTarget::Tag(tag)) => {
                        reason.words(format_args!(" ({every} for \"{tag}\")"))
                    }
                    Some(CadenceTarget::Contact(_)) | None => {
                        reason.words(format_args!(" ({every})"))
                    }
                };
                Words {
                    subject: Subject {
                        contact_id: Some(person.id),
                        ..Subject::default()
                    },
                    reason,
                    title: person.display_name.clone(),
                    context: person.last_note.clone(),
                    contact_time_zone: own_zone(&person.time_zone),
                }
            });
            break;
        }
    }
}

/// Follow up after a meeting or a call, `lead` days after it (2 by
/// default), unless there has been a later interaction with the person.
pub(super) fn follow_ups(found: &mut Found) {
    let lead = found.snapshot.settings.lead_of(ReminderKind::FollowUp);
    let snapshot = found.snapshot;
    for meeting in &snapshot.meetings {
        let Some(person) = snapshot.people.get(&meeting.contact_id) else {
            continue;
        };
        if person
            .last_interaction_at
            .is_some_and(|last| last > meeting.occurred_at)
        {
            continue;
        }
        let met_on = date_in(meeting.occurred_at, found.zone);
        let on = shift(met_on, i64::from(lead));
        let candidate = Candidate {
            id: ReminderRef::FollowUp {
                interaction: meeting.interaction_id,
                contact: meeting.contact_id,
            },
            due_at: found.placed(on, ReminderKind::FollowUp),
            lookback: Lookback::Days(LOOKBACK_DAYS),
            expires: None,
        };
        found.offer(candidate, || {
            let verb = match meeting.kind {
                InteractionKind::Call => "spoke with",
                _ => "met",
            };
            Words {
                subject: Subject {
                    contact_id: Some(meeting.contact_id),
                    ..Subject::default()
                },
                // The day, not "2 days ago": a reminder seen late stays true.
                reason: Reason::default()
                    .words(format_args!("You {verb} {} on ", person.display_name))
                    .day(met_on),
                title: person.display_name.clone(),
                context: Some(meeting.note.clone()),
                contact_time_zone: own_zone(&person.time_zone),
            }
        });
    }
}

/// Follow up with each person met at an event, `lead` days after its last
/// day (1 by default), unless there has been an interaction with them since
/// it ended.
pub(super) fn event_follow_ups(found: &mut Found) {
    let lead = found.snapshot.settings.lead_of(ReminderKind::EventFollowUp);
    let snapshot = found.snapshot;
    for met in &snapshot.met_at_events {
        let Some(person) = snapshot.people.get(&met.contact_id) else {
            continue;
        };
        if person
            .last_interaction_at
            .is_some_and(|last| last > met.ends_at)
        {
            continue;
        }
        let on = shift(met.last_day, i64::from(lead));
        let candidate = Candidate {
            id: ReminderRef::EventFollowUp {
                event: met.event_id,
                contact: met.contact_id,
                occurrence: met.occurrence,
            },
            due_at: found.placed(on, ReminderKind::EventFollowUp),
            lookback: Lookback::Days(LOOKBACK_DAYS),
            expires: None,
        };
        found.offer(candidate, || {
            let met_at = Reason::default().words(format_args!(
                "You met {} at {}, ",
                person.display_name, met.title
            ));
            let reason = match lead {
                0 => met_at.words(format_args!("which ends today")),
                _ => met_at
                    .words(format_args!("which ended on "))
                    .day(met.last_day),
            };
            Words {
                subject: Subject {
                    contact_id: Some(met.contact_id),
                    event_id: Some(met.event_id),
                    ..Subject::default()
                },
                reason,
                title: person.display_name.clone(),
                context: Some(met.note.clone()),
                contact_time_zone: own_zone(&person.time_zone),
            }
        });
    }
}

/// Congratulate on a milestone, `lead` days after the later of the day it
/// happened and the day it was recorded (a promotion learned of late is
/// still worth a word).
pub(super) fn milestones(found: &mut Found) {
    let lead = found.snapshot.settings.lead_of(ReminderKind::Milestone);
    let snapshot = found.snapshot;
    for milestone in &snapshot.milestones {
        let Some(person) = snapshot.people.get(&milestone.contact_id) else {
            continue;
        };
        let from = milestone.on.max(date_in(milestone.recorded_at, found.zone));
        let candidate = Candidate {
            id: ReminderRef::Milestone {
                milestone: milestone.id,
            },
            due_at: found.placed(shift(from, i64::from(lead)), ReminderKind::Milestone),
            lookback: Lookback::Days(LOOKBACK_DAYS),
            expires: None,
        };
        found.offer(candidate, || Words {
            subject: Subject {
                contact_id: Some(milestone.contact_id),
                milestone_id: Some(milestone.id),
                ..Subject::default()
            },
            reason: Reason::default()
                .words(format_args!(
                    "Congratulate {}: {} (",
                    person.display_name,
                    words::milestone(&milestone.kind)
                ))
                .day(milestone.on)
                .words(format_args!(")")),
            title: person.display_name.clone(),
            context: Some(milestone.note.clone()),
            contact_time_zone: own_zone(&person.time_zone),
        });
    }
}
