//! The core's `Remote` over the network against a real Radicale: listing
//! with sync tokens, reading in batches, and writes and deletes that refuse
//! to overwrite what changed on the server (a conflict, not an error).

use curbside_core::sync::remote::{
    Collection, Listed, Listing, Precondition, Remote, RemoteError, Written,
};
use curbside_sync::testing::{make_collections, Radicale, USER};
use curbside_sync::{DavRemote, Server};

fn card(uid: &str, name: &str) -> String {
    format!("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:{name}\r\nN:{name};;;;\r\nEND:VCARD\r\n")
}

fn event(uid: &str, summary: &str) -> String {
    format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Curbside//test//EN\r\nBEGIN:VEVENT\r\nUID:{uid}\r\n\
         DTSTAMP:20261205T120000Z\r\nDTSTART:20261210T090000Z\r\nDTEND:20261210T100000Z\r\n\
         SUMMARY:{summary}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
}

fn journal(uid: &str) -> String {
    format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Curbside//test//EN\r\nBEGIN:VJOURNAL\r\nUID:{uid}\r\n\
         DTSTAMP:20261205T120000Z\r\nX-CURBSIDE-SEALED:c2VhbGVk\r\nEND:VJOURNAL\r\nEND:VCALENDAR\r\n"
    )
}

fn connected(server: &Radicale) -> DavRemote {
    let hrefs = make_collections(&server.server());
    DavRemote::new(&server.server(), hrefs).unwrap()
}

fn stored(written: Written) -> String {
    match written {
        Written::Stored { etag } => etag,
        Written::Conflict => panic!("expected the write to be stored"),
    }
}

fn names(listed: &[Listed]) -> Vec<&str> {
    let mut names: Vec<&str> = listed.iter().map(|one| one.name.as_str()).collect();
    names.sort_unstable();
    names
}

#[test]
fn a_listing_is_full_at_first_then_only_what_changed_since_its_token() {
    let server = Radicale::start();
    let mut remote = connected(&server);
    let Listing::Full { all, token } = remote.list(Collection::Contacts, None).unwrap() else {
        panic!("the first listing is a full one");
    };
    assert!(all.is_empty());
    let token = token.expect("Radicale has sync-collection");

    let ann = stored(
        remote
            .put(
                Collection::Contacts,
                "ann.vcf",
                &card("ann", "Ann Lee"),
                Precondition::New,
            )
            .unwrap(),
    );
    let bob = stored(
        remote
            .put(
                Collection::Contacts,
                "bob.vcf",
                &card("bob", "Bob Roy"),
                Precondition::New,
            )
            .unwrap(),
    );
    let Listing::Delta {
        changed,
        deleted,
        token,
    } = remote.list(Collection::Contacts, Some(&token)).unwrap()
    else {
        panic!("a listing with a token is a delta");
    };
    assert_eq!(names(&changed), ["ann.vcf", "bob.vcf"]);
    assert!(changed.contains(&Listed {
        name: "ann.vcf".into(),
        etag: ann.clone()
    }));
    assert!(deleted.is_empty());

    remote
        .delete(Collection::Contacts, "bob.vcf", &bob)
        .unwrap();
    let Listing::Delta {
        changed, deleted, ..
    } = remote.list(Collection::Contacts, Some(&token)).unwrap()
    else {
        panic!("a listing with a token is a delta");
    };
    assert!(changed.is_empty(), "{changed:?}");
    assert_eq!(deleted, ["bob.vcf"]);

    let Listing::Full { all, .. } = remote.list(Collection::Contacts, None).unwrap() else {
        panic!("a listing without a token is a full one");
    };
    assert_eq!(
        all,
        [Listed {
            name: "ann.vcf".into(),
            etag: ann
        }]
    );
}

#[test]
fn a_token_the_server_no_longer_takes_gives_a_full_listing() {
    let server = Radicale::start();
    let mut remote = connected(&server);
    remote
        .put(
            Collection::Calendar,
            "meeting.ics",
            &event("meeting", "Tumour board"),
            Precondition::New,
        )
        .unwrap();
    let listing = remote
        .list(
            Collection::Calendar,
            Some("http://radicale.org/ns/sync/not-a-token"),
        )
        .unwrap();
    let Listing::Full { all, token } = listing else {
        panic!("an old token gives a full listing, got {listing:?}");
    };
    assert_eq!(names(&all), ["meeting.ics"]);
    assert!(token.is_some());
}

