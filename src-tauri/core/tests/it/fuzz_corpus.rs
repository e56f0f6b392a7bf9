//! The fuzz targets' saved corpus (tests/fuzz/corpus at the repository's
//! root: the test fixtures, the hostile files that once panicked or ran for
//! minutes, and what fuzzing found), replayed through the same entry points
//! the fuzz targets call. Every file must go through without a panic. Work
//! is bounded by the readers' limits, not timed: each file is small, and a
//! file the limits would not stop has no place here.

use std::path::{Path, PathBuf};

use curbside_core::fuzzing;

/// The largest corpus file: the corpus stays small, and each replay quick.
const MAX_FILE: u64 = 128 * 1024;

fn corpus(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fuzz/corpus")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_file() && !path.ends_with(".keep"))
        .collect();
    files.sort();
    files
}

fn replay(target: &str, entry: fn(&[u8])) -> usize {
    let files = corpus(target);
    for path in &files {
        let size = path.metadata().unwrap().len();
        assert!(size <= MAX_FILE, "{} is {size} bytes", path.display());
        let data = std::fs::read(path).unwrap();
        let outcome = std::panic::catch_unwind(|| entry(&data));
        assert!(outcome.is_ok(), "{} panicked", path.display());
    }
    files.len()
}

#[test]
fn every_saved_vcard_input_reads_without_a_panic() {
    assert!(replay("vcard", fuzzing::vcard) >= 20);
}

#[test]
fn every_saved_contacts_csv_input_reads_without_a_panic() {
    assert!(replay("contacts_csv", fuzzing::contacts_csv) >= 9);
}

#[test]
fn every_saved_icalendar_input_reads_without_a_panic() {
    assert!(replay("icalendar", fuzzing::icalendar) >= 50);
}

#[test]
fn every_saved_book_json_input_reads_without_a_panic() {
    assert!(replay("book_json", fuzzing::book_json) >= 8);
}
