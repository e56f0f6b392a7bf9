//! The window reopens where the doctor left it: its size, its position
//! (when that is still on a screen) and whether it was maximized, through
//! tauri-plugin-window-state. Whether it shows is not kept: a start at
//! login stays in the tray, any other start shows the window (a window
//! closed to the tray and restored hidden would never come back).
//!
//! The state is kept beside the book, in its data folder, so that two
//! books (`--data-dir`) each keep their own window. It is saved once the
//! window settles after a move or a resize and when it closes, as well as
//! when Curbside quits: an app in the tray is often ended by a logout
//! rather than by Quit.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use tauri::plugin::TauriPlugin;
use tauri::{Manager, Window, WindowEvent, Wry};
use tauri_plugin_window_state::{AppHandleExt, Builder, StateFlags};

/// What is kept of the window.
fn kept() -> StateFlags {
    StateFlags::SIZE | StateFlags::POSITION | StateFlags::MAXIMIZED
}

/// The file the window's state is kept in, in the data folder at `root`.
pub fn file_in(root: &Path) -> PathBuf {
    root.join("window-state.json")
}

/// The plugin, keeping the state in the data folder at `root` (in the
/// app's configuration folder when there is none).
pub fn plugin(root: Option<&Path>) -> TauriPlugin<Wry> {
    let builder = Builder::new().with_state_flags(kept());
    // The plugin joins the name to its folder: an absolute path replaces it.
    match root
        .map(file_in)
        .and_then(|file| file.to_str().map(str::to_owned))
    {
        Some(file) => builder.with_filename(file),
        None => builder,
    }
    .build()
}

/// How long the window must stay put before its new place is saved: a drag
/// or a resize sends many events, and one write is enough.
const SETTLED: Duration = Duration::from_millis(400);

/// Each move or resize, numbered: a save waits until it is the last.
static MOVES: AtomicU64 = AtomicU64::new(0);

/// Saves the state once the main window has settled after a move or a
/// resize, and as it closes (to the tray, or for good).
pub fn on_window_event(window: &Window, event: &WindowEvent) {
    if window.label() != crate::reminders::window::MAIN {
        return;
    }
    match event {
        WindowEvent::CloseRequested { .. } => {
            let _ = window.app_handle().save_window_state(kept());
        }
        WindowEvent::Moved(_) | WindowEvent::Resized(_) => {
            let this = MOVES.fetch_add(1, Ordering::Relaxed) + 1;
            let app = window.app_handle().clone();
            tauri::async_runtime::spawn(async move {
                tokio::time::sleep(SETTLED).await;
                if MOVES.load(Ordering::Relaxed) == this {
                    let _ = app.save_window_state(kept());
                }
            });
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_state_is_kept_in_the_book_s_own_folder_as_an_absolute_path() {
        let root = std::env::temp_dir().join("a book");
        let file = file_in(&root);

        assert!(
            file.is_absolute(),
            "the plugin would put a relative name in its own folder"
        );
        assert_eq!(file.parent(), Some(root.as_path()));
        // Joined to the plugin's folder, an absolute path stays itself.
        assert_eq!(Path::new("/elsewhere/config").join(&file), file);
    }
}
