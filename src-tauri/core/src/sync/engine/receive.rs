//! What changed on the server: each collection listed from its token, the
//! changed resources fetched in batches and read. Everything is read before
//! anything is applied, so a server holding records sealed with another
//! key changes nothing here.

use std::collections::{HashMap, HashSet};

use super::state::{Key, Known};
use super::{Progress, SyncError};
use crate::sync::cards::{self, CardError, Incoming};
use crate::sync::remote::{Collection, Listing, Remote};
use crate::sync::seal::{SealError, SyncKey, KEY_CHECK_NAME};

/// Names asked for in one `get`.
const BATCH: usize = 100;

/// A resource made or changed on the server, fetched and read.
#[derive(Debug, Clone)]
pub(super) struct Arrival {
    pub collection: Collection,
    pub name: String,
    pub etag: String,
    pub incoming: Incoming,
}

/// An item as the server has it now, against the last sync (items not
/// named are as last synced).
#[derive(Debug, Clone)]
pub(super) enum Seen {
    /// Deleted there.
    Missing,
    /// Made or changed there.
    Changed(Box<Arrival>),
}

/// What the server said.
#[derive(Debug, Default)]
pub(super) struct Received {
    pub seen: HashMap<Key, Seen>,
    /// Each collection's new token.
    pub tokens: Vec<(Collection, Option<String>)>,
    /// Collections with a change not fetched (it went meanwhile): their
    /// token is not saved, so the next sync lists them again.
    pub incomplete: HashSet<Collection>,
    /// Resources left alone, each in words.
    pub skipped: Vec<String>,
    /// The key-check resource's etag, once verified (`None` inside: gone).
    pub key_check: Option<Option<String>>,
}

/// Lists every collection and fetches what changed.
pub(super) fn receive(
    remote: &mut dyn Remote,
    known: &Known,
    tokens: &HashMap<Collection, Option<String>>,
    key: &SyncKey,
    progress: &mut dyn FnMut(Progress),
) -> Result<Received, SyncError> {
    let mut received = Received::default();
    for collection in Collection::ALL {
        let token = tokens.get(&collection).cloned().flatten();
        let listing = remote.list(collection, token.as_deref())?;
        let (changed, gone, next) = match listing {
            Listing::Full { all, token } => {
                let listed: HashSet<&str> = all.iter().map(|l| l.name.as_str()).collect();
                let gone: Vec<String> = known
                    .names(collection)
                    .filter(|name| !listed.contains(name))
                    .map(str::to_owned)
                    .collect();
                (all, gone, token)
            }
            Listing::Delta {
                changed,
                deleted,
                token,
            } => (changed, deleted, Some(token)),
        };
        for name in gone {
            if collection == Collection::Private && name == KEY_CHECK_NAME {
                received.key_check = Some(None);
            } else if let Some(key) = known.by_name.get(&(collection, name)) {
                received.seen.insert(key.clone(), Seen::Missing);
            }
        }
        let wanted: Vec<String> = changed
            .into_iter()
            .filter(|listed| known.etag(collection, &listed.name) != Some(listed.etag.as_str()))
            .map(|listed| listed.name)
            .collect();
        fetch(
            remote,
            collection,
            &wanted,
            known,
            key,
            &mut received,
            progress,
        )?;
        received.tokens.push((collection, next));
    }
    Ok(received)
}

/// Fetches and reads the named resources of one collection.
fn fetch(
    remote: &mut dyn Remote,
    collection: Collection,
    wanted: &[String],
    known: &Known,
    key: &SyncKey,
    received: &mut Received,
    progress: &mut dyn FnMut(Progress),
) -> Result<(), SyncError> {
    let step = format!("Receiving {}", what(collection));
    let total = u32::try_from(wanted.len()).unwrap_or(u32::MAX);
    let mut done = 0u32;
    if !wanted.is_empty() {
        progress(Progress {
            step: step.clone(),
            done,
            total,
        });
    }
    for batch in wanted.chunks(BATCH) {
        let fetched = remote.get(collection, batch)?;
        let mut missing: HashSet<&str> = batch.iter().map(String::as_str).collect();
        for resource in fetched {
            missing.remove(resource.name.as_str());
            if collection == Collection::Private && resource.name == KEY_CHECK_NAME {
                if !key.opens_key_check(&resource.body) {
                    return Err(SyncError::OtherKey);
                }
                received.key_check = Some(Some(resource.etag));
                continue;
            }
            let incoming = match cards::read(collection, &resource.name, &resource.body, key) {
                Ok(incoming) => incoming,
                Err(CardError::Seal(SealError::WrongKey)) => return Err(SyncError::OtherKey),
                Err(error @ CardError::Unreadable { .. }) => {
                    received.skipped.push(format!("{error}; it was left alone"));
                    continue;
                }
                Err(error) => {
                    let name = &resource.name;
                    received
                        .skipped
                        .push(format!("{name} on the server was left alone: {error}"));
                    continue;
                }
            };
            let arrival = Arrival {
                collection,
                name: resource.name,
                etag: resource.etag,
                incoming,
            };
            place(arrival, known, received);
        }
        if !missing.is_empty() {
            received.incomplete.insert(collection);
        }
        done = done.saturating_add(u32::try_from(batch.len()).unwrap_or(u32::MAX));
        progress(Progress {
            step: step.clone(),
            done,
            total,
        });
    }
    Ok(())
}

/// Files a fetched resource under the item it carries: the item its name
/// was synced with, else the item its record names.
fn place(arrival: Arrival, known: &Known, received: &mut Received) {
    let carried: Key = (arrival.incoming.kind, arrival.incoming.uid.clone());
    let key = match known
        .by_name
        .get(&(arrival.collection, arrival.name.clone()))
    {
        Some(key) if *key == carried => key.clone(),
        Some(_) => {
            received.skipped.push(format!(
                "{} on the server was left alone: it now holds another item than the one synced under its name",
                arrival.name
            ));
            return;
        }
        None => {
            // Known under another name that is still there (a resource
            // moved to a new name is one whose old name went).
            let twice = match received.seen.get(&carried) {
                Some(Seen::Changed(_)) => true,
                Some(Seen::Missing) => false,
                None => known.rows.contains_key(&carried),
            };
            if twice {
                received.skipped.push(format!(
                    "{} on the server was left alone: another resource there holds the same item",
                    arrival.name
                ));
                return;
            }
            carried
        }
    };
    received.seen.insert(key, Seen::Changed(Box::new(arrival)));
}

/// A collection's content, in words for progress.
pub(super) fn what(collection: Collection) -> &'static str {
    match collection {
        Collection::Contacts => "contacts",
        Collection::Calendar => "events",
        Collection::Private => "records",
    }
}
