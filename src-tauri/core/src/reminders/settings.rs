//! What the user can tune per kind of reminder (on or off, lead times, the
//! time of day, quiet hours) and the quiet hours that hold for every kind,
//! with the defaults of issue 5 (and of issue 18 for the networking
//! workflows' kinds and the weekly review, which also has its weekday). Stored as one JSON row, so that a setting
//! added later reads as its default from an older database.

use jiff::civil::Time;
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{ReminderError, ReminderKind};
use crate::values::Invalid;

/// The most lead times one kind may have.
const MAX_LEADS: usize = 8;

/// The longest lead time, in days.
const MAX_LEAD_DAYS: u32 = 365;

/// A stretch of the night when nothing should arrive: a reminder falling in
/// it waits for its end. `start` after `end` spans midnight (22:00–07:00);
/// `start` equal to `end` means no quiet hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct QuietHours {
    /// When the quiet begins, on the user's wall clock.
    #[ts(type = "string")]
    pub start: Time,
    /// When it ends.
    #[ts(type = "string")]
    pub end: Time,
}

impl QuietHours {
    /// No quiet hours at all.
    pub const NONE: Self = Self {
        start: Time::midnight(),
        end: Time::midnight(),
    };

    /// Whether `time` falls in the quiet.
    pub fn contains(self, time: Time) -> bool {
        if self.start <= self.end {
            self.start <= time && time < self.end
        } else {
            time >= self.start || time < self.end
        }
    }
}

/// The settings of one kind of reminder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct KindSettings {
    /// Off: the kind is never due (and not even looked for).
    pub enabled: bool,
    /// Days before the date (birthdays, key dates, the end of a CME cycle,
    /// a custom reminder's time) or after it (follow-ups: after the meeting,
    /// after the event's end; claiming credits: after the event's end).
    /// Key dates and CME cycles remind once per lead time; the other kinds
    /// take exactly one.
    pub lead_days: Vec<u32>,
    /// The time of day a reminder arrives, on the user's wall clock where
    /// they are at the time. Custom reminders keep their own time.
    #[ts(type = "string")]
    pub time_of_day: Time,
    /// This kind's own quiet hours; `None` keeps the general ones.
    pub quiet_hours: Option<QuietHours>,
}

/// Every kind's settings and the general quiet hours.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct ReminderSettings {
    /// The general quiet hours: 22:00–07:00 by default.
    pub quiet_hours: QuietHours,
    /// Stay in touch: on the day the cadence runs out (lead 0).
    pub stay_in_touch: KindSettings,
    /// After a meeting or a call: 2 days after.
    pub follow_up: KindSettings,
    /// After an event, for each person met there: the day after it ends.
    pub event_follow_up: KindSettings,
    /// Congratulate on a milestone: on the day it is recorded (or happens).
    pub milestone: KindSettings,
    /// Birthdays: on the day.
    pub birthday: KindSettings,
    /// Work anniversaries: on the day.
    pub work_anniversary: KindSettings,
    /// Key dates: 14, 7 and 1 days before.
    pub deadline: KindSettings,
    /// CME cycles ending with hours missing: 90, 30 and 7 days before.
    pub cme_shortfall: KindSettings,
    /// Credits to claim: the day after the event ends.
    pub claim_credits: KindSettings,
    /// The user's own reminders: at their time (lead 0).
    pub custom: KindSettings,
    /// Thanks for a referral received: on the day the referrals workflow
    /// gives (lead 0).
    pub referral_thanks: KindSettings,
    /// How an introduction went: on the day the introductions workflow
    /// gives, some weeks after it (lead 0).
    pub intro_follow_up: KindSettings,
    /// A mentoring meeting due by its cadence, a goal's target date (lead 0).
    pub mentoring: KindSettings,
    /// Letters of recommendation: 7 days before each step's date.
    pub letter_request: KindSettings,
    /// An opportunity's deadline: 7 days before.
    pub opportunity: KindSettings,
    /// A membership's renewal: 30 days before.
    pub membership_renewal: KindSettings,
    /// Updating the user's own profiles: on the day after their milestone
    /// (the day the presence workflow gives; lead 0).
    pub profile_update: KindSettings,
    /// The weekly review: off by default; on [`Self::weekly_review_day`] at
    /// its time of day (16:00 by default). Its lead is always 0.
    pub weekly_review: KindSettings,
    /// The day of the week the weekly review comes: Friday by default.
    pub weekly_review_day: Weekday,
}

/// A day of the week, for the weekly review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Weekday {
    /// Monday.
    Monday,
    /// Tuesday.
    Tuesday,
    /// Wednesday.
    Wednesday,
    /// Thursday.
    Thursday,
    /// Friday.
    Friday,
    /// Saturday.
    Saturday,
    /// Sunday.
    Sunday,
}

crate::choices!(Weekday, "day of the week", [
    Monday = "monday": "Monday",
    Tuesday = "tuesday": "Tuesday",
    Wednesday = "wednesday": "Wednesday",
    Thursday = "thursday": "Thursday",
    Friday = "friday": "Friday",
    Saturday = "saturday": "Saturday",
    Sunday = "sunday": "Sunday",
]);

