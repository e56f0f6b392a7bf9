//! The file names an import knows by their extension, in one place: the
//! readers' format detection and the app's "opened with" both ask here.

use std::path::Path;

/// vCard files.
pub const VCARD_EXTENSIONS: [&str; 2] = ["vcf", "vcard"];

/// iCalendar files.
pub const CALENDAR_EXTENSIONS: [&str; 4] = ["ics", "ical", "icalendar", "ifb"];

/// CSV exports (LinkedIn, Google, Outlook), told apart by their header.
pub const CSV_EXTENSIONS: [&str; 1] = ["csv"];

/// Whole books (Curbside's own JSON export, [`crate::book`]).
pub const BOOK_EXTENSIONS: [&str; 1] = ["json"];

/// Whether `path` is named like a whole book (by extension alone).
pub fn is_book_file(path: &Path) -> bool {
    BOOK_EXTENSIONS.contains(&extension_of(path).as_str())
}

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
    [
        &VCARD_EXTENSIONS[..],
        &CALENDAR_EXTENSIONS,
        &CSV_EXTENSIONS,
        &BOOK_EXTENSIONS,
    ]
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
            "book.JSON",
        ] {
            assert!(is_importable(Path::new(name)), "{name}");
        }
        for name in ["a.txt", "README", "a.vcf.txt", "vcf"] {
            assert!(!is_importable(Path::new(name)), "{name}");
        }
        assert!(is_book_file(Path::new("book.Json")));
        assert!(!is_book_file(Path::new("contacts.vcf")));
    }
}
