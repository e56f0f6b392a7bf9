//! Builds the Tauri context. The app's commands are declared here so that
//! each gets an `allow-…` permission, and the window's capability file in
//! src-tauri/capabilities grants exactly the ones it uses.

const COMMANDS: &[&str] = &[
    "session_open",
    "session_unlock",
    "contacts_get",
    "contacts_create",
    "contacts_update",
    "contacts_delete",
    "contacts_summaries",
    "contacts_profile",
    "contacts_search",
    "contacts_duplicates",
    "contacts_merge",
    "contacts_tag",
    "contacts_untag",
    "contacts_delete_many",
    "contacts_undo_delete",
    "interactions_add",
    "affiliations_add",
    "affiliations_remove",
    "relationships_add",
    "relationships_remove",
    "contacts_photo",
    "import_files",
    "import_cancel",
    "export_contacts",
];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("./src-tauri/capabilities/**/*")
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    tauri_build::try_build(attributes).expect("the Tauri build script failed");
}
