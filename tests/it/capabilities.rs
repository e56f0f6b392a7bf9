//! Every command is declared once, as a `#[tauri::command]` function in
//! src-tauri/src/commands, and exposed in full: build.rs puts exactly those
//! in the handler and gives each a permission; these tests fail when a
//! command function sits where build.rs does not look, when the window's
//! capability file grants other commands than the table's, or when the UI
//! (ui/src/lib/api.ts and ui/src/lib/backend/) calls other commands than the table's.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(root().join(path)).unwrap()
}

/// The commands in the table: those build.rs found and exposed.
fn declared() -> BTreeSet<String> {
    curbside_app::commands::all()
        .iter()
        .map(|command| command.name.to_owned())
        .collect()
}

/// Fails naming what only one side has.
fn assert_same(what: &str, found: &BTreeSet<String>) {
    let declared = declared();
    let missing: Vec<_> = declared.difference(found).collect();
    let extra: Vec<_> = found.difference(&declared).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{what}: missing {missing:?}, not in the command table {extra:?}"
    );
}

fn rust_files(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
}

/// The name of the function under each `#[tauri::command]` attribute (a
/// line of its own, as rustfmt leaves it) in `text`.
fn command_functions(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut under_attribute = false;
    for line in text.lines().map(str::trim) {
        if line.starts_with("#[tauri::command") {
            under_attribute = true;
        } else if let Some((_, after_fn)) = line.split_once("fn ").filter(|_| under_attribute) {
            let name = after_fn
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_');
            names.push(name.collect());
            under_attribute = false;
        }
    }
    names
}

#[test]
fn every_command_function_of_the_app_is_in_the_command_table() {
    let mut files = Vec::new();
    rust_files(&root().join("src-tauri/src"), &mut files);
    let mut functions = BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        functions.extend(command_functions(&text));
    }
    assert!(functions.contains("session_open"), "the sources were read");
    assert_same(
        "#[tauri::command] functions (build.rs reads src-tauri/src/commands/*.rs only)",
        &functions,
    );
}

#[test]
fn the_window_is_granted_exactly_the_declared_commands() {
    let capability: serde_json::Value =
        serde_json::from_str(&read(Path::new("src-tauri/capabilities/main-window.json"))).unwrap();
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
    assert_same("granted in the window's capability file", &granted);
}

#[test]
fn the_ui_calls_exactly_the_declared_commands() {
    // The door is api.ts and the parts of it in backend/.
    let mut door = read(Path::new("ui/src/lib/api.ts"));
    let parts = root().join("ui/src/lib/backend");
    for entry in std::fs::read_dir(&parts).expect("ui/src/lib/backend is readable") {
        let path = entry.expect("a listed file").path();
        if path.extension().is_some_and(|ext| ext == "ts") {
            door.push_str(&read(&path));
        }
    }
    let called: BTreeSet<String> = door
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .flat_map(|line| line.split("call(\"").skip(1))
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_owned)
        .collect();
    assert_same("called by ui/src/lib/api.ts and backend/", &called);
}
