//! Enumerated flags (`--kind`, `--status`, `--relationship`, `--format`…)
//! read by the core's own parser for each enum, so the CLI takes the same
//! spellings as the app (kebab-case as help shows them, or the snake_case of
//! JSON, in any case) and a bad value is a usage error (exit 2) that lists
//! the values that would do. The values, their names and their help are the
//! core's (`curbside_core::choices!`): the CLI writes none of them again.

use std::ffi::OsStr;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::error::ErrorKind;
use curbside_core::choice::{self, Choice};

/// The value parser for enum `T`: `#[arg(value_parser = choice::<T>())]`.
pub fn choice<T: Choice + Send + Sync>() -> ChoiceParser<T> {
    ChoiceParser {
        aliases: Vec::new(),
    }
}

/// Reads one value of `T` through [`choice::parse`], or one of its aliases.
#[derive(Clone)]
pub struct ChoiceParser<T> {
    aliases: Vec<(&'static str, T)>,
}

impl<T> ChoiceParser<T> {
    /// Also reads `name` (not shown in help) as `value`: an older spelling.
    pub fn alias(mut self, name: &'static str, value: T) -> Self {
        self.aliases.push((name, value));
        self
    }
}

impl<T: Choice + Send + Sync> TypedValueParser for ChoiceParser<T> {
    type Value = T;

    fn parse_ref(
        &self,
        command: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<T, clap::Error> {
        let text = value.to_string_lossy();
        if let Ok(found) = choice::parse::<T>(&text) {
            return Ok(found);
        }
        let alias = self
            .aliases
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(text.trim()));
        if let Some(&(_, found)) = alias {
            return Ok(found);
        }
        // Refused the way clap refuses any value not in a list: the
        // possible values, and the nearest one as a tip.
        let names = T::ALL.iter().map(|value| value.flag_name());
        let refused = PossibleValuesParser::new(names)
            .parse_ref(command, arg, value)
            .err();
        Err(refused.unwrap_or_else(|| clap::Error::new(ErrorKind::InvalidValue).with_cmd(command)))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(T::ALL.iter().map(|&value| {
            let aliases = self
                .aliases
                .iter()
                .filter(move |(_, aliased)| aliased.name() == value.name())
                .map(|(name, _)| *name);
            PossibleValue::new(value.flag_name())
                .help(value.help())
                .aliases(aliases)
        })))
    }
}

#[cfg(test)]
mod tests {
    use clap::error::ErrorKind;
    use clap::{Arg, Command};
    use curbside_core::events::DeadlineKind;

    use super::choice;

    fn kind_flag() -> Command {
        let kind = choice::<DeadlineKind>().alias("abstract-submission", DeadlineKind::Abstract);
        Command::new("curbside-cli").arg(Arg::new("kind").long("kind").value_parser(kind))
    }

    fn read(value: &str) -> Result<DeadlineKind, clap::Error> {
        let matches = kind_flag().try_get_matches_from(["curbside-cli", "--kind", value])?;
        Ok(*matches.get_one::<DeadlineKind>("kind").unwrap())
    }

    #[test]
    fn a_flag_reads_both_spellings_in_any_case_and_its_aliases() {
        for (given, expected) in [
            ("early-bird", DeadlineKind::EarlyBird),
            ("early_bird", DeadlineKind::EarlyBird),
            ("Early-Bird", DeadlineKind::EarlyBird),
            ("abstract-submission", DeadlineKind::Abstract),
            ("Abstract-Submission", DeadlineKind::Abstract),
        ] {
            assert_eq!(read(given).unwrap(), expected, "{given}");
        }
    }

    #[test]
    fn a_bad_value_is_refused_with_the_possible_values_and_the_nearest_one() {
        let error = read("hotel").unwrap_err();
        assert_eq!(error.kind(), ErrorKind::InvalidValue);
        let message = error.to_string();
        assert!(
            message.contains(
                "[possible values: abstract, late-breaking-abstract, notification, early-bird, \
                 registration, hotel-block, other]"
            ),
            "{message}"
        );
        assert!(
            message.contains("tip: a similar value exists: 'hotel-block'"),
            "{message}"
        );
    }

    #[test]
    fn help_lists_each_value_with_the_cores_words_and_hides_the_aliases() {
        let help = kind_flag().render_long_help().to_string();
        assert!(help.contains("early-bird"), "{help}");
        assert!(help.contains("Early-bird registration"), "{help}");
        assert!(!help.contains("abstract-submission"), "{help}");
    }
}
