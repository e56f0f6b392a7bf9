//! What the app is told at launch: `--data-dir DIR` on the command line (how
//! the end-to-end tests give each run its own folder), else
//! `CURBSIDE_DATA_DIR`, else the OS's per-user data folder.

use std::path::PathBuf;

use curbside_core::data_dir::{self, DataDir};

/// The data folder for this run.
pub fn data_dir() -> Option<DataDir> {
    let explicit = flag_value(std::env::args(), "--data-dir").map(PathBuf::from);
    data_dir::resolve(explicit.as_deref()).map(DataDir::new)
}

/// The value after `flag` (`--flag VALUE` or `--flag=VALUE`), ignoring any
/// other arguments a WebDriver or the OS adds.
fn flag_value(args: impl Iterator<Item = String>, flag: &str) -> Option<String> {
    let mut args = args.skip(1);
    while let Some(arg) = args.next() {
        if arg == flag {
            return args.next();
        }
        if let Some(value) = arg
            .strip_prefix(flag)
            .and_then(|rest| rest.strip_prefix('='))
        {
            return Some(value.to_owned());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::flag_value;

    fn args(list: &[&str]) -> impl Iterator<Item = String> {
        list.iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
            .into_iter()
    }

    #[test]
    fn data_dir_flag_is_read_in_both_forms_among_other_arguments() {
        assert_eq!(
            flag_value(
                args(&["app", "--automation", "--data-dir", "/tmp/a"]),
                "--data-dir"
            )
            .as_deref(),
            Some("/tmp/a")
        );
        assert_eq!(
            flag_value(args(&["app", "--data-dir=/tmp/b"]), "--data-dir").as_deref(),
            Some("/tmp/b")
        );
        assert_eq!(flag_value(args(&["app"]), "--data-dir"), None);
    }
}
