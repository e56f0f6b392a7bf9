//! What one sync does with each record, from what changed on each side
//! since the last sync. The rule the issue sets: nothing is lost silently;
//! a record deleted on one side and edited on the other keeps the edit and
//! asks the user.

/// A record as this computer has it, against the last sync.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Local {
    /// Not here, and never synced from here.
    Absent,
    /// Made here and never sent.
    New,
    /// Synced, and not changed here since.
    Same,
    /// Synced, and changed here since.
    Changed,
    /// Synced, and deleted here since.
    Deleted,
}

/// A record as the server has it, against the last sync: what a full
/// listing (comparing etags) or a sync-collection delta says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Remote {
    /// Not on the server (never there, or deleted there).
    Missing,
    /// On the server with the etag of the last sync.
    Same,
    /// On the server with another etag: new there, or changed there.
    Changed {
        /// The server's etag now.
        etag: String,
    },
}

impl Remote {
    /// What a full listing says of a record: `listed` is the etag the server
    /// lists for it (or none), `synced` the etag of the last sync.
    pub fn from_listing(synced: Option<&str>, listed: Option<&str>) -> Remote {
        match (synced, listed) {
            (_, None) => Remote::Missing,
            (Some(synced), Some(listed)) if synced == listed => Remote::Same,
            (_, Some(listed)) => Remote::Changed {
                etag: listed.to_owned(),
            },
        }
    }
}

/// What the sync does with one record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Both sides agree: nothing travels.
    Nothing,
    /// Fetch the server's version and store it here.
    Download,
    /// Send a record made here (If-None-Match: *).
    Create,
    /// Send this edit over the version of the last sync (If-Match).
    Upload,
    /// Both sides changed it: merge field by field (a field changed on both
    /// sides to different values is a conflict for the user).
    Merge,
    /// Deleted on the server, unchanged here: delete it here.
    DeleteHere,
    /// Deleted here, unchanged on the server: delete it there (If-Match).
    DeleteThere,
    /// Deleted on both sides: forget its sync state.
    Forget,
    /// Deleted on the server but edited here: keep the edit, send it again,
    /// and ask whether it should go.
    KeepEditHereAndAsk,
    /// Deleted here but edited on the server: bring the edit back and ask
    /// whether it should go.
    KeepEditThereAndAsk,
}

/// What to do with one record.
pub fn decide(local: Local, remote: &Remote) -> Action {
    use Action::*;
    match (local, remote) {
        (Local::Absent, Remote::Changed { .. }) => Download,
        (Local::Absent, Remote::Missing | Remote::Same) => Nothing,
        (Local::New, Remote::Missing | Remote::Same) => Create,
        (Local::New, Remote::Changed { .. }) => Merge,
        (Local::Same, Remote::Missing) => DeleteHere,
        (Local::Same, Remote::Same) => Nothing,
        (Local::Same, Remote::Changed { .. }) => Download,
        (Local::Changed, Remote::Missing) => KeepEditHereAndAsk,
        (Local::Changed, Remote::Same) => Upload,
        (Local::Changed, Remote::Changed { .. }) => Merge,
        (Local::Deleted, Remote::Missing) => Forget,
        (Local::Deleted, Remote::Same) => DeleteThere,
        (Local::Deleted, Remote::Changed { .. }) => KeepEditThereAndAsk,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn changed() -> Remote {
        Remote::Changed {
            etag: "\"2\"".into(),
        }
    }

    #[test]
    fn only_what_changed_travels() {
        assert_eq!(decide(Local::Same, &Remote::Same), Action::Nothing);
        assert_eq!(decide(Local::Changed, &Remote::Same), Action::Upload);
        assert_eq!(decide(Local::Same, &changed()), Action::Download);
        assert_eq!(decide(Local::New, &Remote::Missing), Action::Create);
        assert_eq!(decide(Local::Absent, &changed()), Action::Download);
    }

    #[test]
    fn an_edit_on_both_sides_is_merged_not_overwritten() {
        assert_eq!(decide(Local::Changed, &changed()), Action::Merge);
        // The same card made on the phone and here before the first sync.
        assert_eq!(decide(Local::New, &changed()), Action::Merge);
    }

    #[test]
    fn a_deletion_against_an_edit_keeps_the_edit_and_asks() {
        assert_eq!(
            decide(Local::Changed, &Remote::Missing),
            Action::KeepEditHereAndAsk
        );
        assert_eq!(
            decide(Local::Deleted, &changed()),
            Action::KeepEditThereAndAsk
        );
    }

    #[test]
    fn a_deletion_of_an_unchanged_record_travels() {
        assert_eq!(decide(Local::Same, &Remote::Missing), Action::DeleteHere);
        assert_eq!(decide(Local::Deleted, &Remote::Same), Action::DeleteThere);
        assert_eq!(decide(Local::Deleted, &Remote::Missing), Action::Forget);
    }

    #[test]
    fn a_listing_is_read_against_the_etag_of_the_last_sync() {
        assert_eq!(
            Remote::from_listing(Some("\"1\""), Some("\"1\"")),
            Remote::Same
        );
        assert_eq!(
            Remote::from_listing(Some("\"1\""), Some("\"2\"")),
            Remote::Changed {
                etag: "\"2\"".into()
            }
        );
        assert_eq!(Remote::from_listing(Some("\"1\""), None), Remote::Missing);
        assert_eq!(
            Remote::from_listing(None, Some("\"1\"")),
            Remote::Changed {
                etag: "\"1\"".into()
            }
        );
    }
}
