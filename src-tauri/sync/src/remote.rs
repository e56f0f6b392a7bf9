//! The server as the sync engine sees it: [`DavRemote`] implements the
//! core's blocking `Remote` over libdav, on a tokio runtime of its own.
//! Changes are listed with sync-collection (RFC 6578) where the server has
//! it, else as a full listing of names and etags; contents come in
//! multiget batches; every write and delete carries its precondition, and a
//! 412 is a conflict, never an error.

use curbside_core::sync::account::Account;
use curbside_core::sync::remote::{
    Collection, Fetched, Listed, Listing, Precondition, Remote, RemoteError, Written,
};
use libdav::caldav::GetCalendarResources;
use libdav::carddav::GetAddressBookResources;
use libdav::dav::{Delete, GetEtag, ListResources, ListedResource, PutResource, SyncCollection};
use libdav::encoding::strict_percent_encoded;
use libdav::FetchedResource;

use crate::failure::{status_words, Failure};
use crate::server::{runtime, Dav, Server};

/// How many resources one multiget asks for.
const BATCH: usize = 250;

/// The hrefs of an account's three collections on the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CollectionHrefs {
    /// The address book.
    pub contacts: String,
    /// The calendar.
    pub calendar: String,
    /// Curbside's private collection (a calendar of journal entries).
    pub private: String,
}

impl CollectionHrefs {
    fn of(&self, collection: Collection) -> &str {
        match collection {
            Collection::Contacts => &self.contacts,
            Collection::Calendar => &self.calendar,
            Collection::Private => &self.private,
        }
    }
}

/// A CardDAV/CalDAV server reached over the network, blocking.
pub struct DavRemote {
    runtime: tokio::runtime::Runtime,
    dav: Dav,
    hrefs: CollectionHrefs,
}

impl std::fmt::Debug for DavRemote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DavRemote")
            .field("hrefs", &self.hrefs)
            .finish_non_exhaustive()
    }
}

impl DavRemote {
    /// The account's server, signed in with `password`. Connects only when
    /// a request is made.
    pub fn for_account(account: &Account, password: &str) -> Result<DavRemote, RemoteError> {
        let server = Server::new(&account.url, &account.user, password)
            .map_err(|error| RemoteError::Unexpected(error.to_string()))?;
        DavRemote::new(
            &server,
            CollectionHrefs {
                contacts: account.address_book.clone(),
                calendar: account.calendar.clone(),
                private: account.private.clone(),
            },
        )
    }

    /// `server`'s three collections at `hrefs`.
    pub fn new(server: &Server, hrefs: CollectionHrefs) -> Result<DavRemote, RemoteError> {
        let doing = "connecting";
        Ok(DavRemote {
            runtime: runtime().map_err(|failure| failure.remote(doing))?,
            dav: server.dav().map_err(|failure| failure.remote(doing))?,
            hrefs: CollectionHrefs {
                contacts: as_collection(&hrefs.contacts),
                calendar: as_collection(&hrefs.calendar),
                private: as_collection(&hrefs.private),
            },
        })
    }

    fn href(&self, collection: Collection, name: &str) -> String {
        format!("{}{name}", self.hrefs.of(collection))
    }
}

/// A collection's href with its closing slash.
fn as_collection(href: &str) -> String {
    if href.ends_with('/') {
        href.to_owned()
    } else {
        format!("{href}/")
    }
}

/// A resource's name in its collection: the last segment of its href.
pub(crate) fn name_of(href: &str) -> &str {
    href.rsplit('/').next().unwrap_or(href)
}

/// What the collection is called in messages.
fn what(collection: Collection) -> &'static str {
    match collection {
        Collection::Contacts => "the address book",
        Collection::Calendar => "the calendar",
        Collection::Private => "Curbside's private records",
    }
}

fn listed(resources: Vec<ListedResource>) -> Vec<Listed> {
    resources
        .into_iter()
        .filter(|resource| !resource.href.ends_with('/') && !resource.resource_type.is_collection)
        .filter_map(|resource| {
            Some(Listed {
                name: name_of(&resource.href).to_owned(),
                etag: resource.etag?,
            })
        })
        .collect()
}

/// Whether a sync-collection request with a token failed because the
/// server no longer takes that token (RFC 6578 valid-sync-token, or a
/// server that says so with 403, 409 or 412).
fn token_refused(failure: &Failure) -> bool {
    matches!(failure, Failure::Precondition(_))
        || matches!(failure.status(), Some(400 | 403 | 409 | 410 | 412))
}

/// Whether a request failed because the server does not have the report.
fn not_offered(failure: &Failure) -> bool {
    matches!(failure.status(), Some(400 | 403 | 405 | 415 | 501))
}

async fn list(dav: &Dav, href: &str, token: Option<&str>) -> Result<Listing, Failure> {
    if let Some(token) = token {
        let request = SyncCollection::new(href).with_sync_token(token);
        match dav.call(dav.client.request(request)).await {
            Ok(changes) => {
                return Ok(Listing::Delta {
                    changed: listed(changes.changed),
                    deleted: changes
                        .deleted
                        .iter()
                        .map(|href| name_of(href).to_owned())
                        .collect(),
                    token: changes.new_sync_token,
                })
            }
            Err(failure) if token_refused(&failure) => {}
            Err(failure) => return Err(failure),
        }
    }
    match dav
        .call(dav.client.request(SyncCollection::new(href)))
        .await
    {
        Ok(all) => Ok(Listing::Full {
            all: listed(all.changed),
            token: Some(all.new_sync_token),
        }),
        Err(failure) if not_offered(&failure) => {
            let all = dav
                .call(dav.client.request(ListResources::new(href)))
                .await?;
            Ok(Listing::Full {
                all: listed(all.resources),
                token: None,
            })
        }
        Err(failure) => Err(failure),
    }
}

