//! The app state on a real data folder: unlocking, panics inside commands,
//! undo and restore.
use std::time::Duration;

use curbside_core::contacts::{self, ContactDraft};
use jiff::Timestamp;

use super::*;

/// State over an open in-memory database, and the signal it fires.
fn unlocked() -> (AppState, Arc<Notify>) {
    let changed = Arc::new(Notify::new());
    let state = AppState::new(None, changed.clone());
    *state.db.lock().unwrap() = Some(OpenDatabase {
        connection: curbside_core::db::open_in_memory().unwrap(),
        reader: ReaderSlot::fill(&state.reader, None),
        key_in_keyring: false,
        key: None,
        _seal: None,
    });
    (state, changed)
}

fn fired(changed: &Notify) -> bool {
    tauri::async_runtime::block_on(async {
        tokio::time::timeout(Duration::from_millis(200), changed.notified())
            .await
            .is_ok()
    })
}

#[test]
fn a_restore_reopens_the_book_on_the_backup_and_keeps_the_state_it_replaced() {
    let folder = tempfile::tempdir().unwrap();
    let state = AppState::new(Some(DataDir::new(folder.path())), Arc::new(Notify::new()));
    fn run<F: std::future::Future>(work: F) -> F::Output {
        tauri::async_runtime::block_on(work)
    }
    run(state.unlock(Some(Passphrase::new("correct horse battery")))).unwrap();
    let add = |name: &str| {
        let draft = ContactDraft {
            display_name: name.into(),
            ..Default::default()
        };
        move |db: &mut Connection| contacts::create(db, &draft, Timestamp::now()).map(|c| c.id)
    };
    run(state.with_db(add("Amara Okafor"))).unwrap();
    let jonas = run(state.with_db(add("Jonas Weber"))).unwrap();
    let written = run(state.with_db(|db| backup::back_up(db, backup::Reason::Manual))).unwrap();
    run(state.with_db(move |db| contacts::delete(db, jonas))).unwrap();

    let counts = run(state.restore(written.backup.path.into())).unwrap();

    assert_eq!(counts.contacts, 2);
    let names = run(state.with_db_and_reader(|_, reader| {
        let reader = reader.expect("a reader on the restored book");
        contacts::summaries(reader, &Default::default())
    }))
    .unwrap();
    assert_eq!(names.len(), 2, "the reader sees the restored book too");
    let reasons: Vec<_> = backup::list(&DataDir::new(folder.path()))
        .unwrap()
        .into_iter()
        .map(|b| b.reason)
        .collect();
    assert_eq!(
        reasons,
        [backup::Reason::BeforeRestore, backup::Reason::Manual]
    );
}

#[test]
fn a_write_wakes_the_scheduler_and_a_read_does_not() {
    let (state, changed) = unlocked();
    let draft = ContactDraft {
        display_name: "Dr. Amara Okafor".into(),
        ..Default::default()
    };
    tauri::async_runtime::block_on(
        state.with_db(move |db| contacts::create(db, &draft, Timestamp::now())),
    )
    .unwrap();
    assert!(fired(&changed), "a new contact did not wake the scheduler");

    tauri::async_runtime::block_on(
        state.with_db(|db| contacts::summaries(db, &Default::default()).map(|_| ())),
    )
    .unwrap();
    assert!(!fired(&changed), "listing contacts woke the scheduler");

    let failed =
        tauri::async_runtime::block_on(state.with_db(|db| contacts::get(db, 999).map(|_| ())));
    assert!(failed.is_err());
    assert!(!fired(&changed));
}

#[test]
fn the_syncs_own_connection_writes_while_the_app_answers_and_wakes_no_sync() {
    fn run<F: std::future::Future>(work: F) -> F::Output {
        tauri::async_runtime::block_on(work)
    }
    let folder = tempfile::tempdir().unwrap();
    let state = AppState::new(Some(DataDir::new(folder.path())), Arc::new(Notify::new()));
    let local = state.local_changes();
    run(state.unlock(Some(Passphrase::new("correct horse battery")))).unwrap();
    assert!(fired(&local), "the unlock did not tell the sync");

    let mut writer = run(state.open_writer()).unwrap();
    writer.execute_batch("BEGIN IMMEDIATE").unwrap();
    // The app's commands still answer while the sync holds a write open.
    assert_eq!(names(&state), Vec::<String>::new());
    writer.execute_batch("COMMIT").unwrap();
    let draft = ContactDraft {
        display_name: "Beatriz Santos".into(),
        ..Default::default()
    };
    contacts::create(&mut writer, &draft, Timestamp::now()).unwrap();
    assert_eq!(names(&state), ["Beatriz Santos"]);
    assert!(!fired(&local), "the sync's own write woke the sync");

    let draft = ContactDraft {
        display_name: "Amara Okafor".into(),
        ..Default::default()
    };
    run(state.with_db(move |db| contacts::create(db, &draft, Timestamp::now()))).unwrap();
    assert!(fired(&local), "an edit in the app did not tell the sync");
}

fn names(state: &AppState) -> Vec<String> {
    let list = tauri::async_runtime::block_on(
        state.with_db(|db| contacts::summaries(db, &Default::default())),
    )
    .unwrap();
    list.into_iter().map(|c| c.display_name).collect()
}

/// Whether the scratch table a test's half-done write made is there.
fn scratch_exists(state: &AppState) -> bool {
    tauri::async_runtime::block_on(state.with_db(|db| {
        let count: i64 = db
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE name = 'scratch'",
                [],
                |row| row.get(0),
            )
            .unwrap();
        Ok::<_, IpcError>(count > 0)
    }))
    .unwrap()
}

