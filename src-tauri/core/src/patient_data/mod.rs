//! The patient-data guard: whether a text the user wrote looks like it
//! identifies a patient (a date of birth, a medical record number, an NHS or
//! social security number, "patient" or "Mrs." followed by a name), so
//! the app and the CLI can warn before saving it.
//!
//! Curbside is a networking tool, not a clinical record, and its notes sync
//! to the user's own server: a patient's identifiers do not belong in it.
//! The guard is a small set of rules (`rules.rs`) that would rather warn
//! once too often than miss a date of birth; the user can always save
//! anyway. What it catches and what it cannot is in docs/PATIENT-DATA.md.

mod numbers;
mod rules;

use serde::Serialize;
use ts_rs::TS;

/// One thing in a text that looks like it identifies a patient.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Finding {
    /// What it looks like, for the warning: "a date of birth".
    pub what: String,
    /// The text found, as written.
    pub found: String,
    /// Where it starts, in UTF-16 code units (as the UI's text fields count).
    pub start: u32,
    /// Where it ends (exclusive), in UTF-16 code units.
    pub end: u32,
}

/// Everything in `text` that looks like it identifies a patient, in order.
/// Where two rules find overlapping text, the one starting first (or, from
/// the same place, the longer) is kept.
pub fn scan(text: &str) -> Vec<Finding> {
    let mut hits = rules::hits(text);
    hits.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut kept: Vec<rules::Hit> = Vec::with_capacity(hits.len());
    for hit in hits {
        if kept.last().is_some_and(|last| hit.start < last.end) {
            continue;
        }
        kept.push(hit);
    }
    kept.into_iter()
        .map(|hit| Finding {
            what: hit.what.to_string(),
            found: text[hit.start..hit.end].to_string(),
            start: utf16_offset(text, hit.start),
            end: utf16_offset(text, hit.end),
        })
        .collect()
}

/// Whether `text` looks clear of patient data.
pub fn is_clear(text: &str) -> bool {
    scan(text).is_empty()
}

/// The UTF-16 offset of the byte offset `byte` (a char boundary) in `text`.
fn utf16_offset(text: &str, byte: usize) -> u32 {
    let units = text[..byte].encode_utf16().count();
    u32::try_from(units).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_utf16_units_after_accents_and_emoji() {
        let text = "Müller 😀 DOB 02/04/1961";
        let finding = &scan(text)[0];
        assert_eq!(finding.found, "DOB 02/04/1961");
        let before: Vec<u16> = "Müller 😀 ".encode_utf16().collect();
        assert_eq!(finding.start as usize, before.len());
        assert_eq!(finding.end - finding.start, 14);
    }

    #[test]
    fn overlapping_rules_give_one_finding() {
        let findings = scan("Patient ID 4432211");
        assert_eq!(findings.len(), 1, "{findings:?}");
        assert_eq!(findings[0].found, "Patient ID 4432211");
    }
}
