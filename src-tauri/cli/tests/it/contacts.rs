//! The CLI against a temp data folder, as a script would use it: the
//! passphrase from the environment, no keyring, JSON out, exit codes in.

use crate::support::{cli, json, run, stderr, PASSPHRASE};

#[test]
fn add_list_show_delete_round_trip_in_json() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let added = json(&run(
        data,
        &[
            "contacts",
            "add",
            "--name",
            "Amara Okafor",
            "--credentials",
            "MD, PhD",
            "--specialty",
            "Cardiology",
            "--org",
            "St Mary's Hospital",
            "--email",
            "amara@example.org",
            "--tag",
            "mentor",
            "--tag",
            "ESC 2026",
            "--json",
        ],
    ));
    let id = added["id"].as_i64().unwrap();
    assert_eq!(added["display_name"], "Amara Okafor");
    assert_eq!(added["institution"], "St Mary's Hospital");

    json(&run(
        data,
        &["contacts", "add", "--name", "Ben Carter", "--json"],
    ));
    let list = json(&run(data, &["contacts", "list", "--json"]));
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["display_name"].as_str().unwrap())
        .collect();
    assert_eq!(names, vec!["Amara Okafor", "Ben Carter"]);

    let mentors = json(&run(
        data,
        &["contacts", "list", "--tag", "mentor", "--json"],
    ));
    assert_eq!(mentors.as_array().unwrap().len(), 1);

    let shown = json(&run(data, &["contacts", "show", &id.to_string(), "--json"]));
    assert_eq!(shown["emails"][0], "amara@example.org");
    assert_eq!(shown["tags"], serde_json::json!(["ESC 2026", "mentor"]));

    let deleted = run(data, &["contacts", "delete", &id.to_string()]);
    assert!(deleted.status.success());
    assert_eq!(
        String::from_utf8_lossy(&deleted.stdout).trim(),
        format!("Deleted contact {id}")
    );
    let missing = run(data, &["contacts", "show", &id.to_string()]);
    assert_eq!(missing.status.code(), Some(1));
    assert_eq!(
        stderr(&missing).trim(),
        format!("curbside-cli: there is no contact with id {id}")
    );
}

#[test]
fn edit_changes_only_the_flags_given() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let added = json(&run(
        data,
        &[
            "contacts",
            "add",
            "--name",
            "Amara Okafor",
            "--specialty",
            "Cardiology",
            "--json",
        ],
    ));
    let id = added["id"].as_i64().unwrap().to_string();
    let edited = json(&run(
        data,
        &[
            "contacts",
            "edit",
            &id,
            "--org",
            "Royal Free Hospital",
            "--json",
        ],
    ));
    assert_eq!(edited["specialty"], "Cardiology");
    assert_eq!(edited["institution"], "Royal Free Hospital");
}

#[test]
fn human_output_is_an_aligned_table() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    run(
        data,
        &[
            "contacts",
            "add",
            "--name",
            "Amara Okafor",
            "--specialty",
            "Cardiology",
        ],
    );
    let output = run(data, &["contacts", "list"]);
    let text = String::from_utf8_lossy(&output.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("ID  NAME"), "{text}");
    assert_eq!(
        lines[0].find("SPECIALTY"),
        lines[1].find("Cardiology"),
        "{text}"
    );
}

#[test]
fn the_first_run_prints_a_recovery_key_that_unlocks_the_data() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let first = run(data, &["contacts", "add", "--name", "Amara Okafor"]);
    assert!(first.status.success(), "{}", stderr(&first));
    let recovery = stderr(&first)
        .lines()
        .find_map(|line| line.strip_prefix("Recovery key: ").map(str::to_owned))
        .expect("the recovery key is printed once");

    let with_recovery = cli(data)
        .env("CURBSIDE_PASSPHRASE", &recovery)
        .args(["contacts", "list", "--json"])
        .output()
        .unwrap();
    assert_eq!(json(&with_recovery)[0]["display_name"], "Amara Okafor");
    let second = run(data, &["contacts", "list"]);
    assert!(!stderr(&second).contains("Recovery key"), "shown only once");
}

