//! `import` and `export` as a script would run them, on the fixture files of
//! the core's interop tests.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::support::{json, run};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../core/tests/fixtures")
        .join(name)
}

fn names(data: &Path) -> Vec<String> {
    let list = json(&run(data, &["contacts", "list", "--json"]));
    list.as_array()
        .unwrap()
        .iter()
        .map(|c| c["display_name"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn importing_linkedin_and_vcards_then_again_updates_instead_of_duplicating() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let linkedin = fixture("csv/linkedin_2024.csv");
    let android = fixture("vcard/android_21.vcf");
    let files = [linkedin.to_str().unwrap(), android.to_str().unwrap()];
    let first = json(&run(data, &["import", files[0], files[1], "--json"]));
    let created = first["created"].as_u64().unwrap();
    assert!(created >= 5, "{first}");
    assert_eq!(first["errors"], serde_json::json!([]));
    let count = names(data).len() as u64;
    assert_eq!(count, created);

    let again = json(&run(data, &["import", files[0], files[1], "--json"]));
    assert_eq!(again["created"], 0, "{again}");
    assert_eq!(
        again["unchanged"].as_u64().unwrap() + again["updated"].as_u64().unwrap(),
        created
    );
    assert_eq!(names(data).len() as u64, count);

    let amara = json(&run(data, &["search", "okafor", "--json"]));
    assert_eq!(amara[0]["credentials"], "MD, PhD");
    assert_eq!(amara[0]["institution"], "St Mary's Hospital, London");
}

#[test]
fn a_malformed_file_stops_the_import_with_its_line_and_changes_nothing() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    run(data, &["contacts", "add", "--name", "Already Here"]);
    let malformed = fixture("vcard/malformed.vcf");
    let output = run(data, &["import", malformed.to_str().unwrap(), "--json"]);
    assert_eq!(output.status.code(), Some(1));
    let summary: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(summary["created"], 0);
    assert_eq!(summary["errors"][0]["line"], 8, "the bad line itself");
    assert!(summary["errors"][0]["file"]
        .as_str()
        .unwrap()
        .ends_with("malformed.vcf"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("line 8")
            && stderr.contains("begins on line 5")
            && stderr.contains("--skip-bad"),
        "{stderr}"
    );
    assert_eq!(names(data), vec!["Already Here"]);

    let skipped = json(&run(
        data,
        &[
            "import",
            malformed.to_str().unwrap(),
            "--skip-bad",
            "--json",
        ],
    ));
    assert_eq!(
        (skipped["created"].as_u64(), skipped["skipped"].as_u64()),
        (Some(2), Some(1))
    );
    assert_eq!(
        names(data),
        vec!["Already Here", "First Good", "Second Good"]
    );
}

#[test]
fn a_missing_or_foreign_file_is_a_clear_error() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let missing = run(data, &["import", "/nonexistent/contacts.vcf"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("could not read the file"));
    let google = fixture("csv/google_current.csv");
    let wrong = run(
        data,
        &["import", google.to_str().unwrap(), "--format", "linkedin"],
    );
    assert_eq!(wrong.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&wrong.stderr).contains("Google"),
        "{}",
        String::from_utf8_lossy(&wrong.stderr)
    );
}

#[test]
fn a_vcard_export_imports_into_a_new_book_as_the_same_contacts() {
    let temp = tempfile::tempdir().unwrap();
    let (one, two) = (temp.path().join("one"), temp.path().join("two"));
    let apple = fixture("vcard/apple.vcf");
    let rfc4 = fixture("vcard/rfc4.vcf");
    json(&run(
        &one,
        &[
            "import",
            apple.to_str().unwrap(),
            rfc4.to_str().unwrap(),
            "--json",
        ],
    ));
    let file = temp.path().join("export.vcf");
    let exported = run(
        &one,
        &[
            "export",
            "--format",
            "vcard",
            "--out",
            file.to_str().unwrap(),
        ],
    );
    assert!(
        exported.status.success(),
        "{}",
        String::from_utf8_lossy(&exported.stderr)
    );
    json(&run(&two, &["import", file.to_str().unwrap(), "--json"]));
    let strip = |data: &Path| {
        let mut list = json(&run(data, &["contacts", "list", "--json"]));
        for contact in list.as_array_mut().unwrap() {
            let contact = contact.as_object_mut().unwrap();
            for key in ["id", "created_at", "updated_at"] {
                contact.remove(key);
            }
        }
        list
    };
    assert_eq!(strip(&two), strip(&one));

    let json_export = run(&one, &["export", "--format", "json"]);
    let everything: Value = serde_json::from_slice(&json_export.stdout).unwrap();
    assert_eq!(
        everything["contacts"].as_array().unwrap().len(),
        names(&one).len()
    );
}

#[test]
fn an_outlook_vcard_with_words_in_its_phone_fields_imports_and_says_where_they_went() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let outlook = fixture("vcard/real/outlook-2003.vcf");
    let output = run(data, &["import", outlook.to_str().unwrap()]);
    assert!(
        output.status.success(),
        "{}",
        crate::support::stderr(&output)
    );
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("Imported: 1 new"), "{text}");
    assert!(
        text.contains(
            "outlook-2003.vcf:10: \"BusinessPhone\" is not a phone number: kept in the notes"
        ),
        "{text}"
    );
    let john = json(&run(data, &["search", "john doe", "--json"]));
    assert!(john[0]["notes"]
        .as_str()
        .unwrap()
        .contains("Phone (work): BusinessPhone"));
}

