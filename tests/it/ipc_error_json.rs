//! The UI reads every failure as `{ "code", "message" }`: these tests pin
//! that JSON, so a change to it cannot slip past the UI unnoticed.

use curbside_app::error::{ErrorCode, IpcError};
use curbside_core::contacts::{self, ContactDraft};
use curbside_core::db;
use curbside_core::keys::KeyError;
use curbside_core::vault::VaultError;
use serde_json::json;

#[test]
fn an_invalid_contact_reaches_the_ui_as_code_message_and_field() {
    let mut conn = db::open_in_memory().unwrap();
    let error =
        contacts::create(&mut conn, &ContactDraft::default(), jiff::Timestamp::now()).unwrap_err();
    let json = serde_json::to_value(IpcError::from(error)).unwrap();
    assert_eq!(
        json,
        json!({ "code": "invalid_input", "message": "Name is required", "field": "display_name" })
    );
}

#[test]
fn a_bad_email_names_the_emails_field_for_the_form_to_mark() {
    let mut conn = db::open_in_memory().unwrap();
    let draft = ContactDraft {
        display_name: "Amara Okafor".into(),
        emails: vec!["amara at example.org".into()],
        ..ContactDraft::default()
    };
    let error = contacts::create(&mut conn, &draft, jiff::Timestamp::now()).unwrap_err();
    let ipc = IpcError::from(error);
    assert_eq!(ipc.field.as_deref(), Some("emails"));
    assert!(
        ipc.message.contains("is not an email address"),
        "{}",
        ipc.message
    );
}

#[test]
fn a_missing_contact_is_not_found_with_a_readable_message() {
    let conn = db::open_in_memory().unwrap();
    let error = contacts::get(&conn, 42).unwrap_err();
    let json = serde_json::to_value(IpcError::from(error)).unwrap();
    assert_eq!(
        json,
        json!({ "code": "not_found", "message": "There is no contact with id 42" })
    );
}

#[test]
fn a_wrong_passphrase_has_its_own_code() {
    let error = IpcError::from(VaultError::Key(KeyError::WrongSecret));
    assert_eq!(error.code, ErrorCode::WrongSecret);
    let json = serde_json::to_string(&error).unwrap();
    assert_eq!(
        json,
        r#"{"code":"wrong_secret","message":"That passphrase or recovery key does not unlock this database"}"#
    );
}

#[test]
fn no_debug_dump_reaches_the_message() {
    let error = IpcError::from(VaultError::Key(KeyError::WrongSecret));
    assert!(!error.message.contains("WrongSecret"));
    assert!(!error.message.contains('{'));
}

#[test]
fn sync_failures_reach_the_ui_in_words_with_the_server_told_apart() {
    use curbside_core::sync::engine::SyncError;
    use curbside_sync::account::AccountError;
    use curbside_sync::connect::{self, AddError};

    // A plain-http address to another computer is refused before any
    // network: the user's input.
    let refused = connect::offered("http://dav.example.com/", "ana", "secret").unwrap_err();
    let json = serde_json::to_value(IpcError::from(refused)).unwrap();
    assert_eq!(json["code"], "invalid_input");
    assert_eq!(json["field"], "url", "Settings → Sync marks the address");
    let message = json["message"].as_str().unwrap();
    assert!(message.starts_with('"'), "{message}");
    assert!(message.contains("use https://"), "{message}");

    let error = IpcError::from(AddError::Account(AccountError::Refused(401)));
    assert_eq!(error.code, ErrorCode::Server);
    assert!(error
        .message
        .starts_with("The server refused the user name or password"));

    let offline = IpcError::from(SyncError::Remote(
        curbside_core::sync::remote::RemoteError::Unreachable("connection refused".into()),
    ));
    assert_eq!(
        serde_json::to_value(offline).unwrap(),
        json!({ "code": "server", "message": "The server could not be reached: connection refused" })
    );

    let none = IpcError::from(SyncError::NoAccount);
    assert_eq!(none.code, ErrorCode::NotFound);
    assert_eq!(none.message, "Sync is not set up: add an account first");
}

#[test]
fn a_networking_form_refused_by_the_core_is_told_which_field_to_mark() {
    use curbside_core::introductions::{self, IntroductionDraft};
    use curbside_core::memberships::{self, MembershipDraft};
    use curbside_core::opportunities::{self, OpportunityDraft, OpportunityKind};
    use jiff::civil::date;

    let mut conn = db::open_in_memory().unwrap();
    let membership = MembershipDraft {
        society: "  ".into(),
        member_number: String::new(),
        since: None,
        dues_amount: None,
        dues_currency: String::new(),
        renews_on: None,
        renews_yearly: true,
        status: None,
        notes: String::new(),
    };
    let refused = IpcError::from(memberships::add(&mut conn, &membership).unwrap_err());
    assert_eq!(
        serde_json::to_value(refused).unwrap(),
        json!({ "code": "invalid_input", "message": "Society is required", "field": "society" })
    );

    let opportunity = OpportunityDraft {
        title: String::new(),
        kind: OpportunityKind::Job,
        status: None,
        deadline: None,
        link: String::new(),
        notes: String::new(),
        people: Vec::new(),
    };
    let refused =
        IpcError::from(opportunities::add(&mut conn, &opportunity, date(2026, 6, 1)).unwrap_err());
    assert_eq!(refused.field.as_deref(), Some("title"));
    assert_eq!(refused.message, "Title is required");

    let same_person = IntroductionDraft {
        from_contact_id: 7,
        to_contact_id: 7,
        reason: "Both work on heart failure".into(),
    };
    let refused = IpcError::from(
        introductions::add(
            &mut conn,
            &same_person,
            date(2026, 6, 1),
            jiff::Timestamp::now(),
        )
        .unwrap_err(),
    );
    assert_eq!(refused.field.as_deref(), Some("to_contact_id"));
    assert_eq!(refused.message, "Choose two different people to introduce");
}

#[test]
fn a_refused_profile_template_or_cadence_names_its_field_for_settings_to_mark() {
    use curbside_core::messages;
    use curbside_core::presence::{self, Presence};
    use curbside_core::reminders::{self, Cadence, CadenceTarget};

    let mut conn = db::open_in_memory().unwrap();
    let me = Presence {
        linkedin: "linkedin.com/in/jane".into(),
        ..presence::get(&conn).unwrap()
    };
    let ipc = IpcError::from(presence::set(&conn, &me).unwrap_err());
    assert_eq!(ipc.field.as_deref(), Some("linkedin"));
    assert!(
        ipc.message.starts_with("LinkedIn must be a web address"),
        "{}",
        ipc.message
    );

    let kind = messages::templates(&conn).unwrap()[0].kind;
    let ipc = IpcError::from(messages::save_template(&conn, kind, "Hello", "").unwrap_err());
    assert_eq!(ipc.field.as_deref(), Some("body"));

    let tag = CadenceTarget::Tag(" ".into());
    let every = Cadence::parse("3mo").unwrap();
    let ipc = IpcError::from(reminders::set_cadence(&mut conn, &tag, Some(every)).unwrap_err());
    assert_eq!(ipc.field.as_deref(), Some("tag"));
}
