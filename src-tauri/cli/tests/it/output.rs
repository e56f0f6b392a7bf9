//! What a command does when its output cannot take what it prints: a
//! reader that has stopped reading (`| head`) ends the output quietly, and
//! a full disk is the command's error in words, never "an internal error"
//! (a panic of Rust's `println!`).

use std::process::{Output, Stdio};

use crate::support::{cli_process, run, stderr};

/// A book with the sample contacts and events in it.
fn book() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let added = run(dir.path(), &["sample", "add"]);
    assert!(added.status.success(), "{}", stderr(&added));
    dir
}

/// The CLI with `args`, its stdout a pipe nobody reads any more.
fn to_a_closed_pipe(data: &std::path::Path, args: &[&str]) -> Output {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let mut command = cli_process(data);
    command.args(args).stdout(Stdio::from(writer));
    command.output().unwrap()
}

#[test]
fn a_reader_that_stopped_reading_ends_the_output_quietly() {
    let data = book();
    for args in [
        &["contacts", "list"][..],
        &["--json", "contacts", "list"],
        &["search", "sample"],
        &["export", "--format", "vcard"],
        &["export", "--format", "ics"],
        &["events", "list"],
    ] {
        let output = to_a_closed_pipe(data.path(), args);
        assert!(
            output.status.success(),
            "{args:?} failed: {}",
            stderr(&output)
        );
        assert_eq!(stderr(&output), "", "{args:?}");
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_under_the_output_is_the_commands_error_in_words() {
    let data = book();
    let full = || {
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap()
    };
    for (args, said) in [
        (&["contacts", "list"][..], "could not write the output: "),
        (&["--json", "contacts", "list"], "could not write JSON: "),
        (
            &["export", "--format", "vcard"],
            "could not write the export: ",
        ),
        (&["events", "list"], "could not write the output: "),
    ] {
        let output = cli_process(data.path())
            .args(args)
            .stdout(full())
            .output()
            .unwrap();
        let error = stderr(&output);
        assert_eq!(output.status.code(), Some(1), "{args:?}: {error}");
        assert!(
            error.starts_with(&format!("curbside-cli: {said}"))
                && error.contains("No space left on device"),
            "{args:?}: {error}"
        );
        assert!(!error.contains("internal error"), "{args:?}: {error}");
    }
    // What the book holds is untouched.
    let listed = crate::support::json(&run(data.path(), &["--json", "contacts", "list"]));
    assert!(!listed.as_array().unwrap().is_empty());
}