impl Weekday {
    /// Every day, Monday first (as ISO weeks count).
    pub const ALL: [Weekday; 7] = [
        Self::Monday,
        Self::Tuesday,
        Self::Wednesday,
        Self::Thursday,
        Self::Friday,
        Self::Saturday,
        Self::Sunday,
    ];

    /// The day as jiff names it.
    pub fn to_jiff(self) -> jiff::civil::Weekday {
        use jiff::civil::Weekday as W;
        match self {
            Self::Monday => W::Monday,
            Self::Tuesday => W::Tuesday,
            Self::Wednesday => W::Wednesday,
            Self::Thursday => W::Thursday,
            Self::Friday => W::Friday,
            Self::Saturday => W::Saturday,
            Self::Sunday => W::Sunday,
        }
    }

    /// Its name in JSON and on the command line ("friday").
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Monday => "monday",
            Self::Tuesday => "tuesday",
            Self::Wednesday => "wednesday",
            Self::Thursday => "thursday",
            Self::Friday => "friday",
            Self::Saturday => "saturday",
            Self::Sunday => "sunday",
        }
    }

    /// The day named `text` (any case, or its first three letters).
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim().to_ascii_lowercase();
        Self::ALL.into_iter().find(|day| {
            day.as_str() == text || (text.len() == 3 && day.as_str().starts_with(&text))
        })
    }
}

fn kind(lead_days: &[u32]) -> KindSettings {
    KindSettings {
        enabled: true,
        lead_days: lead_days.to_vec(),
        time_of_day: Time::constant(9, 0, 0, 0),
        quiet_hours: None,
    }
}

impl Default for ReminderSettings {
    fn default() -> Self {
        Self {
            quiet_hours: QuietHours {
                start: Time::constant(22, 0, 0, 0),
                end: Time::constant(7, 0, 0, 0),
            },
            stay_in_touch: kind(&[0]),
            follow_up: kind(&[2]),
            event_follow_up: kind(&[1]),
            milestone: kind(&[0]),
            birthday: kind(&[0]),
            work_anniversary: kind(&[0]),
            deadline: kind(&[14, 7, 1]),
            cme_shortfall: kind(&[90, 30, 7]),
            claim_credits: kind(&[1]),
            custom: kind(&[0]),
            referral_thanks: kind(&[0]),
            intro_follow_up: kind(&[0]),
            mentoring: kind(&[0]),
            letter_request: kind(&[7]),
            opportunity: kind(&[7]),
            membership_renewal: kind(&[30]),
            profile_update: kind(&[0]),
            weekly_review: KindSettings {
                enabled: false,
                lead_days: vec![0],
                time_of_day: Time::constant(16, 0, 0, 0),
                quiet_hours: None,
            },
            weekly_review_day: Weekday::Friday,
        }
    }
}

impl ReminderSettings {
    /// The settings of one kind.
    pub fn of(&self, kind: ReminderKind) -> &KindSettings {
        match kind {
            ReminderKind::StayInTouch => &self.stay_in_touch,
            ReminderKind::FollowUp => &self.follow_up,
            ReminderKind::EventFollowUp => &self.event_follow_up,
            ReminderKind::Milestone => &self.milestone,
            ReminderKind::Birthday => &self.birthday,
            ReminderKind::WorkAnniversary => &self.work_anniversary,
            ReminderKind::Deadline => &self.deadline,
            ReminderKind::CmeShortfall => &self.cme_shortfall,
            ReminderKind::ClaimCredits => &self.claim_credits,
            ReminderKind::Custom => &self.custom,
            ReminderKind::ReferralThanks => &self.referral_thanks,
            ReminderKind::IntroFollowUp => &self.intro_follow_up,
            ReminderKind::Mentoring => &self.mentoring,
            ReminderKind::LetterRequest => &self.letter_request,
            ReminderKind::Opportunity => &self.opportunity,
            ReminderKind::MembershipRenewal => &self.membership_renewal,
            ReminderKind::ProfileUpdate => &self.profile_update,
            ReminderKind::WeeklyReview => &self.weekly_review,
        }
    }

    /// These settings with every kind `keep` refuses turned off: one half
    /// of an evaluation split in two (the `halves` module).
    pub(super) fn only(&self, keep: impl Fn(ReminderKind) -> bool) -> Self {
        let mut kept = self.clone();
        for kind in ReminderKind::ALL {
            if !keep(kind) {
                kept.of_mut(kind).enabled = false;
            }
        }
        kept
    }

    /// The quiet hours that hold for `kind`.
    pub fn quiet_hours_of(&self, kind: ReminderKind) -> QuietHours {
        self.of(kind).quiet_hours.unwrap_or(self.quiet_hours)
    }

    /// The one lead time of a kind that takes one (0 if none is set).
    pub(super) fn lead_of(&self, kind: ReminderKind) -> u32 {
        self.of(kind).lead_days.first().copied().unwrap_or(0)
    }

