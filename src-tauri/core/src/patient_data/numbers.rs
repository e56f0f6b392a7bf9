//! The checks a number must pass before the guard calls it an identifier:
//! the NHS number's mod-11 check digit and the ranges the US Social
//! Security Administration never issues. They keep phone numbers and other
//! runs of digits out of the warnings.

/// Whether ten digits (separators already removed) carry a valid NHS
/// check digit: weights 10 down to 2 on the first nine digits, 11 minus
/// the sum's remainder by 11 (11 counts as 0, 10 is never valid).
pub(super) fn nhs_check_digit_holds(digits: &[u8]) -> bool {
    if digits.len() != 10 || !digits.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let value = |i: usize| u32::from(digits[i] - b'0');
    let sum: u32 = (0..9).map(|i| value(i) * (10 - i as u32)).sum();
    let check = match 11 - sum % 11 {
        11 => 0,
        10 => return false,
        check => check,
    };
    // All ten digits the same (0000000000) passes the sum but is no number.
    let all_same = digits.iter().all(|d| *d == digits[0]);
    check == value(9) && !all_same
}

/// Whether a US social security number's three parts could have been
/// issued: no area 000, 666 or 900–999, no group 00, no serial 0000.
pub(super) fn ssn_could_be_issued(area: &str, group: &str, serial: &str) -> bool {
    let Ok(area) = area.parse::<u32>() else {
        return false;
    };
    area != 0
        && area != 666
        && area < 900
        && group.parse::<u32>().is_ok_and(|g| g != 0)
        && serial.parse::<u32>().is_ok_and(|s| s != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nhs_check_digit_is_checked() {
        assert!(nhs_check_digit_holds(b"9434765919"));
        assert!(!nhs_check_digit_holds(b"9434765918"));
        assert!(!nhs_check_digit_holds(b"0000000000"));
        assert!(!nhs_check_digit_holds(b"943476591"));
    }

    #[test]
    fn unissued_ssn_ranges_are_refused() {
        assert!(ssn_could_be_issued("123", "45", "6789"));
        for (a, g, s) in [
            ("000", "12", "3456"),
            ("666", "12", "3456"),
            ("912", "12", "3456"),
            ("123", "00", "4567"),
            ("123", "45", "0000"),
        ] {
            assert!(!ssn_could_be_issued(a, g, s), "{a}-{g}-{s}");
        }
    }
}
