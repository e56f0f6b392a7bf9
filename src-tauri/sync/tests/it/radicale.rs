//! A real CardDAV/CalDAV server for a test: Radicale (from PyPI), on a free
//! port of 127.0.0.1, with its own folder and one user, stopped when the
//! test ends. `CURBSIDE_RADICALE` names the program when it is not on PATH.

use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The user every test server has.
pub const USER: &str = "doctor";
/// Their (app) password.
pub const PASSWORD: &str = "correct-app-password";

/// A running server; stopped when dropped.
pub struct Radicale {
    child: Child,
    port: u16,
    /// The server's folder, removed with it.
    _folder: tempfile::TempDir,
}

impl Radicale {
    /// Starts a server and waits until it answers.
    pub fn start() -> Radicale {
        let folder = tempfile::tempdir().unwrap();
        let port = free_port();
        std::fs::write(folder.path().join("users"), format!("{USER}:{PASSWORD}\n")).unwrap();
        let config = folder.path().join("config");
        std::fs::write(&config, config_text(folder.path(), port)).unwrap();
        let program = std::env::var_os("CURBSIDE_RADICALE").unwrap_or_else(|| "radicale".into());
        let child = Command::new(&program)
            .arg("--config")
            .arg(&config)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|error| {
                panic!(
                    "Radicale did not start ({program:?}: {error}); install it with \
                     `pip install radicale` or set CURBSIDE_RADICALE (bash .ci/install does)"
                )
            });
        let server = Radicale {
            child,
            port,
            _folder: folder,
        };
        server.wait_until_it_answers();
        server
    }

    /// The server's address.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/", self.port)
    }

    fn wait_until_it_answers(&self) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "Radicale did not answer within 20 s"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Radicale {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A port nothing listens on now.
pub fn free_port() -> u16 {
    TcpListener::bind(("127.0.0.1", 0))
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn config_text(folder: &Path, port: u16) -> String {
    format!(
        "[server]\nhosts = 127.0.0.1:{port}\n\
         [auth]\ntype = htpasswd\nhtpasswd_filename = {users}\nhtpasswd_encryption = plain\n\
         [storage]\nfilesystem_folder = {collections}\n\
         [logging]\nlevel = warning\n",
        users = folder.join("users").display(),
        collections = folder.join("collections").display(),
    )
}
