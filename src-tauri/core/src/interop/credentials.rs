//! Which words after a doctor's name are degrees and post-nominals ("MD",
//! "Ph.D.", "MRCP(UK)") rather than part of the name or a generation
//! ("Jr.", "III"). Every reader files them in [`super::Card::credentials`],
//! so they all share this one list and its matching rules.
//!
//! Two rules, one list:
//! - [`is_credential`], for the end of a name cell (LinkedIn's "Last Name",
//!   Google's "Name"), where a surname can share a degree's letters: the
//!   token must be spelled as listed or in capitals, so the surname "Do" is
//!   not the degree "DO".
//! - [`is_suffix_credential`], for a field that holds only name suffixes
//!   (vCard's `N`), where no surname can hide: any case matches, and so does
//!   an unlisted post-nominal of 2–6 capitals ("FASE") that is not a
//!   generation ("III", "JR", "SR") or "ESQ".

/// Degrees and post-nominals doctors put after their name, in their usual
/// spelling. Each is listed once, whatever its case.
#[rustfmt::skip]
const CREDENTIALS: &[&str] = &[
    // Medical and other doctorates.
    "MD", "DO", "PhD", "MD-PhD", "DM", "DPhil", "DrPH", "ScD", "EdD", "PsyD", "PharmD", "DNP",
    "DDS", "DMD", "DPM", "DPT", "DVM", "OD", "DC", "JD",
    // Primary medical degrees (UK and Commonwealth).
    "MBBS", "MBChB", "MBBCh", "BMBS", "MBBChir", "MB", "ChB", "BM", "BCh", "MChir", "MCh",
    // Other degrees.
    "MS", "MSc", "MA", "MPhil", "BSc", "BS", "BA", "MPH", "MBA", "MHA", "MHS", "MPA", "MMed",
    "MEd", "MSW",
    // Fellowships and memberships.
    "FRCP", "FRCPC", "FRCPE", "FRCPI", "FRCS", "FRCSC", "FRCSEd", "FRCA", "FRCR", "FRCOG",
    "FRCPath", "FRCPsych", "FRACP", "FRACS", "FACC", "FACP", "FACS", "FAAP", "FACEP", "FAHA",
    "FASN", "FCCP", "FESC", "FSCAI", "FAAFP", "FACOG", "FASCO", "FHM", "MRCP", "MRCS", "MRCGP",
    "MRCPCH", "MRCPsych",
    // Nursing, pharmacy and allied health.
    "RN", "BSN", "MSN", "NP", "FNP", "FNP-BC", "APRN", "CRNA", "CNM", "CNS", "PA", "PA-C", "RPh",
    "PT", "OT", "OTR", "RD", "LCSW",
];

/// The token without dots, spaces or a qualifier in brackets: "M.D." is
/// "MD", "MRCP(UK)" is "MRCP".
fn bare(token: &str) -> String {
    let degree = token.trim().split('(').next().unwrap_or_default();
    degree.chars().filter(|c| *c != '.').collect()
}

/// The list entry `bare` spells, in any case.
fn listed(bare: &str) -> Option<&'static str> {
    CREDENTIALS
        .iter()
        .copied()
        .find(|credential| credential.eq_ignore_ascii_case(bare))
}

/// Whether a token after a name is a listed credential spelled as listed or
/// in capitals: "M.D.", "PhD", "PHD" and "MRCP(UK)" are; the surname "Do"
/// is not "DO".
pub(crate) fn is_credential(token: &str) -> bool {
    let bare = bare(token);
    listed(&bare).is_some_and(|credential| {
        credential == bare || !bare.chars().any(|c| c.is_ascii_lowercase())
    })
}

/// Whether a word known to be a name suffix is a credential ("MD", "Ph.D.",
/// "PA-C", or an unlisted post-nominal such as "FASE") rather than a
/// generation ("Jr.", "III") or "Esq.".
pub(crate) fn is_suffix_credential(word: &str) -> bool {
    let bare = bare(word);
    if listed(&bare).is_some() {
        return true;
    }
    let mut letters = bare.chars().filter(|c| *c != '-');
    (2..=6).contains(&bare.len())
        && bare.chars().all(|c| c.is_ascii_uppercase() || c == '-')
        && !letters.all(|c| matches!(c, 'I' | 'V' | 'X'))
        && !matches!(bare.as_str(), "JR" | "SR" | "ESQ")
}

