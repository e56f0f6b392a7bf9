//! The CLI as a script runs it, against a temp data folder: the passphrase
//! from the environment, no keyring, JSON out.

use std::path::Path;
use std::process::Output;

use assert_cmd::Command;
use serde_json::Value;

/// The passphrase every test database is made with.
pub const PASSPHRASE: &str = "correct horse battery";

/// `curbside-cli --data-dir DATA` with the test's environment.
pub fn cli(data: &Path) -> Command {
    Command::from_std(cli_process(data))
}

/// [`cli`] as a plain process, for a test that starts, waits for or kills
/// it itself (the crash harness).
pub fn cli_process(data: &Path) -> std::process::Command {
    let mut command = std::process::Command::new(assert_cmd::cargo::cargo_bin("curbside-cli"));
    command
        .env_remove("CURBSIDE_PASSPHRASE_FILE")
        .env("CURBSIDE_PASSPHRASE", PASSPHRASE)
        .env("CURBSIDE_NO_KEYRING", "1")
        .arg("--data-dir")
        .arg(data);
    command
}

/// Runs the CLI with `args` and returns what it printed.
pub fn run(data: &Path, args: &[&str]) -> Output {
    cli(data).args(args).output().unwrap()
}

/// The one JSON value a successful command printed.
pub fn json(output: &Output) -> Value {
    assert!(output.status.success(), "failed: {}", stderr(output));
    serde_json::from_slice(&output.stdout).expect("stdout is one JSON value")
}

/// What the command printed on stderr.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}
