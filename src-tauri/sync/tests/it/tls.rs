//! TLS with a certificate made for the test: trusted when its authority is
//! (as a system trust store would), refused in words when it is not.

use curbside_core::sync::remote::{Collection, Listing, Remote, RemoteError};
use curbside_sync::account::{check, check_server, AccountError};
use curbside_sync::testing::{make_collections, Radicale, PASSWORD, USER};
use curbside_sync::DavRemote;

#[tokio::test]
async fn a_server_whose_authority_is_trusted_signs_in_over_tls() {
    let server = Radicale::start_tls();
    assert!(server.url().starts_with("https://"));
    let found = check_server(&server.server()).await.unwrap();
    assert_eq!(found.principal, format!("/{USER}/"));
}

#[test]
fn a_sync_over_tls_lists_the_collections() {
    let server = Radicale::start_tls();
    let hrefs = make_collections(&server.server());
    let mut remote = DavRemote::new(&server.server(), hrefs).unwrap();
    assert!(matches!(
        remote.list(Collection::Contacts, None).unwrap(),
        Listing::Full { .. }
    ));
}

#[tokio::test]
async fn a_certificate_this_computer_does_not_trust_is_refused_in_words() {
    let server = Radicale::start_tls();
    let error = check(&server.url(), USER, PASSWORD).await.unwrap_err();
    assert!(
        matches!(error, AccountError::Certificate { .. }),
        "{error:?}"
    );
    assert!(
        error
            .to_string()
            .contains("certificate this computer does not trust"),
        "{error}"
    );
}

#[test]
fn a_sync_to_an_untrusted_server_stops_with_a_certificate_error() {
    let trusted = Radicale::start_tls();
    let hrefs = make_collections(&trusted.server());
    let untrusted = curbside_sync::Server::new(&trusted.url(), USER, PASSWORD).unwrap();
    let mut remote = DavRemote::new(&untrusted, hrefs).unwrap();
    let error = remote.list(Collection::Contacts, None).unwrap_err();
    assert!(matches!(error, RemoteError::Certificate(_)), "{error:?}");
}
