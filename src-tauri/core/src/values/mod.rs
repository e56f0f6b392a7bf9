//! The bottom layer: the values every domain speaks in, and nothing that
//! stores or decides. Ids, the parts of a person's card, the refusal a
//! domain returns for bad input ([`Invalid`]) with the field limits and
//! shared text checks, and the text form instants are stored in.
//!
//! The bottom of the core's layers (see the crate's documentation): it may
//! use the standard library, outside crates and [`choice`](crate::choice),
//! never another module of this crate, and every module may use it.
//! `tests/it/dependency_boundaries.rs` checks that on the sources.

mod card_parts;
mod dated_prompt;
mod ids;
mod invalid;
mod relationship_kind;
mod stored_time;
mod text;
mod uuid;

pub use card_parts::{Address, Labeled, NameParts, PartialDate, Photo};
pub use dated_prompt::DatedPrompt;
pub use ids::{
    CertificateId, ContactId, CreditId, CycleId, DeadlineId, EventId, InteractionId,
    OrganizationId, SessionId,
};
pub use invalid::{limits, Invalid};
pub use relationship_kind::RelationshipKind;
pub(crate) use stored_time::stored_instant;
pub(crate) use text::{fold, folded_words, is_phone_number, looks_like_email, single_line};
pub use uuid::uuid_text;