#[test]
fn a_panic_in_a_command_is_an_error_and_the_next_command_works() {
    let (state, _) = unlocked();
    let in_transaction = tauri::async_runtime::block_on(state.with_db(|db| {
        let tx = db.transaction().unwrap();
        tx.execute_batch("CREATE TABLE scratch (x); INSERT INTO scratch VALUES (1)")
            .unwrap();
        panic!("a fault in the middle of a write");
        #[allow(unreachable_code)]
        Ok::<_, IpcError>(())
    }));
    let error = in_transaction.unwrap_err();
    assert_eq!(error.code, ErrorCode::Internal);
    assert_eq!(
        error.message,
        "Curbside hit an internal error doing that; nothing was saved"
    );
    assert!(!scratch_exists(&state), "the transaction was rolled back");

    // A transaction begun by hand is rolled back too.
    let by_hand = tauri::async_runtime::block_on(state.with_db(|db| {
        db.execute_batch("BEGIN IMMEDIATE; CREATE TABLE scratch (x)")
            .unwrap();
        panic!("another fault");
        #[allow(unreachable_code)]
        Ok::<_, IpcError>(())
    }));
    assert_eq!(by_hand.unwrap_err().code, ErrorCode::Internal);
    assert!(!scratch_exists(&state), "the transaction was rolled back");

    let draft = ContactDraft {
        display_name: "Dr. Amara Okafor".into(),
        ..Default::default()
    };
    tauri::async_runtime::block_on(
        state.with_db(move |db| contacts::create(db, &draft, Timestamp::now())),
    )
    .unwrap();
    assert_eq!(names(&state), ["Dr. Amara Okafor"]);
}

#[test]
fn a_lock_poisoned_by_a_panic_elsewhere_is_recovered() {
    let (state, _) = unlocked();
    let db = state.db.clone();
    let _ = std::thread::spawn(move || {
        let _held = db.lock().unwrap();
        panic!("a panic while the database is held");
    })
    .join();
    assert!(state.db.is_poisoned());
    assert!(names(&state).is_empty());
    assert!(!state.db.is_poisoned());
}

#[test]
fn a_journaled_delete_is_taken_back_by_its_token_once() {
    let (state, _) = unlocked();
    let draft = ContactDraft {
        display_name: "Dr. Amara Okafor".into(),
        ..Default::default()
    };
    let id = tauri::async_runtime::block_on(
        state.with_db(move |db| contacts::create(db, &draft, Timestamp::now())),
    )
    .unwrap()
    .id;
    let journal = tauri::async_runtime::block_on(
        state.with_db(move |db| curbside_core::operations::delete_contact(db, id)),
    )
    .unwrap();
    let token = state.keep_for_undo(journal);
    assert!(names(&state).is_empty());

    tauri::async_runtime::block_on(state.undo(token)).unwrap();

    assert_eq!(names(&state), ["Dr. Amara Okafor"]);
    let again = tauri::async_runtime::block_on(state.undo(token)).unwrap_err();
    assert_eq!(again.code, ErrorCode::NotFound);
    assert_eq!(again.message, "That change can no longer be undone");
}

#[test]
fn a_long_read_on_the_second_connection_holds_up_neither_commands_nor_the_reminders() {
    use std::sync::mpsc;
    fn run<F: std::future::Future>(work: F) -> F::Output {
        tauri::async_runtime::block_on(work)
    }
    let folder = tempfile::tempdir().unwrap();
    let state = AppState::new(Some(DataDir::new(folder.path())), Arc::new(Notify::new()));
    run(state.unlock(Some(Passphrase::new("correct horse battery")))).unwrap();
    let add = |name: &str| {
        let draft = ContactDraft {
            display_name: name.into(),
            ..Default::default()
        };
        run(state.with_db(move |db| contacts::create(db, &draft, Timestamp::now()))).unwrap();
    };
    add("Amara Okafor");
    let count_on_reader = || run(state.with_reader(contacts::count)).unwrap();

    let (started, has_started) = mpsc::channel();
    let (release, released) = mpsc::channel::<()>();
    let (listed, has_listed) = mpsc::channel();
    let (read_alone, has_read_alone) = mpsc::channel();
    std::thread::scope(|scope| {
        let long_read = scope.spawn(|| {
            run(state.with_reader(move |reader| {
                started.send(()).unwrap();
                released.recv().unwrap();
                contacts::count(reader)
            }))
        });
        has_started
            .recv_timeout(Duration::from_secs(10))
            .expect("the read began");
        scope.spawn(|| {
            listed.send(names(&state)).unwrap();
            let on_one =
                run(state.with_db_and_reader(|_, reader| Ok::<_, IpcError>(reader.is_none())));
            read_alone.send(on_one.unwrap()).unwrap();
        });
        let answered = has_listed.recv_timeout(Duration::from_secs(10));
        let reminders = has_read_alone.recv_timeout(Duration::from_secs(10));
        release.send(()).unwrap();
        assert_eq!(
            answered.expect("a command answered while the long read ran"),
            ["Amara Okafor"]
        );
        assert!(
            reminders.expect("the reminders did not wait for the long read"),
            "the reminders read on the first connection alone meanwhile"
        );
        assert_eq!(long_read.join().unwrap().unwrap(), 1);
    });

    let both = run(state.with_db_and_reader(|_, reader| Ok::<_, IpcError>(reader.is_some())));
    assert!(both.unwrap(), "both connections again after the long read");
    add("Jonas Weber");
    assert_eq!(count_on_reader(), 2, "the reader sees the latest write");
    run(state.lock_now()).unwrap();
    let locked = run(state.with_reader(contacts::count)).unwrap_err();
    assert_eq!(locked.code, ErrorCode::Locked);
}
