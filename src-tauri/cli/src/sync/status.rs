//! How sync stands and what waits for the user: `sync status`, `sync
//! conflicts` and `sync resolve`. None of them opens a socket: they read
//! what the last sync left in the book.

use curbside_core::sync::{account, conflicts};

use crate::shared::{fail, output, say, unlock, Global};

use super::args::ResolveArgs;
use super::json;

/// `sync status`.
pub fn status(global: &Global) -> Result<(), String> {
    let db = unlock::open(global)?;
    let status = account::status(&db).map_err(fail)?;
    if global.json {
        return json::print(&status);
    }
    let Some(account) = &status.account else {
        say!("Sync is not set up: add an account with `curbside-cli sync account add --url URL --user NAME`");
        return Ok(());
    };
    let or_never = |at: &Option<String>| at.clone().unwrap_or_else(|| "never".into());
    say!("Account       {} with {}", account.user, account.url);
    say!("Last synced   {}", or_never(&status.last_success_at));
    say!("Last tried    {}", or_never(&status.last_attempt_at));
    if let Some(error) = &status.last_error {
        say!("Last error    {error}");
    }
    say!("Conflicts     {}", status.conflicts);
    Ok(())
}

/// `sync conflicts`: every open conflict, oldest first.
pub fn conflicts(global: &Global) -> Result<(), String> {
    let db = unlock::open(global)?;
    let open = conflicts::list(&db).map_err(fail)?;
    if global.json {
        return json::print(&open);
    }
    if open.is_empty() {
        say!("No conflicts.");
        return Ok(());
    }
    let rows: Vec<Vec<String>> = open
        .iter()
        .map(|conflict| {
            vec![
                conflict.id.to_string(),
                conflict.kind.clone(),
                conflict.item.clone(),
                conflict
                    .field
                    .clone()
                    .unwrap_or_else(|| "(deleted on one side)".into()),
                conflict.here.clone(),
                conflict.there.clone(),
            ]
        })
        .collect();
    output::table(&["id", "kind", "item", "field", "here", "there"], &rows, 40);
    say!("Settle one with `curbside-cli sync resolve ID --keep here|there`.");
    Ok(())
}

/// `sync resolve ID --keep here|there`.
pub fn resolve(global: &Global, args: &ResolveArgs) -> Result<(), String> {
    let mut db = unlock::open(global)?;
    let keep = args.keep.0;
    if !conflicts::resolve(&mut db, args.id, keep).map_err(fail)? {
        return Err(format!(
            "there is no open conflict {}: `curbside-cli sync conflicts` lists them",
            args.id
        ));
    }
    if global.json {
        return output::json(&serde_json::json!({
            "resolved": true,
            "id": args.id,
            "kept": output::name_of(&keep),
        }));
    }
    let side = match keep {
        conflicts::Keep::Here => "this computer's version",
        conflicts::Keep::There => "the server's version",
    };
    say!(
        "Kept {side} for conflict {}; the next sync sends it.",
        args.id
    );
    Ok(())
}
