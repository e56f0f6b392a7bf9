//! Everything the engine reads, as plain values: what [`super::gather`]
//! picks out of the database for one evaluation, or what a test writes by
//! hand. Nothing here knows the clock or the user's zone.
//!
//! The lists hold candidates, not answers: the engine decides what is due.
//! A fact left out is a reminder the engine cannot see, so the gather may
//! only leave out what cannot be due in the window it was asked for.

use std::collections::HashMap;

use jiff::civil::Date;
use jiff::Timestamp;

use super::hashing::FastMap;
use super::{Cadence, CadenceRule, CustomReminder, Milestone, ReminderKind, ReminderSettings};
use crate::cme::{ClaimableCredits, CycleProgress};
use crate::events::UpcomingDeadline;
use crate::interactions::InteractionKind;
use crate::values::RelationshipKind;
use crate::values::{ContactId, DatedPrompt, EventId};

/// What the engine reads for one evaluation.
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    /// The user's settings.
    pub settings: ReminderSettings,
    /// Every contact a fact below names, by id.
    pub people: FastMap<ContactId, Person>,
    /// The cadences set on tags and relationships (a contact's own is on
    /// its [`StayInTouch`]).
    pub cadence_rules: Vec<CadenceRule>,
    /// Meetings and calls that may want a follow-up, one per contact met.
    pub meetings: Vec<Meeting>,
    /// People met at events that ended, or are about to.
    pub met_at_events: Vec<MetAtEvent>,
    /// Milestones that may want a congratulation.
    pub milestones: Vec<Milestone>,
    /// Current jobs whose anniversary may fall in the window.
    pub jobs: Vec<Job>,
    /// Key dates not done, with their events.
    pub deadlines: Vec<UpcomingDeadline>,
    /// CME cycles ending soon, with where they stand.
    pub cycles: Vec<CycleProgress>,
    /// Attended events whose credits are not recorded.
    pub claims: Vec<ClaimableCredits>,
    /// The user's own reminders.
    pub customs: Vec<CustomReminder>,
    /// The networking workflows' prompts, each with the kind its workflow
    /// raises (`gather/workflows.rs`); their contacts are in
    /// [`Self::people`].
    pub prompts: Vec<(ReminderKind, DatedPrompt)>,
    /// What the user did with reminders, by reminder id.
    pub states: HashMap<String, ReminderState>,
    /// When the user last marked done or dismissed one of a contact's
    /// stay-in-touch prompts: the next one is a cadence after that, not
    /// the next cycle missed before it.
    pub stay_in_touch_acted: FastMap<ContactId, Timestamp>,
}

/// What the user did with one reminder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReminderState {
    /// Done: it does not come back.
    Done,
    /// Dismissed: it does not come back.
    Dismissed,
    /// Hidden until this instant, then due again.
    Snoozed(Timestamp),
}

/// A contact as the engine sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// The contact.
    pub id: ContactId,
    /// The name to show.
    pub display_name: String,
    /// Their IANA zone; empty when not known.
    pub time_zone: String,
    /// `YYYY-MM-DD`, or `--MM-DD` when the year is not known: the engine
    /// reminds of it. The gather reads it only where a birthday may be due
    /// in the window (or was snoozed), and leaves it out on anyone read for
    /// another kind.
    pub birthday: Option<String>,
    /// When the user was last in touch with them.
    pub last_interaction_at: Option<Timestamp>,
    /// What that last interaction's note said: the context of a
    /// stay-in-touch prompt (the gather reads it for those candidates only).
    pub last_note: Option<String>,
    /// When the contact was added (a cadence counts from there when the
    /// user has never been in touch).
    pub added_at: Timestamp,
    /// Where a stay-in-touch cadence may come from; `None` when the gather
    /// found none that could run out in the window.
    pub stay_in_touch: Option<StayInTouch>,
}

/// Where a contact's stay-in-touch cadence may come from. Their own wins;
/// else the shortest of their relationships' with the user; else the
/// shortest of their tags'.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StayInTouch {
    /// The contact's own cadence.
    pub own: Option<Cadence>,
    /// What the contact is to the user (mentor, friend…).
    pub relationships: Vec<RelationshipKind>,
    /// Of the cadences on the contact's tags, the shortest: its index in
    /// the rules the engine is given (`Snapshot::cadence_rules`), the first
    /// such rule when two are as short. Found by the gather as it reads
    /// each tag's members, so the engine compares no tags.
    pub tag_rule: Option<usize>,
}

impl StayInTouch {
    /// Counts the tag cadence `rules[index]` among the contact's: kept when
    /// shorter than the one found so far (the first of equals stays, as
    /// rules are offered in their order).
    pub fn found_by(&mut self, index: usize, rules: &[CadenceRule]) {
        let Some(new) = rules.get(index) else {
            return;
        };
        let known = self.tag_rule.and_then(|known| rules.get(known));
        if known.is_none_or(|known| new.every < known.every) {
            self.tag_rule = Some(index);
        }
    }
}

/// One contact met or called, for a follow-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meeting {
    /// The interaction.
    pub interaction_id: i64,
    /// Meeting or call.
    pub kind: InteractionKind,
    /// When it happened.
    pub occurred_at: Timestamp,
    /// What was said.
    pub note: String,
    /// The contact (see [`Snapshot::people`]).
    pub contact_id: ContactId,
}

/// One person met at (one occurrence of) an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetAtEvent {
    /// The event (a series, or a changed occurrence).
    pub event_id: EventId,
    /// The occurrence's start date, for one occurrence of a series; `None`
    /// for a single event.
    pub occurrence: Option<Date>,
    /// The event's title.
    pub title: String,
    /// The last day of the event (of this occurrence), where it happens.
    pub last_day: Date,
    /// When it ends.
    pub ends_at: Timestamp,
    /// The contact (see [`Snapshot::people`]).
    pub contact_id: ContactId,
    /// What was talked about.
    pub note: String,
}

/// A current job with a known start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    /// The affiliation.
    pub affiliation_id: i64,
    /// The contact (see [`Snapshot::people`]).
    pub contact_id: ContactId,
    /// The organisation's name.
    pub organization: String,
    /// The role there.
    pub role: String,
    /// When the job began.
    pub starts_on: Date,
}
