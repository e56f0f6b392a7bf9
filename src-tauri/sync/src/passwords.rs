//! Where the account's app password is kept: the OS keyring (macOS
//! Keychain, Windows Credential Manager, the freedesktop Secret Service),
//! never the book or a file. Behind a trait so the CLI can run without a
//! keyring (the password given to each sync) and tests keep passwords in
//! memory.

use std::sync::mpsc;
use std::thread;
use std::time::Duration;

/// The keyring service the passwords are filed under.
pub const SERVICE: &str = "Curbside sync";

/// The keyring entry's account name for a user on a server.
pub fn entry_name(user: &str, url: &str) -> String {
    format!("{user} on {}", url.trim())
}

/// Keeps sync passwords, by entry name.
pub trait Passwords {
    /// The password kept under `entry`, if any.
    fn get(&self, entry: &str) -> Result<Option<String>, String>;
    /// Keeps `password` under `entry` (replacing one there was).
    fn set(&self, entry: &str, password: &str) -> Result<(), String>;
    /// Forgets `entry`'s password; one never kept is no error.
    fn delete(&self, entry: &str) -> Result<(), String>;
}

/// The OS keyring, with a time limit on each call (a keyring can be locked
/// behind a prompt nobody answers, or missing).
#[derive(Debug, Clone)]
pub struct OsKeyring {
    timeout: Duration,
}

impl Default for OsKeyring {
    fn default() -> Self {
        OsKeyring {
            timeout: Duration::from_secs(10),
        }
    }
}

impl OsKeyring {
    fn call<T: Send + 'static>(
        &self,
        entry: &str,
        action: impl FnOnce(keyring::Entry) -> keyring::Result<T> + Send + 'static,
    ) -> Result<keyring::Result<T>, String> {
        let entry = entry.to_owned();
        let (sender, receiver) = mpsc::channel();
        thread::Builder::new()
            .name("sync-keyring".into())
            .spawn(move || {
                let _ = sender.send(keyring::Entry::new(SERVICE, &entry).and_then(action));
            })
            .map_err(|error| error.to_string())?;
        receiver.recv_timeout(self.timeout).map_err(|_| {
            format!(
                "the keyring gave no answer within {} s",
                self.timeout.as_secs()
            )
        })
    }
}

impl Passwords for OsKeyring {
    fn get(&self, entry: &str) -> Result<Option<String>, String> {
        match self.call(entry, |entry| entry.get_password())? {
            Ok(password) => Ok(Some(password)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(error) => Err(error.to_string()),
        }
    }

    fn set(&self, entry: &str, password: &str) -> Result<(), String> {
        let password = password.to_owned();
        self.call(entry, move |entry| entry.set_password(&password))?
            .map_err(|error| error.to_string())
    }

    fn delete(&self, entry: &str) -> Result<(), String> {
        match self.call(entry, |entry| entry.delete_credential())? {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(error) => Err(error.to_string()),
        }
    }
}

/// Keeps nothing: for a computer without a keyring, where the password is
/// given to every sync.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoKeyring;

impl Passwords for NoKeyring {
    fn get(&self, _entry: &str) -> Result<Option<String>, String> {
        Ok(None)
    }

    fn set(&self, _entry: &str, _password: &str) -> Result<(), String> {
        Ok(())
    }

    fn delete(&self, _entry: &str) -> Result<(), String> {
        Ok(())
    }
}

/// Keeps passwords in memory, for tests.
#[derive(Debug, Default)]
pub struct MemoryPasswords {
    kept: std::sync::Mutex<std::collections::BTreeMap<String, String>>,
    refuse: bool,
}

impl MemoryPasswords {
    /// A store whose every `set` fails, as a locked keyring's.
    pub fn locked() -> MemoryPasswords {
        MemoryPasswords {
            refuse: true,
            ..MemoryPasswords::default()
        }
    }

    fn kept(&self) -> std::sync::MutexGuard<'_, std::collections::BTreeMap<String, String>> {
        self.kept
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The entries kept, in order.
    pub fn entries(&self) -> Vec<String> {
        self.kept().keys().cloned().collect()
    }
}

impl Passwords for MemoryPasswords {
    fn get(&self, entry: &str) -> Result<Option<String>, String> {
        Ok(self.kept().get(entry).cloned())
    }

    fn set(&self, entry: &str, password: &str) -> Result<(), String> {
        if self.refuse {
            return Err("the keyring is locked".into());
        }
        self.kept().insert(entry.to_owned(), password.to_owned());
        Ok(())
    }

    fn delete(&self, entry: &str) -> Result<(), String> {
        self.kept().remove(entry);
        Ok(())
    }
}
