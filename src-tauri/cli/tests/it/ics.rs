//! `import FILE.ics` and `export --format ics` as a script would run them,
//! on the fixture files of the core's iCalendar tests.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::support::{json, run, stderr};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../core/tests/fixtures/ics")
        .join(name)
}

fn path(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// The titles and UTC starts of the occurrences in 2026.
fn occurrences(data: &Path) -> Vec<(String, String)> {
    let list = json(&run(
        data,
        &[
            "events",
            "list",
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
            "--json",
        ],
    ));
    let mut found: Vec<(String, String)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            let title = o["title"].as_str().unwrap().to_owned();
            (title, o["starts_at"].as_str().unwrap().to_owned())
        })
        .collect();
    found.sort();
    found
}

#[test]
fn importing_a_calendar_twice_creates_then_changes_nothing() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let google = fixture("google_calendar.ics");
    let first = json(&run(data, &["import", path(&google), "--json"]));
    assert_eq!(first["created"], 5, "{first}");
    assert_eq!(first["errors"], serde_json::json!([]));
    let again = json(&run(data, &["import", path(&google), "--json"]));
    assert_eq!(
        (again["created"].as_u64(), again["unchanged"].as_u64()),
        (Some(0), Some(5)),
        "{again}"
    );
}

#[test]
fn a_windows_zone_in_an_outlook_file_lands_at_the_right_instant() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    json(&run(
        data,
        &[
            "import",
            path(&fixture("outlook_windows_zones.ics")),
            "--json",
        ],
    ));
    let found = occurrences(data);
    let update = found
        .iter()
        .find(|(title, _)| title == "Heart failure update")
        .unwrap();
    assert_eq!(update.1, "2026-07-14T07:00:00Z");
}

#[test]
fn a_calendar_under_another_name_is_known_by_its_first_line_or_by_format() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let renamed = temp.path().join("calendar.txt");
    std::fs::copy(fixture("thunderbird.ics"), &renamed).unwrap();
    let summary = json(&run(data, &["import", path(&renamed), "--json"]));
    assert_eq!(summary["created"], 4, "{summary}");
    let forced = json(&run(
        data,
        &["import", path(&renamed), "--format", "ics", "--json"],
    ));
    assert_eq!(forced["unchanged"], 4, "{forced}");
}

#[test]
fn a_malformed_calendar_stops_with_its_line_and_stores_nothing() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let malformed = fixture("malformed.ics");
    let output = run(data, &["import", path(&malformed), "--json"]);
    assert_eq!(output.status.code(), Some(1));
    let summary: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(summary["created"], 0);
    assert_eq!(summary["errors"][0]["line"], 13);
    let message = stderr(&output);
    assert!(
        message.contains("malformed.ics") && message.contains("line 13"),
        "{message}"
    );
    assert!(message.contains("--skip-bad"), "{message}");
    assert!(occurrences(data).is_empty());

    let skipped = json(&run(
        data,
        &["import", path(&malformed), "--skip-bad", "--json"],
    ));
    assert_eq!(
        (skipped["created"].as_u64(), skipped["skipped"].as_u64()),
        (Some(2), Some(1))
    );
    assert_eq!(occurrences(data).len(), 2);
}

#[test]
fn contact_and_calendar_files_together_are_a_usage_error() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let vcard =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/tests/fixtures/vcard/android_21.vcf");
    let output = run(
        data,
        &["import", path(&fixture("thunderbird.ics")), path(&vcard)],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("cannot be imported together"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn export_as_ics_then_import_elsewhere_gives_the_same_occurrences() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("one");
    let copy = temp.path().join("two");
    let files = ["outlook_windows_zones.ics", "google_calendar.ics"].map(fixture);
    json(&run(
        &data,
        &["import", path(&files[0]), path(&files[1]), "--json"],
    ));

    let out = temp.path().join("calendar.ics");
    let written = run(&data, &["export", "--format", "ics", "--out", path(&out)]);
    assert!(written.status.success(), "{}", stderr(&written));
    assert!(
        stderr(&written).contains("Exported 10 events"),
        "{}",
        stderr(&written)
    );
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));

    let stdout = run(&data, &["export", "--format", "ics"]);
    assert!(stdout.status.success());
    let piped = String::from_utf8(stdout.stdout).unwrap();
    assert_eq!(
        piped.matches("BEGIN:VEVENT").count(),
        text.matches("BEGIN:VEVENT").count()
    );

    let imported = json(&run(&copy, &["import", path(&out), "--json"]));
    assert_eq!(
        imported["created"], 11,
        "10 events and one changed occurrence: {imported}"
    );
    assert_eq!(occurrences(&copy), occurrences(&data));
}

/// The SUMMARY lines of an exported calendar, sorted.
fn summaries(calendar: &str) -> Vec<String> {
    let mut found: Vec<String> = calendar
        .lines()
        .filter_map(|line| line.strip_prefix("SUMMARY:"))
        .map(str::to_owned)
        .collect();
    found.sort();
    found
}

#[test]
fn an_export_can_hold_one_event_or_those_with_a_status() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let add = |title: &str, status: &str| {
        let event = json(&run(
            data,
            &[
                "events",
                "add",
                "--title",
                title,
                "--start",
                "2026-08-28T09:00",
                "--tz",
                "Europe/Berlin",
                "--status",
                status,
                "--json",
            ],
        ));
        event["id"].as_i64().unwrap().to_string()
    };
    let esc = add("ESC Congress", "registered");
    add("AHA Sessions", "considering");
    add("ERA Congress", "registered");

    let one = run(data, &["export", "--format", "ics", "--event", &esc]);
    assert_eq!(
        summaries(&String::from_utf8_lossy(&one.stdout)),
        ["ESC Congress"]
    );

    let registered = run(
        data,
        &["export", "--format", "ics", "--status", "registered"],
    );
    assert_eq!(
        summaries(&String::from_utf8_lossy(&registered.stdout)),
        ["ERA Congress", "ESC Congress"]
    );

    let everything = run(data, &["export", "--format", "ics"]);
    assert_eq!(
        summaries(&String::from_utf8_lossy(&everything.stdout)).len(),
        3
    );

    let refused = crate::support::cli(data)
        .args(["export", "--format", "vcard", "--status", "registered"])
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stderr(&refused).contains("--format ics"),
        "{}",
        stderr(&refused)
    );
}
