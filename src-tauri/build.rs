//! Builds the Tauri context from the command table. Every `#[tauri::command]`
//! function in src-tauri/src/commands/ is a command, declared there once: this
//! script reads them (build/command_table.rs) and from that one reading gives
//! each an `allow-…` permission and writes the handler list and the tables
//! of argument and result types the app includes. The window's capability
//! file and ui/src/lib/bindings/commands.ts are generated from those tables
//! by tests/it/bindings.rs.

use std::path::{Path, PathBuf};

#[path = "build/command_table.rs"]
mod command_table;

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("run by cargo"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("run by cargo"));
    let commands_dir = root.join("src-tauri/src/commands");
    println!("cargo:rerun-if-changed={}", commands_dir.display());
    let areas = command_table::read(&commands_dir);

    write(&out.join("handler.rs"), &command_table::handler(&areas));
    write(&out.join("command_table.rs"), &command_table::all(&areas));
    for area in &areas {
        let table = command_table::area_table(area);
        write(&out.join(format!("commands/{}.rs", area.module)), &table);
    }

    let names: Vec<&'static str> = areas
        .iter()
        .flat_map(|area| &area.commands)
        .map(|command| &*command.name.clone().leak())
        .collect();
    refuse_grants_of_missing_commands(&root.join("src-tauri/capabilities"), &names);
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("./src-tauri/capabilities/**/*")
        .app_manifest(tauri_build::AppManifest::new().commands(names.leak()));
    tauri_build::try_build(attributes).expect("the Tauri build script failed");
}

/// Fails when a capability grants a command that no function declares (one
/// just removed), saying what to do. tauri-build fails too, but only on a
/// fresh clone: it never deletes the permission file it wrote for a
/// removed command, so here the grant would pass and CI would fail.
fn refuse_grants_of_missing_commands(dir: &Path, names: &[&str]) {
    println!("cargo:rerun-if-changed={}", dir.display());
    for entry in std::fs::read_dir(dir).expect("the capabilities folder") {
        let path = entry.expect("a readable folder entry").path();
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let capability: serde_json::Value = serde_json::from_str(&text)
            .unwrap_or_else(|error| panic!("{} is not JSON: {error}", path.display()));
        let granted = capability["permissions"].as_array().into_iter().flatten();
        for permission in granted.filter_map(|permission| permission.as_str()) {
            let Some(command) = permission.strip_prefix("allow-") else {
                continue;
            };
            if !names.contains(&command.replace('-', "_").as_str()) {
                panic!(
                    "{} grants `{permission}`, but no #[tauri::command] function in \
                     src-tauri/src/commands declares that command: delete the line, then run \
                     UPDATE_BINDINGS=1 cargo test --test it bindings --features curbside/custom-protocol",
                    path.display()
                );
            }
        }
    }
}

/// Writes a generated file, leaving it alone when unchanged.
fn write(path: &Path, text: &str) {
    if std::fs::read_to_string(path).is_ok_and(|old| old == text) {
        return;
    }
    std::fs::create_dir_all(path.parent().expect("a file in OUT_DIR")).unwrap();
    std::fs::write(path, text)
        .unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
}
