//! The sync account: `sync account add|list|remove`, `sync collections`
//! (what the server offers, before choosing), `sync key` (for another
//! computer) and `sync notes-plain`.

use curbside_core::sync::account;
use curbside_sync::connect::{self, AddError, Collections, NewAccount};
use curbside_sync::passwords::{NoKeyring, OsKeyring, Passwords};
use serde::Serialize;

use crate::shared::{fail, note, output, say, unlock, Global};

use super::args::{AddArgs, NotesPlainArgs, ServerArgs};
use super::json;
use super::secrets::{Secrets, KEY_VAR};

/// What `sync account add --json` prints.
#[derive(Serialize)]
struct Added<'a> {
    url: &'a str,
    user: &'a str,
    address_book: &'a str,
    calendar: &'a str,
    /// The new sync key, shown this once; `null` when the account joined
    /// the book already on the server.
    sync_key: Option<&'a str>,
}

/// `sync account add --url URL --user NAME [--address-book HREF] [--calendar HREF]`.
pub fn add(global: &Global, args: &AddArgs) -> Result<(), String> {
    let mut db = unlock::open(global)?;
    if let Some(existing) = account::load(&db).map_err(fail)? {
        return Err(format!(
            "this book already syncs as {} with {}: remove that account first (`curbside-cli sync account remove`)",
            existing.user, existing.url
        ));
    }
    let mut secrets = Secrets::new();
    let password = secrets.password(&args.server.user)?;
    let key = secrets.key()?;
    let mut new = NewAccount {
        url: args.server.url.clone(),
        user: args.server.user.clone(),
        password: password.to_string(),
        address_book: args.address_book.clone(),
        calendar: args.calendar.clone(),
        sync_key: key.map(|key| key.to_string()),
    };
    let passwords = passwords(global);
    let added = match connect::add_with(&mut db, &new, passwords.as_ref()) {
        Err(AddError::SyncKey(why)) if new.sync_key.is_none() && secrets.terminal() => {
            note!("{}.", capitalised(&why));
            new.sync_key = Some(secrets.ask_key()?.to_string());
            connect::add_with(&mut db, &new, passwords.as_ref())
        }
        other => other,
    }
    .map_err(|error| match error {
        AddError::SyncKey(why) if new.sync_key.is_none() => {
            format!("{why} (in {KEY_VAR}, or on the line after the password on standard input)")
        }
        other => other.to_string(),
    })?;
    let shown = Added {
        url: &new.url,
        user: &new.user,
        address_book: &added.address_book,
        calendar: &added.calendar,
        sync_key: added.new_sync_key.as_deref(),
    };
    if global.json {
        return output::json(&shown);
    }
    say!("Sync is set up as {} with {}", shown.user, shown.url);
    say!("  address book  {}", shown.address_book);
    say!("  calendar      {}", shown.calendar);
    match shown.sync_key {
        Some(key) => {
            say!("Sync key: {key}");
            say!(
                "Keep it safe and type it into Curbside on your other computers to join this book \
                 (Settings → Sync, or {KEY_VAR} for `curbside-cli sync account add`). \
                 The server never sees it; `curbside-cli sync key` shows it again here."
            );
        }
        None => say!("Joined the Curbside book already on the server (the sync key opens it)."),
    }
    say!("Run `curbside-cli sync now` to sync.");
    Ok(())
}

/// `sync account list`: none or one account, without secrets.
pub fn list(global: &Global) -> Result<(), String> {
    let db = unlock::open(global)?;
    let status = account::status(&db).map_err(fail)?;
    let accounts: Vec<_> = status.account.into_iter().collect();
    if global.json {
        return json::print(&accounts);
    }
    if accounts.is_empty() {
        say!("No sync account: add one with `curbside-cli sync account add --url URL --user NAME`");
        return Ok(());
    }
    let rows: Vec<Vec<String>> = accounts
        .iter()
        .map(|account| {
            vec![
                account.url.clone(),
                account.user.clone(),
                account.address_book.clone(),
                account.calendar.clone(),
                on_off(account.contact_notes_plain).to_owned(),
            ]
        })
        .collect();
    output::table(
        &["server", "user", "address book", "calendar", "notes plain"],
        &rows,
        100,
    );
    Ok(())
}

/// `sync account remove`.
pub fn remove(global: &Global) -> Result<(), String> {
    let mut db = unlock::open(global)?;
    if !connect::remove_with(&mut db, passwords(global).as_ref()).map_err(fail)? {
        return Err("this book has no sync account to remove".into());
    }
    if global.json {
        return output::json(&serde_json::json!({ "removed": true }));
    }
    say!("Removed the sync account and its password; your items here and on the server stay.");
    Ok(())
}

/// `sync collections --url URL --user NAME`: needs no book.
pub fn collections(global: &Global, args: &ServerArgs) -> Result<(), String> {
    let password = Secrets::new().password(&args.user)?;
    let offered = connect::offered(&args.url, &args.user, &password).map_err(fail)?;
    if global.json {
        return json::print(&offered);
    }
    print_collections(&offered);
    Ok(())
}

fn print_collections(offered: &Collections) {
    for (title, list) in [
        ("Address books", &offered.address_books),
        ("Calendars", &offered.calendars),
    ] {
        say!("{title}:");
        if list.is_empty() {
            say!("  (none)");
        }
        let width = list
            .iter()
            .map(|c| c.href.chars().count())
            .max()
            .unwrap_or(0);
        for collection in list {
            say!("  {:<width$}  {}", collection.href, collection.name);
        }
    }
    if offered.holds_book {
        say!(
            "The server already holds a Curbside book: `sync account add` needs its sync key (in {KEY_VAR})."
        );
    }
}

/// `sync key`: the key another computer types in to join this book.
pub fn key(global: &Global) -> Result<(), String> {
    let db = unlock::open(global)?;
    let account = account::load(&db).map_err(fail)?.ok_or_else(not_set_up)?;
    let text = account.key.to_text();
    if global.json {
        return output::json(&serde_json::json!({ "sync_key": text }));
    }
    say!("{text}");
    Ok(())
}

/// `sync notes-plain on|off`.
pub fn notes_plain(global: &Global, args: &NotesPlainArgs) -> Result<(), String> {
    let db = unlock::open(global)?;
    account::load(&db).map_err(fail)?.ok_or_else(not_set_up)?;
    let plain = args.switch.0;
    account::set_contact_notes_plain(&db, plain).map_err(fail)?;
    if global.json {
        return output::json(&serde_json::json!({ "contact_notes_plain": plain }));
    }
    if plain {
        say!("Contact notes now go to the address book in plain text too, from the next sync.");
    } else {
        say!("Contact notes now travel only sealed, from the next sync.");
    }
    Ok(())
}

/// Where the server password is kept: the OS keyring, or nowhere with
/// `--no-keyring` (then every `sync now` needs `CURBSIDE_SYNC_PASSWORD`).
pub fn passwords(global: &Global) -> Box<dyn Passwords> {
    if global.no_keyring {
        Box::new(NoKeyring)
    } else {
        Box::new(OsKeyring::default())
    }
}

fn not_set_up() -> String {
    "sync is not set up: add an account first (`curbside-cli sync account add --url URL --user NAME`)"
        .into()
}

fn on_off(value: bool) -> &'static str {
    if value {
        "on"
    } else {
        "off"
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
