//! Killing the real `curbside-cli` with SIGKILL in the middle of its work,
//! then looking at what it left: the database must open, pass SQLite's own
//! checks, hold every write the CLI acknowledged (exit 0 before the kill),
//! and hold the killed command's write whole or not at all.
//!
//! A scenario is a book made with acknowledged writes and a list of
//! [`Step`]s run one after another until the kill; each step carries a
//! [`Probe`] that says, from the reopened book, whether its write is there
//! ([`Effect::Done`]), not there ([`Effect::NotDone`]) or torn.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::thread;
use std::time::{Duration, Instant};

use curbside_core::data_dir::DataDir;
use curbside_core::db::Connection;
use curbside_core::keys::{NoSecretStore, Passphrase};
use curbside_core::vault;

use crate::support::{cli_process as command, PASSPHRASE};

/// What a probe found of one write.
#[derive(Debug, PartialEq, Eq)]
pub enum Effect {
    /// The write is there, whole.
    Done,
    /// No trace of the write.
    NotDone,
    /// Part of the write is there: what was found.
    Torn(String),
}

/// What the book looks like after the kill, for the probes.
pub struct Seen {
    /// The reopened database.
    pub db: Connection,
    /// The round's folder (the data folder is `data` in it).
    pub root: PathBuf,
}

impl Seen {
    /// The one number `sql` selects.
    pub fn count(&self, sql: &str) -> i64 {
        self.db
            .query_row(sql, [], |row| row.get(0))
            .unwrap_or_else(|error| panic!("{sql}: {error}"))
    }
}

/// `text` as an SQL string literal, for the probes' queries.
pub fn quoted(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// Looks at the book after the kill and judges one write.
pub type Probe = Box<dyn Fn(&Seen) -> Effect>;

/// One command of a scenario and how to tell whether its write happened.
pub struct Step {
    /// What it is, for messages: "edit contact 12".
    pub what: String,
    /// The CLI's arguments after `--data-dir DIR`.
    pub args: Vec<String>,
    /// Judges its write.
    pub probe: Probe,
}

/// What became of a step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fate {
    /// It exited 0 before the kill: its write must be there.
    Acknowledged,
    /// It exited with a failure on its own: a fault of the test or the CLI.
    Failed(String),
    /// It was running when it was killed: its write is whole or absent.
    Killed,
    /// It never started: its write must be absent.
    NotRun,
}

/// A round's book: a temp folder with the data folder in it.
pub struct Book {
    temp: tempfile::TempDir,
}

impl Book {
    /// A new, empty round folder (the database is made by the first command).
    pub fn new() -> Book {
        Book {
            temp: tempfile::tempdir().unwrap(),
        }
    }

    /// The round's folder, for files the scenario writes or exports.
    pub fn root(&self) -> &Path {
        self.temp.path()
    }

    /// The data folder.
    pub fn data(&self) -> PathBuf {
        self.temp.path().join("data")
    }

    /// Runs the CLI to the end and returns its stdout; a failure fails the
    /// test (these are the acknowledged writes a scenario is built with).
    pub fn run(&self, args: &[&str]) -> String {
        let output = command(&self.data())
            .args(args)
            .output()
            .expect("curbside-cli runs");
        assert!(
            output.status.success(),
            "curbside-cli {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    }

    /// [`Book::run`] with `--json`, parsed.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut args = args.to_vec();
        args.push("--json");
        serde_json::from_str(&self.run(&args)).expect("one JSON value")
    }
}

/// Runs `steps` one after another; when `kill_after` is given, sends
/// SIGKILL to the one running at that moment and starts no more. Returns
/// each step's fate and how long the run took.
pub fn run_until_killed(
    book: &Book,
    steps: &[Step],
    kill_after: Option<Duration>,
) -> (Vec<Fate>, Duration) {
    let start = Instant::now();
    let deadline = kill_after.map(|after| start + after);
    let mut fates = vec![Fate::NotRun; steps.len()];
    let log = book.root().join("stderr.log");
    for (index, step) in steps.iter().enumerate() {
        let mut child = command(&book.data())
            .args(&step.args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(File::create(&log).unwrap())
            .spawn()
            .expect("curbside-cli starts");
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break Some(status);
            }
            let now = Instant::now();
            match deadline {
                Some(deadline) if now >= deadline => {
                    child.kill().unwrap(); // SIGKILL on Unix
                    child.wait().unwrap();
                    break None;
                }
                Some(deadline) => thread::sleep((deadline - now).min(Duration::from_millis(1))),
                None => thread::sleep(Duration::from_millis(1)),
            }
        };
        fates[index] = match status {
            None => Fate::Killed,
            Some(status) if status.success() => Fate::Acknowledged,
            Some(status) => Fate::Failed(format!(
                "{status}: {}",
                std::fs::read_to_string(&log).unwrap_or_default()
            )),
        };
        if fates[index] == Fate::Killed {
            break;
        }
    }
    (fates, start.elapsed())
}

