//! Secret values, wrapped so that they are wiped from memory when dropped and
//! never printed by `{:?}`.

use std::fmt;

use data_encoding::{BASE32_NOPAD, HEXLOWER};
use zeroize::Zeroizing;

use super::KeyError;

/// The fewest characters a user-chosen passphrase may have.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// The random 256-bit key that SQLCipher encrypts the database with.
pub struct DataKey(Zeroizing<[u8; 32]>);

impl DataKey {
    /// A fresh key from the OS random number generator.
    pub fn generate() -> Result<Self, KeyError> {
        let mut bytes = Zeroizing::new([0u8; 32]);
        getrandom::fill(bytes.as_mut()).map_err(|e| KeyError::Random(e.to_string()))?;
        Ok(Self(bytes))
    }

    /// A key from its 32 raw bytes.
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(Zeroizing::new(bytes))
    }

    /// The raw key bytes.
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// The key as 64 lowercase hex digits, the form kept in the OS keyring and
    /// given to SQLCipher as a raw key.
    pub fn to_hex(&self) -> Zeroizing<String> {
        Zeroizing::new(HEXLOWER.encode(self.0.as_ref()))
    }

    /// Parses the 64-hex-digit form; `None` when it is not one.
    pub fn from_hex(hex: &str) -> Option<Self> {
        let bytes = Zeroizing::new(HEXLOWER.decode(hex.trim().as_bytes()).ok()?);
        let array: [u8; 32] = bytes.as_slice().try_into().ok()?;
        Some(Self::from_bytes(array))
    }
}

impl fmt::Debug for DataKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DataKey(***)")
    }
}

/// A passphrase the user chose or typed.
#[derive(Clone)]
pub struct Passphrase(Zeroizing<String>);

impl Passphrase {
    /// Wraps what the user typed, as typed.
    pub fn new(text: impl Into<String>) -> Self {
        Self(Zeroizing::new(text.into()))
    }

    /// The passphrase text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Checks a passphrase being chosen for a new database.
    pub fn check_strength(&self) -> Result<(), KeyError> {
        if self.0.trim().chars().count() < MIN_PASSPHRASE_CHARS {
            return Err(KeyError::WeakPassphrase);
        }
        Ok(())
    }
}

impl fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Passphrase(***)")
    }
}

/// A 160-bit random recovery key, shown to the user once when the database is
/// made, written as eight groups of four letters and digits.
pub struct RecoveryKey(Zeroizing<String>);

impl RecoveryKey {
    /// A fresh recovery key.
    pub fn generate() -> Result<Self, KeyError> {
        let mut bytes = Zeroizing::new([0u8; 20]);
        getrandom::fill(bytes.as_mut()).map_err(|e| KeyError::Random(e.to_string()))?;
        Ok(Self(Zeroizing::new(BASE32_NOPAD.encode(bytes.as_ref()))))
    }

    /// Reads a recovery key as a person may type it: any case, with or without
    /// dashes and spaces. `None` when the text cannot be one.
    pub fn parse(text: &str) -> Option<Self> {
        let compact: Zeroizing<String> = Zeroizing::new(
            text.chars()
                .filter(|c| !c.is_whitespace() && *c != '-')
                .map(|c| c.to_ascii_uppercase())
                .collect(),
        );
        let bytes = Zeroizing::new(BASE32_NOPAD.decode(compact.as_bytes()).ok()?);
        (bytes.len() == 20).then(|| Self(compact))
    }

    /// The key as shown to the user: `ABCD-EFGH-…` (eight groups).
    pub fn display(&self) -> Zeroizing<String> {
        let groups: Vec<&str> = self
            .0
            .as_bytes()
            .chunks(4)
            .map(|chunk| std::str::from_utf8(chunk).unwrap_or_default())
            .collect();
        Zeroizing::new(groups.join("-"))
    }

    /// The canonical form the wrapping key is derived from.
    pub(crate) fn canonical(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RecoveryKey(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_never_show_in_debug_output() {
        let key = DataKey::generate().unwrap();
        let hex = key.to_hex();
        let printed = format!(
            "{key:?} {:?} {:?}",
            Passphrase::new("hunter22"),
            RecoveryKey::generate().unwrap()
        );
        assert!(!printed.contains(hex.as_str()));
        assert!(!printed.contains("hunter22"));
        assert_eq!(printed.matches("***").count(), 3);
    }

    #[test]
    fn data_key_round_trips_through_hex() {
        let key = DataKey::generate().unwrap();
        let back = DataKey::from_hex(&key.to_hex()).unwrap();
        assert_eq!(key.as_bytes(), back.as_bytes());
        assert!(DataKey::from_hex("not hex").is_none());
        assert!(DataKey::from_hex("abcd").is_none());
    }

    #[test]
    fn two_generated_keys_differ() {
        let a = DataKey::generate().unwrap();
        let b = DataKey::generate().unwrap();
        assert_ne!(a.as_bytes(), b.as_bytes());
    }

    #[test]
    fn recovery_key_reads_back_however_it_is_typed() {
        let key = RecoveryKey::generate().unwrap();
        let shown = key.display();
        assert_eq!(shown.len(), 8 * 4 + 7);
        let typed = shown.to_lowercase().replace('-', " ");
        let parsed = RecoveryKey::parse(&typed).unwrap();
        assert_eq!(parsed.canonical(), key.canonical());
        assert!(RecoveryKey::parse("correct horse battery staple").is_none());
    }

    #[test]
    fn short_passphrases_are_refused() {
        assert!(Passphrase::new("short").check_strength().is_err());
        assert!(Passphrase::new("long enough").check_strength().is_ok());
    }
}
