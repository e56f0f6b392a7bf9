//! One Curbside per data folder: a second launch on the same folder hands
//! over to the first, which comes forward, and exits. Launches on different
//! folders (another profile, each end-to-end test's own folder) are separate
//! apps, as they would be separate databases.
//!
//! On Linux the plugin claims a D-Bus name, here made from the identifier
//! and a fingerprint of the folder's path; elsewhere it locks per app.

use std::path::Path;

use tauri::plugin::TauriPlugin;
use tauri::Wry;

use super::window;

/// The single-instance plugin for this data folder.
pub fn plugin(identifier: &str, data_dir: Option<&Path>) -> TauriPlugin<Wry> {
    tauri_plugin_single_instance::Builder::new()
        .callback(|app, _args, _cwd| window::show_main(app))
        .dbus_id(bus_name(identifier, data_dir))
        .build()
}

/// `app.curbside.desktop.data_1a2b…`: stable for a folder, valid as a D-Bus
/// name (no element starts with a digit, only letters, digits and `_`).
fn bus_name(identifier: &str, data_dir: Option<&Path>) -> String {
    match data_dir {
        Some(dir) => format!(
            "{identifier}.data_{:016x}",
            fingerprint(dir.to_string_lossy().as_bytes())
        ),
        None => identifier.to_owned(),
    }
}

/// FNV-1a: the same on every run and every build, unlike std's hasher.
fn fingerprint(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_data_folder_is_its_own_instance_and_the_same_folder_is_always_the_same() {
        let id = "app.curbside.desktop";
        let home = bus_name(id, Some(Path::new("profiles/ana/curbside")));
        let test = bus_name(id, Some(Path::new("e2e/run-1")));
        assert_ne!(home, test);
        assert_eq!(home, bus_name(id, Some(Path::new("profiles/ana/curbside"))));
        assert!(home.starts_with("app.curbside.desktop.data_"));
        assert_eq!(home.len(), id.len() + ".data_".len() + 16);
        assert_eq!(bus_name(id, None), id);
    }
}