    /// The longest lead time of a kind (0 if none is set).
    pub(super) fn longest_lead_of(&self, kind: ReminderKind) -> u32 {
        self.of(kind).lead_days.iter().copied().max().unwrap_or(0)
    }

    /// Checks the settings and tidies them: lead times sorted, longest
    /// first, without repeats; times of day in whole minutes.
    pub fn checked(&self) -> Result<Self, Invalid> {
        let mut clean = self.clone();
        clean.quiet_hours = minutes(clean.quiet_hours);
        for kind in ReminderKind::ALL {
            let settings = clean.of_mut(kind);
            let field = kind.as_str();
            let many = kind.takes_several_leads();
            settings.lead_days.sort_unstable_by(|a, b| b.cmp(a));
            settings.lead_days.dedup();
            if settings.lead_days.is_empty() || (!many && settings.lead_days.len() > 1) {
                let wanted = if many {
                    "one or more lead times"
                } else {
                    "one lead time"
                };
                return Err(Invalid::new(
                    field,
                    format!("{}: give {wanted} in days (0 for on the day)", kind.label()),
                ));
            }
            if settings.lead_days.len() > MAX_LEADS {
                return Err(Invalid::new(
                    field,
                    format!("{}: at most {MAX_LEADS} lead times", kind.label()),
                ));
            }
            if settings.lead_days.iter().any(|&days| days > MAX_LEAD_DAYS) {
                return Err(Invalid::new(
                    field,
                    format!(
                        "{}: a lead time is at most {MAX_LEAD_DAYS} days",
                        kind.label()
                    ),
                ));
            }
            if kind == ReminderKind::WeeklyReview && settings.lead_days != [0] {
                return Err(Invalid::new(
                    field,
                    format!(
                        "{}: it comes on its day, with no lead time: pick the weekday instead",
                        kind.label()
                    ),
                ));
            }
            settings.time_of_day = whole_minutes(settings.time_of_day);
            settings.quiet_hours = settings.quiet_hours.map(minutes);
        }
        Ok(clean)
    }

    fn of_mut(&mut self, kind: ReminderKind) -> &mut KindSettings {
        match kind {
            ReminderKind::StayInTouch => &mut self.stay_in_touch,
            ReminderKind::FollowUp => &mut self.follow_up,
            ReminderKind::EventFollowUp => &mut self.event_follow_up,
            ReminderKind::Milestone => &mut self.milestone,
            ReminderKind::Birthday => &mut self.birthday,
            ReminderKind::WorkAnniversary => &mut self.work_anniversary,
            ReminderKind::Deadline => &mut self.deadline,
            ReminderKind::CmeShortfall => &mut self.cme_shortfall,
            ReminderKind::ClaimCredits => &mut self.claim_credits,
            ReminderKind::Custom => &mut self.custom,
            ReminderKind::ReferralThanks => &mut self.referral_thanks,
            ReminderKind::IntroFollowUp => &mut self.intro_follow_up,
            ReminderKind::Mentoring => &mut self.mentoring,
            ReminderKind::LetterRequest => &mut self.letter_request,
            ReminderKind::Opportunity => &mut self.opportunity,
            ReminderKind::MembershipRenewal => &mut self.membership_renewal,
            ReminderKind::ProfileUpdate => &mut self.profile_update,
            ReminderKind::WeeklyReview => &mut self.weekly_review,
        }
    }
}

fn whole_minutes(time: Time) -> Time {
    Time::new(time.hour(), time.minute(), 0, 0).unwrap_or(time)
}

fn minutes(quiet: QuietHours) -> QuietHours {
    QuietHours {
        start: whole_minutes(quiet.start),
        end: whole_minutes(quiet.end),
    }
}

/// The stored settings, or the defaults when none are stored. Settings that
/// cannot be read (written by a newer build in a shape this one does not
/// know) read as the defaults rather than stopping every reminder.
pub(super) fn load(conn: &Connection) -> Result<ReminderSettings, ReminderError> {
    let stored: Option<String> = conn
        .prepare_cached("SELECT settings FROM reminder_settings WHERE id = 1")?
        .query_row([], |row| row.get(0))
        .optional()?;
    Ok(stored
        .and_then(|json| serde_json::from_str::<ReminderSettings>(&json).ok())
        .and_then(|settings| settings.checked().ok())
        .unwrap_or_default())
}

/// Checks and stores the settings.
pub(super) fn save(conn: &Connection, settings: &ReminderSettings) -> Result<(), ReminderError> {
    let clean = settings.checked()?;
    let json = serde_json::to_string(&clean)
        .map_err(|err| Invalid::new("settings", format!("The settings cannot be stored: {err}")))?;
    conn.prepare_cached(
        "INSERT INTO reminder_settings (id, settings) VALUES (1, ?1)
         ON CONFLICT (id) DO UPDATE SET settings = excluded.settings",
    )?
    .execute([json])?;
    Ok(())
}
