//! The sync key and the sealed records: everything only Curbside reads
//! crosses the server as ciphertext (XChaCha20-Poly1305 under a 256-bit
//! key the server never sees). The first computer makes the key; the user
//! types its text form into the second. A key-check resource on the
//! server tells a wrong key from a damaged record.
//!
//! OWNER: cards helper.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use data_encoding::{BASE32_NOPAD, BASE64};
use zeroize::Zeroizing;

/// The name of the key-check resource in the private collection.
pub const KEY_CHECK_NAME: &str = "curbside-key-check.ics";

/// The property that carries a sealed record in a vCard or iCalendar object.
pub const SEALED_PROPERTY: &str = "X-CURBSIDE-SEALED";

/// The product id of what sync writes.
pub const PRODID: &str = "-//Curbside//Curbside Sync//EN";

const KEY_CHECK_UID: &str = "curbside-key-check";
const KEY_CHECK_MARKER: &[u8] = b"curbside-sync-key-check-v1";
// Binds every sealed record to this use of the key.
const ASSOCIATED: &[u8] = b"curbside-sync-v1";
const KEY_BYTES: usize = 32;
const NONCE_BYTES: usize = 24;
const TAG_BYTES: usize = 16;
// 256 bits in base32 without padding: 52 letters and digits, shown in
// groups of four.
const TEXT_LETTERS: usize = 52;
const GROUP: usize = 4;
const FOLD_AT: usize = 75;

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
        let mut bytes = Zeroizing::new([0u8; KEY_BYTES]);
        getrandom::fill(bytes.as_mut()).map_err(|e| SealError::Random(e.to_string()))?;
        Ok(SyncKey(bytes))
    }

    /// The key as the user copies it to the other computer (base32 in
    /// groups of four).
    pub fn to_text(&self) -> String {
        let plain = Zeroizing::new(BASE32_NOPAD.encode(self.0.as_ref()));
        let groups: Vec<&str> = plain
            .as_bytes()
            .chunks(GROUP)
            .map(|group| std::str::from_utf8(group).unwrap_or_default())
            .collect();
        groups.join("-")
    }

    /// Reads a key the user typed (spaces, dashes and case ignored).
    pub fn from_text(text: &str) -> Result<SyncKey, SealError> {
        let letters: Zeroizing<String> = Zeroizing::new(
            text.chars()
                .filter(|c| !c.is_whitespace() && *c != '-')
                .map(|c| c.to_ascii_uppercase())
                .collect(),
        );
        if letters.len() != TEXT_LETTERS {
            return Err(SealError::NotAKey);
        }
        let bytes = Zeroizing::new(
            BASE32_NOPAD
                .decode(letters.as_bytes())
                .map_err(|_| SealError::NotAKey)?,
        );
        let bytes: [u8; KEY_BYTES] = bytes
            .as_slice()
            .try_into()
            .map_err(|_| SealError::NotAKey)?;
        Ok(SyncKey(Zeroizing::new(bytes)))
    }

    /// Seals bytes: base64 of nonce and ciphertext.
    pub fn seal(&self, plain: &[u8]) -> Result<String, SealError> {
        let mut nonce = [0u8; NONCE_BYTES];
        getrandom::fill(&mut nonce).map_err(|e| SealError::Random(e.to_string()))?;
        let sealed = self
            .cipher()
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: plain,
                    aad: ASSOCIATED,
                },
            )
            .map_err(|_| SealError::Malformed("the record is too large to seal".into()))?;
        let mut out = Vec::with_capacity(NONCE_BYTES + sealed.len());
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        Ok(BASE64.encode(&out))
    }

    /// Opens what [`SyncKey::seal`] made.
    pub fn open(&self, sealed: &str) -> Result<Zeroizing<Vec<u8>>, SealError> {
        let bytes = BASE64
            .decode(sealed.trim().as_bytes())
            .map_err(|_| SealError::Malformed("its sealed part is not base64".into()))?;
        if bytes.len() < NONCE_BYTES + TAG_BYTES {
            return Err(SealError::Malformed(
                "its sealed part is too short to hold a record".into(),
            ));
        }
        let (nonce, ciphertext) = bytes.split_at(NONCE_BYTES);
        let plain = self
            .cipher()
            .decrypt(
                XNonce::from_slice(nonce),
                Payload {
                    msg: ciphertext,
                    aad: ASSOCIATED,
                },
            )
            .map_err(|_| SealError::WrongKey)?;
        Ok(Zeroizing::new(plain))
    }

    /// The key-check resource's content (a VJOURNAL holding a sealed marker).
    pub fn key_check(&self) -> Result<String, SealError> {
        let sealed = self.seal(KEY_CHECK_MARKER)?;
        let stamp = jiff::Timestamp::now().strftime("%Y%m%dT%H%M%SZ");
        let mut out = String::new();
        for line in [
            "BEGIN:VCALENDAR".to_owned(),
            "VERSION:2.0".to_owned(),
            format!("PRODID:{PRODID}"),
            "BEGIN:VJOURNAL".to_owned(),
            format!("UID:{KEY_CHECK_UID}"),
            format!("DTSTAMP:{stamp}"),
            "SUMMARY:Curbside sync key check".to_owned(),
            format!("{SEALED_PROPERTY}:{sealed}"),
            "END:VJOURNAL".to_owned(),
            "END:VCALENDAR".to_owned(),
        ] {
            fold_into(&mut out, &line);
        }
        Ok(out)
    }

    /// Whether this key opens a key-check resource's content.
    pub fn opens_key_check(&self, body: &str) -> bool {
        let Some(sealed) = sealed_value(body) else {
            return false;
        };
        self.open(&sealed)
            .is_ok_and(|marker| marker.as_slice() == KEY_CHECK_MARKER)
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(self.0.as_ref().into())
    }
}

/// The value of a text's first `X-CURBSIDE-SEALED` property, unfolded
/// (CRLF or LF line ends, any case), if it has one.
pub fn sealed_value(text: &str) -> Option<String> {
    let mut found: Option<String> = None;
    for line in text.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if let Some(value) = found.as_mut() {
            match line.strip_prefix([' ', '\t']) {
                Some(rest) => value.push_str(rest),
                None => break,
            }
        } else if let Some(value) = property_value(line, SEALED_PROPERTY) {
            found = Some(value.to_owned());
        }
    }
    found
}

/// The value of a content line when it is the property `name` (parameters
/// and a group allowed, any case).
fn property_value<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    let (head, value) = line.split_once(':')?;
    let head = head.split(';').next().unwrap_or_default();
    let bare = head.rsplit_once('.').map_or(head, |(_, bare)| bare);
    bare.trim().eq_ignore_ascii_case(name).then_some(value)
}

/// Appends one content line to `out`, folded at 75 octets (never inside a
/// UTF-8 character) with CRLF line ends, as RFC 5545 and RFC 6350 ask.
pub fn fold_into(out: &mut String, line: &str) {
    let mut rest = line;
    let mut limit = FOLD_AT;
    while rest.len() > limit {
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        limit = FOLD_AT - 1;
    }
    out.push_str(rest);
    out.push_str("\r\n");
}
