//! The sync key and the sealed records: everything only Curbside reads
//! crosses the server as ciphertext (XChaCha20-Poly1305 under a 256-bit
//! key the server never sees). The first computer makes the key; the user
//! types its text form into the second. A key-check resource on the
//! server tells a wrong key from a damaged record.
//!
//! OWNER: cards helper.

use zeroize::Zeroizing;

/// The name of the key-check resource in the private collection.
pub const KEY_CHECK_NAME: &str = "curbside-key-check.ics";

/// A sync key: 32 random bytes.
#[derive(Clone)]
pub struct SyncKey(pub Zeroizing<[u8; 32]>);

impl std::fmt::Debug for SyncKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SyncKey(…)")
    }
}

/// Why a sealed record or a key could not be read.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum SealError {
    /// The key's text is not a sync key.
    #[error("that is not a sync key: it is 52 letters and digits, in groups, as Settings → Sync showed it")]
    NotAKey,
    /// The record does not open with this key (another key, or damaged).
    #[error("a record on the server does not open with this computer's sync key")]
    WrongKey,
    /// The record is not a sealed record at all.
    #[error("a record on the server is not a Curbside record: {0}")]
    Malformed(String),
    /// The system gave no randomness.
    #[error("this computer gave no random numbers for a new sync key: {0}")]
    Random(String),
}

impl SyncKey {
    /// A new random key.
    pub fn generate() -> Result<SyncKey, SealError> {
        unimplemented!("cards helper")
    }

    /// The key as the user copies it to the other computer (base32 in
    /// groups of four).
    pub fn to_text(&self) -> String {
        unimplemented!("cards helper")
    }

    /// Reads a key the user typed (spaces, dashes and case ignored).
    pub fn from_text(text: &str) -> Result<SyncKey, SealError> {
        let _ = text;
        unimplemented!("cards helper")
    }

    /// Seals bytes: base64 of nonce and ciphertext.
    pub fn seal(&self, plain: &[u8]) -> Result<String, SealError> {
        let _ = plain;
        unimplemented!("cards helper")
    }

    /// Opens what [`SyncKey::seal`] made.
    pub fn open(&self, sealed: &str) -> Result<Zeroizing<Vec<u8>>, SealError> {
        let _ = sealed;
        unimplemented!("cards helper")
    }

    /// The key-check resource's content (a VJOURNAL holding a sealed marker).
    pub fn key_check(&self) -> Result<String, SealError> {
        unimplemented!("cards helper")
    }

    /// Whether this key opens a key-check resource's content.
    pub fn opens_key_check(&self, body: &str) -> bool {
        let _ = body;
        unimplemented!("cards helper")
    }
}
