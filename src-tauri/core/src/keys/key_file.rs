//! The key file beside the database: the data key, wrapped (encrypted) once
//! per way the user can unlock without the OS keyring.
//!
//! Each slot derives a wrapping key from a secret with Argon2id and seals the
//! data key with XChaCha20-Poly1305. The file holds no secret in the clear,
//! so it can sit beside the database and travel with backups.

use std::fs;
use std::io::Write;
use std::path::Path;

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use data_encoding::{BASE64, HEXLOWER};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::{DataKey, KeyError, Passphrase, RecoveryKey};

const FORMAT: u32 = 1;
// OWASP's Argon2id baseline: 19 MiB, two passes, one lane. Every slot is
// sealed with these; a slot found with less is re-sealed with them once its
// secret is typed ([`KeyFile::strengthen`]).
const STRONG: Cost = Cost {
    memory_kib: 19 * 1024,
    passes: 2,
    lanes: 1,
};
// Bounds on the settings read from a slot, checked before any work: a
// tampered or damaged file must not make the app spend gigabytes (abort)
// or minutes (hang) before it can be refused. They hold every setting any
// Curbside wrote: 8 KiB and one pass (a faulty build's weak slots, re-sealed
// at the next unlock) up to today's 19 MiB, two passes, one lane.
const MIN_MEMORY_KIB: u32 = 8;
const MAX_MEMORY_KIB: u32 = 1024 * 1024;
const MAX_PASSES: u32 = 10;
const MAX_LANES: u32 = 8;
// The lengths Curbside writes: a 16-byte salt (Argon2 takes 8 to 64), a
// 24-byte nonce, a 32-byte key with its 16-byte tag.
const SALT_BYTES: std::ops::RangeInclusive<usize> = 8..=64;
const NONCE_BYTES: usize = 24;
const SEALED_BYTES: usize = 32 + 16;

/// Argon2id's settings for one slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Cost {
    memory_kib: u32,
    passes: u32,
    lanes: u32,
}

/// Which secret a slot is sealed with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SlotKind {
    /// The recovery key shown once at set-up.
    Recovery,
    /// A passphrase the user chose.
    Passphrase,
}

/// One wrapped copy of the data key.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct KeySlot {
    /// Which secret unlocks this slot.
    pub kind: SlotKind,
    /// Argon2id memory cost in KiB.
    pub memory_kib: u32,
    /// Argon2id passes.
    pub passes: u32,
    /// Argon2id lanes.
    pub lanes: u32,
    /// Argon2id salt, base64.
    pub salt: String,
    /// XChaCha20-Poly1305 nonce, base64.
    pub nonce: String,
    /// The sealed data key, base64.
    pub sealed_key: String,
}

/// The contents of `keys.json`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct KeyFile {
    /// The file format version.
    pub format: u32,
    /// A random name for this database, under which the OS keyring keeps its key.
    pub database_id: String,
    /// The wrapped copies of the data key.
    pub slots: Vec<KeySlot>,
}

impl KeyFile {
    /// An empty key file for a new database with a fresh random id.
    pub fn new() -> Result<Self, KeyError> {
        let mut id = [0u8; 16];
        getrandom::fill(&mut id).map_err(|e| KeyError::Random(e.to_string()))?;
        Ok(Self {
            format: FORMAT,
            database_id: HEXLOWER.encode(&id),
            slots: Vec::new(),
        })
    }

    /// Adds a slot that opens with the recovery key.
    pub fn seal_with_recovery_key(
        &mut self,
        key: &DataKey,
        recovery: &RecoveryKey,
    ) -> Result<(), KeyError> {
        self.seal(SlotKind::Recovery, recovery.canonical().as_bytes(), key)
    }

    /// Adds a slot that opens with the passphrase.
    pub fn seal_with_passphrase(
        &mut self,
        key: &DataKey,
        passphrase: &Passphrase,
    ) -> Result<(), KeyError> {
        self.seal(SlotKind::Passphrase, passphrase.as_str().as_bytes(), key)
    }

