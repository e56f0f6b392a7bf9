//! Mentors and mentees: goals with target dates, meetings with notes and
//! action items, and letters of recommendation asked for, with the
//! program's deadline and prompts for both sides.
//!
//! - [`add`] a mentorship (a contact and a [`Role`]; it also records the
//!   relationship with the user, so the contact list's mentor/mentee
//!   filter and the stay-in-touch rules by relationship see it), with a
//!   meeting cadence in weeks;
//! - its [`add_goal`]s, and the [`log_meeting`]s with their action items
//!   (a meeting is also logged as an interaction of kind meeting, so the
//!   contact's last contact and stay-in-touch cadence count it);
//! - letter requests ([`add_letter`], [`set_letter_status`]) either way;
//! - [`prompts`] (kind Mentoring) and [`letter_prompts`] (kind
//!   LetterRequest) for the reminder engine;
//! - [`fold_into`]: the two mentorships of one role a contact merge would
//!   leave for one person ([`same_role`]) become one.
//!
//! A goal has a uid of its own (migration 021, given by the database when
//! a goal is added), which sync names it by between computers.
//!
//! What a reminder's source names: a meeting prompt (part `meet`) names
//! the mentorship; a goal's prompt (part `goal`) names the goal; every
//! letter prompt (parts `ask`, `send`, `thank`, `outcome`) names the
//! letter request. Ids are AUTOINCREMENT in each table, so a source and
//! part never name two rows.

mod goals;
mod join;
mod letters;
mod meetings;
mod mentorships;
mod model;
mod prompts;
mod validate;

pub use goals::{add_goal, delete_goal, update_goal};
pub use join::{fold_into, same_role};
pub use letters::{
    add_letter, delete_letter, letter, letters, letters_for_contact, set_letter_outcome,
    set_letter_status, update_letter,
};
pub use meetings::{delete_meeting, log_meeting, set_action_done};
pub use mentorships::{add, delete, for_contact, get, list, update};
pub use model::{
    ActionItem, Goal, GoalDraft, LetterDraft, LetterRequest, LetterStatus, Meeting, MeetingDraft,
    Mentorship, MentorshipDraft, Outcome, Program, Role, Writer,
};
pub use prompts::{
    letter_prompts, prompts, ASK_WEEKS_BEFORE, OUTCOME_WEEKS_AFTER, SEND_DAYS_BEFORE,
};

use crate::contacts::ContactError;
use crate::values::Invalid;

/// Why a mentorship or letter request could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum MentorshipError {
    /// The input breaks a rule; the message says which, for the user.
    #[error(transparent)]
    Invalid(#[from] Invalid),
    /// No record of this kind has this id.
    #[error("there is no {what} with id {id}")]
    NotFound {
        /// "mentorship", "goal", "meeting", "action item", "letter request"
        /// or "contact".
        what: &'static str,
        /// The id asked for.
        id: i64,
    },
    /// The database failed.
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
}

impl From<ContactError> for MentorshipError {
    fn from(error: ContactError) -> Self {
        match error {
            ContactError::Invalid(invalid) => Self::Invalid(invalid),
            ContactError::NotFound(id) => Self::NotFound {
                what: "contact",
                id,
            },
            ContactError::Database(error) => Self::Database(error),
        }
    }
}
