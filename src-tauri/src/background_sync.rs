//! Sync while the app runs: shortly after the book is unlocked, every 15
//! minutes, and a minute after the last local change (each change moves
//! that minute on, so a burst of edits syncs once). One sync at a time,
//! "Sync now" included; it runs on a connection of its own, so commands
//! keep answering meanwhile. A failed sync (offline, the server down) is
//! recorded for the status by `connect::sync_now` and tried again a few
//! minutes later. With no account the task only reads the book: no
//! network at all.
//!
//! The window hears `sync-progress` while a sync runs and `sync-finished`
//! after each one.

use std::sync::Mutex;
use std::time::Duration;

use curbside_core::sync::account::{self, Status};
use curbside_core::sync::engine::{Progress, Report};
use serde::Serialize;
use tauri::{App, AppHandle, Emitter, Manager};
use tokio::time::Instant;
use ts_rs::TS;

use crate::diagnostics::diagnostic;
use crate::error::{ErrorCode, IpcError};
use crate::locking::lock;
use crate::state::AppState;

/// The event carrying a running sync's [`Progress`].
pub const PROGRESS_EVENT: &str = "sync-progress";
/// The event sent after each sync, with [`Finished`].
pub const FINISHED_EVENT: &str = "sync-finished";

/// How long after an unlock the first sync starts.
const AFTER_UNLOCK: Duration = Duration::from_secs(5);
/// How long after the last local change a sync starts.
const AFTER_CHANGE: Duration = Duration::from_secs(60);
/// How often the app syncs when nothing changes here.
const EVERY: Duration = Duration::from_secs(15 * 60);
/// How soon a failed sync (offline, server down) is tried again.
const RETRY: Duration = Duration::from_secs(5 * 60);

/// The app's sync: one at a time, and what the running one is doing.
#[derive(Default)]
pub struct Syncer {
    turn: tokio::sync::Mutex<()>,
    live: Mutex<Option<Progress>>,
}

/// How sync stands, with what the running sync is doing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncState {
    /// The account and the last sync's outcome, as the book records them.
    pub status: Status,
    /// Whether a sync is running now.
    pub syncing: bool,
    /// How far it is, while one runs.
    pub progress: Option<Progress>,
}

/// What the window hears after each sync.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Finished {
    /// Whether the sync changed items here (lists should load again).
    pub changed_here: bool,
    /// Why it failed, in plain words.
    pub error: Option<String>,
}

impl Syncer {
    /// What the running sync is doing, if one runs.
    pub fn live(&self) -> Option<Progress> {
        lock(&self.live).clone()
    }

    /// Waits for the running sync to end and keeps the next from starting
    /// while the guard lives: for work that replaces what a sync writes to
    /// (a restore, adding or removing the account).
    pub async fn hold(&self) -> tokio::sync::MutexGuard<'_, ()> {
        self.turn.lock().await
    }

    fn set_live(&self, progress: Option<Progress>) {
        *lock(&self.live) = progress;
    }
}

/// How sync stands now.
pub async fn state(app: &AppHandle) -> Result<SyncState, IpcError> {
    let status = app
        .state::<AppState>()
        .with_db(|db| account::status(db).map_err(stored))
        .await?;
    let progress = app.state::<Syncer>().live();
    Ok(SyncState {
        status,
        syncing: progress.is_some(),
        progress,
    })
}

/// Runs one sync now (after the running one, if any), telling the window
/// how it goes.
pub async fn run(app: &AppHandle) -> Result<Report, IpcError> {
    let syncer = app.state::<Syncer>();
    let _turn = syncer.turn.lock().await;
    let starting = Progress {
        step: "Starting".into(),
        done: 0,
        total: 0,
    };
    syncer.set_live(Some(starting.clone()));
    let _ = app.emit(PROGRESS_EVENT, starting);
    let outcome = sync_on_own_connection(app).await;
    syncer.set_live(None);
    let changed_here = outcome.as_ref().is_ok_and(changed_here);
    if changed_here {
        app.state::<AppState>().tell_changed();
    }
    let finished = Finished {
        changed_here,
        error: outcome.as_ref().err().map(|error| error.message.clone()),
    };
    let _ = app.emit(FINISHED_EVENT, finished);
    outcome
}

async fn sync_on_own_connection(app: &AppHandle) -> Result<Report, IpcError> {
    let mut conn = app.state::<AppState>().open_writer().await?;
    let handle = app.clone();
    tauri::async_runtime::spawn_blocking(move || {
        let mut told = Told::default();
        let mut progress = |progress: Progress| {
            handle.state::<Syncer>().set_live(Some(progress.clone()));
            if told.worth_telling(&progress, std::time::Instant::now()) {
                let _ = handle.emit(PROGRESS_EVENT, progress);
            }
        };
        curbside_sync::connect::sync_now(&mut conn, None, &mut progress)
    })
    .await
    .map_err(IpcError::internal)?
    .map_err(Into::into)
}

/// How often the window hears a step's progress: a first sync of 10,000
/// contacts must not send it 10,000 events.
const PROGRESS_EVERY: Duration = Duration::from_millis(150);

/// What the window was last told of a sync's progress.
#[derive(Default)]
struct Told {
    step: Option<String>,
    at: Option<std::time::Instant>,
}

impl Told {
    /// Whether to tell the window: a new step, a step's end, or a while
    /// since the last word.
    fn worth_telling(&mut self, progress: &Progress, now: std::time::Instant) -> bool {
        let new_step = self.step.as_deref() != Some(progress.step.as_str());
        let ended = progress.done >= progress.total;
        let due = self
            .at
            .is_none_or(|at| now.duration_since(at) >= PROGRESS_EVERY);
        if new_step || ended || due {
            self.step = Some(progress.step.clone());
            self.at = Some(now);
            return true;
        }
        false
    }
}

