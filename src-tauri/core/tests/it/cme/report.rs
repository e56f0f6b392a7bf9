//! The renewal report: CSV for a spreadsheet and a printable page, both with
//! the cycle's summary and every credit that counts, and neither able to run
//! what a title contains.

use curbside_core::cme::{
    self, CreditDraft, CreditType, CycleDraft, CycleKind, CycleProgress, Minimum,
};
use curbside_core::db;
use jiff::civil::{date, Date};
use jiff::Timestamp;

fn now() -> Timestamp {
    "2026-02-01T09:00:00Z".parse().unwrap()
}

fn credit(on: Date, title: &str, hours: f64, topics: &[&str]) -> CreditDraft {
    CreditDraft {
        earned_on: on,
        title: title.to_owned(),
        provider: "Stanford CME".to_owned(),
        credit_type: CreditType::AmaPra1,
        type_label: String::new(),
        hours,
        topics: topics.iter().map(|topic| topic.to_string()).collect(),
        event_id: None,
        notes: String::new(),
    }
}

/// A California cycle (Category 1 only) with an opioid shortfall and three
/// credits that count, one of them titled to attack whatever opens the
/// report, and two that do not.
fn report() -> CycleProgress {
    let mut conn = db::open_in_memory().unwrap();
    let cycle = cme::add_cycle(
        &mut conn,
        &CycleDraft {
            name: "California license 2024–2026".into(),
            kind: CycleKind::License,
            authority: "Medical Board of California".into(),
            starts_on: date(2024, 2, 1),
            ends_on: date(2026, 1, 31),
            total_hours: 50.0,
            total_types: vec![CreditType::AmaPra1],
            type_minimums: Vec::new(),
            topic_minimums: vec![Minimum {
                key: "opioids".into(),
                hours: 2.0,
            }],
            notes: String::new(),
        },
    )
    .unwrap();
    let first = cme::add_credit(
        &mut conn,
        &credit(
            date(2024, 5, 2),
            "Safe opioid prescribing",
            1.5,
            &["opioids"],
        ),
        now(),
    )
    .unwrap();
    cme::attach_certificate(&mut conn, first.id, "cert.pdf", b"%PDF-1.7", now()).unwrap();
    cme::add_credit(
        &mut conn,
        &credit(
            date(2024, 9, 14),
            "=HYPERLINK(\"http://evil.example\",\"x\")",
            20.0,
            &[],
        ),
        now(),
    )
    .unwrap();
    cme::add_credit(
        &mut conn,
        &credit(
            date(2025, 3, 1),
            "<script>alert('pwned')</script> & friends",
            4.25,
            &["Ethics"],
        ),
        now(),
    )
    .unwrap();
    // Category 2 does not count toward this Category 1 cycle, and a credit
    // earned after the day the report is made on is not earned yet.
    let mut reading = credit(date(2025, 4, 1), "Journal reading", 10.0, &["opioids"]);
    reading.credit_type = CreditType::AmaPra2;
    cme::add_credit(&mut conn, &reading, now()).unwrap();
    cme::add_credit(
        &mut conn,
        &credit(date(2025, 12, 2), "Grand rounds", 3.0, &["opioids"]),
        now(),
    )
    .unwrap();
    cme::report(&conn, cycle.id, date(2025, 12, 1)).unwrap()
}

fn rows(csv_text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(csv_text.as_bytes())
        .records()
        .map(|record| record.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

fn row<'a>(rows: &'a [Vec<String>], first: &str) -> &'a [String] {
    rows.iter()
        .find(|row| row[0] == first)
        .unwrap_or_else(|| panic!("no row starting with {first:?} in {rows:#?}"))
}

#[test]
fn the_csv_report_starts_with_the_cycle_and_what_is_missing() {
    let csv_text = cme::report_csv(&report());
    let rows = rows(&csv_text);

    assert_eq!(row(&rows, "Cycle")[1], "California license 2024–2026");
    assert_eq!(row(&rows, "Authority")[1], "Medical Board of California");
    assert_eq!(row(&rows, "Starts on")[1], "2024-02-01");
    assert_eq!(row(&rows, "Ends on")[1], "2026-01-31");
    assert_eq!(row(&rows, "As of")[1], "2025-12-01");
    assert_eq!(row(&rows, "Days left")[1], "61");
    assert_eq!(
        row(&rows, "Status")[1],
        "Incomplete: missing 24.25 h in total; 0.5 h of Opioids / controlled substances"
    );
    assert_eq!(
        row(&rows, "Total (AMA PRA Category 1)"),
        ["Total (AMA PRA Category 1)", "50", "25.75", "24.25"]
    );
    assert_eq!(
        row(&rows, "Topic: Opioids / controlled substances"),
        ["Topic: Opioids / controlled substances", "2", "1.5", "0.5"]
    );
    assert_eq!(row(&rows, "Topic: Ethics")[2], "4.25");
}

