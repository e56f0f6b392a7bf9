//! `cme credit`, `cme cycle`, `cme status` and `cme report` as a script
//! would use them: credits with certificates, cycles with their minimums,
//! and what is still missing.

use std::path::Path;

use serde_json::{json, Value};

use crate::support::{json, run, stderr};

/// Records a credit and returns it as JSON.
fn credit(data: &Path, date: &str, kind: &str, hours: &str, extra: &[&str]) -> Value {
    let mut args = vec![
        "cme", "credit", "add", "--date", date, "--title", "Course", "--type", kind, "--hours",
        hours, "--json",
    ];
    args.extend_from_slice(extra);
    json(&run(data, &args))
}

fn credit_count(data: &Path) -> usize {
    json(&run(data, &["cme", "credits", "list", "--json"]))
        .as_array()
        .unwrap()
        .len()
}

#[test]
fn a_credit_keeps_its_certificate_and_a_text_file_is_refused_with_nothing_stored() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    let pdf = temp.path().join("esc-day3.pdf");
    std::fs::write(
        &pdf,
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n",
    )
    .unwrap();
    let added = credit(
        &data,
        "2026-08-30",
        "ama-pra-1",
        "6.5",
        &[
            "--topic",
            "ethics",
            "--provider",
            "ESC",
            "--certificate",
            pdf.to_str().unwrap(),
        ],
    );
    assert!(added["id"].as_i64().is_some());
    assert_eq!(added["hours"], 6.5);
    assert_eq!(added["topics"], json!(["ethics"]));
    assert_eq!(added["certificates"][0]["file_name"], "esc-day3.pdf");
    assert_eq!(added["certificates"][0]["media_type"], "application/pdf");

    let text = temp.path().join("notes.txt");
    std::fs::write(&text, "not a certificate").unwrap();
    let refused = run(
        &data,
        &[
            "cme",
            "credit",
            "add",
            "--date",
            "2026-08-31",
            "--title",
            "Day 4",
            "--type",
            "ama_pra_1",
            "--hours",
            "4",
            "--certificate",
            text.to_str().unwrap(),
        ],
    );
    assert_eq!(refused.status.code(), Some(1));
    let message = stderr(&refused);
    assert!(message.contains("notes.txt"), "{message}");
    assert!(message.contains("not a PDF or an image"), "{message}");
    assert_eq!(message.trim().lines().count(), 1, "{message}");
    assert_eq!(credit_count(&data), 1);

    let missing = run(
        &data,
        &[
            "cme",
            "credit",
            "add",
            "--date",
            "2026-08-31",
            "--title",
            "Day 4",
            "--type",
            "ama-pra-1",
            "--hours",
            "4",
            "--certificate",
            temp.path().join("nowhere.pdf").to_str().unwrap(),
        ],
    );
    assert_eq!(missing.status.code(), Some(1));
    assert!(stderr(&missing).contains("nowhere.pdf"));
    assert_eq!(credit_count(&data), 1);
}