/// Opens the book after the kill as the CLI would (the passphrase, no
/// keyring) and checks it is whole: `PRAGMA integrity_check` and
/// `foreign_key_check` find nothing, and the search index passes FTS5's own
/// check. Returns what the probes look at.
pub fn reopen_whole(book: &Book) -> Seen {
    let db = open_whole(&book.data()).unwrap_or_else(|error| panic!("after the kill: {error}"));
    Seen {
        db,
        root: book.root().to_path_buf(),
    }
}

/// Opens the book in the data folder `data` with the passphrase and checks
/// it whole (see [`reopen_whole`]); what is wrong, when something is.
pub fn open_whole(data: &Path) -> Result<Connection, String> {
    let dir = DataDir::new(data.to_path_buf());
    let unlocked = vault::unlock(&dir, &NoSecretStore, Some(&Passphrase::new(PASSPHRASE)))
        .map_err(|error| format!("the book does not open: {error}"))?;
    let db = unlocked.connection;
    let integrity: Vec<String> = db
        .prepare("PRAGMA integrity_check")
        .and_then(|mut check| check.query_map([], |row| row.get(0))?.collect())
        .map_err(|error| format!("integrity_check could not run: {error}"))?;
    if integrity != ["ok"] {
        return Err(format!("integrity_check: {integrity:?}"));
    }
    let broken_links: i64 = db
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |row| {
            row.get(0)
        })
        .map_err(|error| format!("foreign_key_check could not run: {error}"))?;
    if broken_links != 0 {
        return Err(format!("foreign_key_check: {broken_links} broken links"));
    }
    db.execute(
        "INSERT INTO contact_search (contact_search) VALUES ('integrity-check')",
        [],
    )
    .map_err(|error| format!("the search index fails its integrity check: {error}"))?;
    Ok(db)
}

/// Runs the CLI on the data folder `data` to the end: whether it succeeded,
/// and its stderr.
pub fn run_on(data: &Path, args: &[&str]) -> (bool, String) {
    let output = command(data)
        .args(args)
        .output()
        .expect("curbside-cli runs");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Checks every step's write against its fate: acknowledged ones done,
/// the killed one done or not done, those never run not done; any torn
/// write or failure is reported with `context` (scenario, seed, round).
/// Returns what each probe found.
pub fn check(seen: &Seen, steps: &[Step], fates: &[Fate], context: &str) -> Vec<Effect> {
    let mut wrong = Vec::new();
    let mut effects = Vec::new();
    for (step, fate) in steps.iter().zip(fates) {
        let effect = (step.probe)(seen);
        let fine = match (fate, &effect) {
            (Fate::Failed(_), _) => false,
            (_, Effect::Torn(_)) => false,
            (Fate::Acknowledged, effect) => *effect == Effect::Done,
            (Fate::Killed, _) => true,
            (Fate::NotRun, effect) => *effect == Effect::NotDone,
        };
        if !fine {
            wrong.push(format!("{}: {fate:?}, found {effect:?}", step.what));
        }
        effects.push(effect);
    }
    assert!(wrong.is_empty(), "{context}: {}", wrong.join("; "));
    effects
}

/// A small seeded random source (SplitMix64): the same seed gives the same
/// kill moments and steps, so a failing round can be run again.
pub struct Rng(u64);

impl Rng {
    /// A source for `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next number.
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..bound` (`bound` > 0).
    pub fn below(&mut self, bound: u64) -> u64 {
        self.next() % bound
    }

    /// A moment in `0..=span`, to the microsecond.
    pub fn moment(&mut self, span: Duration) -> Duration {
        Duration::from_micros(self.below(span.as_micros() as u64 + 1))
    }
}

/// A whole number from the environment variable `name`, else `default`.
pub fn setting(name: &str, default: u64) -> u64 {
    match std::env::var(name) {
        Ok(text) => text
            .parse()
            .unwrap_or_else(|_| panic!("{name} must be a whole number, not {text:?}")),
        Err(_) => default,
    }
}
