//! What went wrong talking to the server, sorted once into the few cases a
//! user can act on (password refused, nothing answering, certificate not
//! trusted, the server's own answer), then said in words by the account
//! check and by the sync.

use http::StatusCode;
use hyper_util::client::legacy::Error as HttpError;
use libdav::dav::{FindCurrentUserPrincipalError, RequestError, WebDavError};

use curbside_core::sync::remote::RemoteError;

/// A failed request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Failure {
    /// 401 or 403.
    Refused(u16),
    /// No connection, a connection cut, or no answer in time.
    Unreachable(String),
    /// The certificate is not trusted.
    Certificate(String),
    /// Another status.
    Status(StatusCode),
    /// A WebDAV precondition the server reported (e.g. an old sync token).
    Precondition(String),
    /// An answer Curbside could not read.
    Unreadable(String),
    /// An answer larger than Curbside reads.
    TooLarge,
}

impl Failure {
    /// The status the server answered, if it answered with one.
    pub fn status(&self) -> Option<u16> {
        match self {
            Failure::Refused(code) => Some(*code),
            Failure::Status(status) => Some(status.as_u16()),
            _ => None,
        }
    }

    /// As the sync reports it; `doing` says what was being done
    /// ("reading the address book").
    pub fn remote(self, doing: &str) -> RemoteError {
        match self {
            Failure::Refused(_) => RemoteError::Refused,
            Failure::Unreachable(reason) => RemoteError::Unreachable(reason),
            Failure::Certificate(reason) => RemoteError::Certificate(reason),
            Failure::Status(status) => {
                RemoteError::Unexpected(format!("{doing}: HTTP {}", status_words(status)))
            }
            Failure::Precondition(what) => {
                RemoteError::Unexpected(format!("{doing}: the server refused ({what})"))
            }
            Failure::Unreadable(what) => RemoteError::Unexpected(format!(
                "{doing}: an answer Curbside could not read ({what})"
            )),
            Failure::TooLarge => RemoteError::Unexpected(format!("{doing}: {TOO_LARGE}")),
        }
    }
}

/// Said of an answer over the limit.
pub(crate) const TOO_LARGE: &str = "the server's answer was larger than Curbside reads";

/// "404 Not Found".
pub(crate) fn status_words(status: StatusCode) -> String {
    match status.canonical_reason() {
        Some(reason) => format!("{} {reason}", status.as_u16()),
        None => status.as_u16().to_string(),
    }
}

impl From<WebDavError<HttpError>> for Failure {
    fn from(error: WebDavError<HttpError>) -> Failure {
        match error {
            WebDavError::BadStatusCode(status)
                if status == StatusCode::UNAUTHORIZED || status == StatusCode::FORBIDDEN =>
            {
                Failure::Refused(status.as_u16())
            }
            WebDavError::BadStatusCode(status) => Failure::Status(status),
            WebDavError::Request(error) => Failure::from(error),
            WebDavError::PreconditionFailed(precondition) => {
                Failure::Precondition(precondition.to_string())
            }
            WebDavError::Xml(error) => Failure::Unreadable(error.to_string()),
            WebDavError::InvalidResponse(error) => Failure::Unreadable(error.to_string()),
            WebDavError::InvalidInput(error) => Failure::Unreadable(error.to_string()),
        }
    }
}

impl From<RequestError<HttpError>> for Failure {
    fn from(error: RequestError<HttpError>) -> Failure {
        match error {
            RequestError::Client(error) => connection(&error),
            RequestError::Http(error) => connection(error.as_ref()),
        }
    }
}

/// A failed connection: a certificate this computer does not trust, or no
/// answer at all (the deepest cause says why).
fn connection(error: &(dyn std::error::Error + 'static)) -> Failure {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(error);
    let mut deepest = error.to_string();
    while let Some(now) = cause {
        if let Some(tls) = now.downcast_ref::<rustls::Error>() {
            return Failure::Certificate(tls.to_string());
        }
        if now.is::<http_body_util::LengthLimitError>() {
            return Failure::TooLarge;
        }
        deepest = now.to_string();
        // An io::Error's source() skips the error it wraps (where rustls
        // puts its own): look inside it first.
        cause = match now.downcast_ref::<std::io::Error>() {
            Some(io) => io
                .get_ref()
                .map(|inner| inner as _)
                .or_else(|| now.source()),
            None => now.source(),
        };
    }
    Failure::Unreachable(deepest)
}

impl From<FindCurrentUserPrincipalError<HttpError>> for Failure {
    fn from(error: FindCurrentUserPrincipalError<HttpError>) -> Failure {
        match error {
            FindCurrentUserPrincipalError::RequestError(error) => Failure::from(error),
            FindCurrentUserPrincipalError::InvalidInput(error) => {
                Failure::Unreadable(error.to_string())
            }
        }
    }
}