/// Splits trailing credentials off a name part: `"Doe, MD, PhD"` gives
/// `("Doe", vec!["MD", "PhD"])`. Credentials keep their spelling. Every token
/// may go (a "Name Suffix" of `"MD, PhD"` leaves nothing behind).
pub(crate) fn split_credentials(text: &str) -> (String, Vec<String>) {
    let text = text.trim();
    let is_separator = |c: char| c == ',' || c.is_whitespace();
    let mut cut = text.len();
    let mut found = Vec::new();
    loop {
        let head = text[..cut].trim_end_matches(is_separator);
        let start = head
            .char_indices()
            .rev()
            .find(|(_, c)| is_separator(*c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let token = &head[start..];
        if token.is_empty() || !is_credential(token) {
            break;
        }
        found.push(token.to_string());
        cut = start;
    }
    found.reverse();
    let rest = text[..cut].trim_end_matches(is_separator).to_string();
    (rest, found)
}

/// Like [`split_credentials`], for a family name: a lone token with no comma
/// ("DO", a surname typed in capitals) stays a name.
pub(crate) fn split_family_credentials(family: &str) -> (String, Vec<String>) {
    let (rest, found) = split_credentials(family);
    if rest.is_empty() && found.len() == 1 && !family.contains(',') {
        return (family.trim().to_string(), Vec::new());
    }
    (rest, found)
}

/// Splits the suffix items of a vCard `N` into (suffix, credentials), each
/// joined with ", ": "Jr.", "MD", "PhD" → ("Jr.", "MD, PhD"). An item counts
/// as credentials when every word of it is one.
pub(crate) fn split_suffix(items: &[String]) -> (String, String) {
    let mut suffix = Vec::new();
    let mut credentials = Vec::new();
    for item in items.iter().flat_map(|item| item.split(',')) {
        let item = item.trim();
        if item.is_empty() {
            continue;
        }
        let words: Vec<&str> = item.split_whitespace().collect();
        if words.iter().all(|word| is_suffix_credential(word)) {
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

    fn split(text: &str) -> (String, String) {
        let (rest, found) = split_credentials(text);
        (rest, found.join(", "))
    }

    #[test]
    fn degrees_after_a_name_become_credentials() {
        assert_eq!(split("Doe, MD, PhD"), ("Doe".into(), "MD, PhD".into()));
        assert_eq!(
            split("van der Berg M.D. FACC"),
            ("van der Berg".into(), "M.D., FACC".into())
        );
        assert_eq!(split("Khan MRCP(UK)"), ("Khan".into(), "MRCP(UK)".into()));
        assert_eq!(split("MD, PhD"), (String::new(), "MD, PhD".into()));
        assert_eq!(
            split("Smith Jr., PA-C"),
            ("Smith Jr.".into(), "PA-C".into())
        );
    }

    #[test]
    fn surnames_that_look_like_degrees_stay_names() {
        assert_eq!(split("Nguyen Do").0, "Nguyen Do");
        assert_eq!(split_family_credentials("DO").0, "DO");
        assert_eq!(split_family_credentials("Ma").0, "Ma");
    }

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
    fn every_listed_degree_is_recognised_after_a_name_and_in_a_suffix() {
        for credential in CREDENTIALS {
            let upper = credential.to_uppercase();
            assert!(is_credential(credential), "{credential} after a name");
            assert!(is_credential(&upper), "{upper} after a name");
            assert!(is_suffix_credential(credential), "{credential} in a suffix");
            assert!(is_suffix_credential(&upper), "{upper} in a suffix");
        }
        assert!(is_credential("MRCP(UK)") && is_suffix_credential("MRCP(UK)"));
    }

    #[test]
    fn unlisted_capital_post_nominals_count_only_in_a_suffix() {
        assert!(is_suffix_credential("FASE"));
        assert!(!is_credential("FASE"));
        assert!(is_suffix_credential("phd"));
        assert!(!is_credential("phd"));
        for generation in ["Jr.", "JR", "SR", "III", "IV", "Esq.", "ESQ", "Junior"] {
            assert!(!is_suffix_credential(generation), "{generation}");
            assert!(!is_credential(generation), "{generation}");
        }
    }

    #[test]
    fn the_list_names_each_degree_once_whatever_its_case() {
        for (i, credential) in CREDENTIALS.iter().enumerate() {
            let again = CREDENTIALS[i + 1..]
                .iter()
                .find(|other| other.eq_ignore_ascii_case(credential));
            assert_eq!(again, None, "{credential} is listed twice");
        }
    }
}
