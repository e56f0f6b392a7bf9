//! `curbside-cli search QUERY`

use curbside_core::search;

use super::args::SearchArgs;
use crate::shared::{output, unlock, Global};

/// Prints the contacts matching the query, best first.
pub fn run(global: &Global, args: &SearchArgs) -> Result<(), String> {
    let db = unlock::open(global)?;
    let found = search::search(&db, &args.query, args.limit).map_err(|e| e.to_string())?;
    if global.json {
        return output::json(&found);
    }
    super::print_table(&found);
    Ok(())
}
