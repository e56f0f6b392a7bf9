//! The bottom layer: the values every domain speaks in, and nothing that
//! stores or decides. Ids, the parts of a person's card, the refusal a
//! domain returns for bad input ([`Invalid`]) with the field limits and
//! shared text checks, and the text form instants are stored in.
//!
//! The core's layers, from the bottom:
//! 1. `values` (this module) may use only the standard library and outside
//!    crates, never another module of this crate.
//! 2. Plumbing and domains (`files`, `keys`, `db`, `contacts`, `events`,
//!    `reminders`, `search`…) may use `values` and the modules below them,
//!    and never in a circle.
//! 3. Operations across domains (`operations`: merge, bulk delete and its
//!    undo; `import`, `export`, `book`) may use any domain.
//!
//! `tests/dependency_boundaries.rs` checks both rules on the sources.

mod card_parts;
mod ids;
mod invalid;
mod relationship_kind;
mod stored_time;
mod text;

pub use card_parts::{Address, Labeled, NameParts, PartialDate, Photo};
pub use ids::{
    CertificateId, ContactId, CreditId, CycleId, DeadlineId, EventId, InteractionId,
    OrganizationId, SessionId,
};
pub use invalid::{limits, Invalid};
pub use relationship_kind::RelationshipKind;
pub(crate) use stored_time::stored_instant;
pub(crate) use text::{fold, folded_words, is_phone_number, looks_like_email, single_line};
