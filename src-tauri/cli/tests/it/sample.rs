//! `sample add|remove|status`: made-up data added whole, refused a second
//! time, and removed without touching the user's own contacts.

use crate::support::{json, run, stderr};

#[test]
fn sample_data_comes_and_goes_whole_and_leaves_the_users_own() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path();
    json(&run(
        data,
        &["contacts", "add", "--name", "Dr. Mine", "--json"],
    ));

    let added = json(&run(data, &["sample", "add", "--json"]));
    assert_eq!(added["contacts"], 12);
    assert_eq!(added["events"], 2);
    let tagged = json(&run(
        data,
        &["contacts", "list", "--tag", "Sample", "--json"],
    ));
    assert_eq!(tagged.as_array().unwrap().len(), 12);
    let again = run(data, &["sample", "add"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(
        stderr(&again).contains("already in your book"),
        "{}",
        stderr(&again)
    );

    let removed = json(&run(data, &["sample", "remove", "--json"]));
    assert_eq!(removed["contacts"], 12);

    let left = json(&run(data, &["contacts", "list", "--json"]));
    let names: Vec<&str> = left
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["display_name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Dr. Mine"]);
    let status = String::from_utf8(run(data, &["sample", "status"]).stdout).unwrap();
    assert_eq!(
        status.trim(),
        "The book holds 0 sample contacts and 0 sample events"
    );
}
