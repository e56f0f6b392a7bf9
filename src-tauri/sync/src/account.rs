//! Checking an account before anything is stored: the address is one
//! Curbside may send a password to, the server answers, takes the user name
//! and password, and offers an address book home, a calendar home, or both.
//! Every way this fails has its own message in plain words.

use http::Uri;
use libdav::caldav::FindCalendarHomeSet;
use libdav::carddav::FindAddressBookHomeSet;

use crate::failure::{status_words, Failure, TOO_LARGE};
use crate::server::{Dav, Server};

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
    check_server(&Server::new(url, user, password)?).await
}

/// [`check`] for a server already read (e.g. one trusting a test's
/// certificate authority).
pub async fn check_server(server: &Server) -> Result<Found, AccountError> {
    let shown = server.shown();
    let dav = server.dav().map_err(|failure| in_words(&shown, failure))?;
    check_on(&dav, &shown).await
}

/// Signs in with `dav` and finds the homes.
pub(crate) async fn check_on(dav: &Dav, shown: &str) -> Result<Found, AccountError> {
    let principal = match dav.call(dav.client.find_current_user_principal()).await {
        Ok(Some(principal)) => principal.path().to_owned(),
        Ok(None) => return Err(AccountError::NotDav(shown.to_owned())),
        Err(Failure::Status(status)) if status.as_u16() == 404 || status.as_u16() == 405 => {
            return Err(AccountError::NotDav(shown.to_owned()))
        }
        Err(Failure::Unreadable(_)) => return Err(AccountError::NotDav(shown.to_owned())),
        Err(failure) => return Err(in_words(shown, failure)),
    };
    let address_book_homes = homes(
        dav.call(dav.client.request(FindAddressBookHomeSet::new(&principal)))
            .await
            .map(|found| found.home_sets),
    )?;
    let calendar_homes = homes(
        dav.call(dav.client.request(FindCalendarHomeSet::new(&principal)))
            .await
            .map(|found| found.home_sets),
    )?;
    if address_book_homes.is_empty() && calendar_homes.is_empty() {
        return Err(AccountError::NotDav(shown.to_owned()));
    }
    Ok(Found {
        principal,
        address_book_homes,
        calendar_homes,
    })
}

/// The homes' paths; a server that has no such home answers with an error
/// status or an empty set, which both mean "not offered". A refused
/// password or a lost connection is still an error.
fn homes(found: Result<Vec<Uri>, Failure>) -> Result<Vec<String>, AccountError> {
    match found {
        Ok(homes) => Ok(homes.iter().map(|home| home.path().to_owned()).collect()),
        Err(Failure::Status(_) | Failure::Unreadable(_) | Failure::Precondition(_)) => {
            Ok(Vec::new())
        }
        Err(failure) => Err(in_words("the server", failure)),
    }
}

/// A failed request as the account check says it.
pub(crate) fn in_words(url: &str, failure: Failure) -> AccountError {
    let url = url.to_owned();
    match failure {
        Failure::Refused(code) => AccountError::Refused(code),
        Failure::Unreachable(reason) => AccountError::Unreachable { url, reason },
        Failure::Certificate(reason) => AccountError::Certificate { url, reason },
        Failure::Status(status) => AccountError::Unexpected {
            url,
            reason: format!("HTTP {}", status_words(status)),
        },
        Failure::Precondition(reason) | Failure::Unreadable(reason) => {
            AccountError::Unexpected { url, reason }
        }
        Failure::TooLarge => AccountError::Unexpected {
            url,
            reason: TOO_LARGE.into(),
        },
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
