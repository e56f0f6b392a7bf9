//! `search QUERY --network` as a script would use it: the workflows' rows
//! found by their text and their people, as a table and as JSON, while
//! plain `search` stays the contact search.

use std::path::Path;

use crate::support::{json, run, stderr};

fn contact(data: &Path, name: &str) -> String {
    json(&run(data, &["contacts", "add", "--name", name, "--json"]))["id"].to_string()
}

#[test]
fn network_search_finds_workflow_rows_by_their_text_and_people() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    let ana = contact(data, "Ana Ruiz");
    let referral = json(&run(
        data,
        &[
            "referrals",
            "add",
            "--contact",
            &ana,
            "--direction",
            "received",
            "--on",
            "2026-03-04",
            "--specialty",
            "Cardiology",
            "--note",
            "Tricuspid clip candidate",
            "--json",
        ],
    ));
    json(&run(
        data,
        &[
            "opportunities",
            "add",
            "--title",
            "Consultant post",
            "--kind",
            "job",
            "--contact",
            &ana,
            "--note",
            "Heart failure unit, tricuspid programme",
            "--json",
        ],
    ));

    let hits = json(&run(data, &["search", "tricuspid", "--network", "--json"]));
    let hits = hits.as_array().unwrap();
    assert_eq!(hits.len(), 2, "{hits:?}");
    let referral_hit = hits.iter().find(|h| h["kind"] == "referral").unwrap();
    assert_eq!(referral_hit["row_id"], referral["id"]);
    assert_eq!(referral_hit["title"], "Referral from Ana Ruiz · 2026-03-04");
    assert_eq!(referral_hit["contact_ids"][0].to_string(), ana);
    assert!(referral_hit["snippet"]
        .as_array()
        .unwrap()
        .iter()
        .any(|part| part["matched"] == true && part["text"] == "Tricuspid"));
    assert!(hits
        .iter()
        .any(|h| h["kind"] == "opportunity" && h["title"] == "Consultant post"));

    let by_name = json(&run(data, &["search", "ruiz clip", "--network", "--json"]));
    assert_eq!(by_name.as_array().unwrap().len(), 1);
    assert_eq!(by_name[0]["kind"], "referral");

    let limited = json(&run(
        data,
        &["search", "tricuspid", "--network", "--limit", "1", "--json"],
    ));
    assert_eq!(limited.as_array().unwrap().len(), 1);

    let table = run(data, &["search", "clip", "--network"]);
    assert!(table.status.success(), "{}", stderr(&table));
    let text = String::from_utf8_lossy(&table.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("KIND"), "{text}");
    assert!(
        lines[0].contains("TITLE") && lines[0].contains("SNIPPET"),
        "{text}"
    );
    assert!(
        lines[1].starts_with("Referral") && lines[1].contains("Referral from Ana Ruiz"),
        "{text}"
    );
    assert!(lines[1].contains("Tricuspid [clip] candidate"), "{text}");

    let none = run(data, &["search", "zebra", "--network"]);
    assert!(none.status.success());
    assert_eq!(String::from_utf8_lossy(&none.stdout).trim(), "No matches.");
    let none = json(&run(data, &["search", "zebra", "--network", "--json"]));
    assert_eq!(none, serde_json::json!([]));

    // Without --network it is the contact search, which knows no referral note.
    let people = json(&run(data, &["search", "ruiz", "--json"]));
    assert_eq!(people[0]["display_name"], "Ana Ruiz");
    assert_eq!(
        json(&run(data, &["search", "tricuspid", "--json"])),
        serde_json::json!([])
    );
}
