//! The task that empties the page caches once the app is quiet.

use std::sync::Arc;
use std::time::Duration;

use tauri::{App, Manager};
use tokio::sync::Notify;

use crate::state::AppState;

/// How long without database work counts as quiet: longer than the pauses
/// between a user's clicks, so moving between screens keeps its pages.
const QUIET: Duration = Duration::from_secs(10);

/// Starts the task: after each spell of work, once [`QUIET`] has passed
/// with none, the book's connections give their pages back
/// ([`AppState::release_memory`]).
pub fn start(app: &App) {
    let handle = app.handle().clone();
    let worked = app.state::<AppState>().worked();
    tauri::async_runtime::spawn(async move {
        loop {
            quiet_after_work(&worked, QUIET).await;
            handle.state::<AppState>().release_memory().await;
        }
    });
}

/// Returns once `worked` has been notified and then `quiet` has passed
/// without another notification: each new piece of work starts the quiet
/// spell again.
async fn quiet_after_work(worked: &Arc<Notify>, quiet: Duration) {
    worked.notified().await;
    while tokio::time::timeout(quiet, worked.notified()).await.is_ok() {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn the_quiet_spell_starts_again_with_each_piece_of_work() {
        let worked = Arc::new(Notify::new());
        let quiet = Duration::from_secs(10);
        let waiting = tokio::spawn({
            let worked = worked.clone();
            async move {
                let started = tokio::time::Instant::now();
                quiet_after_work(&worked, quiet).await;
                started.elapsed()
            }
        });
        // No work for a minute: nothing to give back.
        tokio::time::sleep(Duration::from_secs(60)).await;
        assert!(!waiting.is_finished(), "gave back with no work done");
        worked.notify_one();
        tokio::time::sleep(Duration::from_secs(6)).await;
        worked.notify_one();
        tokio::time::sleep(Duration::from_secs(6)).await;
        assert!(!waiting.is_finished(), "gave back 6 s after the last work");

        let waited = waiting.await.unwrap();
        assert_eq!(waited, Duration::from_secs(60 + 6 + 10));
    }
}
