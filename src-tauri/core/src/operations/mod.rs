//! Operations that cut across domains, the top layer of the core: merging
//! two contacts who are one person (their interactions, jobs, plans,
//! reminders and search entries follow), and actions on a selection of
//! contacts (tag, untag, delete with a backup first, and its undo).
//!
//! It may use every module below it (domains, storage, `values`); no module
//! of the core uses it, only the app, the CLI and tests. See
//! [`values`](crate::values) for the layers.

mod bulk;
mod merge;

pub use bulk::{delete_many, restore, tag, untag, Deleted};
pub use merge::merge;
