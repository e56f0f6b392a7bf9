//! The label vocabulary shared by reading and writing: which `TYPE`s make
//! which label ("cell" → "mobile"), and Apple's `X-ABLabel` names.

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

#[cfg(test)]
mod tests {
    use super::*;

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
