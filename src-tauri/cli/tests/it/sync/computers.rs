//! The doctor's computers in a sync test: each a data folder the real
//! `curbside-cli` works on, with the server password in
//! `CURBSIDE_SYNC_PASSWORD` (a test has no keyring to keep it in).

use std::path::Path;
use std::process::Output;

use assert_cmd::Command;
use curbside_sync::testing::{Radicale, PASSWORD, USER};
use serde_json::Value;

use crate::support::{cli, cli_process, json, stderr};

/// One computer: its own data folder.
pub struct Computer {
    folder: tempfile::TempDir,
}

impl Computer {
    pub fn new() -> Computer {
        Computer {
            folder: tempfile::tempdir().unwrap(),
        }
    }

    pub fn data(&self) -> &Path {
        self.folder.path()
    }

    /// `curbside-cli` on this computer, the server password in the environment.
    pub fn command(&self) -> Command {
        let mut command = cli(self.data());
        command.env("CURBSIDE_SYNC_PASSWORD", PASSWORD);
        command.env_remove("CURBSIDE_SYNC_KEY");
        command
    }

    /// [`Computer::command`] as a plain process, to kill it.
    pub fn process(&self) -> std::process::Command {
        let mut command = cli_process(self.data());
        command.env("CURBSIDE_SYNC_PASSWORD", PASSWORD);
        command.env_remove("CURBSIDE_SYNC_KEY");
        command
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.command().args(args).output().unwrap()
    }

    /// The JSON a command that must succeed printed.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut all = args.to_vec();
        all.push("--json");
        json(&self.run(&all))
    }

    /// Adds the account on `server`; `key` is the sync key of the book
    /// already there.
    pub fn join(&self, server: &Radicale, key: Option<&str>) -> Value {
        let mut command = self.command();
        if let Some(key) = key {
            command.env("CURBSIDE_SYNC_KEY", key);
        }
        let output = command
            .args([
                "sync",
                "account",
                "add",
                "--url",
                &server.url(),
                "--user",
                USER,
                "--json",
            ])
            .output()
            .unwrap();
        json(&output)
    }

    /// `sync now`, which must succeed: what it did.
    pub fn sync(&self) -> Value {
        let output = self.run(&["sync", "now", "--json"]);
        assert!(
            output.status.success(),
            "sync now failed: {}",
            stderr(&output)
        );
        serde_json::from_slice(&output.stdout).unwrap()
    }

    /// The whole book as `export --format json` writes it.
    pub fn export(&self) -> Value {
        let output = self.run(&["export", "--format", "json"]);
        assert!(
            output.status.success(),
            "export failed: {}",
            stderr(&output)
        );
        serde_json::from_slice(&output.stdout).unwrap()
    }

    /// Adds a contact; its id.
    pub fn add_contact(&self, args: &[&str]) -> String {
        let mut all = vec!["contacts", "add"];
        all.extend_from_slice(args);
        self.json(&all)["id"].to_string()
    }

    /// The contacts, as `contacts list --json` prints them.
    pub fn contacts(&self) -> Vec<Value> {
        self.json(&["contacts", "list"]).as_array().unwrap().clone()
    }

    /// The one contact named `name`.
    pub fn contact_named(&self, name: &str) -> Value {
        let found: Vec<Value> = self
            .contacts()
            .into_iter()
            .filter(|contact| contact["display_name"] == name)
            .collect();
        assert_eq!(found.len(), 1, "contacts named {name}: {found:?}");
        found.into_iter().next().unwrap()
    }
}

/// The one line a failed command printed for the user (after any notice
/// of a new book): `curbside-cli: …`.
#[track_caller]
pub fn failure(output: &Output) -> String {
    assert_eq!(output.status.code(), Some(1), "{}", stderr(output));
    let text = stderr(output);
    let lines: Vec<&str> = text
        .lines()
        .filter(|line| line.starts_with("curbside-cli: "))
        .collect();
    assert_eq!(lines.len(), 1, "{text}");
    assert_eq!(text.lines().last(), Some(lines[0]), "{text}");
    lines[0].to_owned()
}

/// A server and two computers syncing one book through it, A first.
pub fn two_computers() -> (Radicale, Computer, Computer) {
    let server = Radicale::start();
    let a = Computer::new();
    let b = Computer::new();
    let added = a.join(&server, None);
    let key = added["sync_key"]
        .as_str()
        .expect("the first computer gets a key");
    a.sync();
    b.join(&server, Some(key));
    (server, a, b)
}
