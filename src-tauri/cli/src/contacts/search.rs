//! `curbside-cli search QUERY [--network]`

use curbside_core::search::{self, network::NetworkHit};

use super::args::SearchArgs;
use crate::shared::{output, unlock, Global};

/// Prints the contacts matching the query, best first; with `--network`,
/// the networking workflows' rows matching it.
pub fn run(global: &Global, args: &SearchArgs) -> Result<(), String> {
    let db = unlock::open(global)?;
    if args.network {
        let hits = search::network(&db, &args.query, args.limit).map_err(|e| e.to_string())?;
        if global.json {
            return output::json(&hits);
        }
        print_hits(&hits);
        return Ok(());
    }
    let found = search::search(&db, &args.query, args.limit).map_err(|e| e.to_string())?;
    if global.json {
        return output::json(&found);
    }
    super::print_table(&found);
    Ok(())
}

/// A table of kind, title and snippet, the matched words in `[brackets]`;
/// a line saying so when nothing matched.
fn print_hits(hits: &[NetworkHit]) {
    if hits.is_empty() {
        println!("No matches.");
        return;
    }
    let rows: Vec<Vec<String>> = hits
        .iter()
        .map(|hit| {
            let snippet: String = hit
                .snippet
                .iter()
                .map(|part| {
                    if part.matched {
                        format!("[{}]", part.text)
                    } else {
                        part.text.clone()
                    }
                })
                .collect();
            vec![
                hit.label.clone(),
                hit.title.clone(),
                snippet.split_whitespace().collect::<Vec<_>>().join(" "),
            ]
        })
        .collect();
    output::table(&["KIND", "TITLE", "SNIPPET"], &rows, 60);
}
