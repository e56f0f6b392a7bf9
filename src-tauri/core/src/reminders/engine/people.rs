//! The reminders about people: stay in touch when a cadence runs out,
//! follow up after a meeting or a call and after an event, congratulate on
//! a milestone.

use jiff::tz::TimeZone;

use super::clock::{date_in, shift};
use super::{Candidate, Found, Lookback, LOOKBACK_DAYS};
use crate::interactions::InteractionKind;
use crate::reminders::ids::ReminderRef;
use crate::reminders::snapshot::StayInTouch;
use crate::reminders::{words, Cadence, CadenceRule, CadenceTarget, ReminderKind, Subject};

/// Where a contact's cadence comes from, for the reason.
enum Source<'a> {
    Own,
    Relationship(&'a str),
    Tag(&'a str),
}

/// The cadence that holds for a contact: their own; else the shortest of
/// their relationships'; else the shortest of their tags'.
fn effective<'a>(
    sources: &'a StayInTouch,
    rules: &'a [CadenceRule],
) -> Option<(Cadence, Source<'a>)> {
    if let Some(own) = sources.own {
        return Some((own, Source::Own));
    }
    let by_relationship = rules
        .iter()
        .filter_map(|rule| match &rule.target {
            CadenceTarget::Relationship(kind) if sources.relationships.contains(kind) => {
                Some((rule.every, Source::Relationship(relationship_words(*kind))))
            }
            _ => None,
        })
        .min_by_key(|(every, _)| *every);
    if by_relationship.is_some() {
        return by_relationship;
    }
    rules
        .iter()
        .filter_map(|rule| match &rule.target {
            CadenceTarget::Tag(tag) if sources.tags.iter().any(|own| same_tag(own, tag)) => {
                Some((rule.every, Source::Tag(tag.as_str())))
            }
            _ => None,
        })
        .min_by_key(|(every, _)| *every)
}

/// Tags are the same in any case ("Mentor" is "mentor").
fn same_tag(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b) || a.to_lowercase() == b.to_lowercase()
}

fn relationship_words(kind: crate::relationships::RelationshipKind) -> &'static str {
    use crate::relationships::RelationshipKind as Kind;
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
/// starts a new count, dismiss skips to the next cadence after it.
pub(super) fn stay_in_touch(found: &mut Found) {
    let lead = i64::from(found.snapshot.settings.lead_of(ReminderKind::StayInTouch));
    let mut people: Vec<_> = found.snapshot.people.values().collect();
    people.sort_by_key(|person| person.id);
    for person in people {
        let Some(sources) = &person.stay_in_touch else {
            continue;
        };
        let Some((every, source)) = effective(sources, &found.snapshot.cadence_rules) else {
            continue;
        };
        let since = person.last_interaction_at.unwrap_or(person.added_at);
        let since_utc = date_in(since, &TimeZone::UTC);
        let since_local = date_in(since, found.zone);
        let why = match source {
            Source::Own => words::every(every.days),
            Source::Relationship(who) => format!("{} for {who}", words::every(every.days)),
            Source::Tag(tag) => format!("{} for \"{tag}\"", words::every(every.days)),
        };
        let reason = match person.last_interaction_at {
            Some(_) => format!(
                "Last in touch with {} on {} ({why})",
                person.display_name,
                words::day(since_local)
            ),
            None => format!(
                "No contact logged with {} since you added them on {} ({why})",
                person.display_name,
                words::day(since_local)
            ),
        };
        for cycle in 1..=10_000_i64 {
            let days = cycle * i64::from(every.days);
            let id = ReminderRef::StayInTouch {
                contact: person.id,
                on: shift(since_utc, days),
            };
            let due_at = found.placed(shift(since_local, days - lead), ReminderKind::StayInTouch);
            if due_at > found.to {
                break;
            }
            if found.settled(&id) {
                continue;
            }
            found.offer(Candidate {
                id,
                subject: Subject {
                    contact_id: Some(person.id),
                    ..Subject::default()
                },
                due_at,
                reason: reason.clone(),
                title: person.display_name.clone(),
                context: person.last_note.clone(),
                contact_time_zone: found.zone_of(person.id),
                lookback: Lookback::Forever,
                expires: None,
            });
            break;
        }
    }
}