#[test]
fn resources_are_read_in_batches_and_a_name_that_is_gone_is_left_out() {
    let server = Radicale::start();
    let mut remote = connected(&server);
    let mut wanted = Vec::new();
    for n in 0..300 {
        let name = format!("person-{n}.vcf");
        remote
            .put(
                Collection::Contacts,
                &name,
                &card(&format!("person-{n}"), &format!("Person {n}")),
                Precondition::New,
            )
            .unwrap();
        wanted.push(name);
    }
    wanted.push("never-there.vcf".into());
    let fetched = remote.get(Collection::Contacts, &wanted).unwrap();
    assert_eq!(fetched.len(), 300);
    let one = fetched
        .iter()
        .find(|one| one.name == "person-7.vcf")
        .unwrap();
    assert!(one.body.contains("FN:Person 7"), "{}", one.body);
    assert!(!one.etag.is_empty());
}

#[test]
fn a_name_with_spaces_and_signs_comes_back_as_it_was_written() {
    let server = Radicale::start();
    let mut remote = connected(&server);
    let name = "Dr Ann Lee+1 (é).vcf";
    remote
        .put(
            Collection::Contacts,
            name,
            &card("odd", "Ann Lee"),
            Precondition::New,
        )
        .unwrap();
    let Listing::Full { all, .. } = remote.list(Collection::Contacts, None).unwrap() else {
        panic!("a full listing");
    };
    assert_eq!(names(&all), [name]);
    let fetched = remote
        .get(Collection::Contacts, &[name.to_owned()])
        .unwrap();
    assert_eq!(fetched.len(), 1);
    assert_eq!(fetched[0].name, name);
}

#[test]
fn a_second_new_write_of_the_same_name_is_a_conflict() {
    let server = Radicale::start();
    let mut remote = connected(&server);
    stored(
        remote
            .put(
                Collection::Contacts,
                "ann.vcf",
                &card("ann", "Ann Lee"),
                Precondition::New,
            )
            .unwrap(),
    );
    let second = remote
        .put(
            Collection::Contacts,
            "ann.vcf",
            &card("ann", "Ann Other"),
            Precondition::New,
        )
        .unwrap();
    assert_eq!(second, Written::Conflict);
    let fetched = remote
        .get(Collection::Contacts, &["ann.vcf".into()])
        .unwrap();
    assert!(fetched[0].body.contains("Ann Lee"), "the first write stays");
}

#[test]
fn a_write_over_an_old_etag_is_a_conflict_and_changes_nothing() {
    let server = Radicale::start();
    let mut remote = connected(&server);
    let first = stored(
        remote
            .put(
                Collection::Contacts,
                "ann.vcf",
                &card("ann", "Ann Lee"),
                Precondition::New,
            )
            .unwrap(),
    );
    let second = stored(
        remote
            .put(
                Collection::Contacts,
                "ann.vcf",
                &card("ann", "Ann Lee-Roy"),
                Precondition::Matches(first.clone()),
            )
            .unwrap(),
    );
    assert_ne!(first, second);
    let stale = remote
        .put(
            Collection::Contacts,
            "ann.vcf",
            &card("ann", "Ann Stale"),
            Precondition::Matches(first.clone()),
        )
        .unwrap();
    assert_eq!(stale, Written::Conflict);
    let stale_delete = remote
        .delete(Collection::Contacts, "ann.vcf", &first)
        .unwrap();
    assert_eq!(stale_delete, Written::Conflict);
    let fetched = remote
        .get(Collection::Contacts, &["ann.vcf".into()])
        .unwrap();
    assert!(
        fetched[0].body.contains("Ann Lee-Roy"),
        "{}",
        fetched[0].body
    );
    assert_eq!(fetched[0].etag, second);
}

#[test]
fn deleting_what_is_already_gone_counts_as_deleted() {
    let server = Radicale::start();
    let mut remote = connected(&server);
    let etag = stored(
        remote
            .put(
                Collection::Private,
                "note.ics",
                &journal("note"),
                Precondition::New,
            )
            .unwrap(),
    );
    assert!(matches!(
        remote
            .delete(Collection::Private, "note.ics", &etag)
            .unwrap(),
        Written::Stored { .. }
    ));
    assert!(matches!(
        remote
            .delete(Collection::Private, "note.ics", &etag)
            .unwrap(),
        Written::Stored { .. }
    ));
    assert!(remote
        .get(Collection::Private, &["note.ics".into()])
        .unwrap()
        .is_empty());
}

