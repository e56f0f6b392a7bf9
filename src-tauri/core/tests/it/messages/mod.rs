//! Message drafts: the templates, what a draft is about, how it reads, and
//! what "Sent" records.

mod compose;
mod context;
mod sent;
mod templates;
mod wording;
