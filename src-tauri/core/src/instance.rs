//! One running Curbside app per data folder, on every system.
//!
//! The first app to start on a folder holds an exclusive OS lock on
//! `curbside.lock` in it for as long as it runs (the OS lets go when the
//! process ends, crash included, so a stale file never blocks a launch). It
//! listens on a loopback port and writes the port and a random secret to
//! `curbside.instance`. A second launch on the same folder finds the lock
//! taken, connects, sends the secret with its arguments, waits for the first
//! to confirm, and exits; the first comes forward with those arguments.
//! Another folder is another lock: separate apps, as they are separate books.
//!
//! Only the app takes the lock. The CLI and the database never look at it,
//! so scripts keep working on a book while the app has it open.

mod handover;

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Write};
use std::net::{Ipv4Addr, TcpListener};
use std::path::{Path, PathBuf};
use std::thread;
use std::time::{Duration, Instant};

pub use handover::Message;
use handover::{Address, Secret};

/// The file the running app holds locked, in the data folder.
pub const LOCK_FILE: &str = "curbside.lock";

/// Where the running app says how to reach it: port and secret.
pub const ADDRESS_FILE: &str = "curbside.instance";

/// How long a second launch keeps trying to reach the first (which may be
/// starting up and not listening yet) before giving up.
const HANDOVER_PATIENCE: Duration = Duration::from_secs(5);

/// What starting on a data folder came to.
#[derive(Debug)]
pub enum Start {
    /// No other app runs on this folder: this one does, holding the lock.
    First(Primary),
    /// Another app runs on this folder and took this launch's arguments.
    HandedOver,
}

/// Why a launch could neither run nor hand over.
#[derive(Debug, thiserror::Error)]
pub enum InstanceError {
    /// The folder or its lock file could not be created or locked, or the
    /// app could not listen for later launches.
    #[error("could not claim the data folder for this app ({path}): {source}")]
    Lock {
        /// The lock file.
        path: String,
        /// What the system said.
        source: io::Error,
    },
    /// The app holding the folder did not answer in time.
    #[error("Curbside is already running on the data folder {path} but did not answer; close it, or wait a moment and try again")]
    NoAnswer {
        /// The data folder.
        path: String,
    },
}

/// The first app on a folder: holds its lock and hears later launches.
#[derive(Debug)]
pub struct Primary {
    lock: File,
    listener: TcpListener,
    secret: Secret,
}

impl Primary {
    /// Hears later launches on a background thread for as long as the
    /// process runs, passing each one's message to `on_message`. Anything
    /// on the port that is not a launch with the secret is ignored.
    pub fn serve(self, on_message: impl Fn(Message) + Send + 'static) {
        thread::spawn(move || {
            // Held, not read: the lock lasts as long as this thread, which
            // is as long as the process.
            let _lock = self.lock;
            for stream in self.listener.incoming() {
                match stream {
                    Ok(stream) => {
                        if let Some(message) = handover::receive(stream, &self.secret) {
                            on_message(message);
                        }
                    }
                    // Out of file handles, say: wait rather than spin.
                    Err(_) => thread::sleep(Duration::from_millis(100)),
                }
            }
        });
    }
}

/// Starts on the data folder `dir`: either this is the first app on it
/// (creating the folder if need be), or the running one takes `message`.
pub fn start(dir: &Path, message: &Message) -> Result<Start, InstanceError> {
    start_within(dir, message, HANDOVER_PATIENCE)
}

fn start_within(dir: &Path, message: &Message, patience: Duration) -> Result<Start, InstanceError> {
    let deadline = Instant::now() + patience;
    loop {
        if let Some(primary) = try_first(dir)? {
            return Ok(Start::First(primary));
        }
        if let Some(address) = Address::read(&dir.join(ADDRESS_FILE)) {
            if handover::send(&address, message).is_ok() {
                return Ok(Start::HandedOver);
            }
        }
        if Instant::now() >= deadline {
            return Err(InstanceError::NoAnswer {
                path: dir.display().to_string(),
            });
        }
        // The first may be starting (not listening yet) or quitting (about
        // to let go of the lock): look again shortly.
        thread::sleep(Duration::from_millis(100));
    }
}

