//! The clock notifications write times on, 12 or 24 hour, the same as the
//! window writes them. The window works out the user's choice (Settings →
//! Language and region, or the system's own) and tells the shell whenever
//! it changes; the choice is kept in the data folder, so that a start at
//! login, before the window has loaded, writes times the same way.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use curbside_core::reminders::Clock;

/// The file the choice is kept in, in the data folder at `root`.
fn file_in(root: &Path) -> PathBuf {
    root.join("notification-clock")
}

/// The clock in force, and where it is kept.
#[derive(Debug, Default)]
pub struct HourClock {
    file: Option<PathBuf>,
    twelve_hour: AtomicBool,
}

impl HourClock {
    /// The choice kept in the data folder at `root`; 24 hour when none is
    /// kept or it cannot be read.
    pub fn load(root: Option<&Path>) -> Self {
        let file = root.map(file_in);
        let kept = file
            .as_deref()
            .and_then(|file| std::fs::read_to_string(file).ok());
        Self {
            file,
            twelve_hour: AtomicBool::new(kept.as_deref().map(str::trim) == Some("12")),
        }
    }

    /// The clock notifications write times on now.
    pub fn get(&self) -> Clock {
        if self.twelve_hour.load(Ordering::Relaxed) {
            Clock::H12
        } else {
            Clock::H24
        }
    }

    /// Uses `clock` from now on and keeps it. It applies even when it cannot
    /// be kept; the error says why it was not.
    pub fn set(&self, clock: Clock) -> std::io::Result<()> {
        let twelve_hour = clock == Clock::H12;
        let before = self.twelve_hour.swap(twelve_hour, Ordering::Relaxed);
        match &self.file {
            Some(file) if before != twelve_hour || !file.exists() => {
                std::fs::write(file, if twelve_hour { "12\n" } else { "24\n" })
            }
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_choice_is_kept_in_the_data_folder_and_read_back_at_the_next_start() {
        let root = tempfile::tempdir().unwrap();
        let clock = HourClock::load(Some(root.path()));
        assert_eq!(clock.get(), Clock::H24, "24 hour until told otherwise");
        clock.set(Clock::H12).unwrap();
        assert_eq!(clock.get(), Clock::H12);
        assert_eq!(HourClock::load(Some(root.path())).get(), Clock::H12);
        clock.set(Clock::H24).unwrap();
        assert_eq!(HourClock::load(Some(root.path())).get(), Clock::H24);
    }

    #[test]
    fn an_unreadable_choice_or_no_data_folder_means_24_hour_and_still_applies() {
        let root = tempfile::tempdir().unwrap();
        std::fs::write(file_in(root.path()), [0xff, 0xfe]).unwrap();
        assert_eq!(HourClock::load(Some(root.path())).get(), Clock::H24);
        let nowhere = HourClock::load(None);
        nowhere.set(Clock::H12).unwrap();
        assert_eq!(nowhere.get(), Clock::H12);
    }
}
