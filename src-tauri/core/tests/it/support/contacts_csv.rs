//! LinkedIn and Google CSV fixtures, and the Google reader as the tests call
//! it (`contacts_csv/`).

use curbside_core::interop::{google, Card};

/// The bytes of `tests/fixtures/csv/{name}`.
pub fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/csv/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|err| panic!("{path}: {err}"))
}

/// The cards of a Google CSV that reads without errors.
pub fn google_cards(bytes: &[u8]) -> Vec<Card> {
    google::read_cards(bytes)
        .unwrap()
        .map(Result::unwrap)
        .collect()
}
