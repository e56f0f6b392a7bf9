//! vCard fixtures and the reader and writer as the tests call them
//! (`vcard/`).

use curbside_core::interop::vcard::{read_cards, write_card, VcardVersion};
use curbside_core::interop::{Card, ParseError};

/// The bytes of `tests/fixtures/vcard/{name}`.
pub fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/vcard/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(path).unwrap()
}

/// Every card or error the reader gives for `bytes`.
pub fn read_all(bytes: &[u8]) -> Vec<Result<Card, ParseError>> {
    read_cards(bytes).collect()
}

/// The cards of a fixture that reads without errors.
pub fn cards(name: &str) -> Vec<Card> {
    read_all(&fixture(name))
        .into_iter()
        .map(Result::unwrap)
        .collect()
}

/// `card` as the writer writes it in `version`.
pub fn written(card: &Card, version: VcardVersion) -> Vec<u8> {
    let mut out = Vec::new();
    write_card(card, version, &mut out).unwrap();
    out
}
