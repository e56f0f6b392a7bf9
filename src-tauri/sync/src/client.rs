//! The HTTP client every request goes through: HTTPS checked against this
//! computer's trust store (the operating system's own verifier on macOS
//! and Windows, the system's roots on Linux), plain HTTP only where
//! `account::address` allowed it (this computer), basic authentication with
//! the user's app password.

use std::sync::Arc;
use std::time::Duration;

use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use rustls::pki_types::CertificateDer;
use rustls::ClientConfig;
use rustls_platform_verifier::Verifier;
use tower_http::auth::AddAuthorization;

/// The client libdav is given.
pub type DavHttp = AddAuthorization<Client<HttpsConnector<HttpConnector>, String>>;

/// A client that signs every request in as `user`, trusting the system's
/// roots plus `extra_roots` (only tests give any).
pub fn new(
    user: &str,
    password: &str,
    extra_roots: &[CertificateDer<'static>],
    connect_timeout: Duration,
) -> Result<DavHttp, rustls::Error> {
    // ring, as the rest of Curbside's TLS (it builds without a C toolchain
    // of its own on every system); rustls marks it deprecated only for
    // lacking post-quantum key exchange.
    #[allow(deprecated)]
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let verifier = if extra_roots.is_empty() {
        Verifier::new(provider.clone())?
    } else {
        Verifier::new_with_extra_roots(extra_roots.iter().cloned(), provider.clone())?
    };
    let tls = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    let mut http = HttpConnector::new();
    http.enforce_http(false);
    http.set_connect_timeout(Some(connect_timeout));
    let connector = hyper_rustls::HttpsConnectorBuilder::new()
        .with_tls_config(tls)
        .https_or_http()
        .enable_http1()
        .wrap_connector(http);
    let client = Client::builder(TokioExecutor::new()).build(connector);
    Ok(AddAuthorization::basic(client, user, password))
}
