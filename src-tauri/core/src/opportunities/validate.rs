//! What an opportunity must be before it is stored: a title, text within
//! the limits, a link that is a web address, people who are in the book.

use rusqlite::Connection;

use super::store::contact_exists;
use super::{OpportunityDraft, OpportunityError};
use crate::values::{limits, single_line, Invalid};

/// The draft trimmed and checked.
pub(super) fn clean(
    conn: &Connection,
    draft: &OpportunityDraft,
) -> Result<OpportunityDraft, OpportunityError> {
    let title = single_line("title", "Title", &draft.title, limits::SHORT_TEXT)?;
    if title.is_empty() {
        return Err(Invalid::new("title", "Title is required").into());
    }
    let link = single_line("link", "Link", &draft.link, limits::URL)?;
    let is_web = link.starts_with("https://") || link.starts_with("http://");
    if !(link.is_empty() || is_web) {
        return Err(Invalid::new(
            "link",
            format!("Link \"{link}\" is not a web address (it starts with https://)"),
        )
        .into());
    }
    let notes = draft.notes.trim().to_owned();
    let length = notes.chars().count();
    if length > limits::NOTES {
        return Err(Invalid::new(
            "notes",
            format!(
                "Notes are too long: {length} characters (the limit is {})",
                limits::NOTES
            ),
        )
        .into());
    }
    if draft.people.len() > limits::ITEMS {
        return Err(Invalid::new(
            "people",
            format!("An opportunity may name at most {} people", limits::ITEMS),
        )
        .into());
    }
    for person in &draft.people {
        if !contact_exists(conn, person.contact_id)? {
            return Err(Invalid::new(
                "people",
                format!("There is no contact with id {}", person.contact_id),
            )
            .into());
        }
    }
    Ok(OpportunityDraft {
        title,
        link,
        notes,
        ..draft.clone()
    })
}
