//! Where and as whom to connect, and one signed-in WebDAV client with a
//! time limit on every request: a server that stops answering fails the
//! request in words instead of hanging a sync forever.

use std::future::Future;
use std::time::Duration;

use http::Uri;
use libdav::dav::WebDavClient;
use rustls::pki_types::CertificateDer;

use crate::account::{address, AccountError};
use crate::client::{self, DavHttp};
use crate::failure::Failure;

/// How long one request may take before the server counts as not
/// answering.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);

/// The largest answer Curbside reads from the server (a multiget of
/// contacts with photos stays far below it).
pub const MOST_ANSWER_BYTES: usize = 128 * 1024 * 1024;

/// A server address with the user's name and password, checked to be one
/// Curbside may send a password to.
#[derive(Clone)]
pub struct Server {
    url: Uri,
    user: String,
    password: String,
    extra_roots: Vec<CertificateDer<'static>>,
    timeout: Duration,
    most_answer_bytes: usize,
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Server")
            .field("url", &self.url)
            .field("user", &self.user)
            .field("password", &"***")
            .finish_non_exhaustive()
    }
}

impl Server {
    /// The server at `url` (https, or plain http to this computer only).
    pub fn new(url: &str, user: &str, password: &str) -> Result<Server, AccountError> {
        Ok(Server {
            url: address(url)?,
            user: user.to_owned(),
            password: password.to_owned(),
            extra_roots: Vec::new(),
            timeout: REQUEST_TIMEOUT,
            most_answer_bytes: MOST_ANSWER_BYTES,
        })
    }

    /// Also trusts this certificate authority (DER), besides the system's:
    /// for tests with a certificate made for them.
    #[doc(hidden)]
    pub fn trusting(mut self, ca_der: Vec<u8>) -> Server {
        self.extra_roots.push(CertificateDer::from(ca_der));
        self
    }

    /// Gives each request `timeout` instead of [`REQUEST_TIMEOUT`].
    #[doc(hidden)]
    pub fn with_timeout(mut self, timeout: Duration) -> Server {
        self.timeout = timeout;
        self
    }

    /// Reads answers of at most `bytes` instead of [`MOST_ANSWER_BYTES`].
    #[doc(hidden)]
    pub fn with_answer_limit(mut self, bytes: usize) -> Server {
        self.most_answer_bytes = bytes;
        self
    }

    /// The address as the user sees it in messages.
    pub fn shown(&self) -> String {
        self.url.to_string()
    }

    /// A client for this server (needs no running runtime; its requests
    /// run on whichever tokio runtime awaits them).
    pub(crate) fn dav(&self) -> Result<Dav, Failure> {
        let http = client::new(
            &self.user,
            &self.password,
            &self.extra_roots,
            self.timeout,
            self.most_answer_bytes,
        )
        .map_err(|error| {
            Failure::Certificate(format!(
                "this computer's trust store could not be read: {error}"
            ))
        })?;
        Ok(Dav {
            client: WebDavClient::new(self.url.clone(), http),
            timeout: self.timeout,
        })
    }
}

/// A signed-in WebDAV client.
pub(crate) struct Dav {
    /// libdav's client.
    pub client: WebDavClient<DavHttp>,
    timeout: Duration,
}

impl Dav {
    /// Runs one request within the time limit, its error classified.
    pub async fn call<T, E>(
        &self,
        request: impl Future<Output = Result<T, E>>,
    ) -> Result<T, Failure>
    where
        Failure: From<E>,
    {
        match tokio::time::timeout(self.timeout, request).await {
            Ok(result) => result.map_err(Failure::from),
            Err(_) => Err(Failure::Unreachable(format!(
                "no answer within {} s",
                self.timeout.as_secs_f32()
            ))),
        }
    }
}

/// A runtime of its own for a blocking caller (the sync runs on a thread
/// beside the database, never on the UI's).
pub(crate) fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|error| Failure::Unreachable(format!("no network runtime: {error}")))
}
