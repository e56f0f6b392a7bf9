//! The parts of a person's card that every layer speaks in: a structured
//! name, a labelled value, a postal address, a date whose year may be
//! unknown, a photo. The contact book stores them and the interchange
//! formats read and write them, so they belong to neither.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The parts of a structured name.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct NameParts {
    /// "Dr.", "Prof."
    pub prefix: String,
    /// Given (first) name.
    pub given: String,
    /// Middle name(s).
    pub middle: String,
    /// Family (last) name.
    pub family: String,
    /// "Jr.", "III", and in vCards often "MD" or "PhD".
    pub suffix: String,
}

/// A value with a label such as "work", "home", "mobile" or "LinkedIn".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct Labeled {
    /// The label, lower case for the standard ones; empty when none.
    pub label: String,
    /// The address, number or URL.
    pub value: String,
}

/// A postal address (vCard `ADR`'s seven parts, less the rarely used ones).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct Address {
    /// "work", "home"…
    pub label: String,
    /// Post office box.
    pub po_box: String,
    /// Extended address (suite, building).
    pub extended: String,
    /// Street and number.
    pub street: String,
    /// City.
    pub locality: String,
    /// State or region.
    pub region: String,
    /// Postal code.
    pub postal_code: String,
    /// Country.
    pub country: String,
}

/// A calendar date whose year may be unknown (a birthday given as `--03-29`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartialDate {
    /// The year, when known.
    pub year: Option<i16>,
    /// 1–12.
    pub month: i8,
    /// 1–31, valid for the month (29 February is allowed without a year).
    pub day: i8,
}

/// An embedded photo.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Photo {
    /// "image/jpeg", "image/png"…
    pub media_type: String,
    /// The image bytes.
    pub data: Vec<u8>,
}

impl PartialDate {
    /// A date, checked: the month exists and the day exists in it (in a leap
    /// year when the year is unknown, so `--02-29` is a valid birthday).
    pub fn new(year: Option<i16>, month: i8, day: i8) -> Option<Self> {
        let check_year = year.unwrap_or(2000);
        jiff::civil::Date::new(check_year, month, day).ok()?;
        Some(Self { year, month, day })
    }

    /// Reads `YYYY-MM-DD`, `YYYYMMDD`, `--MM-DD` or `--MMDD` (vCard 3 and 4,
    /// ISO 8601), ignoring a time part after `T`.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let date = text.split('T').next().unwrap_or(text);
        if let Some(rest) = date.strip_prefix("--") {
            let digits: String = rest.chars().filter(|c| *c != '-').collect();
            if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            return Self::new(None, digits[..2].parse().ok()?, digits[2..].parse().ok()?);
        }
        let digits: String = date.chars().filter(|c| *c != '-').collect();
        if digits.len() != 8 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Self::new(
            Some(digits[..4].parse().ok()?),
            digits[4..6].parse().ok()?,
            digits[6..].parse().ok()?,
        )
    }
}

impl std::fmt::Display for PartialDate {
    /// `YYYY-MM-DD`, or `--MM-DD` without a year.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.year {
            Some(year) => write!(f, "{year:04}-{:02}-{:02}", self.month, self.day),
            None => write!(f, "--{:02}-{:02}", self.month, self.day),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::PartialDate;

    #[test]
    fn yearless_and_full_dates_read_in_every_common_form() {
        assert_eq!(PartialDate::parse("--0329"), PartialDate::new(None, 3, 29));
        assert_eq!(PartialDate::parse("--03-29"), PartialDate::new(None, 3, 29));
        assert_eq!(
            PartialDate::parse("1980-03-29"),
            PartialDate::new(Some(1980), 3, 29)
        );
        assert_eq!(
            PartialDate::parse("19800329T000000Z"),
            PartialDate::new(Some(1980), 3, 29)
        );
        assert_eq!(
            PartialDate::parse("--02-29")
                .map(|d| d.to_string())
                .as_deref(),
            Some("--02-29")
        );
    }

    #[test]
    fn impossible_dates_are_refused() {
        assert_eq!(PartialDate::parse("2023-02-29"), None);
        assert_eq!(PartialDate::parse("--13-01"), None);
        assert_eq!(PartialDate::parse("yesterday"), None);
    }
}
