//! Which column of a Google CSV holds what: the header row, recognised as
//! one of Google's two variants, mapped by column name. Numbered groups
//! (`E-mail 2 - Label`, `E-mail 2 - Value`) are collected by kind and number
//! so the reader can walk every e-mail, phone or address a contact has.

use std::collections::BTreeMap;

use super::FORMAT;
use crate::interop::csv_rows::header_cell;
use crate::interop::ParseError;

/// Columns that tell the current header from other `First Name,Last Name`
/// files (LinkedIn's, Outlook's).
const CURRENT_ONLY: &[&str] = &["Labels", "File As", "Organization Name", "E-mail 1 - Value"];

/// The fields of one numbered column group, e.g. `E-mail 2 - Label` and
/// `E-mail 2 - Value`: field name and column index.
#[derive(Default)]
pub(super) struct Group(Vec<(String, usize)>);

impl Group {
    /// The column of the first of `names` this group has (any case).
    pub(super) fn column(&self, names: &[&str]) -> Option<usize> {
        names.iter().find_map(|name| {
            self.0
                .iter()
                .find(|(field, _)| field.eq_ignore_ascii_case(name))
                .map(|(_, index)| *index)
        })
    }
}

/// Where each Google column sits in this file.
pub(super) struct Columns {
    pub(super) width: usize,
    pub(super) display: Option<usize>,
    pub(super) given: Option<usize>,
    pub(super) middle: Option<usize>,
    pub(super) family: Option<usize>,
    pub(super) prefix: Option<usize>,
    pub(super) suffix: Option<usize>,
    pub(super) nickname: Option<usize>,
    pub(super) birthday: Option<usize>,
    pub(super) notes: Option<usize>,
    pub(super) photo: Option<usize>,
    pub(super) groups: Option<usize>,
    /// `Organization Name/Title/Department` (current variant) as group 0 of
    /// kind "Organization"; the older variant numbers them from 1.
    pub(super) numbered: BTreeMap<(String, u32), Group>,
}

impl Columns {
    /// Maps a header row; fails when it is neither Google variant.
    pub(super) fn from_header(record: &csv::StringRecord, line: usize) -> Result<Self, ParseError> {
        let cells: Vec<&str> = record.iter().map(header_cell).collect();
        let find = |names: &[&str]| {
            names
                .iter()
                .find_map(|n| cells.iter().position(|c| c.eq_ignore_ascii_case(n)))
        };
        let has = |name: &str| find(&[name]).is_some();
        let older = has("Given Name") || has("Family Name") || has("Group Membership");
        let current = has("First Name") && has("Last Name") && CURRENT_ONLY.iter().any(|n| has(n));
        if !older && !current {
            let found: Vec<&str> = cells.iter().take(4).copied().collect();
            let hint = if cells.first() == Some(&"Notes:") {
                " (this looks like a LinkedIn Connections.csv)"
            } else if crate::interop::outlook::is_outlook_header(cells.iter().copied()) {
                " (this looks like an Outlook CSV)"
            } else {
                ""
            };
            return Err(ParseError {
                line,
                message: format!(
                    "not a {FORMAT}{hint}: expected a header starting \
                     \"First Name,Middle Name,Last Name,…\" (current export) or \
                     \"Name,Given Name,Additional Name,Family Name,…\" (older export), \
                     found \"{}\"",
                    found.join(",")
                ),
            });
        }
        let mut numbered: BTreeMap<(String, u32), Group> = BTreeMap::new();
        for (index, cell) in cells.iter().enumerate() {
            let single = cell
                .strip_prefix("Organization ")
                .filter(|f| !f.contains(" - "));
            let column = match single {
                Some(field) => Some(("Organization", 0, field)),
                None => numbered_column(cell),
            };
            if let Some((kind, number, field)) = column {
                let group = numbered.entry((kind.to_string(), number)).or_default();
                group.0.push((field.to_string(), index));
            }
        }
        Ok(Self {
            width: record.len(),
            display: find(&["Name"]),
            given: find(&["First Name", "Given Name"]),
            middle: find(&["Middle Name", "Additional Name"]),
            family: find(&["Last Name", "Family Name"]),
            prefix: find(&["Name Prefix"]),
            suffix: find(&["Name Suffix"]),
            nickname: find(&["Nickname"]),
            birthday: find(&["Birthday"]),
            notes: find(&["Notes"]),
            photo: find(&["Photo"]),
            groups: find(&["Labels", "Group Membership"]),
            numbered,
        })
    }

    /// The numbered groups of one kind ("E-mail", "Address"…), in order.
    pub(super) fn groups_of<'a>(&'a self, kind: &'a str) -> impl Iterator<Item = &'a Group> + 'a {
        self.numbered
            .iter()
            .filter(move |((k, _), _)| k.eq_ignore_ascii_case(kind))
            .map(|(_, group)| group)
    }
}

/// Splits `E-mail 12 - Value` into `("E-mail", 12, "Value")`.
fn numbered_column(cell: &str) -> Option<(&str, u32, &str)> {
    let (head, field) = cell.split_once(" - ")?;
    let (kind, number) = head.rsplit_once(' ')?;
    Some((kind, number.parse().ok()?, field.trim()))
}
