//! The window may call exactly the commands the UI uses: every command that
//! ui/src/lib/api.ts invokes is granted, and nothing else of Curbside's own.

use std::collections::BTreeSet;

fn read(path: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

#[test]
fn the_window_is_granted_exactly_the_commands_the_ui_calls() {
    let api = read("ui/src/lib/api.ts");
    let called: BTreeSet<String> = api
        .split("(\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|name| {
            name.chars().all(|c| c.is_ascii_lowercase() || c == '_') && name.contains('_')
        })
        .map(str::to_owned)
        .collect();
    let capability: serde_json::Value =
        serde_json::from_str(&read("src-tauri/capabilities/main-window.json")).unwrap();
    let granted: BTreeSet<String> = capability["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| {
            p.as_str()?
                .strip_prefix("allow-")
                .map(|name| name.replace('-', "_"))
        })
        .collect();
    assert!(
        called.contains("session_open"),
        "the api was read: {called:?}"
    );
    assert_eq!(called, granted, "ui calls vs capability grants");
}