#[test]
fn status_shows_the_total_and_the_topic_shortfall_of_a_cycle() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let cycle = json(&run(
        data,
        &[
            "cme",
            "cycle",
            "add",
            "--name",
            "California license 2025–2027",
            "--authority",
            "Medical Board of California",
            "--start",
            "2025-02-01",
            "--end",
            "2027-01-31",
            "--hours",
            "50",
            "--type",
            "ama-pra-1",
            "--topic",
            "pain=12",
            "--json",
        ],
    ));
    assert_eq!(cycle["total_hours"], 50.0);
    credit(data, "2025-06-10", "ama-pra-1", "6.5", &["--topic", "pain"]);
    credit(data, "2026-01-20", "ama-pra-1", "20", &[]);
    // AMA PRA Category 2 does not count toward this total.
    credit(data, "2026-02-01", "ama-pra-2", "5", &[]);
    // Earned before the cycle began: counts nowhere.
    credit(data, "2025-01-31", "ama-pra-1", "10", &["--topic", "pain"]);

    let status = json(&run(
        data,
        &["cme", "status", "--at", "2026-12-31", "--json"],
    ));
    let cycle_status = &status[0];
    assert_eq!(cycle_status["id"], cycle["id"]);
    assert_eq!(cycle_status["name"], "California license 2025–2027");
    assert_eq!(
        cycle_status["total"],
        json!({"key": "total", "label": "Total (AMA PRA Category 1)", "required": 50.0, "earned": 26.5, "missing": 23.5})
    );
    let pain = cycle_status["by_topic"]
        .as_array()
        .unwrap()
        .iter()
        .find(|line| line["key"] == "pain")
        .unwrap();
    assert_eq!(
        (&pain["required"], &pain["earned"], &pain["missing"]),
        (&json!(12.0), &json!(6.5), &json!(5.5))
    );
    assert_eq!(cycle_status["days_left"], 31);
    assert_eq!(cycle_status["complete"], false);
    assert_eq!(
        cycle_status["missing"],
        json!([
            {"requirement": "total", "key": "total", "label": "Total (AMA PRA Category 1)", "hours": 23.5},
            {"requirement": "topic", "key": "pain", "label": "Pain management", "hours": 5.5},
        ])
    );
    assert!(cycle_status.get("credits").is_none());

    let with_credits = json(&run(
        data,
        &[
            "cme",
            "status",
            "--at",
            "2026-12-31",
            "--with-credits",
            "--json",
        ],
    ));
    // The Category 2 credit is not listed in a Category 1 cycle's credits.
    let listed: Vec<&str> = with_credits[0]["credits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|credit| credit["credit_type"].as_str().unwrap())
        .collect();
    assert_eq!(listed, ["ama_pra_1", "ama_pra_1"]);

    let table = run(data, &["cme", "status", "--at", "2026-12-31"]);
    let text = String::from_utf8_lossy(&table.stdout);
    assert!(
        text.contains("31 days left: missing 23.5 h in total; 5.5 h of Pain management"),
        "{text}"
    );
    assert!(text.contains("Pain management"), "{text}");
}

#[test]
fn status_at_a_day_counts_only_credits_earned_by_then_and_names_the_topic_still_missing() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    json(&run(
        data,
        &[
            "cme",
            "cycle",
            "add",
            "--name",
            "Ohio license 2025",
            "--start",
            "2025-01-01",
            "--end",
            "2025-12-31",
            "--hours",
            "3",
            "--topic",
            "ethics=2",
            "--json",
        ],
    ));
    credit(data, "2025-02-01", "ama-pra-1", "4", &[]);
    credit(data, "2025-12-31", "ama-pra-1", "2", &["--topic", "ethics"]);

    let june = json(&run(
        data,
        &["cme", "status", "--at", "2025-06-01", "--json"],
    ));
    assert_eq!(june[0]["total"]["earned"], 4.0);
    assert_eq!(june[0]["days_left"], 213);
    assert_eq!(june[0]["complete"], false);
    assert_eq!(
        june[0]["missing"],
        json!([{"requirement": "topic", "key": "ethics", "label": "Ethics", "hours": 2.0}])
    );
    let words = run(data, &["cme", "status", "--at", "2025-06-01"]);
    let words = String::from_utf8_lossy(&words.stdout);
    assert!(
        words.contains("213 days left: total met, but missing 2 h of Ethics"),
        "{words}"
    );
    assert!(!words.contains("complete"), "{words}");

    let last_day = json(&run(
        data,
        &["cme", "status", "--at", "2025-12-31", "--json"],
    ));
    assert_eq!(last_day[0]["total"]["earned"], 6.0);
    assert_eq!(last_day[0]["complete"], true);
    assert_eq!(last_day[0]["missing"], json!([]));
    let words = run(data, &["cme", "status", "--at", "2025-12-31"]);
    let words = String::from_utf8_lossy(&words.stdout);
    assert!(words.contains("ends today: complete"), "{words}");

    let report = run(
        data,
        &["cme", "report", "--cycle", "1", "--at", "2025-06-01"],
    );
    let report = String::from_utf8(report.stdout).unwrap();
    assert!(!report.contains("2025-12-31,"), "{report}");
    assert!(
        report.contains("Incomplete: total met, but missing 2 h of Ethics"),
        "{report}"
    );
}

