//! Enumerated values (relationship kinds, interaction kinds, event kinds and
//! statuses, credit types, formats…) read from text one way everywhere: a
//! CLI flag, an IPC argument, a filter. The snake_case of JSON and the
//! kebab-case the CLI's help shows are both accepted, in any case; anything
//! else is refused with the values that would do, never matched as nothing.
//!
//! A bottom layer, like [`values`](crate::values): it knows no domain. Each
//! enum states its names once, beside it, with [`choices!`](crate::choices),
//! which gives it [`Choice`] and `FromStr`.

/// An enumerated value with a fixed set of names.
pub trait Choice: Sized + Copy + 'static {
    /// What one value is called in a message: "relationship".
    const WHAT: &'static str;
    /// Every value, in the order help lists them.
    const ALL: &'static [Self];
    /// The value's name as stored and in JSON (snake_case).
    fn name(self) -> &'static str;
    /// A few words on what the value means, for help.
    fn help(self) -> &'static str;

    /// The name as the CLI shows it (kebab-case).
    fn flag_name(self) -> String {
        self.name().replace('_', "-")
    }
}

/// A value that is none of an enum's names.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{given}\" is not a {what} Curbside knows: use one of {valid}")]
pub struct UnknownChoice {
    /// What was given.
    pub given: String,
    /// What kind of value was expected.
    pub what: &'static str,
    /// The names that would do, comma-separated, as the CLI shows them.
    pub valid: String,
}

/// Reads `text` as one of `T`'s values: its snake_case or kebab-case name,
/// in any case, with spaces around ignored.
pub fn parse<T: Choice>(text: &str) -> Result<T, UnknownChoice> {
    let wanted = text.trim().to_ascii_lowercase().replace(['-', ' '], "_");
    T::ALL
        .iter()
        .copied()
        .find(|value| value.name() == wanted)
        .ok_or_else(|| UnknownChoice {
            given: text.to_owned(),
            what: T::WHAT,
            valid: T::ALL
                .iter()
                .map(|value| value.flag_name())
                .collect::<Vec<_>>()
                .join(", "),
        })
}

/// States an enum's names once: `choices!(Type, "what", [Variant = "name": "help", …])`
/// implements [`Choice`] and `FromStr` (through [`parse`]); with `choice_only`
/// after the type, only [`Choice`] (for a type with a `FromStr` of its own).
/// With `deserialize`
/// after the type, it also implements `serde::Deserialize` through [`parse`],
/// so an IPC argument takes the same spellings and gets the same message.
#[macro_export]
macro_rules! choices {
    ($ty:ty, deserialize, $what:literal, [$($variant:ident = $name:literal: $help:literal),+ $(,)?]) => {
        $crate::choices!($ty, $what, [$($variant = $name: $help),+]);
        impl<'de> ::serde::Deserialize<'de> for $ty {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = <String as ::serde::Deserialize>::deserialize(deserializer)?;
                $crate::choice::parse(&text).map_err(::serde::de::Error::custom)
            }
        }
    };
    ($ty:ty, $what:literal, [$($variant:ident = $name:literal: $help:literal),+ $(,)?]) => {
        $crate::choices!($ty, choice_only, $what, [$($variant = $name: $help),+]);
        impl ::std::str::FromStr for $ty {
            type Err = $crate::choice::UnknownChoice;
            fn from_str(text: &str) -> Result<Self, Self::Err> {
                $crate::choice::parse(text)
            }
        }
    };
    ($ty:ty, choice_only, $what:literal, [$($variant:ident = $name:literal: $help:literal),+ $(,)?]) => {
        impl $crate::choice::Choice for $ty {
            const WHAT: &'static str = $what;
            const ALL: &'static [Self] = &[$(<$ty>::$variant),+];
            fn name(self) -> &'static str {
                match self {
                    $(<$ty>::$variant => $name),+
                }
            }
            fn help(self) -> &'static str {
                match self {
                    $(<$ty>::$variant => $help),+
                }
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::{parse, Choice};
    use crate::cme::{CreditType, CycleKind};
    use crate::contacts::ContactSort;
    use crate::events::{DeadlineKind, EventKind, EventStatus};
    use crate::export::ExportFormat;
    use crate::import::ImportFormat;
    use crate::interactions::InteractionKind;
    use crate::messages::TemplateKind;
    use crate::organizations::{AffiliationKind, OrganizationKind};
    use crate::values::RelationshipKind;

    fn agrees_with_serde<
        T: Choice + serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
    >() {
        for &value in T::ALL {
            assert_eq!(
                serde_json::to_value(value).unwrap(),
                value.name(),
                "{value:?}"
            );
            assert_eq!(
                serde_json::from_value::<T>(value.name().into()).unwrap(),
                value
            );
            assert_eq!(parse::<T>(&value.flag_name()).unwrap(), value);
        }
    }

    #[test]
    fn every_enum_is_named_as_serde_names_it_and_read_in_both_spellings() {
        agrees_with_serde::<InteractionKind>();
        agrees_with_serde::<ContactSort>();
        agrees_with_serde::<EventKind>();
        agrees_with_serde::<EventStatus>();
        agrees_with_serde::<DeadlineKind>();
        agrees_with_serde::<CreditType>();
        agrees_with_serde::<CycleKind>();
        agrees_with_serde::<ExportFormat>();
        agrees_with_serde::<ImportFormat>();
        agrees_with_serde::<TemplateKind>();
        agrees_with_serde::<RelationshipKind>();
        agrees_with_serde::<AffiliationKind>();
        agrees_with_serde::<OrganizationKind>();
    }

    #[test]
    fn an_unknown_value_is_refused_with_the_values_that_would_do() {
        let error = parse::<RelationshipKind>("bogus").unwrap_err();
        assert_eq!(
            error.to_string(),
            "\"bogus\" is not a relationship Curbside knows: use one of mentor, mentee, collaborator, \
             referral-partner, co-resident, friend, family, other"
        );
        assert_eq!(
            parse::<RelationshipKind>(" Referral_Partner "),
            Ok(RelationshipKind::ReferralPartner)
        );
    }

    #[test]
    fn the_contact_list_filter_from_the_app_reads_a_relationship_as_the_cli_does() {
        use crate::contacts::ContactFilter;
        let read = |kind: &str| {
            serde_json::from_value::<ContactFilter>(serde_json::json!({ "relationship": kind }))
        };
        for spelling in ["referral_partner", "referral-partner"] {
            assert_eq!(
                read(spelling).unwrap().relationship,
                Some(RelationshipKind::ReferralPartner)
            );
        }
        let error = read("bogus").unwrap_err().to_string();
        assert!(
            error.starts_with("\"bogus\" is not a relationship Curbside knows: use one of mentor"),
            "{error}"
        );
    }
}
