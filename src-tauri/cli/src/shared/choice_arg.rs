//! Enumerated flags (`--kind`, `--status`, `--relationship`, `--format`…)
//! read by the core's own parser for each enum, so the CLI takes the same
//! spellings as the app (kebab-case as help shows them, or the snake_case of
//! JSON, in any case) and a bad value is a usage error (exit 2) that lists
//! the values that would do.

use std::ffi::OsStr;
use std::marker::PhantomData;

use clap::builder::{PossibleValue, TypedValueParser};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use curbside_core::choice::{self, Choice};

/// The value parser for enum `T`: `#[arg(value_parser = choice::<T>())]`.
pub fn choice<T: Choice + Send + Sync>() -> ChoiceParser<T> {
    ChoiceParser(PhantomData)
}

/// Reads one value of `T` through [`choice::parse`].
#[derive(Clone)]
pub struct ChoiceParser<T>(PhantomData<T>);

impl<T: Choice + Send + Sync> TypedValueParser for ChoiceParser<T> {
    type Value = T;

    fn parse_ref(
        &self,
        command: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<T, clap::Error> {
        let text = value.to_string_lossy();
        choice::parse::<T>(&text).map_err(|_| {
            let mut error = clap::Error::new(ErrorKind::InvalidValue).with_cmd(command);
            let flag = arg.map_or_else(|| "...".to_owned(), ToString::to_string);
            error.insert(ContextKind::InvalidArg, ContextValue::String(flag));
            error.insert(
                ContextKind::InvalidValue,
                ContextValue::String(text.into_owned()),
            );
            error.insert(
                ContextKind::ValidValue,
                ContextValue::Strings(T::ALL.iter().map(|value| value.flag_name()).collect()),
            );
            error
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(T::ALL.iter().map(|value| {
            PossibleValue::new(value.flag_name()).help(value.help())
        })))
    }
}
