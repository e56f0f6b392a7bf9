//! How a refused input is told to the user ([`Invalid`]: the field and a
//! sentence), and the longest each kind of field may be. Every domain's
//! validation returns these, so they sit below all of them.

/// The longest each field may be, in characters.
pub mod limits {
    /// Display name.
    pub const NAME: usize = 200;
    /// Credentials, specialty, institution.
    pub const SHORT_TEXT: usize = 300;
    /// One email address (RFC 5321's limit).
    pub const EMAIL: usize = 254;
    /// One phone number.
    pub const PHONE: usize = 64;
    /// One tag.
    pub const TAG: usize = 64;
    /// How many emails, phones or tags one contact may have.
    pub const ITEMS: usize = 50;
    /// Notes.
    pub const NOTES: usize = 100_000;
    /// One link.
    pub const URL: usize = 2048;
}

/// A rule the input broke, e.g. "Name is required".
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct Invalid {
    /// The field at fault, as named in the UI's form (`display_name`, `emails`…).
    pub field: &'static str,
    /// What is wrong, for the user.
    pub message: String,
}

impl Invalid {
    pub(crate) fn new(field: &'static str, message: impl Into<String>) -> Self {
        Self {
            field,
            message: message.into(),
        }
    }
}
