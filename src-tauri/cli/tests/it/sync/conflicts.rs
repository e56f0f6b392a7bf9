//! One contact edited on both computers before either syncs: edits of
//! different fields merge; the same field changed both ways waits as a
//! conflict the user settles with `sync resolve`, and until then neither
//! version is lost.

use super::book::assert_same_book;
use super::computers::two_computers;
use crate::support::stderr;

#[test]
fn edits_of_different_fields_merge_and_the_same_field_waits_for_the_user() {
    let (_server, a, b) = two_computers();
    a.add_contact(&[
        "--name",
        "Dr. Ana Ruiz",
        "--specialty",
        "Cardiology",
        "--title",
        "Consultant",
    ]);
    a.sync();
    b.sync();
    let on_a = a.contact_named("Dr. Ana Ruiz")["id"].to_string();
    let on_b = b.contact_named("Dr. Ana Ruiz")["id"].to_string();

    // Different fields: both edits survive on both computers.
    a.json(&["contacts", "edit", &on_a, "--title", "Associate Professor"]);
    b.json(&[
        "contacts",
        "edit",
        &on_b,
        "--specialty",
        "Electrophysiology",
    ]);
    a.sync();
    let merged = b.sync();
    assert_eq!(merged["conflicts"], 0, "{merged}");
    a.sync();
    for computer in [&a, &b] {
        let ana = computer.contact_named("Dr. Ana Ruiz");
        assert_eq!(ana["title"], "Associate Professor");
        assert_eq!(ana["specialty"], "Electrophysiology");
    }
    assert!(a
        .json(&["sync", "conflicts"])
        .as_array()
        .unwrap()
        .is_empty());

    // The same field: B's sync finds A's change against its own.
    a.json(&["contacts", "edit", &on_a, "--org", "Charité"]);
    b.json(&["contacts", "edit", &on_b, "--org", "Karolinska"]);
    a.sync();
    let clashed = b.sync();
    assert_eq!(clashed["conflicts"], 1, "{clashed}");
    let conflicts = b.json(&["sync", "conflicts"]);
    let conflicts = conflicts.as_array().unwrap();
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    let conflict = &conflicts[0];
    assert_eq!(conflict["kind"], "contact");
    assert_eq!(conflict["item"], "Dr. Ana Ruiz");
    assert!(
        conflict["here"].as_str().unwrap().contains("Karolinska"),
        "{conflict}"
    );
    assert!(
        conflict["there"].as_str().unwrap().contains("Charité"),
        "{conflict}"
    );
    assert_eq!(b.json(&["sync", "status"])["conflicts"], 1);
    // Until it is settled, this computer keeps its own version.
    assert_eq!(b.contact_named("Dr. Ana Ruiz")["institution"], "Karolinska");

    let missing = b.run(&["sync", "resolve", "999", "--keep", "here"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        stderr(&missing).contains("no open conflict"),
        "{}",
        stderr(&missing)
    );

    let id = conflict["id"].to_string();
    let resolved = b.json(&["sync", "resolve", &id, "--keep", "there"]);
    assert_eq!(resolved["kept"], "there");
    assert!(b
        .json(&["sync", "conflicts"])
        .as_array()
        .unwrap()
        .is_empty());
    b.sync();
    a.sync();
    for computer in [&a, &b] {
        let ana = computer.contact_named("Dr. Ana Ruiz");
        assert_eq!(ana["institution"], "Charité");
        assert_eq!(ana["title"], "Associate Professor");
    }
    assert_same_book(&a.export(), &b.export());
}

#[test]
fn a_contact_deleted_on_one_computer_and_edited_on_the_other_is_kept_and_asked_about() {
    let (_server, a, b) = two_computers();
    a.add_contact(&["--name", "Dr. Ben Carter"]);
    a.sync();
    b.sync();
    let on_a = a.contact_named("Dr. Ben Carter")["id"].to_string();
    let on_b = b.contact_named("Dr. Ben Carter")["id"].to_string();
    a.json(&["contacts", "delete", &on_a]);
    b.json(&["contacts", "edit", &on_b, "--title", "Head of Department"]);
    a.sync();
    let report = b.sync();
    assert_eq!(report["conflicts"], 1, "{report}");
    assert_eq!(
        b.contact_named("Dr. Ben Carter")["title"],
        "Head of Department"
    );
    let conflicts = b.json(&["sync", "conflicts"]);
    assert_eq!(
        conflicts[0]["field"],
        serde_json::Value::Null,
        "{conflicts}"
    );
    let id = conflicts[0]["id"].to_string();
    b.json(&["sync", "resolve", &id, "--keep", "here"]);
    b.sync();
    a.sync();
    assert_eq!(
        a.contact_named("Dr. Ben Carter")["title"],
        "Head of Department"
    );
    assert_same_book(&a.export(), &b.export());
}