#[test]
fn the_passphrase_can_come_from_a_file() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    let file = temp.path().join("passphrase");
    std::fs::write(&file, format!("{PASSPHRASE}\n")).unwrap();
    run(&data, &["contacts", "add", "--name", "Amara Okafor"]);
    let output = cli(&data)
        .env_remove("CURBSIDE_PASSPHRASE")
        .env("CURBSIDE_PASSPHRASE_FILE", &file)
        .args(["contacts", "list", "--json"])
        .output()
        .unwrap();
    assert_eq!(json(&output).as_array().unwrap().len(), 1);
}

#[test]
fn a_wrong_passphrase_fails_with_one_clear_line_and_loses_nothing() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    run(data, &["contacts", "add", "--name", "Amara Okafor"]);
    let wrong = cli(data)
        .env("CURBSIDE_PASSPHRASE", "wrong horse battery")
        .args(["contacts", "list"])
        .output()
        .unwrap();
    assert_eq!(wrong.status.code(), Some(1));
    assert_eq!(
        stderr(&wrong).trim(),
        "curbside-cli: that passphrase or recovery key does not unlock this database"
    );
    assert_eq!(
        json(&run(data, &["contacts", "list", "--json"]))
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn no_passphrase_and_no_keyring_is_a_clear_error_not_a_hang() {
    let temp = tempfile::tempdir().unwrap();
    let output = cli(temp.path())
        .env_remove("CURBSIDE_PASSPHRASE")
        .args(["contacts", "list"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output).trim_end(),
        "curbside-cli: the system keyring is turned off, so a new database needs a passphrase to protect it: \
         set CURBSIDE_PASSPHRASE_FILE (a file holding it) or CURBSIDE_PASSPHRASE, or run the command in a terminal to type it"
    );
    assert!(!temp.path().join("curbside.db").exists());
}

#[test]
fn opening_with_no_passphrase_and_no_keyring_says_in_one_sentence_how_to_give_it() {
    let temp = tempfile::tempdir().unwrap();
    json(&run(temp.path(), &["contacts", "list", "--json"]));
    let output = cli(temp.path())
        .env_remove("CURBSIDE_PASSPHRASE")
        .args(["contacts", "list"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output).trim_end(),
        "curbside-cli: the system keyring is turned off, so the database needs its passphrase or recovery key: \
         set CURBSIDE_PASSPHRASE_FILE (a file holding it) or CURBSIDE_PASSPHRASE, or run the command in a terminal to type it"
    );
}

#[test]
fn bad_input_is_refused_with_exit_1_and_a_readable_message() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let empty = run(data, &["contacts", "add", "--name", "   "]);
    assert_eq!(empty.status.code(), Some(1));
    assert_eq!(
        stderr(&empty).lines().last().unwrap(),
        "curbside-cli: Name is required"
    );

    let long_name = "a".repeat(10_000);
    let long = run(data, &["contacts", "add", "--name", &long_name]);
    assert_eq!(long.status.code(), Some(1));
    assert!(stderr(&long).contains("Name is too long: 10000 characters"));
    assert_eq!(
        json(&run(data, &["contacts", "list", "--json"])),
        serde_json::json!([])
    );
}

#[cfg(unix)]
#[test]
fn non_utf8_arguments_are_a_usage_error_not_a_panic() {
    use std::os::unix::ffi::OsStrExt;
    let temp = tempfile::tempdir().unwrap();
    let output = cli(temp.path())
        .args(["contacts", "add", "--name"])
        .arg(std::ffi::OsStr::from_bytes(b"Am\xffara"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("invalid UTF-8"),
        "{}",
        stderr(&output)
    );
    assert!(!stderr(&output).contains("panicked"));
}

#[test]
fn a_database_file_that_is_not_a_database_is_refused_and_kept() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    run(data, &["contacts", "add", "--name", "Amara Okafor"]);
    let garbage = b"not a database at all\n".repeat(500);
    std::fs::write(data.join("curbside.db"), &garbage).unwrap();
    let output = run(data, &["contacts", "list"]);
    assert_eq!(output.status.code(), Some(1));
    // The key file proves the passphrase's key right, so the file is what is wrong.
    assert!(
        stderr(&output).contains("is damaged")
            && stderr(&output).contains("replaced by another file"),
        "{}",
        stderr(&output)
    );
    assert_eq!(std::fs::read(data.join("curbside.db")).unwrap(), garbage);
}

