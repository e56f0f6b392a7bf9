//! The report as CSV: a summary block (the cycle, then required, earned and
//! missing hours per line), a blank line, then a header and one row per
//! credit. Written with CRLF line ends and a UTF-8 byte-order mark, which is
//! what spreadsheet programs expect to read "™" and accents right; every text
//! cell that a spreadsheet would run as a formula is defused.

use super::{as_of, credit_type, credited_hours, hours, lines, standing, topics, Group};
use crate::cme::CycleProgress;

/// A cycle's report for a license renewal, as CSV: a summary block, then one
/// row per credit.
pub fn report_csv(progress: &CycleProgress) -> String {
    let mut sheet = Sheet::default();
    let cycle = &progress.cycle;
    sheet.row(&[text("Cycle"), text(&cycle.name)]);
    sheet.row(&[text("Kind"), text(cycle.kind.label())]);
    sheet.row(&[text("Authority"), text(&cycle.authority)]);
    sheet.row(&[text("Starts on"), cycle.starts_on.to_string()]);
    sheet.row(&[text("Ends on"), cycle.ends_on.to_string()]);
    if let Some(day) = as_of(progress) {
        sheet.row(&[text("As of"), day.to_string()]);
    }
    sheet.row(&[text("Days left"), progress.days_left.to_string()]);
    sheet.row(&[text("Status"), text(&standing(progress))]);
    if !cycle.notes.is_empty() {
        sheet.row(&[text("Notes"), text(&cycle.notes)]);
    }
    sheet.blank();

    sheet.row(&[
        text("Requirement"),
        text("Required hours"),
        text("Earned hours"),
        text("Missing hours"),
    ]);
    for (group, line) in lines(progress) {
        let name = match group {
            Group::Total => line.label.clone(),
            Group::Type => format!("Credit type: {}", line.label),
            Group::Topic => format!("Topic: {}", line.label),
        };
        sheet.row(&[
            text(&name),
            hours(line.required),
            hours(line.earned),
            hours(line.missing),
        ]);
    }
    sheet.blank();

    sheet.row(&[
        text("Date"),
        text("Title"),
        text("Provider"),
        text("Credit type"),
        text("Hours"),
        text("Topics"),
        text("Event id"),
        text("Certificates"),
    ]);
    for credit in &progress.credits {
        sheet.row(&[
            credit.earned_on.to_string(),
            text(&credit.title),
            text(&credit.provider),
            text(credit_type(credit)),
            hours(credit.hours),
            text(&topics(credit)),
            credit.event_id.map(|id| id.to_string()).unwrap_or_default(),
            credit.certificates.len().to_string(),
        ]);
    }
    sheet.row(&[
        String::new(),
        text("Credits listed"),
        String::new(),
        String::new(),
        hours(credited_hours(progress)),
    ]);
    sheet.finish()
}

/// A text cell made safe to open in a spreadsheet (the rule is
/// [`crate::interop::spreadsheet::cell`]).
fn text(value: &str) -> String {
    crate::interop::spreadsheet::cell(value).into_owned()
}

/// Rows of different lengths, quoted where needed, with blank separator
/// lines.
struct Sheet {
    builder: csv::WriterBuilder,
    writer: csv::Writer<Vec<u8>>,
}

impl Default for Sheet {
    fn default() -> Self {
        let mut builder = csv::WriterBuilder::new();
        builder.flexible(true).terminator(csv::Terminator::CRLF);
        let writer = builder.from_writer("\u{feff}".as_bytes().to_vec());
        Self { builder, writer }
    }
}

impl Sheet {
    fn row(&mut self, cells: &[String]) {
        // Writing into memory cannot fail.
        let _ = self.writer.write_record(cells);
    }

    /// An empty line. (A record with no fields would be written as `""`, so
    /// the line end is added to the bytes written so far.)
    fn blank(&mut self) {
        let writer = std::mem::replace(&mut self.writer, self.builder.from_writer(Vec::new()));
        let mut bytes = writer.into_inner().unwrap_or_default();
        bytes.extend_from_slice(b"\r\n");
        self.writer = self.builder.from_writer(bytes);
    }

    fn finish(self) -> String {
        let bytes = self.writer.into_inner().unwrap_or_default();
        String::from_utf8(bytes).unwrap_or_default()
    }
}