#[test]
fn the_csv_report_lists_every_credit_under_a_header() {
    let csv_text = cme::report_csv(&report());
    let rows = rows(&csv_text);

    assert_eq!(
        row(&rows, "Date"),
        [
            "Date",
            "Title",
            "Provider",
            "Credit type",
            "Hours",
            "Topics",
            "Event id",
            "Certificates",
        ]
    );
    let opioids = row(&rows, "2024-05-02");
    assert_eq!(opioids[1], "Safe opioid prescribing");
    assert_eq!(opioids[2], "Stanford CME");
    assert_eq!(opioids[3], "AMA PRA Category 1 Credit™");
    assert_eq!(opioids[4], "1.5");
    assert_eq!(opioids[5], "Opioids / controlled substances");
    assert_eq!(opioids[7], "1");
    assert_eq!(row(&rows, "2025-03-01")[5], "Ethics");
}

#[test]
fn the_csv_report_keeps_a_spreadsheet_from_running_a_title_as_a_formula() {
    let csv_text = cme::report_csv(&report());
    let rows = rows(&csv_text);

    assert_eq!(
        row(&rows, "2024-09-14")[1],
        "'=HYPERLINK(\"http://evil.example\",\"x\")"
    );
    assert!(!csv_text.contains(",=HYPERLINK"));
}

#[test]
fn the_csv_report_opens_in_spreadsheets_as_utf8_with_a_blank_line_between_blocks() {
    let csv_text = cme::report_csv(&report());
    assert!(csv_text.starts_with("\u{feff}Cycle,"));
    assert!(csv_text.contains("\r\n\r\nRequirement,"));
    assert!(csv_text.contains("\r\n\r\nDate,"));
}

#[test]
fn the_printable_report_shows_markup_in_a_title_as_text() {
    let page = cme::report_html(&report());

    assert!(page.contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt; &amp; friends"));
    assert!(!page.to_lowercase().contains("<script"));
}

#[test]
fn the_printable_report_is_self_contained_and_prints_cleanly() {
    let page = cme::report_html(&report());

    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("@media print"));
    assert!(!page.contains("src="));
    assert!(!page.contains("<link"));
    assert!(!page.contains("@import"));
    assert!(!page.contains("url("));
    // The only address on the page is the one typed in a credit's title.
    assert_eq!(page.matches("://").count(), 1, "{page}");
    assert!(page.contains("Content-Security-Policy"));
}

#[test]
fn the_printable_report_has_the_summary_and_a_row_per_credit() {
    let page = cme::report_html(&report());

    assert!(page.contains("<h1>California license 2024–2026</h1>"));
    assert!(page.contains("Medical Board of California"));
    assert!(page.contains("2024-02-01 to 2026-01-31"));
    assert!(page.contains("61 days left"));
    assert!(page.contains("Opioids / controlled substances"));
    assert!(page.contains("<td class=\"hours missing\">0.5</td>"));
    assert!(page.contains("Safe opioid prescribing"));
    assert_eq!(page.matches("<td class=\"date\">").count(), 3);
    assert!(page.contains("Credits (3 entries, 25.75 hours)"));
}

#[test]
fn a_category_1_report_lists_and_totals_only_the_credits_that_count_by_its_day() {
    let progress = report();
    let csv_text = cme::report_csv(&progress);
    let rows = rows(&csv_text);

    let listed: Vec<&str> = rows
        .iter()
        .filter(|row| row[0].starts_with("20") && row.len() == 8)
        .map(|row| row[1].as_str())
        .collect();
    assert_eq!(listed.len(), 3, "{listed:?}");
    assert!(!listed.contains(&"Journal reading"), "{listed:?}");
    assert!(!listed.contains(&"Grand rounds"), "{listed:?}");
    assert_eq!(row(&rows, "")[1..5], ["Credits listed", "", "", "25.75"]);
    assert_eq!(progress.total.earned, 25.75);
    assert!(
        rows.iter().all(|row| !row[0].contains("Category 2")),
        "{rows:#?}"
    );

    let page = cme::report_html(&progress);
    assert!(page.contains("Credits (3 entries, 25.75 hours)"));
    assert!(!page.contains("Journal reading"));
    assert!(!page.contains("Grand rounds"));
    assert!(!page.contains("AMA PRA Category 2"));
}

#[test]
fn a_report_whose_total_is_met_says_which_topic_is_still_missing() {
    let mut conn = db::open_in_memory().unwrap();
    let cycle = cme::add_cycle(
        &mut conn,
        &CycleDraft {
            name: "Ohio license 2025".into(),
            kind: CycleKind::License,
            authority: String::new(),
            starts_on: date(2025, 1, 1),
            ends_on: date(2025, 12, 31),
            total_hours: 3.0,
            total_types: Vec::new(),
            type_minimums: Vec::new(),
            topic_minimums: vec![Minimum {
                key: "ethics".into(),
                hours: 2.0,
            }],
            notes: String::new(),
        },
    )
    .unwrap();
    cme::add_credit(
        &mut conn,
        &credit(date(2025, 2, 1), "Course", 4.0, &[]),
        now(),
    )
    .unwrap();
    let progress = cme::report(&conn, cycle.id, date(2025, 6, 1)).unwrap();

    let expected = "Incomplete: total met, but missing 2 h of Ethics";
    assert_eq!(
        row(&rows(&cme::report_csv(&progress)), "Status")[1],
        expected
    );
    assert!(cme::report_html(&progress).contains(expected));
}
