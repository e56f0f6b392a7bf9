//! The patient-data guard's rules, as a table of what a doctor might write:
//! what must be caught (with what it looks like and the text found), and
//! what must pass (phone numbers, ICD codes, years, colleagues' titles).

use curbside_core::patient_data::{is_clear, scan};

/// Texts the guard must catch: (text, what it looks like, the text found).
const CAUGHT: &[(&str, &str, &str)] = &[
    ("DOB 02/04/1961", "a date of birth", "DOB 02/04/1961"),
    (
        "Pt is a 63yo, D.O.B. 2.4.1961, seen Tuesday",
        "a date of birth",
        "D.O.B. 2.4.1961",
    ),
    ("dob: 1961-04-02", "a date of birth", "dob: 1961-04-02"),
    (
        "born 2 April 1961 in Leeds",
        "a date of birth",
        "born 2 April 1961",
    ),
    (
        "born on April 2, 1961",
        "a date of birth",
        "born on April 2, 1961",
    ),
    (
        "Date of birth 02-04-61",
        "a date of birth",
        "Date of birth 02-04-61",
    ),
    ("geb. 02.04.1961", "a date of birth", "geb. 02.04.1961"),
    (
        "née le 2 avril 1961",
        "a date of birth",
        "née le 2 avril 1961",
    ),
    ("MRN 4432211", "a medical record number", "MRN 4432211"),
    (
        "mrn: 00123456 follow up",
        "a medical record number",
        "mrn: 00123456",
    ),
    (
        "record no. 88213344",
        "a medical record number",
        "record no. 88213344",
    ),
    (
        "hospital number RX1234567",
        "a medical record number",
        "hospital number RX1234567",
    ),
    (
        "Fallnummer 20231187",
        "a medical record number",
        "Fallnummer 20231187",
    ),
    ("NHS 943 476 5919", "an NHS number", "943 476 5919"),
    (
        "ref 9434765919 in the letter",
        "an NHS number",
        "9434765919",
    ),
    (
        "SSN 123-45-6789",
        "a US social security number",
        "123-45-6789",
    ),
    (
        "ss 219 09 9999",
        "a US social security number",
        "219 09 9999",
    ),
    (
        "Discussed Mrs. Patel's echo",
        "a patient's name",
        "Mrs. Patel's",
    ),
    ("saw Mr Jones again", "a patient's name", "Mr Jones"),
    ("Ms. Anna Berg, 54", "a patient's name", "Ms. Anna Berg"),
    (
        "patient Smith with HCM",
        "a patient's name",
        "patient Smith",
    ),
    ("Pt: Johnson, for TAVI", "a patient's name", "Pt: Johnson"),
    (
        "Patientin Frau Müller mit Vorhofflimmern",
        "a patient's name",
        "Patientin Frau Müller",
    ),
    (
        "la patiente Mme Dupont",
        "a patient's name",
        "patiente Mme Dupont",
    ),
];

/// Texts the guard must let pass.
const CLEAR: &[&str] = &[
    "Call her on 020 7946 0958 after clinic",
    "Mobile +44 7700 900123",
    "US office (617) 555-0123 or 617-555-0199",
    "Referred for I48.91 and E11.9 workup",
    "Met at ESC 2024; she trained in 1961? no, 1991",
    "Born in Lagos, trained at Guy's",
    "dob unknown",
    "Patient Safety Committee meets 14 March 2025",
    "patient education session went well",
    "Frau Dr. Berg chairs the session",
    "Herr Schmidt is the department's new head",
    "Invalid SSN shapes: 000-12-3456, 666-12-3456, 912-12-3456",
    "Room 943 476 5918 is not a checked number",
    "Order number 1234 5678 90",
    "PT department on floor 3",
    "talk on 02/04/2025 at 10:00",
    "record of 12 talks this year",
];

#[test]
fn what_identifies_a_patient_is_caught_with_what_it_looks_like() {
    for (text, what, found) in CAUGHT {
        let findings = scan(text);
        assert_eq!(findings.len(), 1, "{text:?} gave {findings:?}");
        assert_eq!(findings[0].what, *what, "{text:?}");
        assert_eq!(findings[0].found, *found, "{text:?}");
    }
}

#[test]
fn phone_numbers_codes_years_and_colleagues_pass() {
    for text in CLEAR {
        assert!(is_clear(text), "{text:?} gave {:?}", scan(text));
    }
}

#[test]
fn the_issues_example_gives_both_findings_in_order() {
    let findings = scan("Met re: DOB 02/04/1961 MRN 4432211, nice chat");
    let found: Vec<&str> = findings.iter().map(|f| f.found.as_str()).collect();
    assert_eq!(found, ["DOB 02/04/1961", "MRN 4432211"]);
    assert_eq!((findings[0].start, findings[0].end), (8, 22));
    assert_eq!((findings[1].start, findings[1].end), (23, 34));
}

#[test]
fn a_speakers_title_is_a_known_false_positive() {
    // Documented in docs/PATIENT-DATA.md: an honorific followed by a
    // capitalised word is warned about even when it is a speaker.
    let findings = scan("Great Mr. Bean talk at the keynote");
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].found, "Mr. Bean");
}

#[test]
fn an_empty_or_long_ordinary_text_is_clear() {
    assert!(is_clear(""));
    let long = "Coffee with the cardiology fellows about the registry. ".repeat(500);
    assert!(is_clear(&long));
}