    /// The data key, if `secret` is this database's passphrase or recovery key.
    ///
    /// A damaged slot does not stop the others from being tried; when none
    /// opens and one was damaged, that is the error (the secret may well be
    /// right), not [`KeyError::WrongSecret`].
    pub fn unseal(&self, secret: &Passphrase) -> Result<DataKey, KeyError> {
        let recovery = RecoveryKey::parse(secret.as_str());
        let mut damaged = None;
        for slot in &self.slots {
            let attempt = match slot.kind {
                SlotKind::Passphrase => self.open_slot(slot, secret.as_str().as_bytes()),
                SlotKind::Recovery => match &recovery {
                    Some(recovery) => self.open_slot(slot, recovery.canonical().as_bytes()),
                    None => Ok(None),
                },
            };
            match attempt {
                Ok(Some(key)) => return Ok(key),
                Ok(None) => {}
                Err(error) => damaged = damaged.or(Some(error)),
            }
        }
        Err(damaged.unwrap_or(KeyError::WrongSecret))
    }

    /// What is wrong with this key file as read, one problem a line: no
    /// slot, an id that is not one, a slot whose fields cannot be what
    /// Curbside wrote. Empty when it looks sound (whether a secret opens it
    /// is another question).
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.slots.is_empty() {
            problems.push(
                "it holds no key slot, so no passphrase or recovery key can open it".to_owned(),
            );
        }
        if self.database_id.len() != 32 || HEXLOWER.decode(self.database_id.as_bytes()).is_err() {
            problems.push(format!(
                "its database_id {:?} is not 32 hex digits",
                self.database_id
            ));
        }
        for (index, slot) in self.slots.iter().enumerate() {
            if let Err(reason) = check_slot(slot) {
                problems.push(format!("slot {} ({:?}): {reason}", index + 1, slot.kind));
            }
        }
        problems
    }

    /// Re-seals, with today's key-derivation settings, every slot that
    /// `secret` opens and that was sealed with weaker ones (by an older or
    /// faulty build, or edited by hand), so a copy of the file is as hard to
    /// attack as a new one. Only the typed secret can re-seal its own slot;
    /// the others stay as they are until theirs is typed. Returns whether
    /// anything changed, so the caller knows to save the file.
    pub fn strengthen(&mut self, key: &DataKey, secret: &Passphrase) -> Result<bool, KeyError> {
        let recovery = RecoveryKey::parse(secret.as_str());
        let mut changed = false;
        for index in 0..self.slots.len() {
            let slot = &self.slots[index];
            if is_strong(slot) {
                continue;
            }
            let kind = slot.kind;
            let material = match (kind, &recovery) {
                (SlotKind::Passphrase, _) => secret.as_str().as_bytes(),
                (SlotKind::Recovery, Some(recovery)) => recovery.canonical().as_bytes(),
                (SlotKind::Recovery, None) => continue,
            };
            match self.open_slot(slot, material)? {
                Some(opened) if opened.as_bytes() == key.as_bytes() => {}
                _ => continue,
            }
            self.slots[index] = self.sealed_slot(kind, material, key, STRONG)?;
            changed = true;
        }
        Ok(changed)
    }

    /// Reads `path`.
    pub fn load(path: &Path) -> Result<Self, KeyError> {
        let text = fs::read_to_string(path).map_err(|source| KeyError::Io {
            action: "read",
            path: path.display().to_string(),
            source,
        })?;
        let file: Self = serde_json::from_str(&text).map_err(|e| KeyError::Damaged {
            path: path.display().to_string(),
            reason: e.to_string(),
        })?;
        if file.slots.is_empty() {
            return Err(KeyError::Damaged {
                path: path.display().to_string(),
                reason: "it holds no key slot".into(),
            });
        }
        if file.format != FORMAT {
            return Err(KeyError::Damaged {
                path: path.display().to_string(),
                reason: format!("format {} is not one this version reads", file.format),
            });
        }
        Ok(file)
    }

    /// Writes to `path` atomically: a temporary file beside it, flushed, then
    /// renamed over it, so a crash leaves the old file or the new, never half.
    pub fn save(&self, path: &Path) -> Result<(), KeyError> {
        let io_error = |source| KeyError::Io {
            action: "write",
            path: path.display().to_string(),
            source,
        };
        let json =
            serde_json::to_string_pretty(self).map_err(|e| io_error(std::io::Error::other(e)))?;
        let temporary = path.with_extension("json.tmp");
        let mut file = fs::File::create(&temporary).map_err(io_error)?;
        file.write_all(json.as_bytes()).map_err(io_error)?;
        file.sync_all().map_err(io_error)?;
        drop(file);
        fs::rename(&temporary, path).map_err(io_error)
    }

    fn seal(&mut self, kind: SlotKind, secret: &[u8], key: &DataKey) -> Result<(), KeyError> {
        let slot = self.sealed_slot(kind, secret, key, STRONG)?;
        self.slots.push(slot);
        Ok(())
    }

    /// A new slot of `kind`, sealed with `secret` at today's strength (not
    /// yet in the file).
    pub(super) fn fresh_slot(
        &self,
        kind: SlotKind,
        secret: &[u8],
        key: &DataKey,
    ) -> Result<KeySlot, KeyError> {
        self.sealed_slot(kind, secret, key, STRONG)
    }

    fn sealed_slot(
        &self,
        kind: SlotKind,
        secret: &[u8],
        key: &DataKey,
        cost: Cost,
    ) -> Result<KeySlot, KeyError> {
        let mut salt = [0u8; 16];
        let mut nonce = [0u8; 24];
        getrandom::fill(&mut salt).map_err(|e| KeyError::Random(e.to_string()))?;
        getrandom::fill(&mut nonce).map_err(|e| KeyError::Random(e.to_string()))?;
        let wrapping = derive(secret, &salt, cost.memory_kib, cost.passes, cost.lanes)?;
        let cipher = XChaCha20Poly1305::new(wrapping.as_ref().into());
        let aad = self.associated_data(kind);
        let sealed = cipher
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: key.as_bytes(),
                    aad: &aad,
                },
            )
            .map_err(|_| KeyError::Random("sealing the data key failed".into()))?;
        Ok(KeySlot {
            kind,
            memory_kib: cost.memory_kib,
            passes: cost.passes,
            lanes: cost.lanes,
            salt: BASE64.encode(&salt),
            nonce: BASE64.encode(&nonce),
            sealed_key: BASE64.encode(&sealed),
        })
    }

    fn open_slot(&self, slot: &KeySlot, secret: &[u8]) -> Result<Option<DataKey>, KeyError> {
        let Checked {
            salt,
            nonce,
            sealed,
        } = check_slot(slot).map_err(|reason| KeyError::Damaged {
            path: "keys.json".into(),
            reason: format!(
                "the {} slot: {reason}",
                match slot.kind {
                    SlotKind::Passphrase => "passphrase",
                    SlotKind::Recovery => "recovery key",
                }
            ),
        })?;
        let wrapping = derive(secret, &salt, slot.memory_kib, slot.passes, slot.lanes)?;
        let cipher = XChaCha20Poly1305::new(wrapping.as_ref().into());
        let aad = self.associated_data(slot.kind);
        let Ok(plain) = cipher.decrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: &sealed,
                aad: &aad,
            },
        ) else {
            return Ok(None);
        };
        let plain = Zeroizing::new(plain);
        let bytes: [u8; 32] = plain.as_slice().try_into().map_err(|_| KeyError::Damaged {
            path: "keys.json".into(),
            reason: "a sealed key of the wrong length".into(),
        })?;
        Ok(Some(DataKey::from_bytes(bytes)))
    }

    /// Binds each sealed key to this database and slot kind.
    fn associated_data(&self, kind: SlotKind) -> Vec<u8> {
        format!("curbside-key-v{FORMAT}:{}:{kind:?}", self.database_id).into_bytes()
    }
}

