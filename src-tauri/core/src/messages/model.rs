//! The message types that cross into the UI, the shell and the CLI's JSON.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::reminders::ReminderKind;
use crate::values::ContactId;

/// Which message a template writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TemplateKind {
    /// After a meeting, a call or an event: what was talked about.
    FollowUp,
    /// A new job, a promotion, a paper, a work anniversary.
    Congratulations,
    /// Birthday wishes.
    Birthday,
    /// Thanks for referring a patient.
    ReferralThanks,
    /// Introducing someone (or oneself).
    Introduction,
    /// Sharing an article or a paper.
    Article,
    /// Asking one side whether they would like an introduction.
    IntroductionAsk,
    /// The introduction of two people who both said yes, to both.
    IntroductionBoth,
    /// Being in the contact's city for an event: "coffee?".
    Trip,
    /// A few weeks after an introduction, asking both how it went.
    IntroductionFollowUp,
}

crate::choices!(TemplateKind, "kind of template", [
    FollowUp = "follow_up": "After a meeting, a call or an event",
    Congratulations = "congratulations": "A new job, a promotion, a paper, a work anniversary",
    Birthday = "birthday": "Birthday wishes",
    ReferralThanks = "referral_thanks": "Thanks for referring a patient",
    Introduction = "introduction": "Introducing someone (or oneself)",
    Article = "article": "Sharing an article or a paper",
    IntroductionAsk = "introduction_ask": "Asking one side whether they would like an introduction",
    IntroductionBoth = "introduction_both": "Introducing two people who both said yes, to both",
    Trip = "trip": "Being in their city for an event: coffee?",
    IntroductionFollowUp = "introduction_follow_up": "Asking both people how an introduction went",
]);

impl TemplateKind {
    /// Every kind, in the order the settings screen lists them.
    pub const ALL: [TemplateKind; 10] = [
        Self::FollowUp,
        Self::Congratulations,
        Self::Birthday,
        Self::ReferralThanks,
        Self::Introduction,
        Self::Article,
        Self::IntroductionAsk,
        Self::IntroductionBoth,
        Self::Trip,
        Self::IntroductionFollowUp,
    ];

    /// The name used in JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::FollowUp => "follow_up",
            Self::Congratulations => "congratulations",
            Self::Birthday => "birthday",
            Self::ReferralThanks => "referral_thanks",
            Self::Introduction => "introduction",
            Self::Article => "article",
            Self::IntroductionAsk => "introduction_ask",
            Self::IntroductionBoth => "introduction_both",
            Self::Trip => "trip",
            Self::IntroductionFollowUp => "introduction_follow_up",
        }
    }

    /// The kind named `text`, as [`Self::as_str`] writes it.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == text)
    }

    /// What the user reads: "Follow-up after a meeting".
    pub fn name(self) -> &'static str {
        match self {
            Self::FollowUp => "Follow-up after a meeting",
            Self::Congratulations => "Congratulations",
            Self::Birthday => "Birthday",
            Self::ReferralThanks => "Thanks for a referral",
            Self::Introduction => "Introduction",
            Self::Article => "Sharing an article",
            Self::IntroductionAsk => "Asking before an introduction",
            Self::IntroductionBoth => "Introducing two people to each other",
            Self::Trip => "In their city for an event",
            Self::IntroductionFollowUp => "How did the introduction go?",
        }
    }

    /// Whether it is drafted from an introduction only (it needs the other
    /// person and the reason): [`super::introduction_ask`],
    /// [`super::introduction_email`] and [`super::introduction_follow_up`]
    /// (or the follow-up's reminder) fill it, never a plain draft.
    pub fn of_introduction(self) -> bool {
        matches!(
            self,
            Self::IntroductionAsk | Self::IntroductionBoth | Self::IntroductionFollowUp
        )
    }

    /// The template a reminder of `kind` drafts with: follow-ups and
    /// stay-in-touch prompts a follow-up, milestones and work anniversaries
    /// congratulations, birthdays birthday wishes, a referral's thank-you
    /// the thanks for a referral, an introduction's follow-up the question
    /// of how it went; key dates, CME, the user's own reminders and the
    /// other networking prompts none (they open their workflow, or a draft
    /// from a template the user picks).
    pub fn for_reminder(kind: ReminderKind) -> Option<Self> {
        match kind {
            ReminderKind::FollowUp | ReminderKind::EventFollowUp | ReminderKind::StayInTouch => {
                Some(Self::FollowUp)
            }
            ReminderKind::Milestone | ReminderKind::WorkAnniversary => Some(Self::Congratulations),
            ReminderKind::Birthday => Some(Self::Birthday),
            ReminderKind::ReferralThanks => Some(Self::ReferralThanks),
            ReminderKind::IntroFollowUp => Some(Self::IntroductionFollowUp),
            ReminderKind::Mentoring
            | ReminderKind::LetterRequest
            | ReminderKind::Opportunity
            | ReminderKind::MembershipRenewal
            | ReminderKind::ProfileUpdate
            | ReminderKind::WeeklyReview
            | ReminderKind::Deadline
            | ReminderKind::CmeShortfall
            | ReminderKind::ClaimCredits
            | ReminderKind::Custom => None,
        }
    }
}

/// A message template: Curbside's wording, or the user's edit of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MessageTemplate {
    /// Which message it writes.
    pub kind: TemplateKind,
    /// What the user reads: "Follow-up after a meeting".
    pub name: String,
    /// The subject line, with placeholders such as `{first_name}`.
    pub subject: String,
    /// The body, with placeholders; a line whose placeholders all come out
    /// empty is left out.
    pub body: String,
    /// Whether the user changed Curbside's wording.
    pub edited: bool,
}

/// A message filled in for one contact, ready to copy, mail or edit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MessageDraft {
    /// The person it is for.
    #[ts(type = "number")]
    pub contact_id: ContactId,
    /// The template it was filled from.
    pub template: TemplateKind,
    /// The subject line, filled.
    pub subject: String,
    /// The body, filled.
    pub body: String,
    /// The contact's first email address.
    pub email: Option<String>,
    /// A `mailto:` link with the subject and body; none without an email.
    pub mailto: Option<String>,
    /// The contact's first http(s) profile link (LinkedIn, Doximity…).
    pub profile_link: Option<String>,
    /// The reminder it answers, if any.
    pub reminder_id: Option<String>,
}

/// A message the user sent: logged as an interaction, and its reminder
/// completed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SentMessage {
    /// The person it went to.
    #[ts(type = "number")]
    pub contact_id: ContactId,
    /// The template it was written from.
    pub template: TemplateKind,
    /// The subject as sent; it goes into the interaction's note.
    pub subject: String,
    /// The reminder it answers, marked done with it.
    #[serde(default)]
    pub reminder_id: Option<String>,
}
