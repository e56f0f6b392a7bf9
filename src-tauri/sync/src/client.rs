//! The HTTP client every request goes through: HTTPS with the system's
//! trust store (plain HTTP only to this computer), basic authentication
//! with the user's app password.

use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use tower_http::auth::AddAuthorization;

/// The client libdav is given.
pub type DavHttp = AddAuthorization<Client<HttpsConnector<HttpConnector>, String>>;

/// A client that signs every request in as `user`.
pub fn new(user: &str, password: &str) -> std::io::Result<DavHttp> {
    let connector = hyper_rustls::HttpsConnectorBuilder::new()
        .with_native_roots()?
        .https_or_http()
        .enable_http1()
        .build();
    let client = Client::builder(TokioExecutor::new()).build(connector);
    Ok(AddAuthorization::basic(client, user, password))
}
