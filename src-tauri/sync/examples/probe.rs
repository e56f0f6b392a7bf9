//! Proves the client stack against a real server: discovers the address
//! book home, creates a `curbside` address book when missing, puts a vCard,
//! and asks for changes with sync-collection (RFC 6578) before and after.
//!
//!     cargo run -p curbside-sync --example probe -- http://127.0.0.1:5232/ USER PASSWORD

use http::Uri;
use hyper_rustls::HttpsConnectorBuilder;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use libdav::carddav::{CreateAddressBook, FindAddressBookHomeSet, FindAddressBooks};
use libdav::dav::{PutResource, SyncCollection, WebDavClient};
use libdav::CardDavClient;
use tower_http::auth::AddAuthorization;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let url: Uri = args.next().ok_or("a server URL")?.parse()?;
    let user = args.next().ok_or("a user name")?;
    let password = args.next().ok_or("a password")?;

    let connector = HttpsConnectorBuilder::new()
        .with_native_roots()?
        .https_or_http()
        .enable_http1()
        .build();
    let client = Client::builder(TokioExecutor::new()).build(connector);
    let client = AddAuthorization::basic(client, &user, &password);
    let dav =
        CardDavClient::bootstrap_via_service_discovery(WebDavClient::new(url, client)).await?;
    println!("context: {}", dav.base_url());

    let principal = dav
        .find_current_user_principal()
        .await?
        .ok_or("no principal")?;
    let homes = dav
        .request(FindAddressBookHomeSet::new(principal.path()))
        .await?
        .home_sets;
    let home = homes
        .first()
        .ok_or("no address book home")?
        .path()
        .to_owned();
    println!("principal {} home {home}", principal.path());

    let books = dav
        .request(FindAddressBooks::new(&home))
        .await?
        .addressbooks;
    for book in &books {
        println!("address book {}", book.href);
    }
    let href = format!("{}curbside/", home.trim_end_matches('/').to_owned() + "/");
    if !books.iter().any(|book| book.href == href) {
        dav.request(CreateAddressBook::new(&href).with_display_name("Curbside"))
            .await?;
        println!("created {href}");
    }

    let first = dav.request(SyncCollection::new(&href)).await?;
    println!(
        "sync token {}: {} changed",
        first.new_sync_token,
        first.changed.len()
    );

    let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:probe-1\r\nFN:Dr. Probe\r\nN:Probe;;;Dr.;\r\nEND:VCARD\r\n";
    let put = dav
        .request(PutResource::new(&format!("{href}probe-1.vcf")).create(card, "text/vcard"))
        .await;
    println!("put: {put:?}");

    let since = SyncCollection::new(&href).with_sync_token(&first.new_sync_token);
    let delta = dav.request(since).await?;
    for item in &delta.changed {
        println!("changed since: {} etag {:?}", item.href, item.etag);
    }
    println!("deleted since: {:?}", delta.deleted);
    Ok(())
}