#[test]
fn a_wrong_password_is_refused_in_words() {
    let server = Radicale::start();
    let hrefs = make_collections(&server.server());
    let wrong = Server::new(&server.url(), USER, "not-the-password").unwrap();
    let mut remote = DavRemote::new(&wrong, hrefs).unwrap();
    let error = remote.list(Collection::Contacts, None).unwrap_err();
    assert_eq!(error, RemoteError::Refused);
    assert!(
        error.to_string().contains("user name or password"),
        "{error}"
    );
}

#[test]
fn a_server_gone_in_the_middle_is_unreachable_and_works_again_when_back() {
    let mut server = Radicale::start();
    let mut remote = connected(&server);
    remote
        .put(
            Collection::Contacts,
            "ann.vcf",
            &card("ann", "Ann Lee"),
            Precondition::New,
        )
        .unwrap();
    server.stop();
    let error = remote.list(Collection::Contacts, None).unwrap_err();
    assert!(matches!(error, RemoteError::Unreachable(_)), "{error:?}");
    assert!(
        error
            .to_string()
            .starts_with("the server could not be reached"),
        "{error}"
    );
    server.restart();
    let Listing::Full { all, .. } = remote.list(Collection::Contacts, None).unwrap() else {
        panic!("a full listing");
    };
    assert_eq!(names(&all), ["ann.vcf"]);
}

/// Radicale 3.9 advertises a calendar's component set but does not
/// enforce it on PUT; what keeps the private collection off phones is the
/// set they read: journal entries only.
#[test]
fn the_private_collection_says_it_holds_journal_entries_only() {
    let server = Radicale::start();
    let mut remote = connected(&server);
    let taken = remote
        .put(
            Collection::Private,
            "j.ics",
            &journal("j"),
            Precondition::New,
        )
        .unwrap();
    assert!(matches!(taken, Written::Stored { .. }));
    let props = server
        .folder()
        .join("collection-root")
        .join(USER)
        .join("curbside-private")
        .join(".Radicale.props");
    let props = std::fs::read_to_string(&props).unwrap();
    assert!(
        props.contains(r#""C:supported-calendar-component-set": "VJOURNAL""#),
        "{props}"
    );
    assert!(props.contains("Curbside private records"), "{props}");
}

#[test]
fn an_answer_larger_than_curbside_reads_fails_in_words() {
    let server = Radicale::start();
    let hrefs = make_collections(&server.server());
    let mut remote = DavRemote::new(&server.server(), hrefs.clone()).unwrap();
    let huge = card("huge", &"Huge ".repeat(20_000));
    remote
        .put(Collection::Contacts, "huge.vcf", &huge, Precondition::New)
        .unwrap();
    let limited = server.server().with_answer_limit(16 * 1024);
    let mut small = DavRemote::new(&limited, hrefs).unwrap();
    let error = small
        .get(Collection::Contacts, &["huge.vcf".into()])
        .unwrap_err();
    assert!(matches!(error, RemoteError::Unexpected(_)), "{error:?}");
    assert!(
        error.to_string().contains("larger than Curbside reads"),
        "{error}"
    );
}

#[test]
fn a_server_that_stops_answering_fails_the_sync_in_time() {
    let url = curbside_sync::testing::silent_server();
    let server = Server::new(&url, USER, "any")
        .unwrap()
        .with_timeout(std::time::Duration::from_millis(300));
    let hrefs = curbside_sync::CollectionHrefs {
        contacts: "/doctor/book/".into(),
        calendar: "/doctor/calendar/".into(),
        private: "/doctor/private/".into(),
    };
    let mut remote = DavRemote::new(&server, hrefs).unwrap();
    let started = std::time::Instant::now();
    let error = remote.list(Collection::Contacts, None).unwrap_err();
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
    assert!(
        matches!(&error, RemoteError::Unreachable(reason) if reason.contains("no answer within")),
        "{error:?}"
    );
}

#[test]
fn a_collection_gone_from_the_server_is_said_in_words() {
    let server = Radicale::start();
    let mut hrefs = make_collections(&server.server());
    hrefs.contacts = format!("/{USER}/deleted-on-the-server/");
    let mut remote = DavRemote::new(&server.server(), hrefs).unwrap();
    let error = remote.list(Collection::Contacts, None).unwrap_err();
    assert!(
        error.to_string().contains(
            "the address book (/doctor/deleted-on-the-server/) is no longer on the server"
        ),
        "{error}"
    );
}
