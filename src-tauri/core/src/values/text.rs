//! Checks of one text field that several domains share: a trimmed single
//! line within a limit, and whether a value looks like a phone number or an
//! email address; and the folded form names are indexed and matched in.

use unicode_normalization::UnicodeNormalization;

use super::Invalid;

/// Trimmed one-line text within `limit` characters; `label` names the field
/// in the message.
pub(crate) fn single_line(
    field: &'static str,
    label: &str,
    value: &str,
    limit: usize,
) -> Result<String, Invalid> {
    let value = value.trim();
    let length = value.chars().count();
    if length > limit {
        return Err(Invalid::new(
            field,
            format!("{label} is too long: {length} characters (the limit is {limit})"),
        ));
    }
    if value.chars().any(char::is_control) {
        return Err(Invalid::new(
            field,
            format!("{label} must be a single line of text"),
        ));
    }
    Ok(value.to_owned())
}

/// Whether a phone field holds a number (at least one digit), not words.
pub(crate) fn is_phone_number(value: &str) -> bool {
    value.chars().any(|c| c.is_ascii_digit())
}

/// Whether an email field holds something shaped like an address.
pub(crate) fn looks_like_email(value: &str) -> bool {
    match value.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.is_empty()
                && !domain.contains('@')
                && !value.contains(char::is_whitespace)
        }
        None => false,
    }
}

/// Lower case without diacritics ("Müller" → "muller"), as the index folds.
pub(crate) fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The words of a text as the index and FTS5 see them: letters and digits,
/// folded.
pub(crate) fn folded_words(query: &str) -> Vec<String> {
    fold(query)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_owned)
        .collect()
}
