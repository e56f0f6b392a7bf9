//! Helpers shared by the interop test files (vCard, LinkedIn, Google, CSV
//! export): reading the fixtures under `tests/fixtures/` and building values.
// Each test file is its own crate and uses only some of these.
#![allow(dead_code)]

pub mod csv;
pub mod vcard;

use curbside_core::values::Labeled;

/// A value with its label ("work", "mobile", a custom label).
pub fn labeled(label: &str, value: &str) -> Labeled {
    Labeled {
        label: label.to_owned(),
        value: value.to_owned(),
    }
}
