//! Everything a doctor keeps, added, edited and deleted on one computer,
//! reaches the other through the server: after `sync now` on both, their
//! whole-book exports are the same once row ids are set aside; and back.

use serde_json::Value;

use super::book::assert_same_book;
use super::computers::{two_computers, Computer};

/// A book with something of every kind, some of it edited or deleted
/// after it was made.
fn fill(a: &Computer) {
    let ana = a.add_contact(&[
        "--name",
        "Dr. Ana Ruiz",
        "--email",
        "ana.ruiz@example.org",
        "--phone",
        "+49 30 1234567",
        "--specialty",
        "Cardiology",
        "--org",
        "Charité",
        "--tag",
        "mentor",
        "--birthday",
        "--03-29",
        "--note",
        "Met at the ESC poster session",
    ]);
    let ben = a.add_contact(&["--name", "Dr. Ben Carter", "--title", "Consultant"]);
    let chen = a.add_contact(&["--name", "Dr. Chen Li"]);
    a.json(&[
        "contacts",
        "relate",
        &ana,
        "--to",
        &ben,
        "--kind",
        "collaborator",
    ]);
    a.json(&["contacts", "relate", &ben, "--me", "--kind", "mentee"]);
    a.json(&[
        "contacts",
        "affiliate",
        &ana,
        "--org",
        "Johns Hopkins",
        "--kind",
        "residency",
        "--from",
        "2015-07-01",
        "--to",
        "2018-06-30",
    ]);
    a.json(&[
        "milestones",
        "add",
        "--contact",
        &ana,
        "--kind",
        "promotion",
        "--on",
        "2026-05-01",
    ]);
    a.json(&["cadence", "set", "--contact", &ben, "--every", "6w"]);
    let event = a.json(&[
        "events",
        "add",
        "--title",
        "ESC Congress 2027",
        "--start",
        "2027-08-27T09:00[Europe/Madrid]",
        "--end",
        "2027-08-30T18:00[Europe/Madrid]",
        "--kind",
        "conference",
        "--credits",
        "20",
    ])["id"]
        .to_string();
    a.json(&[
        "events",
        "deadline",
        "add",
        "--event",
        &event,
        "--label",
        "Abstracts",
        "--at",
        "2027-03-01T23:59[Europe/Madrid]",
    ]);
    a.json(&[
        "events",
        "meet",
        "--event",
        &event,
        "--contact",
        &ana,
        "--note",
        "Registry",
    ]);
    let call = a.json(&[
        "interactions",
        "add",
        "--contact",
        &ana,
        "--contact",
        &ben,
        "--kind",
        "call",
        "--at",
        "2026-11-02T10:00:00Z",
        "--note",
        "Discussed the registry",
    ])["id"]
        .to_string();
    let lunch = a.json(&[
        "interactions",
        "add",
        "--contact",
        &chen,
        "--kind",
        "meeting",
        "--at",
        "2026-11-03T12:00:00Z",
        "--note",
        "Lunch",
    ])["id"]
        .to_string();
    a.json(&[
        "cme",
        "credit",
        "add",
        "--date",
        "2026-10-01",
        "--title",
        "Heart failure update",
        "--type",
        "ama-pra-1",
        "--hours",
        "3",
        "--topic",
        "ethics",
    ]);
    let gone = a.json(&[
        "cme",
        "credit",
        "add",
        "--date",
        "2026-10-02",
        "--title",
        "Deleted course",
        "--type",
        "ama-pra-1",
        "--hours",
        "1",
    ])["id"]
        .to_string();
    a.json(&[
        "cme",
        "cycle",
        "add",
        "--name",
        "State licence",
        "--start",
        "2025-01-01",
        "--end",
        "2027-12-31",
        "--hours",
        "50",
    ]);
    // Edits and deletions after the first writes.
    a.json(&["contacts", "edit", &ana, "--title", "Associate Professor"]);
    a.json(&[
        "interactions",
        "edit",
        &call,
        "--note",
        "Discussed the registry and a paper",
    ]);
    a.json(&["interactions", "delete", &lunch]);
    a.json(&["contacts", "delete", &chen]);
    a.json(&["cme", "credit", "delete", &gone]);
    // What the user did with a reminder travels too.
    let due = a.json(&["due", "--at", "2026-12-01T08:00:00Z", "--window", "1d"]);
    let id = due[0]["id"].as_str().expect("a reminder is due").to_owned();
    a.json(&["remind", "dismiss", &id]);
}

fn count(report: &Value, field: &str) -> u64 {
    report[field]
        .as_u64()
        .unwrap_or_else(|| panic!("{field} in {report}"))
}

#[test]
fn a_book_made_edited_and_pruned_on_one_computer_arrives_whole_on_the_other_and_back() {
    let (_server, a, b) = two_computers();
    fill(&a);
    let sent = a.sync();
    assert!(count(&sent, "sent") >= 10, "{sent}");
    let received = b.sync();
    assert!(count(&received, "received") >= 10, "{received}");
    assert_eq!(count(&received, "conflicts"), 0);
    let on_b = b.export();
    assert_same_book(&a.export(), &on_b);
    for section in [
        "contacts",
        "contact_emails",
        "contact_tags",
        "relationships",
        "affiliations",
        "organizations",
        "milestones",
        "contact_cadences",
        "events",
        "event_deadlines",
        "event_people",
        "interactions",
        "interaction_contacts",
        "cme_credits",
        "cme_credit_topics",
        "cme_cycles",
        "reminder_states",
    ] {
        let rows = on_b[section].as_array().map_or(0, Vec::len);
        assert!(rows > 0, "the second computer has no {section}");
    }
    assert_eq!(on_b["contacts"].as_array().unwrap().len(), 2);
    assert_eq!(on_b["interactions"].as_array().unwrap().len(), 1);
    assert_eq!(on_b["cme_credits"].as_array().unwrap().len(), 1);
    assert_eq!(
        b.contact_named("Dr. Ana Ruiz")["title"],
        "Associate Professor"
    );

    // And back: B edits, adds and deletes; A sees it all.
    let ben = b.contact_named("Dr. Ben Carter")["id"].to_string();
    b.json(&["contacts", "edit", &ben, "--specialty", "Nephrology"]);
    b.add_contact(&["--name", "Dr. Dana Scott", "--email", "dana@example.org"]);
    let ana = b.contact_named("Dr. Ana Ruiz")["id"].to_string();
    b.json(&[
        "interactions",
        "add",
        "--contact",
        &ana,
        "--kind",
        "email",
        "--at",
        "2026-11-20T08:00:00Z",
        "--note",
        "Sent the draft",
    ]);
    let events = b.json(&[
        "events",
        "list",
        "--from",
        "2027-01-01",
        "--to",
        "2027-12-31",
    ]);
    let event = events[0]["event_id"]
        .as_i64()
        .or_else(|| events[0]["id"].as_i64())
        .unwrap()
        .to_string();
    b.json(&["events", "delete", &event]);
    b.sync();
    let back = a.sync();
    assert!(count(&back, "received") >= 2, "{back}");
    assert!(count(&back, "deleted_here") >= 1, "{back}");
    assert_same_book(&a.export(), &b.export());
    assert_eq!(a.contact_named("Dr. Ben Carter")["specialty"], "Nephrology");

    // Nothing left to do on either side.
    let quiet = a.sync();
    assert_eq!(
        count(&quiet, "sent") + count(&quiet, "received") + count(&quiet, "conflicts"),
        0,
        "{quiet}"
    );
}
