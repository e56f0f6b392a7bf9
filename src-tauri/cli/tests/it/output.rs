//! What a command does when its output cannot take what it prints: a
//! reader that has stopped reading (`| head`) ends the output quietly, and
//! a full disk is the command's error in words, never "an internal error"
//! (a panic of Rust's `println!`). A notice on stderr nobody reads is
//! dropped; a recovery key nobody can read fails the command.

use std::process::{Output, Stdio};

use crate::support::{cli_process, run, stderr};

/// A book with the sample contacts and events in it.
fn book() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let added = run(dir.path(), &["sample", "add"]);
    assert!(added.status.success(), "{}", stderr(&added));
    dir
}

/// A pipe nobody reads any more, to give a command as its stdout or stderr.
fn closed_pipe() -> Stdio {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    Stdio::from(writer)
}

/// The CLI with `args`, its stdout a pipe nobody reads any more.
fn to_a_closed_pipe(data: &std::path::Path, args: &[&str]) -> Output {
    let mut command = cli_process(data);
    command.args(args).stdout(closed_pipe());
    command.output().unwrap()
}

/// The CLI with `args`, its stderr a pipe nobody reads any more.
fn notices_to_a_closed_pipe(data: &std::path::Path, args: &[&str]) -> Output {
    let mut command = cli_process(data);
    command.args(args).stderr(closed_pipe());
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

#[test]
fn a_notice_nobody_reads_is_dropped_and_the_command_stands() {
    let data = book();
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("book.vcf");
    let exported = notices_to_a_closed_pipe(
        data.path(),
        &[
            "export",
            "--format",
            "vcard",
            "--out",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(exported.status.code(), Some(0));
    let written = std::fs::read_to_string(&file).unwrap();
    assert!(written.starts_with("BEGIN:VCARD"), "{written}");

    // A failed request still fails as one, not as a fault inside Curbside.
    let refused = notices_to_a_closed_pipe(data.path(), &["contacts", "show", "999999"]);
    assert_eq!(refused.status.code(), Some(1));
}

#[test]
fn a_new_books_recovery_key_nobody_can_read_fails_the_command() {
    let data = tempfile::tempdir().unwrap();
    let made = notices_to_a_closed_pipe(data.path(), &["contacts", "list"]);
    assert_eq!(made.status.code(), Some(1), "the key was never shown");

    // The book is there; a new recovery key, shown this time, opens it.
    let renewed = run(data.path(), &["--json", "keys", "recovery-key"]);
    let key = crate::support::json(&renewed)["recovery_key"]
        .as_str()
        .unwrap()
        .to_owned();
    let opened = cli_process(data.path())
        .env("CURBSIDE_PASSPHRASE", &key)
        .args(["contacts", "list"])
        .output()
        .unwrap();
    assert!(opened.status.success(), "{}", stderr(&opened));
}

#[test]
fn a_new_recovery_key_nobody_can_read_fails_the_command() {
    let data = book();
    for args in [
        &["keys", "recovery-key"][..],
        &["--json", "keys", "recovery-key"],
    ] {
        let output = to_a_closed_pipe(data.path(), args);
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        let error = stderr(&output);
        assert!(
            error.contains("the new recovery key could not be shown"),
            "{args:?}: {error}"
        );
    }
}
