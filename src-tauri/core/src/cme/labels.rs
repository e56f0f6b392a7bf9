//! Names for credit types, cycle kinds and special topics: the snake_case
//! names stored in the database and used in JSON and on the command line,
//! and the human labels shown in the UI and printed in renewal reports.

use std::str::FromStr;

use super::{CreditType, CycleKind};
use crate::values::Invalid;

/// The special topics Curbside knows by key, in the order they are shown.
/// Any other topic is a free label.
pub const KNOWN_TOPICS: [&str; 5] = [
    "opioids",
    "ethics",
    "pain",
    "implicit_bias",
    "substance_use_disorder",
];

impl CreditType {
    /// Every credit type, in the order they are shown.
    pub const ALL: [CreditType; 7] = [
        Self::AmaPra1,
        Self::AmaPra2,
        Self::Aoa1a,
        Self::Aoa1b,
        Self::Aoa2a,
        Self::Aoa2b,
        Self::Other,
    ];

    /// The name stored and used in JSON and on the command line
    /// ("ama_pra_1").
    pub fn as_str(self) -> &'static str {
        match self {
            Self::AmaPra1 => "ama_pra_1",
            Self::AmaPra2 => "ama_pra_2",
            Self::Aoa1a => "aoa_1a",
            Self::Aoa1b => "aoa_1b",
            Self::Aoa2a => "aoa_2a",
            Self::Aoa2b => "aoa_2b",
            Self::Other => "other",
        }
    }

    /// The credit's full name, as certificates print it
    /// ("AMA PRA Category 1 Credit™").
    pub fn label(self) -> &'static str {
        match self {
            Self::AmaPra1 => "AMA PRA Category 1 Credit™",
            Self::AmaPra2 => "AMA PRA Category 2 Credit™",
            Self::Aoa1a => "AOA Category 1-A",
            Self::Aoa1b => "AOA Category 1-B",
            Self::Aoa2a => "AOA Category 2-A",
            Self::Aoa2b => "AOA Category 2-B",
            Self::Other => "Other",
        }
    }

    /// A short name for progress lines and table headings
    /// ("AMA PRA Category 1").
    pub fn short_label(self) -> &'static str {
        match self {
            Self::AmaPra1 => "AMA PRA Category 1",
            Self::AmaPra2 => "AMA PRA Category 2",
            other => other.label(),
        }
    }
}

impl FromStr for CreditType {
    type Err = Invalid;

    /// Reads a stored name ("ama_pra_1"); the error lists the known ones.
    fn from_str(text: &str) -> Result<Self, Invalid> {
        let text = text.trim();
        Self::ALL
            .into_iter()
            .find(|kind| kind.as_str().eq_ignore_ascii_case(text))
            .ok_or_else(|| {
                let known: Vec<&str> = Self::ALL.iter().map(|kind| kind.as_str()).collect();
                Invalid::new(
                    "credit_type",
                    format!(
                        "\"{text}\" is not a credit type Curbside knows: use one of {}",
                        known.join(", ")
                    ),
                )
            })
    }
}

impl CycleKind {
    /// The name stored and used in JSON ("license", "board").
    pub fn as_str(self) -> &'static str {
        match self {
            Self::License => "license",
            Self::Board => "board",
        }
    }

    /// What to show ("Medical license", "Board certification").
    pub fn label(self) -> &'static str {
        match self {
            Self::License => "Medical license",
            Self::Board => "Board certification",
        }
    }

    pub(crate) fn parse(text: &str) -> Option<Self> {
        match text {
            "license" => Some(Self::License),
            "board" => Some(Self::Board),
            _ => None,
        }
    }
}

/// What to show for a topic: the human name of a known key ("opioids" →
/// "Opioids / controlled substances"), a free label as it was given.
pub fn topic_label(topic: &str) -> String {
    match topic {
        "opioids" => "Opioids / controlled substances",
        "ethics" => "Ethics",
        "pain" => "Pain management",
        "implicit_bias" => "Implicit bias",
        "substance_use_disorder" => "Substance-use disorder (MATE Act)",
        other => other,
    }
    .to_owned()
}

/// The stored form of a topic as typed: a known key when the text names one
/// (by key or by label, in any case: "Ethics", "implicit bias"), otherwise the
/// trimmed text itself.
pub fn topic_key(text: &str) -> String {
    let text = text.trim();
    let folded = text.to_lowercase().replace([' ', '-'], "_");
    KNOWN_TOPICS
        .into_iter()
        .find(|key| *key == folded || topic_label(key).eq_ignore_ascii_case(text))
        .map_or_else(|| text.to_owned(), str::to_owned)
}

/// Where a topic goes in a list: known topics in their fixed order, then free
/// labels alphabetically.
pub(crate) fn topic_order(topic: &str) -> (usize, String) {
    let rank = KNOWN_TOPICS
        .iter()
        .position(|key| *key == topic)
        .unwrap_or(KNOWN_TOPICS.len());
    (rank, topic.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_credit_type_reads_back_from_its_name() {
        for kind in CreditType::ALL {
            assert_eq!(kind.as_str().parse::<CreditType>().unwrap(), kind);
        }
        let error = "cat1".parse::<CreditType>().unwrap_err();
        assert!(error.message.contains("ama_pra_1"), "{}", error.message);
    }

    #[test]
    fn typed_topics_become_known_keys() {
        assert_eq!(topic_key(" Ethics "), "ethics");
        assert_eq!(topic_key("implicit bias"), "implicit_bias");
        assert_eq!(topic_key("Pain management"), "pain");
        assert_eq!(
            topic_key("Substance-use disorder"),
            "substance_use_disorder"
        );
        assert_eq!(topic_key("Wound care"), "Wound care");
        assert_eq!(topic_label("opioids"), "Opioids / controlled substances");
        assert_eq!(topic_label("Wound care"), "Wound care");
    }
}