/// A slot's decoded fields, checked against what Curbside writes.
struct Checked {
    salt: Vec<u8>,
    nonce: Vec<u8>,
    sealed: Vec<u8>,
}

/// Decodes a slot and checks every field before any key derivation runs,
/// so a damaged or tampered slot costs nothing: the reason when it is not
/// one Curbside could have written.
fn check_slot(slot: &KeySlot) -> Result<Checked, String> {
    let decode = |field: &str, text: &str| {
        BASE64
            .decode(text.as_bytes())
            .map_err(|_| format!("its {field} is not base64"))
    };
    let salt = decode("salt", &slot.salt)?;
    let nonce = decode("nonce", &slot.nonce)?;
    let sealed = decode("sealed key", &slot.sealed_key)?;
    if !SALT_BYTES.contains(&salt.len()) {
        return Err(format!("its salt is {} bytes, not 8 to 64", salt.len()));
    }
    if nonce.len() != NONCE_BYTES {
        return Err(format!(
            "its nonce is {} bytes, not {NONCE_BYTES}",
            nonce.len()
        ));
    }
    if sealed.len() != SEALED_BYTES {
        return Err(format!(
            "its sealed key is {} bytes, not {SEALED_BYTES}",
            sealed.len()
        ));
    }
    let memory = MIN_MEMORY_KIB.max(8 * slot.lanes)..=MAX_MEMORY_KIB;
    if !memory.contains(&slot.memory_kib)
        || !(1..=MAX_PASSES).contains(&slot.passes)
        || !(1..=MAX_LANES).contains(&slot.lanes)
    {
        return Err(format!(
            "key derivation settings no Curbside writes ({} KiB, {} passes, {} lanes; at most {MAX_MEMORY_KIB} KiB, {MAX_PASSES} passes, {MAX_LANES} lanes)",
            slot.memory_kib, slot.passes, slot.lanes
        ));
    }
    Ok(Checked {
        salt,
        nonce,
        sealed,
    })
}

