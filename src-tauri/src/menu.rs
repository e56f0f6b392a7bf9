//! The window's menu bar: the platform's standard items (About Curbside with
//! the version, the clipboard's, Quit) and the app's own, each with its
//! accelerator. Choosing one of the app's own sends its id to the window as
//! a [`MENU_CHOSEN`] event; the window acts on it (MainView), as it does on
//! the same keys pressed inside it. The ids are the contract with the UI
//! (`MENU_ITEMS` in ui/src/lib/app/menu.ts).

use tauri::menu::{
    AboutMetadata, Menu, MenuBuilder, MenuEvent, MenuItem, PredefinedMenuItem, SubmenuBuilder,
};
use tauri::{AppHandle, Emitter, Manager, Wry};

/// Sent with the id of the app's own menu item the user chose.
pub const MENU_CHOSEN: &str = "menu-chosen";

/// The File menu's Close Window, handled here, not by the window.
const CLOSE_WINDOW: &str = "close-window";

/// One of the app's own items: its id, its label and its accelerator.
type Item = (&'static str, &'static str, Option<&'static str>);

/// The File menu's own items.
const FILE: &[Item] = &[
    ("new-contact", "New Contact", Some("CmdOrCtrl+N")),
    ("import", "Import…", Some("CmdOrCtrl+O")),
    ("export", "Export…", Some("CmdOrCtrl+Shift+E")),
    ("lock", "Lock Curbside", Some("CmdOrCtrl+L")),
];

/// The Go menu: every screen, and the search of the one shown.
const GO: &[Item] = &[
    ("go-today", "Today", Some("CmdOrCtrl+1")),
    ("go-contacts", "Contacts", Some("CmdOrCtrl+2")),
    ("go-calendar", "Calendar", Some("CmdOrCtrl+3")),
    ("go-cme", "CME", Some("CmdOrCtrl+4")),
    ("go-network", "Network", Some("CmdOrCtrl+5")),
    ("find", "Find…", Some("CmdOrCtrl+F")),
    ("command-palette", "Command Palette…", Some("CmdOrCtrl+K")),
    ("settings", "Settings…", Some("CmdOrCtrl+,")),
];

/// The Help menu's own items (the key list's own key, `?`, is the window's:
/// as an accelerator it would be taken from every text field).
const HELP: &[Item] = &[("shortcuts", "Keyboard Shortcuts", None)];

/// Every id the menu may send, for the test that the UI knows them all.
pub fn ids() -> impl Iterator<Item = &'static str> {
    [FILE, GO, HELP].into_iter().flatten().map(|(id, _, _)| *id)
}

/// The menu bar, in the platform's order of menus: on macOS the first menu
/// is the app's own (About, Services, Hide, Quit); elsewhere About ends Help
/// and Quit ends File.
pub fn build(app: &AppHandle) -> tauri::Result<Menu<Wry>> {
    let own = |items: &[Item]| -> tauri::Result<Vec<MenuItem<Wry>>> {
        items
            .iter()
            .map(|(id, label, keys)| MenuItem::with_id(app, *id, *label, true, *keys))
            .collect()
    };
    let (file_items, go_items, help_items) = (own(FILE)?, own(GO)?, own(HELP)?);
    let about = PredefinedMenuItem::about(app, Some("About Curbside"), Some(about_metadata(app)))?;
    let quit = PredefinedMenuItem::quit(app, Some("Quit Curbside"))?;
    // Closing is the window's own close (to the tray when there is one),
    // not the platform's, so that it is the same as the title bar's button.
    let close = MenuItem::with_id(app, CLOSE_WINDOW, "Close Window", true, Some("CmdOrCtrl+W"))?;
    let mac = cfg!(target_os = "macos");

    let mut file = SubmenuBuilder::new(app, "File");
    for item in &file_items {
        file = file.item(item);
    }
    file = file.separator().item(&close);
    if !mac {
        file = file.separator().item(&quit);
    }
    let edit = SubmenuBuilder::new(app, "Edit")
        .undo()
        .redo()
        .separator()
        .cut()
        .copy()
        .paste()
        .select_all();
    let mut go = SubmenuBuilder::new(app, "Go");
    for item in &go_items {
        go = go.item(item);
    }
    let mut help = SubmenuBuilder::new(app, "Help");
    for item in &help_items {
        help = help.item(item);
    }
    if !mac {
        help = help.separator().item(&about);
    }

    let mut bar = MenuBuilder::new(app);
    if mac {
        let curbside = SubmenuBuilder::new(app, "Curbside")
            .item(&about)
            .separator()
            .services()
            .separator()
            .hide()
            .hide_others()
            .show_all()
            .separator()
            .item(&quit)
            .build()?;
        bar = bar.item(&curbside);
    }
    bar.item(&file.build()?)
        .item(&edit.build()?)
        .item(&go.build()?)
        .item(&help.build()?)
        .build()
}

/// What About Curbside shows: the name, the version it was built as, the
/// copyright and licence, and one line on what it is.
fn about_metadata(app: &AppHandle) -> AboutMetadata<'static> {
    let info = app.package_info();
    AboutMetadata {
        name: Some("Curbside".into()),
        version: Some(info.version.to_string()),
        copyright: Some("Copyright © 2026 the Curbside authors".into()),
        license: Some("MIT OR Apache-2.0".into()),
        comments: Some("An offline networking assistant for doctors. Your data stays on this computer, encrypted.".into()),
        ..Default::default()
    }
}

/// Passes a choice of the app's own items on to the window.
pub fn on_menu_event(app: &AppHandle, event: MenuEvent) {
    let id = event.id().as_ref();
    if id == CLOSE_WINDOW {
        if let Some(window) = app.get_webview_window(crate::reminders::window::MAIN) {
            let _ = window.close();
        }
    } else if ids().any(|own| own == id) {
        crate::reminders::window::show_main(app);
        let _ = app.emit(MENU_CHOSEN, id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_is_unique_and_every_accelerator_is_taken_once() {
        let ids: Vec<_> = ids().collect();
        let mut unique = ids.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "{ids:?}");
        let keys: Vec<_> = [FILE, GO, HELP]
            .into_iter()
            .flatten()
            .filter_map(|(_, _, keys)| *keys)
            .collect();
        let mut distinct = keys.clone();
        distinct.sort_unstable();
        distinct.dedup();
        assert_eq!(distinct.len(), keys.len(), "{keys:?}");
    }

    #[test]
    fn the_ui_acts_on_every_id_the_menu_sends() {
        let ui = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/lib/app/menu.ts"),
        )
        .unwrap();
        for id in ids() {
            assert!(
                ui.contains(&format!("\"{id}\"")),
                "menu.ts does not handle {id}"
            );
        }
    }
}
