//! Checking an account before anything is stored: the address is one
//! Curbside may send a password to, the server answers, takes the user name
//! and password, and offers an address book home, a calendar home, or both.
//! Every way this fails has its own message in plain words.

use http::Uri;
use libdav::caldav::FindCalendarHomeSet;
use libdav::carddav::FindAddressBookHomeSet;
use libdav::dav::{FindCurrentUserPrincipalError, RequestError, WebDavClient, WebDavError};

use crate::client;

/// What the server offers the account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The principal: the server's name for this user (a path).
    pub principal: String,
    /// Where the user's address books live (paths), if CardDAV is offered.
    pub address_book_homes: Vec<String>,
    /// Where the user's calendars live (paths), if CalDAV is offered.
    pub calendar_homes: Vec<String>,
}

/// Why an account cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    /// Not an address, or one a password must not be sent to.
    #[error("{0}")]
    Address(String),
    /// The server refused the user name or password.
    #[error("the server refused the user name or password (HTTP {0}): check them; many servers want an app password here")]
    Refused(u16),
    /// Nothing answers there.
    #[error("no server answers at {url}: {reason}")]
    Unreachable {
        /// The address tried.
        url: String,
        /// What the connection said.
        reason: String,
    },
    /// The server's certificate is not one this computer trusts.
    #[error("the server at {url} has a certificate this computer does not trust: {reason}")]
    Certificate {
        /// The address tried.
        url: String,
        /// What was wrong with it.
        reason: String,
    },
    /// It answers, but offers no address book and no calendar.
    #[error("{0} answers, but offers no address books or calendars: is this the CardDAV/CalDAV address?")]
    NotDav(String),
    /// The server answered in a way Curbside could not read.
    #[error("the server at {url} answered unexpectedly: {reason}")]
    Unexpected {
        /// The address tried.
        url: String,
        /// What went wrong.
        reason: String,
    },
}

/// Reads `text` as a server address Curbside may send a password to:
/// https, or plain http to this computer only.
pub fn address(text: &str) -> Result<Uri, AccountError> {
    let refuse = |why: &str| AccountError::Address(format!("\"{text}\" {why}"));
    let url: Uri = text
        .trim()
        .parse()
        .map_err(|_| refuse("is not a server address: write it as https://server.example/"))?;
    let host = url
        .host()
        .ok_or_else(|| refuse("has no server name: write it as https://server.example/"))?;
    match url.scheme_str() {
        Some("https") => Ok(url),
        Some("http") if is_this_computer(host) => Ok(url),
        Some("http") => Err(refuse(
            "is plain http: the password would cross the network unencrypted; use https://",
        )),
        _ => Err(refuse("must start with https://")),
    }
}

fn is_this_computer(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host == "localhost"
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// Checks the account: signs in and finds the homes.
pub async fn check(url: &str, user: &str, password: &str) -> Result<Found, AccountError> {
    let url = address(url)?;
    let shown = url.to_string();
    let http = client::new(user, password).map_err(|error| AccountError::Certificate {
        url: shown.clone(),
        reason: format!("this computer's trust store could not be read: {error}"),
    })?;
    let dav = WebDavClient::new(url, http);
    let principal = dav
        .find_current_user_principal()
        .await
        .map_err(|error| principal_error(&shown, error))?
        .ok_or_else(|| AccountError::NotDav(shown.clone()))?;
    let principal = principal.path().to_owned();
    let address_book_homes = homes(
        dav.request(FindAddressBookHomeSet::new(&principal))
            .await
            .map(|found| found.home_sets),
    );
    let calendar_homes = homes(
        dav.request(FindCalendarHomeSet::new(&principal))
            .await
            .map(|found| found.home_sets),
    );
    if address_book_homes.is_empty() && calendar_homes.is_empty() {
        return Err(AccountError::NotDav(shown));
    }
    Ok(Found {
        principal,
        address_book_homes,
        calendar_homes,
    })
}

/// The homes' paths; a server that has no such home answers with an error
/// or an empty set, which both mean "not offered".
fn homes<E>(found: Result<Vec<Uri>, E>) -> Vec<String> {
    found
        .map(|homes| homes.iter().map(|home| home.path().to_owned()).collect())
        .unwrap_or_default()
}

fn principal_error<E: std::error::Error + 'static>(
    url: &str,
    error: FindCurrentUserPrincipalError<E>,
) -> AccountError {
    let FindCurrentUserPrincipalError::RequestError(error) = error else {
        return AccountError::Unexpected {
            url: url.to_owned(),
            reason: error.to_string(),
        };
    };
    match error {
        WebDavError::BadStatusCode(status) if status.as_u16() == 401 || status.as_u16() == 403 => {
            AccountError::Refused(status.as_u16())
        }
        WebDavError::BadStatusCode(status) if status.as_u16() == 404 => {
            AccountError::NotDav(url.to_owned())
        }
        WebDavError::Request(RequestError::Client(error)) => connection_error(url, &error),
        other => AccountError::Unexpected {
            url: url.to_owned(),
            reason: other.to_string(),
        },
    }
}

/// A failed connection: a certificate this computer does not trust, or no
/// answer at all.
fn connection_error(url: &str, error: &(dyn std::error::Error + 'static)) -> AccountError {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(error);
    let mut deepest = error.to_string();
    while let Some(now) = cause {
        if let Some(tls) = now.downcast_ref::<rustls::Error>() {
            return AccountError::Certificate {
                url: url.to_owned(),
                reason: tls.to_string(),
            };
        }
        deepest = now.to_string();
        cause = now.source();
    }
    AccountError::Unreachable {
        url: url.to_owned(),
        reason: deepest,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_goes_only_over_https_or_to_this_computer() {
        assert!(address("https://dav.example.org/").is_ok());
        assert!(address("http://127.0.0.1:5232/").is_ok());
        assert!(address("http://localhost:5232/").is_ok());
        assert!(address("http://[::1]:5232/").is_ok());
        let plain = address("http://dav.example.org/").unwrap_err().to_string();
        assert!(plain.contains("unencrypted"), "{plain}");
        assert!(address("dav.example.org").is_err());
        assert!(address("ftp://dav.example.org/").is_err());
    }
}
