//! A server in memory, for the core's tests: three collections, etags that
//! change with every write, a sync token that is the number of writes, and
//! switches to fail the next calls (a lost connection) or to refuse them.

use std::collections::BTreeMap;

use super::{Collection, Fetched, Listed, Listing, Precondition, Remote, RemoteError, Written};

/// One collection: name → (etag, body); and what was deleted at which write.
#[derive(Debug, Default, Clone)]
struct Store {
    resources: BTreeMap<String, (String, String)>,
    /// (write number, name, deleted?) for every change, oldest first.
    changes: Vec<(u64, String, bool)>,
}

/// A CardDAV/CalDAV server held in memory.
#[derive(Debug, Default, Clone)]
pub struct MemoryServer {
    stores: BTreeMap<Collection, Store>,
    writes: u64,
    /// When set, every call fails with this error.
    pub failing: Option<RemoteError>,
    /// When set, calls fail with `Unreachable` after this many more succeed.
    pub fail_after: Option<usize>,
    /// How many calls were made (each list, get, put and delete is one).
    pub calls: usize,
}

impl MemoryServer {
    /// An empty server.
    pub fn new() -> MemoryServer {
        MemoryServer::default()
    }

    /// Writes a resource as another client would (a phone), unconditionally.
    pub fn put_as_other_client(
        &mut self,
        collection: Collection,
        name: &str,
        body: &str,
    ) -> String {
        self.write(collection, name, Some(body.to_owned()))
    }

    /// Deletes a resource as another client would.
    pub fn delete_as_other_client(&mut self, collection: Collection, name: &str) {
        self.write(collection, name, None);
    }

    /// The content of a resource, if it is there.
    pub fn body(&self, collection: Collection, name: &str) -> Option<&str> {
        let store = self.stores.get(&collection)?;
        store.resources.get(name).map(|(_, body)| body.as_str())
    }

    /// The names in a collection, in order.
    pub fn names(&self, collection: Collection) -> Vec<String> {
        self.stores
            .get(&collection)
            .map(|store| store.resources.keys().cloned().collect())
            .unwrap_or_default()
    }

    fn write(&mut self, collection: Collection, name: &str, body: Option<String>) -> String {
        self.writes += 1;
        let etag = format!("\"{}\"", self.writes);
        let store = self.stores.entry(collection).or_default();
        match body {
            Some(body) => {
                store
                    .resources
                    .insert(name.to_owned(), (etag.clone(), body));
            }
            None => {
                store.resources.remove(name);
            }
        }
        store.changes.push((
            self.writes,
            name.to_owned(),
            !store.resources.contains_key(name),
        ));
        etag
    }

    fn call(&mut self) -> Result<(), RemoteError> {
        self.calls += 1;
        if let Some(error) = &self.failing {
            return Err(error.clone());
        }
        match self.fail_after {
            Some(0) => Err(RemoteError::Unreachable("the connection was lost".into())),
            Some(left) => {
                self.fail_after = Some(left - 1);
                Ok(())
            }
            None => Ok(()),
        }
    }
}

impl Remote for MemoryServer {
    fn list(
        &mut self,
        collection: Collection,
        token: Option<&str>,
    ) -> Result<Listing, RemoteError> {
        self.call()?;
        let now = self.writes.to_string();
        let store = self.stores.entry(collection).or_default();
        let since = token.and_then(|token| token.parse::<u64>().ok());
        let Some(since) = since else {
            let all = store
                .resources
                .iter()
                .map(|(name, (etag, _))| Listed {
                    name: name.clone(),
                    etag: etag.clone(),
                })
                .collect();
            return Ok(Listing::Full {
                all,
                token: Some(now),
            });
        };
        let mut latest: BTreeMap<&str, bool> = BTreeMap::new();
        for (at, name, deleted) in &store.changes {
            if *at > since {
                latest.insert(name, *deleted);
            }
        }
        let mut changed = Vec::new();
        let mut deleted = Vec::new();
        for (name, gone) in latest {
            match store.resources.get(name) {
                Some((etag, _)) if !gone => changed.push(Listed {
                    name: name.to_owned(),
                    etag: etag.clone(),
                }),
                _ => deleted.push(name.to_owned()),
            }
        }
        Ok(Listing::Delta {
            changed,
            deleted,
            token: now,
        })
    }

    fn get(
        &mut self,
        collection: Collection,
        names: &[String],
    ) -> Result<Vec<Fetched>, RemoteError> {
        self.call()?;
        let store = self.stores.entry(collection).or_default();
        Ok(names
            .iter()
            .filter_map(|name| {
                let (etag, body) = store.resources.get(name)?;
                Some(Fetched {
                    name: name.clone(),
                    etag: etag.clone(),
                    body: body.clone(),
                })
            })
            .collect())
    }

    fn put(
        &mut self,
        collection: Collection,
        name: &str,
        body: &str,
        precondition: Precondition,
    ) -> Result<Written, RemoteError> {
        self.call()?;
        let current = self
            .stores
            .get(&collection)
            .and_then(|store| store.resources.get(name))
            .map(|(etag, _)| etag.clone());
        let allowed = match (&precondition, &current) {
            (Precondition::New, None) => true,
            (Precondition::Matches(wanted), Some(etag)) => wanted == etag,
            _ => false,
        };
        if !allowed {
            return Ok(Written::Conflict);
        }
        let etag = self.write(collection, name, Some(body.to_owned()));
        Ok(Written::Stored { etag })
    }

    fn delete(
        &mut self,
        collection: Collection,
        name: &str,
        etag: &str,
    ) -> Result<Written, RemoteError> {
        self.call()?;
        let current = self
            .stores
            .get(&collection)
            .and_then(|store| store.resources.get(name))
            .map(|(etag, _)| etag.clone());
        match current {
            None => Ok(Written::Stored {
                etag: String::new(),
            }),
            Some(current) if current == etag => {
                self.write(collection, name, None);
                Ok(Written::Stored {
                    etag: String::new(),
                })
            }
            Some(_) => Ok(Written::Conflict),
        }
    }
}
