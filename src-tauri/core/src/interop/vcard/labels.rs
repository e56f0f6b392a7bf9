//! The vocabulary shared by reading and writing: which `TYPE`s make which
//! label ("cell" → "mobile"), Apple's `X-ABLabel` names, and which name
//! suffixes are credentials ("MD", "PhD") rather than "Jr." or "III".

/// What a labelled value is, since only phones have "mobile" or "fax".
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// `TEL`.
    Phone,
    /// `EMAIL`, `URL`, `IMPP`, `ADR`.
    Other,
}

/// `TYPE` values that say nothing a label would show.
const IGNORED_TYPES: &[&str] = &[
    "internet", "pref", "voice", "x400", "msg", "text", "video", "postal", "parcel", "dom", "intl",
];

/// The label for a property's `TYPE` values (lower case, any order).
pub(super) fn from_types(types: &[String]) -> String {
    let types: Vec<&str> = types
        .iter()
        .map(|t| t.trim())
        .filter(|t| !t.is_empty() && !IGNORED_TYPES.contains(t))
        .collect();
    let has = |name: &str| types.contains(&name);
    let label = if has("cell") || has("mobile") || has("iphone") {
        "mobile"
    } else if has("fax") {
        if has("home") {
            "home fax"
        } else if has("work") {
            "work fax"
        } else {
            "fax"
        }
    } else if has("pager") {
        "pager"
    } else if has("main") || has("main-number") {
        "main"
    } else if has("work") {
        "work"
    } else if has("home") {
        "home"
    } else if has("other") {
        "other"
    } else {
        return types.first().map(|t| (*t).to_owned()).unwrap_or_default();
    };
    label.to_owned()
}

/// The label an Apple `X-ABLabel` gives: `_$!<Other>!$_` is Apple's own
/// "other"; anything else is the user's text, kept as typed unless it
/// names a standard label.
pub(super) fn from_ab_label(text: &str) -> String {
    let text = text.trim();
    let apple = text
        .strip_prefix("_$!<")
        .and_then(|rest| rest.strip_suffix(">!$_"));
    let label = apple.unwrap_or(text);
    let lower = label.to_lowercase();
    match lower.as_str() {
        "homefax" => "home fax".to_owned(),
        "workfax" => "work fax".to_owned(),
        "otherfax" => "fax".to_owned(),
        "work" | "home" | "other" | "mobile" | "fax" | "home fax" | "work fax" | "pager"
        | "main" => lower,
        _ if apple.is_some() => lower,
        _ => label.to_owned(),
    }
}

/// The `TYPE` values that carry `label` (upper case), or `None` when only
/// an Apple `X-ABLabel` can carry it.
pub(super) fn types_for(label: &str, kind: Kind) -> Option<&'static [&'static str]> {
    let types: &'static [&'static str] = match (label.to_lowercase().as_str(), kind) {
        ("", _) => &[],
        ("work", _) => &["WORK"],
        ("home", _) => &["HOME"],
        ("other", _) => &["OTHER"],
        ("mobile", Kind::Phone) => &["CELL"],
        ("fax", Kind::Phone) => &["FAX"],
        ("home fax", Kind::Phone) => &["HOME", "FAX"],
        ("work fax", Kind::Phone) => &["WORK", "FAX"],
        ("pager", Kind::Phone) => &["PAGER"],
        ("main", Kind::Phone) => &["MAIN"],
        _ => return None,
    };
    Some(types)
}

/// Degrees and post-nominals doctors put after their name.
const CREDENTIALS: &[&str] = &[
    "MD", "DO", "PHD", "MBBS", "MBCHB", "MBBCH", "BMBS", "MBBCHIR", "FRCP", "FRCS", "FRCPC",
    "FRCSC", "FRCR", "FRCA", "FRACP", "FRACS", "FACP", "FACS", "FACC", "FAAP", "FACOG", "FACEP",
    "FAAFP", "MRCP", "MRCS", "MRCGP", "MPH", "MSC", "MS", "MA", "MBA", "MHA", "MHS", "MSN", "BSN",
    "RN", "NP", "PA", "PA-C", "DNP", "CRNA", "APRN", "FNP", "FNP-BC", "PHARMD", "RPH", "DDS",
    "DMD", "DPM", "OD", "DC", "DPT", "PT", "OT", "OTR", "PSYD", "EDD", "SCD", "DRPH", "DPHIL",
    "MPHIL", "LCSW", "MSW", "CNM", "CNS", "DVM", "BS", "BA", "BSC", "JD", "MD-PHD",
];

/// Whether a suffix word is a credential ("MD", "Ph.D.", "PA-C") rather
/// than a generational suffix ("Jr.", "III").
pub(super) fn is_credential(word: &str) -> bool {
    let bare: String = word.trim().chars().filter(|c| *c != '.').collect();
    let upper = bare.to_ascii_uppercase();
    if CREDENTIALS.contains(&upper.as_str()) {
        return true;
    }
    // Unlisted all-capital post-nominals (FASCO, FESC…), but not "III" or "JR".
    let letters = bare.chars().filter(|c| *c != '-');
    (2..=6).contains(&bare.len())
        && bare.chars().all(|c| c.is_ascii_uppercase() || c == '-')
        && !letters.clone().all(|c| matches!(c, 'I' | 'V' | 'X'))
        && !matches!(upper.as_str(), "JR" | "SR" | "ESQ")
}

/// Splits `N`'s suffix items into (suffix, credentials), each joined with
/// ", ": "Jr.", "MD", "PhD" → ("Jr.", "MD, PhD").
pub(super) fn split_suffix(items: &[String]) -> (String, String) {
    let mut suffix = Vec::new();
    let mut credentials = Vec::new();
    for item in items.iter().flat_map(|item| item.split(',')) {
        let item = item.trim();
        if item.is_empty() {
            continue;
        }
        let words: Vec<&str> = item.split_whitespace().collect();
        if words.iter().all(|word| is_credential(word)) {
            credentials.extend(words);
        } else {
            suffix.push(item);
        }
    }
    (suffix.join(", "), credentials.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn degrees_in_the_suffix_become_credentials_and_generations_stay() {
        let items = ["Jr.".to_owned(), "M.D.".to_owned(), "PhD FACS".to_owned()];
        assert_eq!(
            split_suffix(&items),
            ("Jr.".to_owned(), "M.D., PhD, FACS".to_owned())
        );
        assert_eq!(
            split_suffix(&["III".to_owned()]),
            ("III".to_owned(), String::new())
        );
    }

    #[test]
    fn phone_types_read_as_the_labels_people_use() {
        let types = |list: &[&str]| list.iter().map(|t| t.to_string()).collect::<Vec<_>>();
        assert_eq!(from_types(&types(&["cell", "pref"])), "mobile");
        assert_eq!(from_types(&types(&["work", "fax"])), "work fax");
        assert_eq!(from_types(&types(&["internet", "work"])), "work");
        assert_eq!(from_ab_label("_$!<Other>!$_"), "other");
        assert_eq!(from_ab_label("LinkedIn"), "LinkedIn");
    }
}
