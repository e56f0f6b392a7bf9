//! The HTTP client every request goes through: HTTPS checked against this
//! computer's trust store (the operating system's own verifier on macOS
//! and Windows, the system's roots on Linux), plain HTTP only where
//! `account::address` allowed it (this computer), basic authentication with
//! the user's app password. An answer larger than the limit given fails
//! instead of filling the memory (a broken or hostile server).

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use http::{Request, Response};
use http_body_util::Limited;

use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use rustls::pki_types::CertificateDer;
use rustls::ClientConfig;
use rustls_platform_verifier::Verifier;
use tower_http::auth::AddAuthorization;

/// The client libdav is given.
pub type DavHttp = AddAuthorization<Limit<Client<HttpsConnector<HttpConnector>, String>>>;

/// A client that signs every request in as `user`, trusting the system's
/// roots plus `extra_roots` (only tests give any).
pub fn new(
    user: &str,
    password: &str,
    extra_roots: &[CertificateDer<'static>],
    connect_timeout: Duration,
    most_answer_bytes: usize,
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
    let limited = Limit {
        inner: client,
        most: most_answer_bytes,
    };
    Ok(AddAuthorization::basic(limited, user, password))
}

/// A client whose answers' bodies stop at `most` bytes (reading past it
/// is an `http_body_util::LengthLimitError`).
#[derive(Debug, Clone)]
pub struct Limit<S> {
    inner: S,
    most: usize,
}

type Answer<B, E> = Pin<Box<dyn Future<Output = Result<Response<Limited<B>>, E>> + Send>>;

impl<S, B> tower_service::Service<Request<String>> for Limit<S>
where
    S: tower_service::Service<Request<String>, Response = Response<B>>,
    S::Future: Send + 'static,
    B: 'static,
{
    type Response = Response<Limited<B>>;
    type Error = S::Error;
    type Future = Answer<B, S::Error>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<String>) -> Self::Future {
        let most = self.most;
        let answer = self.inner.call(request);
        Box::pin(async move {
            answer
                .await
                .map(|response| response.map(|body| Limited::new(body, most)))
        })
    }
}
