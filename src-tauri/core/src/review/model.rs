//! What the weekly review shows, as the app, the CLI's JSON and the
//! bindings see it.

use jiff::civil::Date;
use serde::Serialize;
use ts_rs::TS;

use crate::events::{Occurrence, UpcomingDeadline};
use crate::reminders::Reminder;
use crate::values::ContactId;

/// One week looked back on, and the week after it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct WeekReview {
    /// The week's first day.
    #[ts(type = "string")]
    pub first_day: Date,
    /// The week's last day (included).
    #[ts(type = "string")]
    pub last_day: Date,
    /// Interactions logged as happening in the week.
    #[ts(type = "number")]
    pub interactions: usize,
    /// Different people those interactions were with.
    #[ts(type = "number")]
    pub people: usize,
    /// The interactions by kind, most first.
    pub by_kind: Vec<KindCount>,
    /// Follow-up reminders marked done in the week.
    #[ts(type = "number")]
    pub follow_ups_done: usize,
    /// Follow-up reminders dismissed in the week.
    #[ts(type = "number")]
    pub follow_ups_dismissed: usize,
    /// Follow-ups that fell due in the week and are still open: the missed ones.
    pub follow_ups_open: Vec<Reminder>,
    /// Referrals sent to colleagues on the week's days.
    #[ts(type = "number")]
    pub referrals_sent: usize,
    /// Referrals received from colleagues on the week's days.
    #[ts(type = "number")]
    pub referrals_received: usize,
    /// Contacts added to the book in the week, oldest first.
    pub new_contacts: Vec<NewContact>,
    /// CME hours earned on the week's days.
    pub cme_hours: f64,
    /// The coming week's events, in start order.
    pub coming_events: Vec<Occurrence>,
    /// The coming week's key dates (abstract deadlines, registration).
    pub coming_key_dates: Vec<UpcomingDeadline>,
    /// The other reminders falling due in the coming week, soonest first.
    pub coming_reminders: Vec<Reminder>,
}

/// How many interactions of one kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct KindCount {
    /// The interaction kind ("meeting", "call"…).
    pub kind: String,
    /// How many.
    #[ts(type = "number")]
    pub count: usize,
}

/// A contact added in the week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct NewContact {
    /// The contact's id.
    #[ts(type = "number")]
    pub id: ContactId,
    /// The name shown everywhere.
    pub display_name: String,
}
