//! `curbside-cli search QUERY [--network]`

use curbside_core::search::{self, network::NetworkHit, network::SnippetPart, ContactLineHit};

use super::args::SearchArgs;
use crate::shared::{output, say, unlock, Global};

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
    if global.json {
        let found = search::search_hits(&db, &args.query, args.limit).map_err(|e| e.to_string())?;
        return output::json(&found);
    }
    let found = search::search_lines(&db, &args.query, args.limit).map_err(|e| e.to_string())?;
    print_contacts(&found);
    Ok(())
}

/// The contacts' table with a `MATCHED` column: where the query's words are
/// when not in the name ("Note: …ask about [ECMO] weaning…").
fn print_contacts(hits: &[ContactLineHit]) {
    let rows: Vec<Vec<String>> = hits
        .iter()
        .map(|hit| {
            let line = &hit.line;
            vec![
                line.id.to_string(),
                line.display_name.clone(),
                line.specialty.clone(),
                line.institution.clone(),
                hit.matched.as_ref().map_or_else(String::new, |matched| {
                    format!("{}: {}", matched.label, marked(&matched.snippet))
                }),
            ]
        })
        .collect();
    output::table(
        &["ID", "NAME", "SPECIALTY", "INSTITUTION", "MATCHED"],
        &rows,
        60,
    );
}

/// A snippet on one line, the matched words in `[brackets]`.
fn marked(snippet: &[SnippetPart]) -> String {
    SnippetPart::bracketed(snippet)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A table of kind, title and snippet, the matched words in `[brackets]`;
/// a line saying so when nothing matched.
fn print_hits(hits: &[NetworkHit]) {
    if hits.is_empty() {
        say!("No matches.");
        return;
    }
    let rows: Vec<Vec<String>> = hits
        .iter()
        .map(|hit| vec![hit.label.clone(), hit.title.clone(), marked(&hit.snippet)])
        .collect();
    output::table(&["KIND", "TITLE", "SNIPPET"], &rows, 60);
}