#[test]
fn a_contact_added_with_a_name_only_exports_a_vcard_name_other_apps_can_show() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    run(data, &["contacts", "add", "--name", "Dr. Ana Ruiz"]);
    let output = run(data, &["export", "--format", "vcard"]);
    assert!(
        output.status.success(),
        "{}",
        crate::support::stderr(&output)
    );
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("\r\nN:Ruiz;Ana;;Dr.;\r\n"), "{text}");
    assert!(text.contains("\r\nFN:Dr. Ana Ruiz\r\n"), "{text}");
}

#[test]
fn outlook_csv_exports_import_whether_or_not_the_format_is_named() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let german = fixture("csv/outlook_de.csv");
    let found = json(&run(data, &["import", german.to_str().unwrap(), "--json"]));
    assert_eq!(found["created"], 1, "{found}");
    let english = fixture("csv/outlook_en.csv");
    let named = json(&run(
        data,
        &[
            "import",
            english.to_str().unwrap(),
            "--format",
            "outlook",
            "--json",
        ],
    ));
    assert_eq!(named["created"], 2, "{named}");
    let jana = json(&run(data, &["search", "müller", "--json"]));
    assert_eq!(
        jana[0]["institution"],
        "Charité – Universitätsmedizin Berlin"
    );
    assert_eq!(jana[0]["birthday"], "1980-03-14");

    let help = run(data, &["import", "--help"]);
    assert!(String::from_utf8_lossy(&help.stdout).contains("outlook"));
}

#[test]
fn an_impossible_birthday_is_a_warning_and_kept_in_the_notes_never_dropped() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let vcf = temp.path().join("feb.vcf");
    std::fs::write(
        &vcf,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Feb Thirty\r\nBDAY:2026-02-30\r\nEND:VCARD\r\n",
    )
    .unwrap();
    let csv = temp.path().join("google.csv");
    std::fs::write(
        &csv,
        "Name,Given Name,Family Name,Birthday\nAna Ruiz,Ana,Ruiz,30 Feb 2026\n",
    )
    .unwrap();
    for (file, name, written, line) in [
        (&vcf, "Feb Thirty", "2026-02-30", 4),
        (&csv, "Ana Ruiz", "30 Feb 2026", 2),
    ] {
        let summary = json(&run(data, &["import", file.to_str().unwrap(), "--json"]));
        assert_eq!(summary["created"], 1, "{summary}");
        assert_eq!(summary["warnings"][0]["line"], line, "{summary}");
        assert_eq!(
            summary["warnings"][0]["message"],
            format!("Birthday \"{written}\" is not a date: kept in the notes")
        );
        let found = json(&run(data, &["search", name, "--json"]));
        assert_eq!(found[0]["birthday"], Value::Null, "{found}");
        assert_eq!(
            found[0]["notes"],
            format!("Birthday (as written): {written}")
        );
    }
    let output = run(data, &["import", vcf.to_str().unwrap()]);
    let printed = String::from_utf8_lossy(&output.stdout);
    assert!(
        printed.contains("feb.vcf:4: Birthday \"2026-02-30\" is not a date: kept in the notes"),
        "{printed}"
    );
}

/// `contacts list --json` reads every contact's lists at once; each contact
/// listed must be what `contacts show` says of it alone: its own emails,
/// phones, tags, links and addresses, in their order.
#[test]
fn the_list_shows_each_imported_contact_as_show_does() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let linkedin = fixture("csv/linkedin_2024.csv");
    let android = fixture("vcard/android_21.vcf");
    run(
        data,
        &[
            "import",
            linkedin.to_str().unwrap(),
            android.to_str().unwrap(),
        ],
    );
    let list = json(&run(data, &["contacts", "list", "--json"]));
    let list = list.as_array().unwrap();
    assert!(list.len() >= 5, "{list:?}");
    let with = |field: &str| {
        list.iter()
            .filter(|c| c[field] != serde_json::json!([]))
            .count()
    };
    assert!(
        with("emails") >= 2 && with("phones") >= 2,
        "the fixtures give several people lists"
    );
    for listed in list {
        let id = listed["id"].to_string();
        let shown = json(&run(data, &["contacts", "show", &id, "--json"]));
        for (field, value) in listed.as_object().unwrap() {
            assert_eq!(&shown[field], value, "{field} of contact {id}");
        }
    }
}
