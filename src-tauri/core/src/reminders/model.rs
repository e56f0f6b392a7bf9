//! The reminder types that cross into the UI, the shell and the CLI's JSON.

use jiff::civil::{Date, DateTime};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::values::RelationshipKind;
use crate::values::{ContactId, CycleId, DeadlineId, EventId};

/// Which prompt it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ReminderKind {
    /// A stay-in-touch cadence ran out since the last interaction.
    StayInTouch,
    /// Some days (2 by default) after a meeting or a call.
    FollowUp,
    /// A person met at an event, the day after it ends.
    EventFollowUp,
    /// Congratulate on a recorded milestone (or a job change an import found).
    Milestone,
    /// A birthday, every year; the year of birth need not be known.
    Birthday,
    /// Every year from the start of a job.
    WorkAnniversary,
    /// An event's key date: 14, 7 and 1 days before by default.
    Deadline,
    /// A CME cycle ending with hours missing: 90, 30 and 7 days before.
    CmeShortfall,
    /// An attended event promised credits and none are recorded.
    ClaimCredits,
    /// A reminder the user wrote, once or repeating.
    Custom,
    /// Thank a colleague for a referral received (`referrals::prompts`).
    ReferralThanks,
    /// Ask how an introduction the user made went
    /// (`introductions::prompts`).
    IntroFollowUp,
    /// A mentor or mentee meeting due by its cadence, or a mentorship
    /// goal's target date (`mentorship::prompts`).
    Mentoring,
    /// A letter of recommendation: ask early, send thanks, report the
    /// outcome (`mentorship::letter_prompts`).
    LetterRequest,
    /// An opportunity's deadline (`opportunities::prompts`).
    Opportunity,
    /// A membership's dues or renewal date (`memberships::prompts`).
    MembershipRenewal,
    /// Update the user's own profiles after their own milestone
    /// (`presence::prompts`).
    ProfileUpdate,
    /// The weekly review, once a week on the day the user picks (off by
    /// default).
    WeeklyReview,
}

crate::choices!(ReminderKind, "kind of reminder", [
    StayInTouch = "stay_in_touch": "Stay in touch",
    FollowUp = "follow_up": "Follow up after a meeting or call",
    EventFollowUp = "event_follow_up": "Follow up after an event",
    Milestone = "milestone": "Milestones",
    Birthday = "birthday": "Birthdays",
    WorkAnniversary = "work_anniversary": "Work anniversaries",
    Deadline = "deadline": "Key dates",
    CmeShortfall = "cme_shortfall": "CME cycles ending short",
    ClaimCredits = "claim_credits": "Credits to claim",
    Custom = "custom": "Your own reminders",
    ReferralThanks = "referral_thanks": "Thanks for a referral",
    IntroFollowUp = "intro_follow_up": "How an introduction went",
    Mentoring = "mentoring": "Mentoring meetings and goals",
    LetterRequest = "letter_request": "Letters of recommendation",
    Opportunity = "opportunity": "Opportunity deadlines",
    MembershipRenewal = "membership_renewal": "Membership renewals",
    ProfileUpdate = "profile_update": "Updating your own profiles",
    WeeklyReview = "weekly_review": "Weekly review",
]);

impl ReminderKind {
    /// Every kind, in the order the settings screen lists them.
    pub const ALL: [ReminderKind; 18] = [
        Self::StayInTouch,
        Self::FollowUp,
        Self::EventFollowUp,
        Self::Milestone,
        Self::Birthday,
        Self::WorkAnniversary,
        Self::Deadline,
        Self::CmeShortfall,
        Self::ClaimCredits,
        Self::Custom,
        Self::ReferralThanks,
        Self::IntroFollowUp,
        Self::Mentoring,
        Self::LetterRequest,
        Self::Opportunity,
        Self::MembershipRenewal,
        Self::ProfileUpdate,
        Self::WeeklyReview,
    ];

    /// The kinds a networking workflow raises from its
    /// [`crate::values::DatedPrompt`]s (the `gather::workflows` table).
    pub const DATED: [ReminderKind; 7] = [
        Self::ReferralThanks,
        Self::IntroFollowUp,
        Self::Mentoring,
        Self::LetterRequest,
        Self::Opportunity,
        Self::MembershipRenewal,
        Self::ProfileUpdate,
    ];

