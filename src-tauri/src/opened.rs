//! Contact and calendar files Curbside is opened with (double-click, "Open
//! with", dropped on the Dock icon): on Windows and Linux as arguments of
//! the first launch or of a later one handed over, on macOS as an `Opened`
//! event. They wait here until the UI takes them, which it does once the
//! book is unlocked, to show the same import preview the Import button
//! gives: nothing is imported without the doctor's yes.

use std::path::PathBuf;
use std::sync::Mutex;

use tauri::{AppHandle, Emitter, Manager, RunEvent};

use crate::launch::Launch;
use crate::locking::lock;
use crate::reminders::window;

/// Sent when files are waiting to be imported: the UI takes them with the
/// `import_opened_files` command.
pub const FILES_OPENED: &str = "files-opened";

/// The files waiting for the UI, oldest first.
#[derive(Default)]
pub struct OpenedFiles(Mutex<Vec<PathBuf>>);

impl OpenedFiles {
    /// Hands the waiting files over, leaving none.
    pub fn take(&self) -> Vec<PathBuf> {
        std::mem::take(&mut *lock(&self.0))
    }

    fn add(&self, files: Vec<PathBuf>) {
        let mut waiting = lock(&self.0);
        for file in files {
            if !waiting.contains(&file) {
                waiting.push(file);
            }
        }
    }
}

/// Offers `files` for import: kept for the UI, which is told.
pub fn offer(app: &AppHandle, files: Vec<PathBuf>) {
    if files.is_empty() {
        return;
    }
    app.state::<OpenedFiles>().add(files);
    let _ = app.emit(FILES_OPENED, ());
}

/// A later launch on this folder: the window comes forward (unless it was
/// only the login item starting Curbside again) with any files it was
/// opened with.
pub fn relaunched(app: &AppHandle, launch: Launch) {
    if !launch.background || !launch.files.is_empty() {
        window::show_main(app);
    }
    offer(app, launch.files);
}

/// macOS hands opened files to the running app as an event, on first
/// launch too; call this from the app's run loop.
pub fn on_run_event(app: &AppHandle, event: &RunEvent) {
    #[cfg(target_os = "macos")]
    if let RunEvent::Opened { urls } = event {
        let files: Vec<PathBuf> = urls
            .iter()
            .filter_map(|url| crate::launch::opened_file(url.as_str(), std::path::Path::new("/")))
            .collect();
        if !files.is_empty() {
            window::show_main(app);
            offer(app, files);
        }
    }
    #[cfg(not(target_os = "macos"))]
    let _ = (app, event);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waiting_files_are_taken_once_in_order_without_repeats() {
        let waiting = OpenedFiles::default();
        waiting.add(vec!["/a.vcf".into(), "/b.ics".into()]);
        waiting.add(vec!["/a.vcf".into(), "/c.vcf".into()]);
        assert_eq!(
            waiting.take(),
            [
                PathBuf::from("/a.vcf"),
                PathBuf::from("/b.ics"),
                PathBuf::from("/c.vcf")
            ]
        );
        assert!(waiting.take().is_empty());
    }
}
