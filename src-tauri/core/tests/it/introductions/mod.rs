//! Introductions with double opt-in and the user's own presence: the status
//! machine, the drafts, the prompts, and the name moved out of messages.

mod drafts;
mod flow;
mod presence;
