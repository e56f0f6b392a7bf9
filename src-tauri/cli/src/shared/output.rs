//! Printing results: one JSON value with `--json`, short aligned text without.

use std::io::Write;

use serde::Serialize;

/// Prints `value` as JSON on stdout. A reader that stops early (`| head`)
/// is not an error.
pub fn json(value: &impl Serialize) -> Result<(), String> {
    // Written as it is made, not gathered first: listing a whole book is
    // megabytes of JSON.
    let mut out = std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock());
    let written = serde_json::to_writer_pretty(&mut out, value)
        .map_err(std::io::Error::from)
        .and_then(|()| writeln!(out))
        .and_then(|()| out.flush());
    match written {
        Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(format!("could not write JSON: {error}"))
        }
        _ => Ok(()),
    }
}

/// A value's snake_case name, as JSON spells it ("late_breaking_abstract").
pub fn name_of(value: &impl Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::new(),
    }
}

/// Prints rows as columns padded to the widest cell, each cell cut to `max` characters.
pub fn table(header: &[&str], rows: &[Vec<String>], max: usize) {
    let cut = |cell: &str| -> String {
        if cell.chars().count() > max {
            cell.chars().take(max - 1).chain(['…']).collect()
        } else {
            cell.to_owned()
        }
    };
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|row| row.iter().map(|c| cut(c)).collect())
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let line = |cells: Vec<&str>| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect();
        println!("{}", padded.join("  ").trim_end());
    };
    line(header.to_vec());
    for row in &rows {
        line(row.iter().map(String::as_str).collect());
    }
}
