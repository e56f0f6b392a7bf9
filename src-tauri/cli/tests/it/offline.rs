//! No network unless sync is set up: the CLI, run through everyday commands
//! on a book with no sync account, opens no internet socket at all (IPv4
//! or IPv6; local sockets, such as the keyring's D-Bus, are not the
//! network). `strace` watches every `socket` call of the process and its
//! threads, so a library that phones home is caught however it does it.

#![cfg(target_os = "linux")]

use std::path::Path;
use std::process::Command;

use crate::support::{cli_process, run, stderr};

/// The internet sockets a CLI command opened, as strace saw them.
fn internet_sockets(data: &Path, args: &[&str]) -> Vec<String> {
    let log = data.join(format!("strace-{}-{}.log", args[0], args[1]));
    let cli = cli_process(data);
    let mut traced = Command::new("strace");
    traced
        .args(["-f", "-qq", "-e", "trace=socket,connect", "-o"])
        .arg(&log)
        .arg(cli.get_program())
        .args(cli.get_args())
        .args(args);
    for (name, value) in cli.get_envs() {
        match value {
            Some(value) => traced.env(name, value),
            None => traced.env_remove(name),
        };
    }
    let output = traced.output().unwrap_or_else(|error| {
        panic!(
            "strace could not run ({error}): install it (apt-get install strace; .ci/install does)"
        )
    });
    assert!(
        output.status.success(),
        "{args:?} failed: {}",
        stderr(&output)
    );
    let calls = std::fs::read_to_string(&log).unwrap();
    calls
        .lines()
        .filter(|line| line.contains("AF_INET") || line.contains("PF_INET"))
        .map(str::to_owned)
        .collect()
}

#[test]
fn without_a_sync_account_the_cli_opens_no_internet_socket() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let made = run(
        data,
        &[
            "contacts",
            "add",
            "--name",
            "Amara Okafor",
            "--email",
            "amara@example.org",
        ],
    );
    assert!(made.status.success(), "{}", stderr(&made));
    let out = data.join("book.vcf");
    let out = out.to_str().unwrap();
    for args in [
        &["contacts", "list", "--json"][..],
        &[
            "events",
            "add",
            "--title",
            "ESC Congress",
            "--start",
            "2027-08-27",
            "--all-day",
        ][..],
        &["due", "--json"][..],
        &["export", "--format", "vcard", "--out", out][..],
        &["sync", "status", "--json"][..],
    ] {
        let sockets = internet_sockets(data, args);
        assert!(
            sockets.is_empty(),
            "`curbside-cli {}` opened internet sockets: {sockets:#?}",
            args.join(" ")
        );
    }
}
