//! The file names an import knows by their extension, in one place: the
//! readers' format detection and the app's "opened with" both ask here.

use std::path::Path;

/// vCard files.
pub const VCARD_EXTENSIONS: [&str; 2] = ["vcf", "vcard"];

/// iCalendar files.
pub const CALENDAR_EXTENSIONS: [&str; 4] = ["ics", "ical", "icalendar", "ifb"];

/// CSV exports (LinkedIn, Google, Outlook), told apart by their header.
pub const CSV_EXTENSIONS: [&str; 1] = ["csv"];

/// `path`'s extension, lower case; empty when it has none.
pub(super) fn extension_of(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// Whether an import reads a file named like `path` (by extension alone).
pub fn is_importable(path: &Path) -> bool {
    let extension = extension_of(path);
    [&VCARD_EXTENSIONS[..], &CALENDAR_EXTENSIONS, &CSV_EXTENSIONS]
        .concat()
        .contains(&extension.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contact_and_calendar_files_are_known_in_any_case_and_others_are_not() {
        for name in [
            "a.vcf",
            "a.VCARD",
            "a.ics",
            "a.ICal",
            "a.icalendar",
            "a.ifb",
            "a.csv",
        ] {
            assert!(is_importable(Path::new(name)), "{name}");
        }
        for name in ["a.txt", "README", "a.vcf.txt", "vcf"] {
            assert!(!is_importable(Path::new(name)), "{name}");
        }
    }
}