#[test]
fn usage_errors_exit_with_2_and_help_shows_an_example() {
    let temp = tempfile::tempdir().unwrap();
    assert_eq!(
        run(temp.path(), &["contacts", "frobnicate"]).status.code(),
        Some(2)
    );
    let help = run(temp.path(), &["contacts", "add", "--help"]);
    assert!(help.status.success());
    assert!(String::from_utf8_lossy(&help.stdout).contains("Example:"));
}

#[test]
fn facets_list_each_filter_value_once_and_each_finds_someone() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    for (name, specialty, org) in [
        ("Dr. A", "Cardiology", "Mayo Clinic"),
        ("Dr. B", "cardiology", "Charité"),
    ] {
        json(&run(
            data,
            &[
                "contacts",
                "add",
                "--name",
                name,
                "--specialty",
                specialty,
                "--org",
                org,
                "--tag",
                "mentor",
                "--json",
            ],
        ));
    }

    let facets = json(&run(data, &["contacts", "facets", "--json"]));

    assert_eq!(facets["specialties"], serde_json::json!(["Cardiology"]));
    assert_eq!(
        facets["institutions"],
        serde_json::json!(["Charité", "Mayo Clinic"])
    );
    assert_eq!(facets["tags"], serde_json::json!(["mentor"]));
    let found = json(&run(
        data,
        &["contacts", "list", "--specialty", "Cardiology", "--json"],
    ));
    assert_eq!(found.as_array().unwrap().len(), 2);
}

#[test]
fn the_table_lists_the_contacts_json_lists_in_the_same_order() {
    let data = tempfile::tempdir().unwrap();
    let added = run(data.path(), &["sample", "add"]);
    assert!(added.status.success(), "{}", stderr(&added));
    for filter in [
        &[][..],
        &["--sort", "family"],
        &["--sort", "given", "--limit", "3"],
        &["--limit", "2"],
        &["--specialty", "Cardiology"],
    ] {
        let listed = json(&run(
            data.path(),
            &[&["--json", "contacts", "list"], filter].concat(),
        ));
        let expected: Vec<String> = listed
            .as_array()
            .unwrap()
            .iter()
            .map(|c| format!("{} {}", c["id"], c["display_name"].as_str().unwrap()))
            .collect();
        assert!(!expected.is_empty(), "{filter:?}");
        let table = run(data.path(), &[&["contacts", "list"], filter].concat());
        let text = String::from_utf8_lossy(&table.stdout);
        let shown: Vec<String> = text
            .lines()
            .skip(1)
            .map(|line| {
                let mut cells = line.split("  ").filter(|cell| !cell.is_empty());
                let id = cells.next().unwrap().trim();
                format!("{id} {}", cells.next().unwrap().trim())
            })
            .collect();
        assert_eq!(shown, expected, "{filter:?}\n{text}");
    }
}

#[test]
fn contacts_list_sorts_by_family_name_and_refuses_an_unknown_order() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    for name in [
        "Anna van der Berg",
        "Sean O'Neil",
        "Ola Ødegaard",
        "Cher",
        "Zoe Adams",
    ] {
        assert!(run(data, &["contacts", "add", "--name", name])
            .status
            .success());
    }
    let names = |args: &[&str]| -> Vec<String> {
        let list = json(&run(
            data,
            &[&["contacts", "list", "--json"], args].concat(),
        ));
        list.as_array()
            .unwrap()
            .iter()
            .map(|contact| contact["display_name"].as_str().unwrap().to_owned())
            .collect()
    };

    assert_eq!(
        names(&["--sort", "family"]),
        [
            "Zoe Adams",
            "Cher",
            "Ola Ødegaard",
            "Sean O'Neil",
            "Anna van der Berg"
        ]
    );
    assert_eq!(
        names(&[]),
        [
            "Anna van der Berg",
            "Cher",
            "Ola Ødegaard",
            "Sean O'Neil",
            "Zoe Adams"
        ]
    );
    let text = run(
        data,
        &["contacts", "list", "--sort", "given", "--limit", "1"],
    );
    assert!(String::from_utf8_lossy(&text.stdout).contains("Anna van der Berg"));

    let bad = run(data, &["contacts", "list", "--sort", "surname"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("family"), "{}", stderr(&bad));
}
