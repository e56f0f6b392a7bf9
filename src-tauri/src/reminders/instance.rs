//! One Curbside per data folder, on every system: a second launch on the
//! same folder hands its arguments over to the first, which comes forward
//! (and offers to import any file it was opened with), and exits. Launches
//! on different folders (another profile, each end-to-end test's own
//! folder) are separate apps, as they are separate books. The lock and the
//! handover are `curbside_core::instance`; this is the app's side of them.

use std::path::PathBuf;

use curbside_core::data_dir::DataDir;
use curbside_core::instance::{self, InstanceError, Message, Primary, Start};
use tauri::AppHandle;

use crate::diagnostics::diagnostic;
use crate::launch::Launch;
use crate::opened;

/// Claims the data folder for this process, or hands this launch to the app
/// already running on it and exits. `None` when there is no folder, or it
/// cannot be locked (a file system without locks): then Curbside runs
/// without the guard rather than not at all.
pub fn claim(data_dir: Option<&DataDir>) -> Option<Primary> {
    let dir = data_dir?;
    #[cfg(windows)]
    let_the_first_come_forward();
    match instance::start(dir.root(), &Message::of_this_process()) {
        Ok(Start::First(primary)) => Some(primary),
        Ok(Start::HandedOver) => std::process::exit(0),
        Err(error @ InstanceError::NoAnswer { .. }) => {
            diagnostic!("Curbside could not start: {error}");
            std::process::exit(1)
        }
        Err(error @ InstanceError::Lock { .. }) => {
            diagnostic!("Curbside runs without its one-app-per-folder guard: {error}");
            None
        }
    }
}

/// Takes the launches handed over to this app for as long as it runs.
pub fn serve(primary: Option<Primary>, app: &AppHandle) {
    let Some(primary) = primary else { return };
    let app = app.clone();
    primary.serve(move |message| {
        let launch = Launch::parse(&message.args, &PathBuf::from(message.cwd));
        opened::relaunched(&app, launch);
    });
}

/// Windows lets only the foreground process bring a window forward; this
/// launch is it, so it passes that right on before handing over.
#[cfg(windows)]
fn let_the_first_come_forward() {
    use windows_sys::Win32::UI::WindowsAndMessaging::{AllowSetForegroundWindow, ASFW_ANY};
    // SAFETY: a plain Win32 call with a constant argument.
    unsafe {
        AllowSetForegroundWindow(ASFW_ANY);
    }
}
