//! Cells that are safe to open in a spreadsheet. Excel, LibreOffice and
//! Google Sheets run a CSV cell that starts with `=`, `+`, `-` or `@` as a
//! formula, so a contact's name or note written as `=cmd|' /C calc'!A0` or
//! `@SUM(…)` would run on the doctor's computer when the export is opened.
//! Every text cell Curbside writes to a CSV for people goes through
//! [`cell`]; one rule for the contacts export and the CME report.

use std::borrow::Cow;

/// `value` as a spreadsheet shows it typed: a cell that could run as a
/// formula gets a leading `'`, which spreadsheets read as "text" and do
/// not show. A leading `+` or `-` is kept as it is when the rest is only
/// what phone numbers and dates are made of (digits, spaces and `+-./()`),
/// since such a cell can compute nothing but a number: `+49 30 1234567`
/// and `--07-14` stay readable, `-2+3+cmd|…` does not.
pub fn cell(value: &str) -> Cow<'_, str> {
    let runs = match value.chars().next() {
        Some('=' | '@' | '\t' | '\r') => true,
        Some('+' | '-') => !value
            .chars()
            .all(|c| c.is_ascii_digit() || c == ' ' || "+-./()".contains(c)),
        _ => false,
    };
    if runs {
        Cow::Owned(format!("'{value}"))
    } else {
        Cow::Borrowed(value)
    }
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn what_a_spreadsheet_would_run_is_defused() {
        for formula in [
            "=HYPERLINK(\"http://evil.example\",\"click\")",
            "=cmd|' /C calc'!A0",
            "@SUM(A1:A9)",
            "+SUM(1)",
            "-2+3+cmd|' /C calc'!A0",
            "\t=1+1",
            "\r=1+1",
        ] {
            assert_eq!(cell(formula), format!("'{formula}"), "{formula:?}");
        }
    }

    #[test]
    fn phone_numbers_dates_and_ordinary_text_are_written_as_they_are() {
        for plain in [
            "+49 30 1234567",
            "+1 (555) 010-0199",
            "--07-14",
            "-",
            "Ethics in medicine",
            "Dr. Amara Okafor",
            "a=b",
            "",
        ] {
            assert_eq!(cell(plain), plain, "{plain:?}");
        }
    }
}