/// Follow up after a meeting or a call, `lead` days after it (2 by
/// default), unless there has been a later interaction with the person.
pub(super) fn follow_ups(found: &mut Found) {
    let lead = found.snapshot.settings.lead_of(ReminderKind::FollowUp);
    for meeting in &found.snapshot.meetings {
        let Some(person) = found.snapshot.people.get(&meeting.contact_id) else {
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
        let verb = match meeting.kind {
            InteractionKind::Call => "spoke with",
            _ => "met",
        };
        let candidate = Candidate {
            id: ReminderRef::FollowUp {
                interaction: meeting.interaction_id,
                contact: meeting.contact_id,
            },
            subject: Subject {
                contact_id: Some(meeting.contact_id),
                ..Subject::default()
            },
            due_at: found.placed(on, ReminderKind::FollowUp),
            // The day, not "2 days ago": a reminder seen late stays true.
            reason: format!("You {verb} {} on {}", person.display_name, words::day(met_on)),
            title: person.display_name.clone(),
            context: Some(meeting.note.clone()),
            contact_time_zone: found.zone_of(person.id),
            lookback: Lookback::Days(LOOKBACK_DAYS),
            expires: None,
        };
        found.offer(candidate);
    }
}

/// Follow up with each person met at an event, `lead` days after its last
/// day (1 by default), unless there has been an interaction with them since
/// it ended.
pub(super) fn event_follow_ups(found: &mut Found) {
    let lead = found.snapshot.settings.lead_of(ReminderKind::EventFollowUp);
    for met in &found.snapshot.met_at_events {
        let Some(person) = found.snapshot.people.get(&met.contact_id) else {
            continue;
        };
        if person
            .last_interaction_at
            .is_some_and(|last| last > met.ends_at)
        {
            continue;
        }
        let on = shift(met.last_day, i64::from(lead));
        let ended = match lead {
            0 => "which ends today".to_owned(),
            _ => format!("which ended on {}", words::day(met.last_day)),
        };
        let candidate = Candidate {
            id: ReminderRef::EventFollowUp {
                event: met.event_id,
                contact: met.contact_id,
                occurrence: met.occurrence,
            },
            subject: Subject {
                contact_id: Some(met.contact_id),
                event_id: Some(met.event_id),
                ..Subject::default()
            },
            due_at: found.placed(on, ReminderKind::EventFollowUp),
            reason: format!("You met {} at {}, {ended}", person.display_name, met.title),
            title: person.display_name.clone(),
            context: Some(met.note.clone()),
            contact_time_zone: found.zone_of(person.id),
            lookback: Lookback::Days(LOOKBACK_DAYS),
            expires: None,
        };
        found.offer(candidate);
    }
}

/// Congratulate on a milestone, `lead` days after the later of the day it
/// happened and the day it was recorded (a promotion learned of late is
/// still worth a word).
pub(super) fn milestones(found: &mut Found) {
    let lead = found.snapshot.settings.lead_of(ReminderKind::Milestone);
    for milestone in &found.snapshot.milestones {
        let Some(person) = found.snapshot.people.get(&milestone.contact_id) else {
            continue;
        };
        let from = milestone.on.max(date_in(milestone.recorded_at, found.zone));
        let candidate = Candidate {
            id: ReminderRef::Milestone {
                milestone: milestone.id,
            },
            subject: Subject {
                contact_id: Some(milestone.contact_id),
                milestone_id: Some(milestone.id),
                ..Subject::default()
            },
            due_at: found.placed(shift(from, i64::from(lead)), ReminderKind::Milestone),
            reason: format!(
                "Congratulate {}: {} ({})",
                person.display_name,
                words::milestone(&milestone.kind),
                words::day(milestone.on)
            ),
            title: person.display_name.clone(),
            context: Some(milestone.note.clone()),
            contact_time_zone: found.zone_of(person.id),
            lookback: Lookback::Days(LOOKBACK_DAYS),
            expires: None,
        };
        found.offer(candidate);
    }
}
