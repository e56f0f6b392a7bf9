//! The guard's rules, one regular expression each: a date of birth, a
//! medical record number, an NHS number, a US social security number, and
//! "patient" or an honorific followed by a name. Each rule is deliberately
//! narrow (a number needs its keyword or its check digit) so that phone
//! numbers, ICD codes and years pass; the price is that rare formats pass
//! too (docs/PATIENT-DATA.md).

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::numbers::{nhs_check_digit_holds, ssn_could_be_issued};

/// What one rule found, by byte offsets into the text.
pub(super) struct Hit {
    pub start: usize,
    pub end: usize,
    pub what: &'static str,
}

const DATE_OF_BIRTH: &str = "a date of birth";
const RECORD_NUMBER: &str = "a medical record number";
const NHS_NUMBER: &str = "an NHS number";
const SSN: &str = "a US social security number";
const NAME: &str = "a patient's name";

/// Month names (English, German, French), full or abbreviated.
const MONTHS: &str = r"(?:jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|f[ée]v(?:rier)?|m[aä]r(?:ch|z)?|mars|apr(?:il)?|avr(?:il)?|ma[iy]|mai|june?|juni|juin|july?|juli|juil(?:let)?|aug(?:ust)?|ao[uû]t|sep(?:t(?:ember)?)?|sept(?:embre)?|o[ck]t(?:ober|obre)?|nov(?:ember|embre)?|de[cz](?:ember)?|d[ée]c(?:embre)?)\.?";

/// "DOB", "D.O.B.", "born (on)", "date of birth", "geb.", "geboren (am)",
/// "né(e) le", then a date: 02/04/1961, 2.4.1961, 1961-04-02, 2 April 1961,
/// April 2, 1961.
static DATE_OF_BIRTH_RULE: LazyLock<Regex> = LazyLock::new(|| {
    let keyword = r"(?:\bd\.?\s?o\.?\s?b\b\.?|\bborn(?:\s+on)?|\bdate\s+of\s+birth|\bbirth\s*date|\bgeb\.|\bgeboren(?:\s+am)?|\bgeburtsdatum|\bn[ée]e?\s+le|\bdate\s+de\s+naissance)";
    let date = format!(
        r"(?:\d{{1,2}}[./-]\d{{1,2}}[./-](?:\d{{4}}|\d{{2}})\b|\d{{4}}-\d{{1,2}}-\d{{1,2}}\b|\d{{1,2}}(?:st|nd|rd|th|\.)?\s+{MONTHS}\s+\d{{4}}\b|{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b)"
    );
    Regex::new(&format!(r"(?i){keyword}[\s:=,\-]*{date}")).expect("the date-of-birth rule compiles")
});

/// A record-number word ("MRN", "record no", "hospital number", "patient
/// ID", "Fallnummer", "Pat.-Nr.", "IPP") followed by a number of 4 to 12
/// digits, maybe after a short letter prefix.
static RECORD_NUMBER_RULE: LazyLock<Regex> = LazyLock::new(|| {
    let keyword = r"(?:\bmrn\b|\bumrn\b|\b(?:medical\s+)?record\s*(?:no\b\.?|nr\b\.?|number\b|#)|\bhospital\s+(?:no\b\.?|number\b|id\b)|\bpatient\s*(?:id\b|no\b\.?|number\b|#)|\bcase\s+(?:no\b\.?|number\b)|\bfall(?:nummer|-?nr\b\.?)|\bpatienten-?(?:nummer|id\b)|\bpat\.?-?nr\b\.?|\bipp\b|\bn[°º]\s*(?:de\s+)?dossier|\bnum[ée]ro\s+de\s+dossier)";
    Regex::new(&format!(
        r"(?i){keyword}[\s:#=.\-]*[a-z]{{0,3}}\d{{4,12}}\b"
    ))
    .expect("the record-number rule compiles")
});

/// Ten digits as 3-3-4 with spaces, or run together (the NHS's own forms;
/// dashes are left to phone numbers), passing the mod-11 check.
static NHS_RULE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{3})( ?)(\d{3})( ?)(\d{4})\b").expect("the NHS rule compiles")
});

/// 3-2-4 digits with dashes or spaces, in ranges that are issued.
static SSN_RULE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{3})([- ])(\d{2})([- ])(\d{4})\b").expect("the SSN rule compiles")
});