#[test]
fn one_credit_counts_toward_two_overlapping_cycles() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    for (name, start, end, kind) in [
        ("New York license", "2025-01-01", "2027-12-31", "license"),
        ("ABIM certification", "2026-01-01", "2030-12-31", "board"),
    ] {
        json(&run(
            data,
            &[
                "cme", "cycle", "add", "--name", name, "--start", start, "--end", end, "--hours",
                "100", "--kind", kind, "--json",
            ],
        ));
    }
    credit(data, "2026-03-14", "aoa-1a", "8", &[]);
    let status = json(&run(
        data,
        &["cme", "status", "--at", "2026-04-01", "--json"],
    ));
    let earned: Vec<(&str, f64)> = status
        .as_array()
        .unwrap()
        .iter()
        .map(|cycle| {
            (
                cycle["name"].as_str().unwrap(),
                cycle["total"]["earned"].as_f64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        earned,
        vec![("New York license", 8.0), ("ABIM certification", 8.0)]
    );
}

#[test]
fn a_cycle_report_is_written_as_csv_or_a_printable_page() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    let cycle = json(&run(
        &data,
        &[
            "cme",
            "cycle",
            "add",
            "--name",
            "Texas license 2026",
            "--start",
            "2026-01-01",
            "--end",
            "2026-12-31",
            "--hours",
            "24",
            "--min-type",
            "ama_pra_1=12",
            "--json",
        ],
    ));
    assert_eq!(
        cycle["type_minimums"],
        json!([{"key": "ama_pra_1", "hours": 12.0}])
    );
    credit(&data, "2026-05-05", "ama-pra-1", "3.25", &[]);
    let id = cycle["id"].to_string();

    let csv = run(&data, &["cme", "report", "--cycle", &id, "--format", "csv"]);
    assert!(csv.status.success(), "{}", stderr(&csv));
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert!(csv.contains("Texas license 2026"), "{csv}");
    assert!(csv.contains("3.25"), "{csv}");

    let page = temp.path().join("renewal.html");
    let written = run(
        &data,
        &[
            "cme",
            "report",
            "--cycle",
            &id,
            "--format",
            "html",
            "--out",
            page.to_str().unwrap(),
        ],
    );
    assert!(written.status.success(), "{}", stderr(&written));
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains("Texas license 2026"));
    assert!(!html.contains("<script"));

    let unknown = run(&data, &["cme", "report", "--cycle", "999"]);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(stderr(&unknown).contains("999"));
}

#[test]
fn credit_mistakes_are_usage_errors_or_clear_refusals() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let base = [
        "cme",
        "credit",
        "add",
        "--date",
        "2026-03-01",
        "--title",
        "Course",
        "--hours",
        "1",
    ];
    let mut other = base.to_vec();
    other.extend(["--type", "other"]);
    assert_eq!(run(data, &other).status.code(), Some(2));
    other.extend(["--type-label", "EACCME", "--json"]);
    assert_eq!(json(&run(data, &other))["type_label"], "EACCME");

    let mut unknown = base.to_vec();
    unknown.extend(["--type", "category-one"]);
    assert_eq!(run(data, &unknown).status.code(), Some(2));

    let bad_date = run(
        data,
        &[
            "cme",
            "credit",
            "add",
            "--date",
            "30/08/2026",
            "--title",
            "Course",
            "--type",
            "ama-pra-1",
            "--hours",
            "1",
        ],
    );
    assert_eq!(bad_date.status.code(), Some(1));
    assert!(stderr(&bad_date).contains("YYYY-MM-DD"));

    let no_hours = run(
        data,
        &[
            "cme",
            "credit",
            "add",
            "--date",
            "2026-03-01",
            "--title",
            "Course",
            "--type",
            "ama-pra-1",
            "--hours",
            "0",
        ],
    );
    assert_eq!(no_hours.status.code(), Some(1));
    let no_event = run(
        data,
        &[
            "cme",
            "credit",
            "add",
            "--date",
            "2026-03-01",
            "--title",
            "Course",
            "--type",
            "ama-pra-1",
            "--hours",
            "1",
            "--event",
            "77",
        ],
    );
    assert_eq!(no_event.status.code(), Some(1));
    assert!(stderr(&no_event).contains("77"));
    assert_eq!(credit_count(data), 1);
}
