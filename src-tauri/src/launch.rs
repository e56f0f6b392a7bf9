//! What the app is told at launch: `--data-dir DIR` on the command line (how
//! the end-to-end tests give each run its own folder), else
//! `CURBSIDE_DATA_DIR`, else the OS's per-user data folder; `--background`
//! from the login item; and the contact or calendar files the OS opened
//! Curbside with (double-click, "Open with"), which the doctor is offered
//! to import. A later launch's arguments arrive the same way, handed over
//! by the single instance.

use std::path::{Path, PathBuf};

use curbside_core::data_dir::{self, DataDir};
use curbside_core::import;
use tauri::{AppHandle, Url};
use tauri_plugin_dialog::{DialogExt, MessageDialogKind};

use crate::diagnostics::diagnostic;
use crate::reminders::BACKGROUND_FLAG;

const DATA_DIR_FLAG: &str = "--data-dir";

/// One launch's command line, understood.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Launch {
    /// `--data-dir DIR` or `--data-dir=DIR`.
    pub data_dir: Option<PathBuf>,
    /// Started by the login item: stay in the tray.
    pub background: bool,
    /// Contact and calendar files to offer for import, absolute.
    pub files: Vec<PathBuf>,
}

impl Launch {
    /// Reads `args` (program name first) of a launch started in `cwd`,
    /// ignoring whatever else a WebDriver or the OS adds.
    pub fn parse(args: &[String], cwd: &Path) -> Self {
        let mut launch = Self::default();
        let mut args = args.iter().skip(1);
        while let Some(arg) = args.next() {
            if arg == DATA_DIR_FLAG {
                launch.data_dir = args.next().map(PathBuf::from);
            } else if let Some(dir) = arg
                .strip_prefix(DATA_DIR_FLAG)
                .and_then(|rest| rest.strip_prefix('='))
            {
                launch.data_dir = Some(PathBuf::from(dir));
            } else if arg == BACKGROUND_FLAG {
                launch.background = true;
            } else if !arg.starts_with('-') {
                launch.files.extend(opened_file(arg, cwd));
            }
        }
        launch
    }

    /// This process's own launch.
    pub fn of_this_process() -> Self {
        let args: Vec<String> = std::env::args_os()
            .map(|arg| arg.to_string_lossy().into_owned())
            .collect();
        let cwd = std::env::current_dir().unwrap_or_default();
        Self::parse(&args, &cwd)
    }

    /// The data folder for this launch, and what the user should be told
    /// about it (the default folder moved, or could not be).
    pub fn resolve_data_dir(&self) -> (Option<DataDir>, Option<String>) {
        match data_dir::resolve(self.data_dir.as_deref()) {
            Some(resolved) => (
                Some(DataDir::new(resolved.root)),
                resolved.relocation.notice(),
            ),
            None => (None, None),
        }
    }
}

/// Tells the user what happened to their data folder at launch, in a
/// message beside the window (and on the console, for a terminal launch).
pub fn tell(app: &AppHandle, notice: String) {
    let notice = format!("{notice}.");
    diagnostic!("{notice}");
    app.dialog()
        .message(notice)
        .title("Curbside data folder")
        .kind(MessageDialogKind::Info)
        .show(|_| {});
}

/// The file an argument or an opened URL names, if it is one Curbside
/// imports: a path (made absolute against `cwd`) or a `file://` URL.
pub fn opened_file(arg: &str, cwd: &Path) -> Option<PathBuf> {
    let path = if arg.starts_with("file:") {
        Url::parse(arg).ok()?.to_file_path().ok()?
    } else if arg.contains("://") {
        return None;
    } else {
        cwd.join(arg)
    };
    import::is_importable(&path).then_some(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(list: &[&str]) -> Launch {
        let args: Vec<String> = list.iter().map(|s| s.to_string()).collect();
        Launch::parse(&args, Path::new("/home/ana/Downloads"))
    }

    #[test]
    fn data_dir_flag_is_read_in_both_forms_among_other_arguments() {
        assert_eq!(
            parse(&["app", "--automation", "--data-dir", "/tmp/a"]).data_dir,
            Some(PathBuf::from("/tmp/a"))
        );
        assert_eq!(
            parse(&["app", "--data-dir=/tmp/b"]).data_dir,
            Some(PathBuf::from("/tmp/b"))
        );
        assert_eq!(parse(&["app"]), Launch::default());
    }

    // The paths below are Unix paths; Windows reads the same arguments.
    #[cfg(unix)]
    #[test]
    fn opened_files_are_found_among_flags_and_made_absolute() {
        let launch = parse(&[
            "app",
            "--data-dir",
            "/data/book.ics",
            "--automation",
            "cards.VCF",
            "/srv/share/team.ics",
            "notes.txt",
            "README",
            "--background",
        ]);
        assert_eq!(
            launch.files,
            [
                PathBuf::from("/home/ana/Downloads/cards.VCF"),
                PathBuf::from("/srv/share/team.ics"),
            ]
        );
        assert_eq!(launch.data_dir, Some(PathBuf::from("/data/book.ics")));
        assert!(launch.background);
        assert!(!parse(&["app", "x.vcf"]).background);
    }

    #[cfg(unix)]
    #[test]
    fn file_urls_name_files_and_other_urls_do_not() {
        assert_eq!(
            opened_file("file:///home/ana/My%20Cards.vcard", Path::new("/")),
            Some(PathBuf::from("/home/ana/My Cards.vcard"))
        );
        assert_eq!(
            opened_file("https://example.org/a.vcf", Path::new("/")),
            None
        );
        assert_eq!(opened_file("file://%zz", Path::new("/")), None);
        assert_eq!(
            opened_file("events.ical", Path::new("/tmp")),
            Some(PathBuf::from("/tmp/events.ical"))
        );
    }
}