/// Takes the folder's lock and starts listening, or `None` if another
/// process holds the lock.
fn try_first(dir: &Path) -> Result<Option<Primary>, InstanceError> {
    let lock_path = dir.join(LOCK_FILE);
    let lock_error = |source| InstanceError::Lock {
        path: lock_path.display().to_string(),
        source,
    };
    fs::create_dir_all(dir).map_err(lock_error)?;
    let lock = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(lock_error)?;
    match lock.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => return Ok(None),
        Err(TryLockError::Error(source)) => return Err(lock_error(source)),
    }
    // A crashed app's address would send later launches nowhere.
    let address_path = dir.join(ADDRESS_FILE);
    let _ = fs::remove_file(&address_path);
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).map_err(lock_error)?;
    let secret = Secret::random().map_err(lock_error)?;
    let port = listener.local_addr().map_err(lock_error)?.port();
    write_private(
        &address_path,
        &Address {
            port,
            secret: secret.clone(),
        }
        .to_text(),
    )
    .map_err(lock_error)?;
    Ok(Some(Primary {
        lock,
        listener,
        secret,
    }))
}

/// Writes `text` to `path` whole (through a temporary file and a rename, so
/// a reader never sees half of it), readable by this user only on Unix.
fn write_private(path: &Path, text: &str) -> io::Result<()> {
    let temporary = PathBuf::from(format!("{}.tmp", path.display()));
    let mut options = OpenOptions::new();
    options.create(true).truncate(true).write(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&temporary)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()?;
    drop(file);
    fs::rename(&temporary, path)
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc;

    use super::*;

    fn launch(args: &[&str]) -> Message {
        Message {
            args: args.iter().map(|arg| arg.to_string()).collect(),
            cwd: "/home/ana".into(),
        }
    }

    fn first(dir: &Path) -> Primary {
        match start(dir, &launch(&["curbside"])).unwrap() {
            Start::First(primary) => primary,
            Start::HandedOver => panic!("the first launch on a folder handed over"),
        }
    }

    #[test]
    fn a_second_launch_on_the_same_folder_hands_its_arguments_to_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let (heard, hear) = mpsc::channel();
        first(dir.path()).serve(move |message| heard.send(message).unwrap());

        let second = launch(&["curbside", "/home/ana/cards.vcf"]);
        assert!(matches!(
            start(dir.path(), &second).unwrap(),
            Start::HandedOver
        ));
        assert_eq!(hear.recv_timeout(Duration::from_secs(5)).unwrap(), second);
    }

    #[test]
    fn launches_on_different_folders_both_run() {
        let one = tempfile::tempdir().unwrap();
        let other = tempfile::tempdir().unwrap();
        let _first = first(one.path());
        let _second = first(other.path());
    }

    #[test]
    fn the_folder_is_made_if_it_does_not_exist_yet() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("new").join("curbside");
        let _first = first(&data);
        assert!(data.join(LOCK_FILE).exists());
    }

    #[test]
    fn files_left_by_a_crashed_app_never_block_a_launch() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(LOCK_FILE), "").unwrap();
        fs::write(
            dir.path().join(ADDRESS_FILE),
            "port 1\nsecret 00000000000000000000000000000000\n",
        )
        .unwrap();
        let _first = first(dir.path());
    }

    #[test]
    fn when_the_first_app_quits_the_next_launch_runs() {
        let dir = tempfile::tempdir().unwrap();
        drop(first(dir.path()));
        let _next = first(dir.path());
    }

    #[test]
    fn a_first_app_that_never_answers_is_reported_not_waited_on_forever() {
        let dir = tempfile::tempdir().unwrap();
        let _silent = first(dir.path()); // holds the lock, never serves
        let error = start_within(
            dir.path(),
            &launch(&["curbside"]),
            Duration::from_millis(300),
        )
        .unwrap_err();
        assert!(error.to_string().contains("already running"), "{error}");
    }

    #[test]
    fn the_book_opens_while_the_app_holds_the_folder() {
        use crate::data_dir::DataDir;
        use crate::keys::{MemorySecretStore, NoSecretStore, Passphrase};

        let dir = tempfile::tempdir().unwrap();
        let _app = first(dir.path());
        let data = DataDir::new(dir.path());
        let secret = Passphrase::new("correct horse");
        let store = MemorySecretStore::default();
        crate::vault::unlock(&data, &store, Some(&secret)).unwrap();
        crate::vault::unlock(&data, &NoSecretStore, Some(&secret)).unwrap();
    }
}