fn changed_here(report: &Report) -> bool {
    report.received + report.deleted_here + report.merged + report.conflicts > 0
}

/// A database error reading or writing the sync state.
pub fn stored(error: curbside_core::db::SqliteError) -> IpcError {
    IpcError::new(
        ErrorCode::Storage,
        format!("the book could not read or write its sync state: {error}"),
    )
}

/// Starts the background sync task.
pub fn start(app: &App) {
    let handle = app.handle().clone();
    let changes = app.state::<AppState>().local_changes();
    tauri::async_runtime::spawn(async move {
        let mut when = When::new(Instant::now());
        loop {
            tokio::select! {
                () = tokio::time::sleep_until(when.next()) => {
                    let ok = sync_if_set_up(&handle).await;
                    when.synced(Instant::now(), ok);
                }
                () = changes.notified() => {
                    let unlocked = is_unlocked(&handle).await;
                    when.changed(Instant::now(), unlocked);
                }
            }
        }
    });
}

/// Syncs when the book is unlocked and has an account; whether the
/// schedule may wait its full period (nothing failed).
async fn sync_if_set_up(app: &AppHandle) -> bool {
    let has_account = app
        .state::<AppState>()
        .with_db(|db| {
            account::load(db)
                .map(|account| account.is_some())
                .map_err(stored)
        })
        .await;
    match has_account {
        Ok(true) => match run(app).await {
            Ok(_) => true,
            Err(error) => {
                diagnostic!("Curbside's background sync: {}", error.message);
                false
            }
        },
        Ok(false) => true,
        Err(error) if error.code == ErrorCode::Locked => true,
        Err(error) => {
            diagnostic!("Curbside's background sync: {}", error.message);
            false
        }
    }
}

async fn is_unlocked(app: &AppHandle) -> bool {
    app.state::<AppState>()
        .with_db(|_| Ok::<_, IpcError>(()))
        .await
        .is_ok()
}

/// When the next background sync is due.
#[derive(Debug, Clone, PartialEq, Eq)]
struct When {
    /// The periodic one.
    periodic: Instant,
    /// The one a change (or the unlock) asked for.
    soon: Option<Instant>,
    /// Whether the book was seen unlocked.
    unlocked: bool,
}

impl When {
    fn new(now: Instant) -> Self {
        Self {
            periodic: now + EVERY,
            soon: None,
            unlocked: false,
        }
    }

    fn next(&self) -> Instant {
        self.soon
            .map_or(self.periodic, |soon| soon.min(self.periodic))
    }

    /// Something changed here (or the book was just unlocked).
    fn changed(&mut self, now: Instant, unlocked: bool) {
        if unlocked && !self.unlocked {
            self.soon = Some(now + AFTER_UNLOCK);
        } else {
            self.soon = Some(now + AFTER_CHANGE);
        }
        self.unlocked = unlocked;
    }

    /// A sync ran (or was not needed); `ok` is false when it failed.
    fn synced(&mut self, now: Instant, ok: bool) {
        self.soon = None;
        self.periodic = now + if ok { EVERY } else { RETRY };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_hears_each_step_and_its_end_but_not_every_item() {
        let step = |step: &str, done, total| Progress {
            step: step.into(),
            done,
            total,
        };
        let start = std::time::Instant::now();
        let mut told = Told::default();
        assert!(told.worth_telling(&step("Sending contacts", 0, 10_000), start));
        let soon = start + Duration::from_millis(10);
        let heard = (1..10_000)
            .filter(|done| told.worth_telling(&step("Sending contacts", *done, 10_000), soon))
            .count();
        assert_eq!(
            heard, 0,
            "items within a moment of each other are not each told"
        );
        assert!(told.worth_telling(&step("Sending contacts", 10_000, 10_000), soon));
        assert!(told.worth_telling(&step("Sending events", 1, 1_000), soon));
        assert!(told.worth_telling(&step("Sending events", 2, 1_000), soon + PROGRESS_EVERY));
    }

    #[test]
    fn the_first_sync_comes_shortly_after_the_unlock() {
        let start = Instant::now();
        let mut when = When::new(start);
        assert_eq!(when.next(), start + EVERY);
        when.changed(start + Duration::from_secs(30), true);
        assert_eq!(when.next(), start + Duration::from_secs(30) + AFTER_UNLOCK);
    }

    #[test]
    fn edits_move_the_sync_to_a_minute_after_the_last_one() {
        let start = Instant::now();
        let mut when = When::new(start);
        when.changed(start, true);
        when.synced(start + AFTER_UNLOCK, true);
        let first_edit = start + Duration::from_secs(100);
        when.changed(first_edit, true);
        assert_eq!(when.next(), first_edit + AFTER_CHANGE);
        let last_edit = first_edit + Duration::from_secs(40);
        when.changed(last_edit, true);
        assert_eq!(when.next(), last_edit + AFTER_CHANGE);
    }

    #[test]
    fn a_failed_sync_is_retried_sooner_than_the_period() {
        let start = Instant::now();
        let mut when = When::new(start);
        when.synced(start, false);
        assert_eq!(when.next(), start + RETRY);
        when.synced(start + RETRY, true);
        assert_eq!(when.next(), start + RETRY + EVERY);
    }

    #[test]
    fn locking_again_then_unlocking_syncs_soon_again() {
        let start = Instant::now();
        let mut when = When::new(start);
        when.changed(start, false);
        assert_eq!(when.next(), start + AFTER_CHANGE);
        when.changed(start, true);
        assert_eq!(when.next(), start + AFTER_UNLOCK);
    }
}