/// "patient", "pt", "Mr.", "Mrs.", "Ms." (or "Patientin Frau", "la patiente
/// Mme") followed by one or two capitalised words. "Frau", "Herr" and "Mme"
/// alone are how colleagues are addressed too, so they count only after a
/// word for patient.
static NAME_RULE: LazyLock<Regex> = LazyLock::new(|| {
    let patient = r"(?:\b(?i:patient(?:in|e)?|pt)\b\.?:?)";
    let honorific = r"(?:\b(?:Mrs|Mr|Ms)\b\.?)";
    let after_patient = r"(?:(?:Mrs|Mr|Ms|Frau|Herr|Mme|Madame|Monsieur|M)\.?\s+)?";
    let name = r"\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)?";
    Regex::new(&format!(
        r"(?:{patient}\s+{after_patient}|{honorific}\s+)(?P<name>{name})"
    ))
    .expect("the name rule compiles")
});

/// Capitalised words after "patient" that start a phrase, not a name
/// ("Patient Safety Committee").
const NOT_NAMES: &[&str] = &[
    "Safety",
    "Experience",
    "Care",
    "Education",
    "Advocacy",
    "Outcomes",
    "Outcome",
    "Portal",
    "Services",
    "Relations",
    "Centered",
    "Centred",
    "Satisfaction",
    "Engagement",
    "Flow",
    "Records",
    "Record",
    "Access",
    "Voice",
    "Day",
    "Information",
    "Reported",
    "Rights",
    "Partners",
    "Forum",
    "Council",
    "Panel",
    "Registry",
    "Perspectives",
    "Journey",
];

/// Every rule's hits in `text`, in no particular order.
pub(super) fn hits(text: &str) -> Vec<Hit> {
    let mut hits = Vec::new();
    let mut push = |start, end, what| hits.push(Hit { start, end, what });
    for found in DATE_OF_BIRTH_RULE.find_iter(text) {
        push(found.start(), found.end(), DATE_OF_BIRTH);
    }
    for found in RECORD_NUMBER_RULE.find_iter(text) {
        push(found.start(), found.end(), RECORD_NUMBER);
    }
    for caps in NHS_RULE.captures_iter(text) {
        if is_nhs_number(text, &caps) {
            let whole = caps.get(0).expect("a match has its whole");
            push(whole.start(), whole.end(), NHS_NUMBER);
        }
    }
    for caps in SSN_RULE.captures_iter(text) {
        if caps[2] == caps[4] && ssn_could_be_issued(&caps[1], &caps[3], &caps[5]) {
            let whole = caps.get(0).expect("a match has its whole");
            if !joined_to_more_digits(text, whole.start(), whole.end()) {
                push(whole.start(), whole.end(), SSN);
            }
        }
    }
    for caps in NAME_RULE.captures_iter(text) {
        let name = caps.name("name").expect("the rule names the name");
        let first = name.as_str().split_whitespace().next().unwrap_or_default();
        if NOT_NAMES.contains(&first) || first.chars().all(|c| !c.is_lowercase()) {
            continue;
        }
        let whole = caps.get(0).expect("a match has its whole");
        push(whole.start(), name.end(), NAME);
    }
    hits
}

/// Whether an NHS-shaped match is one: both separators the same, the check
/// digit right, and not part of a phone number (+44…, (0…) or longer digits).
fn is_nhs_number(text: &str, caps: &Captures) -> bool {
    if caps[2] != caps[4] {
        return false;
    }
    let whole = caps.get(0).expect("a match has its whole");
    if joined_to_more_digits(text, whole.start(), whole.end()) {
        return false;
    }
    let digits: Vec<u8> = whole.as_str().bytes().filter(u8::is_ascii_digit).collect();
    nhs_check_digit_holds(&digits)
}

/// Whether the digits at `start..end` continue a longer number (a phone
/// number's country or area code, an account number): a digit or "+" just
/// before, maybe past one separator, or a digit just after.
fn joined_to_more_digits(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start]
        .strip_suffix([' ', '-', ')', '/'])
        .unwrap_or(&text[..start]);
    let after = text[end..]
        .strip_prefix([' ', '-', '/'])
        .unwrap_or(&text[end..]);
    before.ends_with(|c: char| c.is_ascii_digit() || c == '+' || c == '(')
        || after.starts_with(|c: char| c.is_ascii_digit())
}
