//! The account's collections on the server: the address books and
//! calendars offered to the user, the ones Curbside makes when the user
//! chooses none, Curbside's private collection (a calendar that holds only
//! journal entries, which phones do not show) and the key-check resource in
//! it that tells whether the server already holds a book, and under which
//! sync key.

use curbside_core::sync::seal::KEY_CHECK_NAME;
use libdav::caldav::{CalendarComponent, CreateCalendar, FindCalendars, GetCalendarResources};
use libdav::carddav::{CreateAddressBook, FindAddressBooks};
use libdav::dav::{FoundCollection, PutResource};
use libdav::encoding::strict_percent_encoded;
use libdav::names;

use crate::account::Found;
use crate::connect::Offered;
use crate::failure::Failure;
use crate::remote::name_of;
use crate::server::Dav;

/// The display name of the address book and calendar Curbside makes.
pub const CURBSIDE_NAME: &str = "Curbside";
/// The display name of Curbside's private collection.
pub const PRIVATE_NAME: &str = "Curbside private records";
/// The last segment of the private collection's href, when Curbside made it.
const PRIVATE_SLUG: &str = "curbside-private";

/// What the account's homes hold.
#[derive(Debug, Clone, Default)]
pub(crate) struct OnServer {
    /// Address books, in the server's order.
    pub address_books: Vec<Offered>,
    /// Calendars, the private collection left out.
    pub calendars: Vec<Offered>,
    /// Curbside's private collection's href, if there is one.
    pub private: Option<String>,
    /// Every collection's href (names a new one must not take).
    pub taken: Vec<String>,
}

fn offered(collection: &FoundCollection) -> Offered {
    let display = collection
        .properties
        .iter()
        .find(|(name, _)| **name == names::DISPLAY_NAME)
        .and_then(|(_, value)| value.clone())
        .map(|name| name.trim().to_owned())
        .filter(|name| !name.is_empty());
    Offered {
        href: collection.href.clone(),
        name: display.unwrap_or_else(|| name_of(collection.href.trim_end_matches('/')).to_owned()),
    }
}

fn is_private(collection: &Offered) -> bool {
    collection.name == PRIVATE_NAME
        || name_of(collection.href.trim_end_matches('/')) == PRIVATE_SLUG
}

/// Lists the collections in the account's homes.
pub(crate) async fn survey(dav: &Dav, found: &Found) -> Result<OnServer, Failure> {
    let mut on_server = OnServer::default();
    for home in &found.address_book_homes {
        let books = dav
            .call(dav.client.request(FindAddressBooks::new(home)))
            .await?;
        on_server
            .address_books
            .extend(books.addressbooks.iter().map(offered));
    }
    for home in &found.calendar_homes {
        let calendars = dav
            .call(dav.client.request(FindCalendars::new(home)))
            .await?;
        for calendar in calendars.calendars.iter().map(offered) {
            if is_private(&calendar) {
                on_server.private.get_or_insert(calendar.href.clone());
            } else {
                on_server.calendars.push(calendar);
            }
        }
    }
    on_server.taken = on_server
        .address_books
        .iter()
        .chain(&on_server.calendars)
        .map(|collection| collection.href.clone())
        .chain(on_server.private.clone())
        .collect();
    Ok(on_server)
}

/// A free href in `home` for a new collection called `slug`.
fn free_href(home: &str, slug: &str, taken: &[String]) -> String {
    let home = if home.ends_with('/') {
        home.to_owned()
    } else {
        format!("{home}/")
    };
    (1..)
        .map(|n| match n {
            1 => format!("{home}{slug}/"),
            n => format!("{home}{slug}-{n}/"),
        })
        .find(|href| !taken.contains(href))
        .unwrap_or_else(|| format!("{home}{slug}/"))
}

/// Makes an address book called "Curbside" in `home`; its href.
pub(crate) async fn make_address_book(
    dav: &Dav,
    home: &str,
    on_server: &mut OnServer,
) -> Result<String, Failure> {
    let href = free_href(home, "curbside-contacts", &on_server.taken);
    let request = CreateAddressBook::new(&href).with_display_name(CURBSIDE_NAME);
    dav.call(dav.client.request(request)).await?;
    on_server.taken.push(href.clone());
    Ok(href)
}

/// Makes a calendar of events called "Curbside" in `home`; its href.
pub(crate) async fn make_calendar(
    dav: &Dav,
    home: &str,
    on_server: &mut OnServer,
) -> Result<String, Failure> {
    let href = free_href(home, "curbside-calendar", &on_server.taken);
    let request = CreateCalendar::new(&href)
        .with_display_name(CURBSIDE_NAME)
        .with_components(&[CalendarComponent::VEvent]);
    dav.call(dav.client.request(request)).await?;
    on_server.taken.push(href.clone());
    Ok(href)
}

/// Makes Curbside's private collection in `home`: a calendar that takes
/// only journal entries; its href.
pub(crate) async fn make_private(
    dav: &Dav,
    home: &str,
    on_server: &mut OnServer,
) -> Result<String, Failure> {
    let href = free_href(home, PRIVATE_SLUG, &on_server.taken);
    let request = CreateCalendar::new(&href)
        .with_display_name(PRIVATE_NAME)
        .with_components(&[CalendarComponent::VJournal]);
    dav.call(dav.client.request(request)).await?;
    on_server.taken.push(href.clone());
    on_server.private = Some(href.clone());
    Ok(href)
}

/// The key-check resource's href in the private collection.
pub(crate) fn key_check_href(private: &str) -> String {
    let private = private.trim_end_matches('/');
    format!("{private}/{KEY_CHECK_NAME}")
}

/// The key-check resource's content, if the private collection holds one.
pub(crate) async fn key_check(dav: &Dav, private: &str) -> Result<Option<String>, Failure> {
    let href = strict_percent_encoded(&key_check_href(private)).into_owned();
    let request = GetCalendarResources::new(private).with_hrefs([href]);
    let fetched = match dav.call(dav.client.request(request)).await {
        Ok(fetched) => fetched,
        Err(failure) if failure.status() == Some(404) => return Ok(None),
        Err(failure) => return Err(failure),
    };
    Ok(fetched
        .resources
        .into_iter()
        .find(|resource| name_of(&resource.href) == KEY_CHECK_NAME)
        .and_then(|resource| resource.content.ok())
        .map(|content| content.data))
}

/// Puts the key-check resource, only where there is none yet; whether it
/// was put (false: another computer put one first).
pub(crate) async fn put_key_check(dav: &Dav, private: &str, body: &str) -> Result<bool, Failure> {
    let href = key_check_href(private);
    let request = PutResource::new(&href).create(body, "text/calendar; charset=utf-8");
    match dav.call(dav.client.request(request)).await {
        Ok(_) => Ok(true),
        Err(failure) if failure.status() == Some(412) => Ok(false),
        Err(failure) => Err(failure),
    }
}

/// Deletes the key-check resource again (an account that could not be
/// stored must not leave a key nobody was shown).
pub(crate) async fn remove_key_check(dav: &Dav, private: &str) -> Result<(), Failure> {
    let href = key_check_href(private);
    let request = libdav::dav::Delete::new(&href).force();
    match dav.call(dav.client.request(request)).await {
        Ok(_) => Ok(()),
        Err(failure) if failure.status() == Some(404) => Ok(()),
        Err(failure) => Err(failure),
    }
}