    /// The name used in JSON and at the start of a reminder's id.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::StayInTouch => "stay_in_touch",
            Self::FollowUp => "follow_up",
            Self::EventFollowUp => "event_follow_up",
            Self::Milestone => "milestone",
            Self::Birthday => "birthday",
            Self::WorkAnniversary => "work_anniversary",
            Self::Deadline => "deadline",
            Self::CmeShortfall => "cme_shortfall",
            Self::ClaimCredits => "claim_credits",
            Self::Custom => "custom",
            Self::ReferralThanks => "referral_thanks",
            Self::IntroFollowUp => "intro_follow_up",
            Self::Mentoring => "mentoring",
            Self::LetterRequest => "letter_request",
            Self::Opportunity => "opportunity",
            Self::MembershipRenewal => "membership_renewal",
            Self::ProfileUpdate => "profile_update",
            Self::WeeklyReview => "weekly_review",
        }
    }

    /// The kind named `text`, as [`Self::as_str`] writes it.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == text)
    }

    /// The kind as the settings screen names it ("Key dates"); a message
    /// about a setting names its row so.
    pub fn label(self) -> &'static str {
        match self {
            Self::StayInTouch => "Stay in touch",
            Self::FollowUp => "Follow up after a meeting or call",
            Self::EventFollowUp => "Follow up after an event",
            Self::Milestone => "Milestones",
            Self::Birthday => "Birthdays",
            Self::WorkAnniversary => "Work anniversaries",
            Self::Deadline => "Key dates",
            Self::CmeShortfall => "CME cycles ending short",
            Self::ClaimCredits => "Credits to claim",
            Self::Custom => "Your own reminders",
            Self::ReferralThanks => "Thanks for a referral",
            Self::IntroFollowUp => "How an introduction went",
            Self::Mentoring => "Mentoring meetings and goals",
            Self::LetterRequest => "Letters of recommendation",
            Self::Opportunity => "Opportunity deadlines",
            Self::MembershipRenewal => "Membership renewals",
            Self::ProfileUpdate => "Updating your own profiles",
            Self::WeeklyReview => "Weekly review",
        }
    }

    /// Whether the kind reminds once per lead time, with one or more (key
    /// dates and CME cycles), rather than taking exactly one.
    pub fn takes_several_leads(self) -> bool {
        matches!(self, Self::Deadline | Self::CmeShortfall)
    }

    /// Whether a networking workflow raises it (see [`Self::DATED`]).
    pub fn is_dated(self) -> bool {
        Self::DATED.contains(&self)
    }
}

/// What a reminder is about: every id that applies, the others `None`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Subject {
    /// The person.
    #[ts(type = "number | null")]
    pub contact_id: Option<ContactId>,
    /// The event (met there, its key date, its credits, or a custom
    /// reminder's event).
    #[ts(type = "number | null")]
    pub event_id: Option<EventId>,
    /// The event's key date.
    #[ts(type = "number | null")]
    pub deadline_id: Option<DeadlineId>,
    /// The CME cycle.
    #[ts(type = "number | null")]
    pub cycle_id: Option<CycleId>,
    /// The milestone recorded on the contact.
    #[ts(type = "number | null")]
    pub milestone_id: Option<i64>,
    /// The custom reminder.
    #[ts(type = "number | null")]
    pub custom_id: Option<i64>,
    /// The networking workflow's row the reminder is about (a referral, an
    /// introduction, a mentorship or one of its goals, a letter request, an
    /// opportunity, a membership, one of the user's own milestones): which
    /// table, the kind and the id's part say.
    #[serde(default)]
    #[ts(type = "number | null")]
    pub source_id: Option<i64>,
}

/// One reminder the engine found due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Reminder {
    /// Stable for this occurrence of this prompt ("follow_up:i42:c5",
    /// "birthday:c5:2027", "deadline:d9:7d"); done, snoozed, dismissed and
    /// shown are recorded against it, and the next occurrence of the same
    /// prompt has a new one. Opaque: pass it back, do not parse it.
    pub id: String,
    /// Which prompt it is.
    pub kind: ReminderKind,
    /// What it is about.
    pub subject: Subject,
    /// When it is meant to reach the user, already moved out of quiet hours
    /// (the end of a snooze, for a snoozed one).
    #[ts(type = "string")]
    pub due_at: Timestamp,
    /// The reason in words: "You met Dr. Amara Okafor on Mon 2 Mar 2026".
    pub reason: String,
    /// The same reason with its dates as data, for the app to write them in
    /// the user's locale and clock: "You met Dr. Amara Okafor on ", then the
    /// day.
    #[serde(default)]
    pub reason_parts: Vec<ReasonPart>,
    /// Short title: the person's name, the event's title, the cycle's name.
    pub title: String,
    /// Context for the message: the last interaction's note, the
    /// milestone's note, what was talked about at the event.
    pub context: Option<String>,
    /// The subject contact's IANA zone, when known ("it is 22:40 for
    /// Dr. Tanaka").
    pub contact_time_zone: Option<String>,
    /// The subject contact's name, when it is about a person: the title of
    /// the user's own reminder says what to do, not who it is about.
    pub contact_name: Option<String>,
    /// Snoozed until this instant, now past; `None` when never snoozed.
    #[ts(type = "string | null")]
    pub snoozed_until: Option<Timestamp>,
}

