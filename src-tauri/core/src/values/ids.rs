//! The ids rows are known by. Each is a plain integer, named for what it
//! points at; they live here, not in their domains, so that a module can
//! name a contact or an event without depending on the module that stores
//! it.

/// A contact's id: stable for the life of the database.
pub type ContactId = i64;

/// An interaction's id.
pub type InteractionId = i64;

/// An organisation's id.
pub type OrganizationId = i64;

/// An event's id.
pub type EventId = i64;

/// A key date's id.
pub type DeadlineId = i64;

/// A planned session's id.
pub type SessionId = i64;

/// A credit entry's id.
pub type CreditId = i64;

/// A certificate's id.
pub type CertificateId = i64;

/// A cycle's id.
pub type CycleId = i64;
