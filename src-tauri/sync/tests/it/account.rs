//! Checking an account against a real server: the homes are found with the
//! right password, and each way it goes wrong has its own plain message.

use curbside_sync::account::{check, AccountError};

use crate::radicale::{free_port, Radicale, PASSWORD, USER};

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
