//! `contacts duplicates`: the pairs of contacts that look like one person,
//! for a script or a person to merge (`contacts merge KEEP OTHER`).

use curbside_core::contacts::duplicates;
use curbside_core::db::Connection;

use super::args::DuplicatesArgs;
use crate::shared::{output, say, Global};

/// Prints the likely duplicates, strongest evidence first.
pub fn list(global: &Global, db: &Connection, args: &DuplicatesArgs) -> Result<(), String> {
    let mut pairs = duplicates::find(db).map_err(|e| e.to_string())?;
    if let Some(limit) = args.limit {
        pairs.truncate(limit);
    }
    if global.json {
        return output::json(&pairs);
    }
    if pairs.is_empty() {
        say!("No contacts look like the same person.");
        return Ok(());
    }
    let rows: Vec<Vec<String>> = pairs
        .iter()
        .map(|pair| {
            vec![
                pair.keep.to_string(),
                pair.keep_name.clone(),
                pair.other.to_string(),
                pair.other_name.clone(),
                pair.reason.clone(),
            ]
        })
        .collect();
    output::table(&["KEEP", "NAME", "OTHER", "NAME", "WHY"], &rows, 48);
    Ok(())
}