/// Whether a slot was sealed with at least today's key-derivation settings.
fn is_strong(slot: &KeySlot) -> bool {
    slot.memory_kib >= STRONG.memory_kib
        && slot.passes >= STRONG.passes
        && slot.lanes >= STRONG.lanes
}

fn derive(
    secret: &[u8],
    salt: &[u8],
    memory_kib: u32,
    passes: u32,
    lanes: u32,
) -> Result<Zeroizing<[u8; 32]>, KeyError> {
    let damaged = |e: argon2::Error| KeyError::Damaged {
        path: "keys.json".into(),
        reason: format!("key derivation settings: {e}"),
    };
    let params = Params::new(memory_kib, passes, lanes, Some(32)).map_err(damaged)?;
    let mut out = Zeroizing::new([0u8; 32]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(secret, salt, out.as_mut())
        .map_err(damaged)?;
    Ok(out)
}

/// For tests: a slot sealed with weak settings (8 KiB, one pass), as an old
/// or faulty build might have written.
#[cfg(test)]
impl KeyFile {
    pub(crate) fn seal_weakly_with_passphrase(&mut self, key: &DataKey, passphrase: &Passphrase) {
        let weak = Cost {
            memory_kib: 8,
            passes: 1,
            lanes: 1,
        };
        let slot = self
            .sealed_slot(
                SlotKind::Passphrase,
                passphrase.as_str().as_bytes(),
                key,
                weak,
            )
            .unwrap();
        self.slots.push(slot);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sealed_file() -> (KeyFile, DataKey, RecoveryKey) {
        let key = DataKey::generate().unwrap();
        let recovery = RecoveryKey::generate().unwrap();
        let mut file = KeyFile::new().unwrap();
        file.seal_with_recovery_key(&key, &recovery).unwrap();
        file.seal_with_passphrase(&key, &Passphrase::new("correct horse"))
            .unwrap();
        (file, key, recovery)
    }

    #[test]
    fn passphrase_and_recovery_key_both_unseal_the_data_key() {
        let (file, key, recovery) = sealed_file();
        let by_passphrase = file.unseal(&Passphrase::new("correct horse")).unwrap();
        let by_recovery = file
            .unseal(&Passphrase::new(recovery.display().as_str()))
            .unwrap();
        assert_eq!(by_passphrase.as_bytes(), key.as_bytes());
        assert_eq!(by_recovery.as_bytes(), key.as_bytes());
    }

    #[test]
    fn a_wrong_secret_is_refused() {
        let (file, _, _) = sealed_file();
        let result = file.unseal(&Passphrase::new("incorrect horse"));
        assert!(matches!(result, Err(KeyError::WrongSecret)));
    }

    #[test]
    fn key_file_holds_no_secret_in_the_clear_and_survives_a_save() {
        let (file, key, _) = sealed_file();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys.json");
        file.save(&path).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(!text.contains(key.to_hex().as_str()));
        assert!(!text.contains("correct horse"));
        let back = KeyFile::load(&path).unwrap();
        assert_eq!(
            back.unseal(&Passphrase::new("correct horse"))
                .unwrap()
                .as_bytes(),
            key.as_bytes()
        );
    }

    #[test]
    fn a_slot_moved_to_another_database_does_not_open() {
        let (file, _, _) = sealed_file();
        let mut other = KeyFile::new().unwrap();
        other.slots = file.slots.clone();
        assert!(matches!(
            other.unseal(&Passphrase::new("correct horse")),
            Err(KeyError::WrongSecret)
        ));
    }

    #[test]
    fn a_damaged_key_file_is_reported_as_damaged() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys.json");
        std::fs::write(&path, "{ not json").unwrap();
        assert!(matches!(
            KeyFile::load(&path),
            Err(KeyError::Damaged { .. })
        ));
    }

    #[test]
    fn every_slot_is_sealed_with_owasp_strength_key_derivation() {
        let (file, _, _) = sealed_file();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys.json");
        file.save(&path).unwrap();
        let stored: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let slots = stored["slots"].as_array().unwrap();
        assert_eq!(slots.len(), 2);
        for slot in slots {
            // 19 MiB, two passes, one lane: OWASP's Argon2id baseline.
            assert_eq!(slot["memory_kib"], 19_456, "{slot}");
            assert_eq!(slot["passes"], 2, "{slot}");
            assert_eq!(slot["lanes"], 1, "{slot}");
        }
    }

    #[test]
    fn a_weakly_sealed_slot_is_resealed_strong_by_its_own_secret_and_still_opens() {
        let key = DataKey::generate().unwrap();
        let recovery = RecoveryKey::generate().unwrap();
        let passphrase = Passphrase::new("correct horse");
        let mut file = KeyFile::new().unwrap();
        file.seal_with_recovery_key(&key, &recovery).unwrap();
        file.seal_weakly_with_passphrase(&key, &passphrase);
        let strong_recovery_slot = file.slots[0].clone();

        // The recovery key opens only its own (already strong) slot.
        let typed_recovery = Passphrase::new(recovery.display().as_str());
        assert!(!file.strengthen(&key, &typed_recovery).unwrap());
        assert_eq!(file.slots[1].memory_kib, 8);

        assert!(file.strengthen(&key, &passphrase).unwrap());
        assert_eq!(file.slots.len(), 2);
        assert_eq!(
            (
                file.slots[1].kind,
                file.slots[1].memory_kib,
                file.slots[1].passes
            ),
            (SlotKind::Passphrase, 19_456, 2)
        );
        assert_eq!(file.slots[0].sealed_key, strong_recovery_slot.sealed_key);
        assert_eq!(file.unseal(&passphrase).unwrap().as_bytes(), key.as_bytes());
        assert_eq!(
            file.unseal(&typed_recovery).unwrap().as_bytes(),
            key.as_bytes()
        );
        // Nothing left to strengthen.
        assert!(!file.strengthen(&key, &passphrase).unwrap());
    }

    #[test]
    fn a_weak_slot_is_not_resealed_by_a_secret_that_does_not_open_it() {
        let key = DataKey::generate().unwrap();
        let mut file = KeyFile::new().unwrap();
        file.seal_weakly_with_passphrase(&key, &Passphrase::new("correct horse"));
        assert!(!file
            .strengthen(&key, &Passphrase::new("incorrect horse"))
            .unwrap());
        assert_eq!(file.slots[0].memory_kib, 8);
    }

    #[test]
    fn a_slot_asking_for_absurd_key_derivation_is_refused_as_damaged() {
        let (mut file, _, _) = sealed_file();
        for slot in &mut file.slots {
            slot.memory_kib = u32::MAX;
        }
        let error = file.unseal(&Passphrase::new("correct horse")).unwrap_err();
        assert!(
            matches!(&error, KeyError::Damaged { reason, .. } if reason.contains("4294967295 KiB")),
            "{error}"
        );
    }
}
