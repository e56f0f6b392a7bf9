//! A real CardDAV/CalDAV server for a test: Radicale on a free port of
//! 127.0.0.1, with its own folder and one user, stopped when dropped; it
//! can be stopped and started again on the same folder and port (a server
//! gone in the middle of a sync).

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::server::Server;

use super::tls;

/// The user every test server has.
pub const USER: &str = "doctor";
/// Their (app) password.
pub const PASSWORD: &str = "correct-app-password";

/// A running (or stopped) server.
pub struct Radicale {
    child: Option<Child>,
    port: u16,
    config: PathBuf,
    /// The authority the TLS server's certificate is signed by (DER).
    ca_der: Option<Vec<u8>>,
    folder: tempfile::TempDir,
}

impl Radicale {
    /// Starts a server over plain http and waits until it answers.
    pub fn start() -> Radicale {
        Radicale::start_with(false)
    }

    /// Starts a server over TLS, with a certificate for 127.0.0.1 made for
    /// this test and signed by an authority of its own ([`Radicale::ca_der`],
    /// [`Radicale::ca_file`]).
    pub fn start_tls() -> Radicale {
        Radicale::start_with(true)
    }

    fn start_with(tls: bool) -> Radicale {
        let folder = tempfile::tempdir().expect("a folder for Radicale");
        let port = free_port();
        let users = folder.path().join("users");
        std::fs::write(&users, format!("{USER}:{PASSWORD}\n")).expect("the users file");
        let mut config = format!(
            "[server]\nhosts = 127.0.0.1:{port}\nmax_connections = 20\n\
             [auth]\ntype = htpasswd\nhtpasswd_filename = {users}\nhtpasswd_encryption = plain\n\
             [storage]\nfilesystem_folder = {collections}\n\
             [logging]\nlevel = warning\n",
            users = users.display(),
            collections = folder.path().join("collections").display(),
        );
        let mut ca_der = None;
        if tls {
            let made = tls::make();
            let certificate = folder.path().join("server.pem");
            let key = folder.path().join("server.key");
            std::fs::write(&certificate, &made.server_pem).expect("the certificate file");
            std::fs::write(&key, &made.server_key_pem).expect("the key file");
            std::fs::write(folder.path().join("ca.pem"), &made.ca_pem).expect("the authority file");
            config = config.replacen(
                "[server]\n",
                &format!(
                    "[server]\nssl = True\ncertificate = {}\nkey = {}\n",
                    certificate.display(),
                    key.display()
                ),
                1,
            );
            ca_der = Some(made.ca_der);
        }
        let config_path = folder.path().join("config");
        std::fs::write(&config_path, config).expect("the config file");
        let mut server = Radicale {
            child: None,
            port,
            config: config_path,
            ca_der,
            folder,
        };
        server.restart();
        server
    }

    /// The server's address.
    pub fn url(&self) -> String {
        let scheme = if self.ca_der.is_some() {
            "https"
        } else {
            "http"
        };
        format!("{scheme}://127.0.0.1:{}/", self.port)
    }

    /// The test user on this server, trusting its certificate authority
    /// when it has one.
    pub fn server(&self) -> Server {
        let server = Server::new(&self.url(), USER, PASSWORD).expect("a test server address");
        match &self.ca_der {
            Some(ca) => server.trusting(ca.clone()),
            None => server,
        }
    }

    /// The authority the TLS server's certificate is signed by (DER).
    pub fn ca_der(&self) -> Option<&[u8]> {
        self.ca_der.as_deref()
    }

    /// A PEM file holding that authority (e.g. for `SSL_CERT_FILE`).
    pub fn ca_file(&self) -> Option<PathBuf> {
        self.ca_der
            .as_ref()
            .map(|_| self.folder.path().join("ca.pem"))
    }

    /// Where Radicale keeps what it stores (one file per resource).
    pub fn folder(&self) -> PathBuf {
        self.folder.path().join("collections")
    }

    /// Stops the server; what it stored stays.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Starts it again on the same folder and port, and waits until it
    /// answers.
    pub fn restart(&mut self) {
        self.stop();
        let program = std::env::var_os("CURBSIDE_RADICALE").unwrap_or_else(|| "radicale".into());
        let child = Command::new(&program)
            .arg("--config")
            .arg(&self.config)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|error| {
                panic!(
                    "Radicale did not start ({program:?}: {error}); install it with \
                     `pip install radicale` or set CURBSIDE_RADICALE (bash .ci/install does)"
                )
            });
        self.child = Some(child);
        self.wait_until_it_answers();
    }

    fn wait_until_it_answers(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            if let Some(Ok(Some(status))) = self.child.as_mut().map(Child::try_wait) {
                panic!(
                    "Radicale stopped at once ({status}); its config: {}",
                    self.config.display()
                );
            }
            assert!(
                Instant::now() < deadline,
                "Radicale did not answer within 30 s"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The folder, for a test that greps what the server stored.
    pub fn path(&self) -> &Path {
        self.folder.path()
    }
}

impl Drop for Radicale {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A port nothing listens on now.
pub fn free_port() -> u16 {
    TcpListener::bind(("127.0.0.1", 0))
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .expect("a free port on 127.0.0.1")
}