async fn get(
    dav: &Dav,
    collection: Collection,
    href: &str,
    names: &[String],
) -> Result<Vec<Fetched>, Failure> {
    let mut fetched = Vec::with_capacity(names.len());
    for batch in names.chunks(BATCH) {
        // Multiget names resources in XML, where libdav does not
        // percent-encode them as it does request paths.
        let hrefs = batch
            .iter()
            .map(|name| strict_percent_encoded(&format!("{href}{name}")).into_owned());
        let resources = match collection {
            Collection::Contacts => {
                let request = GetAddressBookResources::new(href).with_hrefs(hrefs);
                dav.call(dav.client.request(request)).await?.resources
            }
            Collection::Calendar | Collection::Private => {
                let request = GetCalendarResources::new(href).with_hrefs(hrefs);
                dav.call(dav.client.request(request)).await?.resources
            }
        };
        for resource in resources {
            if let Some(one) = fetched_one(resource)? {
                fetched.push(one);
            }
        }
    }
    Ok(fetched)
}

/// One multiget answer: its content, nothing when it is gone, an error
/// when the server could not give it.
fn fetched_one(resource: FetchedResource) -> Result<Option<Fetched>, Failure> {
    let name = name_of(&resource.href).to_owned();
    match resource.content {
        Ok(content) => Ok(Some(Fetched {
            name,
            etag: content.etag,
            body: content.data,
        })),
        Err(status) if status.as_u16() == 404 || status.as_u16() == 410 => Ok(None),
        Err(status) => Err(Failure::Unreadable(format!(
            "{name} could not be read: HTTP {}",
            status_words(status)
        ))),
    }
}

async fn put(
    dav: &Dav,
    collection: Collection,
    href: &str,
    body: &str,
    precondition: Precondition,
) -> Result<Written, Failure> {
    let content_type = match collection {
        Collection::Contacts => "text/vcard; charset=utf-8",
        Collection::Calendar | Collection::Private => "text/calendar; charset=utf-8",
    };
    let request = PutResource::new(href);
    let answer = match precondition {
        Precondition::New => {
            dav.call(dav.client.request(request.create(body, content_type)))
                .await
        }
        Precondition::Matches(etag) => {
            dav.call(dav.client.request(request.update(body, content_type, etag)))
                .await
        }
    };
    match answer {
        Ok(stored) => {
            let etag = match stored.etag {
                Some(etag) => etag,
                None => dav.call(dav.client.request(GetEtag::new(href))).await?.etag,
            };
            Ok(Written::Stored { etag })
        }
        Err(failure) if failure.status() == Some(412) => Ok(Written::Conflict),
        Err(failure) => Err(failure),
    }
}

async fn delete(dav: &Dav, href: &str, etag: &str) -> Result<Written, Failure> {
    match dav
        .call(dav.client.request(Delete::new(href).with_etag(etag)))
        .await
    {
        Ok(_) => Ok(Written::Stored {
            etag: String::new(),
        }),
        Err(failure) if matches!(failure.status(), Some(404 | 410)) => Ok(Written::Stored {
            etag: String::new(),
        }),
        Err(failure) if failure.status() == Some(412) => Ok(Written::Conflict),
        Err(failure) => Err(failure),
    }
}

impl Remote for DavRemote {
    fn list(
        &mut self,
        collection: Collection,
        token: Option<&str>,
    ) -> Result<Listing, RemoteError> {
        let href = self.hrefs.of(collection);
        self.runtime
            .block_on(list(&self.dav, href, token))
            .map_err(|failure| match failure.status() {
                Some(404 | 410) => RemoteError::Unexpected(format!(
                    "{} ({href}) is no longer on the server: remove the account in Settings → Sync and add it again",
                    what(collection)
                )),
                _ => failure.remote(&format!("listing {}", what(collection))),
            })
    }

    fn get(
        &mut self,
        collection: Collection,
        names: &[String],
    ) -> Result<Vec<Fetched>, RemoteError> {
        let href = self.hrefs.of(collection);
        self.runtime
            .block_on(get(&self.dav, collection, href, names))
            .map_err(|failure| failure.remote(&format!("reading {}", what(collection))))
    }

    fn put(
        &mut self,
        collection: Collection,
        name: &str,
        body: &str,
        precondition: Precondition,
    ) -> Result<Written, RemoteError> {
        let href = self.href(collection, name);
        self.runtime
            .block_on(put(&self.dav, collection, &href, body, precondition))
            .map_err(|failure| failure.remote(&format!("writing {name} to {}", what(collection))))
    }

    fn delete(
        &mut self,
        collection: Collection,
        name: &str,
        etag: &str,
    ) -> Result<Written, RemoteError> {
        let href = self.href(collection, name);
        self.runtime
            .block_on(delete(&self.dav, &href, etag))
            .map_err(|failure| {
                failure.remote(&format!("deleting {name} from {}", what(collection)))
            })
    }
}
