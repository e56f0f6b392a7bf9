//! The networking workflows' prompts ([`crate::values::DatedPrompt`]), one
//! path for every kind of [`ReminderKind::DATED`]: due `lead` days before
//! the prompt's day (0 for the "after" kinds, whose workflow already puts
//! the delay in the day) at the kind's time of day on the user's wall
//! clock, out of quiet hours; overdue until acted on, for up to
//! [`WORKFLOW_LOOKBACK_DAYS`]. Its id names the kind, the workflow's row,
//! the part and the day (`referral_thanks:12:2026-03-04`), never the zone
//! or the settings.

use super::clock::shift;
use super::{own_zone, Candidate, Found, Lookback, Words, WORKFLOW_LOOKBACK_DAYS};
use crate::reminders::ids::ReminderRef;
use crate::reminders::words::Reason;
use crate::reminders::{ReminderKind, Subject};

/// What the prompt's day is, in the reason: "deadline Thu 1 Oct 2026".
fn day_phrase(kind: ReminderKind) -> &'static str {
    match kind {
        ReminderKind::Opportunity => "deadline",
        ReminderKind::MembershipRenewal => "renewal",
        ReminderKind::LetterRequest => "by",
        _ => "due",
    }
}

/// Every workflow prompt in the snapshot whose kind is on.
pub(super) fn prompts(found: &mut Found) {
    let snapshot = found.snapshot;
    for (kind, prompt) in &snapshot.prompts {
        let kind = *kind;
        if !found.settings(kind).enabled || !kind.is_dated() {
            continue;
        }
        let lead = snapshot.settings.lead_of(kind);
        let candidate = Candidate {
            id: ReminderRef::Dated {
                kind,
                source: prompt.source,
                part: prompt.part.into(),
                on: prompt.on,
            },
            due_at: found.placed(shift(prompt.on, -i64::from(lead)), kind),
            lookback: Lookback::Days(WORKFLOW_LOOKBACK_DAYS),
            expires: None,
        };
        let contact_time_zone = prompt
            .contact_id
            .and_then(|id| snapshot.people.get(&id))
            .and_then(|person| own_zone(&person.time_zone));
        found.offer(candidate, || Words {
            subject: Subject {
                contact_id: prompt.contact_id,
                event_id: prompt.event_id,
                source_id: Some(prompt.source),
                ..Subject::default()
            },
            reason: Reason::default()
                .words(format_args!(
                    "{}: {} ",
                    prompt.title.trim(),
                    day_phrase(kind)
                ))
                .day(prompt.on),
            title: prompt.title.trim().to_owned(),
            context: prompt.context.clone(),
            contact_time_zone,
        });
    }
}
