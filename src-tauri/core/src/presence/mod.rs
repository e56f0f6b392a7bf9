//! The user's own presence: name, credentials, bio, elevator pitch and links
//! (Doximity, LinkedIn, ORCID, a website, a CV), kept once and used in drafts
//! and introductions ({my_name}, {my_credentials}, {my_pitch}, {my_links}),
//! and a prompt to update one's own profiles after one's own milestones.
//!
//! The name drafts are signed with lived in `messages` (table
//! `message_sender`) before; migration 016 moved it into [`Presence`].
//! The CV is kept as the path of the file the user picked: it is a
//! document they keep editing where it is, and a copy in the book would
//! go stale.

mod milestones;
mod model;
mod profile;
mod prompts;

pub use milestones::{add_milestone, delete_milestone, milestones};
pub use model::{OwnMilestone, OwnMilestoneDraft, OwnMilestoneId, OwnMilestoneKind, Presence};
pub use profile::{get, set, set_name};
pub use prompts::prompts;

use crate::values::Invalid;

/// Why the user's presence or milestones could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum PresenceError {
    /// The input breaks a rule; the message says which, for the user.
    #[error(transparent)]
    Invalid(#[from] Invalid),
    /// No own milestone has this id.
    #[error("there is no milestone of yours with id {0}")]
    NotFound(i64),
    /// The database failed.
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
}
