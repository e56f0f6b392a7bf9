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
    "events_occurrences",
    "events_detail",
    "events_create",
    "events_update",
    "events_delete",
    "events_set_status",
    "events_change_occurrence",
    "events_remove_occurrence",
    "events_deadlines",
    "events_add_deadline",
    "events_update_deadline",
    "events_remove_deadline",
    "events_add_session",
    "events_remove_session",
    "events_link_person",
    "events_unlink_person",
    "cme_credits",
    "cme_add_credit",
    "cme_update_credit",
    "cme_delete_credit",
    "cme_attach_certificate",
    "cme_open_certificate",
    "cme_remove_certificate",
    "cme_cycles",
    "cme_add_cycle",
    "cme_update_cycle",
    "cme_delete_cycle",
    "cme_status",
    "cme_claimable",
    "cme_export_report",
    "cme_print_report",
    "export_events",
];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("./src-tauri/capabilities/**/*")
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    tauri_build::try_build(attributes).expect("the Tauri build script failed");
}
