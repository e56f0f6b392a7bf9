//! Checking an account against a real server: the homes are found with the
//! right password, and each way it goes wrong has its own plain message.

use std::time::{Duration, Instant};

use curbside_sync::account::{check, check_server, AccountError};
use curbside_sync::Server;

use curbside_sync::testing::{free_port, silent_server, web_server, Radicale, PASSWORD, USER};

#[tokio::test]
async fn the_right_password_finds_the_address_book_and_calendar_homes() {
    let server = Radicale::start();
    let found = check(&server.url(), USER, PASSWORD).await.unwrap();
    assert_eq!(found.principal, format!("/{USER}/"));
    assert_eq!(found.address_book_homes, [format!("/{USER}/")]);
    assert_eq!(found.calendar_homes, [format!("/{USER}/")]);
}

#[tokio::test]
async fn a_wrong_password_is_refused_in_words() {
    let server = Radicale::start();
    let error = check(&server.url(), USER, "not-the-password")
        .await
        .unwrap_err();
    assert!(matches!(error, AccountError::Refused(401)), "{error:?}");
    assert!(
        error.to_string().contains("user name or password"),
        "{error}"
    );
}

#[tokio::test]
async fn an_address_where_nothing_answers_says_so() {
    let url = format!("http://127.0.0.1:{}/", free_port());
    let error = check(&url, USER, PASSWORD).await.unwrap_err();
    assert!(
        matches!(error, AccountError::Unreachable { .. }),
        "{error:?}"
    );
    assert!(
        error.to_string().starts_with("no server answers at"),
        "{error}"
    );
}

#[tokio::test]
async fn a_password_is_never_sent_over_plain_http_to_another_computer() {
    let error = check("http://dav.example.org/", USER, PASSWORD)
        .await
        .unwrap_err();
    assert!(matches!(error, AccountError::Address(_)), "{error:?}");
}

#[tokio::test]
async fn a_web_server_that_is_no_dav_server_says_so() {
    let url = web_server();
    let error = check(&url, USER, PASSWORD).await.unwrap_err();
    assert!(matches!(error, AccountError::NotDav(_)), "{error:?}");
    assert!(
        error
            .to_string()
            .contains("offers no address books or calendars"),
        "{error}"
    );
}

#[tokio::test]
async fn not_an_address_is_refused_before_any_connection() {
    for wrong in ["dav.example.org", "ftp://dav.example.org/", "https://"] {
        let error = check(wrong, USER, PASSWORD).await.unwrap_err();
        assert!(
            matches!(error, AccountError::Address(_)),
            "{wrong}: {error:?}"
        );
    }
}

#[tokio::test]
async fn a_server_that_never_answers_fails_in_time_instead_of_hanging() {
    let url = silent_server();
    let server = Server::new(&url, USER, PASSWORD)
        .unwrap()
        .with_timeout(Duration::from_millis(500));
    let started = Instant::now();
    let error = check_server(&server).await.unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(10));
    assert!(
        matches!(&error, AccountError::Unreachable { reason, .. } if reason.contains("no answer within")),
        "{error:?}"
    );
}