/// A piece of a reminder's reason: words, or a date the app writes in the
/// user's locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ReasonPart {
    /// Words, as they are.
    Text {
        /// The words.
        text: String,
    },
    /// A day ("2026-03-02").
    Day {
        /// The day.
        #[ts(type = "string")]
        day: Date,
    },
    /// A wall-clock time in a zone: a key date's deadline
    /// ("2026-12-10T23:59:00" in "AoE" or an IANA zone).
    DueAt {
        /// The time on the zone's clock.
        #[ts(type = "string")]
        at: DateTime,
        /// The zone: "AoE" (Anywhere on Earth) or an IANA name.
        zone: String,
    },
}

/// How often to be in touch, in days. The CLI reads "2w" as 14 days, "3mo"
/// as 90 and "1y" as 365 ([`Cadence::parse`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
pub struct Cadence {
    /// Days between two contacts, 1 to 3650.
    pub days: u32,
}

/// Who a stay-in-touch cadence is set on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CadenceTarget {
    /// One contact; wins over anything inherited.
    Contact(#[ts(type = "number")] ContactId),
    /// Every contact with this tag (any case).
    Tag(String),
    /// Every contact who is this to the user ("my mentors").
    Relationship(RelationshipKind),
}

/// A cadence as set, for the settings screen and `cadence list`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CadenceRule {
    /// Who it is set on.
    pub target: CadenceTarget,
    /// How often.
    pub every: Cadence,
}

/// How often to be in touch with one contact: the cadence set on them, and
/// the one that holds (theirs, else the shortest of their relationships',
/// else the shortest of their tags'), as the engine picks it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ContactCadence {
    /// The cadence set on the contact themselves.
    pub own: Option<Cadence>,
    /// The cadence that holds, with what it is set on (the contact, a tag
    /// as the rule spells it, or a relationship); `None` when no cadence
    /// applies and they get no stay-in-touch prompts.
    pub holds: Option<CadenceRule>,
}

/// The milestone kinds Curbside knows (DOMAIN.md, "Milestone types").
pub const MILESTONE_KINDS: [&str; 16] = [
    "new_job",
    "promotion",
    "published_paper",
    "award",
    "grant",
    "retirement",
    "board_certification",
    "new_license",
    "academic_promotion",
    "match_day",
    "residency_start",
    "fellowship_start",
    "chief_resident",
    "department_chair",
    "practice_opening",
    "other",
];

/// A milestone to record on a contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MilestoneDraft {
    /// The person.
    #[ts(type = "number")]
    pub contact_id: ContactId,
    /// One of [`MILESTONE_KINDS`]: "new_job", "promotion", "published_paper"…
    pub kind: String,
    /// When it happened; today (in this computer's zone) when not given.
    #[serde(default)]
    #[ts(type = "string | null")]
    pub on: Option<Date>,
    /// What it was: "Associate professor at Charité".
    #[serde(default)]
    pub note: String,
}

/// A milestone recorded on a contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Milestone {
    /// Its id.
    #[ts(type = "number")]
    pub id: i64,
    /// The person.
    #[ts(type = "number")]
    pub contact_id: ContactId,
    /// What kind of milestone.
    pub kind: String,
    /// When it happened.
    #[ts(type = "string")]
    pub on: Date,
    /// What it was.
    pub note: String,
    /// "user" (typed in) or "import" (a re-import showed a new job).
    pub source: String,
    /// When it was recorded: a milestone learned late is still worth a
    /// congratulation, so the prompt counts from the later of the two.
    #[ts(type = "string")]
    pub recorded_at: Timestamp,
}

/// A reminder the user writes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CustomReminderDraft {
    /// What to do: "Send Dr. Okafor the renal denervation paper".
    pub title: String,
    /// More words, shown as context.
    #[serde(default)]
    pub note: String,
    /// The person it is about, if any.
    #[serde(default)]
    #[ts(type = "number | null")]
    pub contact_id: Option<ContactId>,
    /// The event it is about, if any.
    #[serde(default)]
    #[ts(type = "number | null")]
    pub event_id: Option<EventId>,
    /// When (the first time), on the wall clock of `time_zone`; seconds are
    /// dropped.
    #[ts(type = "string")]
    pub at: DateTime,
    /// An IANA zone; empty for wherever the user is at the time.
    #[serde(default)]
    pub time_zone: String,
    /// An RFC 5545 RRULE value ("FREQ=WEEKLY;BYDAY=MO"); empty for once.
    #[serde(default)]
    pub recurrence: String,
}

/// A reminder the user wrote, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CustomReminder {
    /// Its id.
    #[ts(type = "number")]
    pub id: i64,
    /// What to do.
    pub title: String,
    /// More words.
    pub note: String,
    /// The person it is about.
    #[ts(type = "number | null")]
    pub contact_id: Option<ContactId>,
    /// The event it is about.
    #[ts(type = "number | null")]
    pub event_id: Option<EventId>,
    /// When (the first time), on the wall clock of `time_zone`.
    #[ts(type = "string")]
    pub at: DateTime,
    /// An IANA zone; empty for wherever the user is.
    pub time_zone: String,
    /// An RRULE value; empty for once.
    pub recurrence: String,
}
