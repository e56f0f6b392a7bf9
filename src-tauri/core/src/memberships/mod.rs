//! Societies and associations the user belongs to: member number, dues and
//! renewal date, committees and roles, and the meetings they hold (linked
//! to calendar events).

mod model;
mod store;
mod validate;

use jiff::civil::Date;
use rusqlite::Connection;

use crate::values::{DatedPrompt, Invalid};

pub use model::{
    CommitteeRole, Membership, MembershipDraft, MembershipId, MembershipMeeting, MembershipStatus,
    COMMON_SOCIETIES,
};
pub use store::{
    add, add_role, delete, get, link_event, list, of_event, remove_role, renew, unlink_event,
    update,
};

/// Why a membership could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum MembershipError {
    /// The input breaks a rule; the message says which, for the user.
    #[error(transparent)]
    Invalid(#[from] Invalid),
    /// No membership has this id.
    #[error("there is no membership with id {id}")]
    NotFound {
        /// The id asked for.
        id: i64,
    },
    /// The database failed.
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
}

/// The prompts this workflow wants raised on days `first..=last` (the
/// reminder engine asks; see [`DatedPrompt`]): the renewal date of each
/// active membership (part empty).
pub fn prompts(conn: &Connection, first: Date, last: Date) -> rusqlite::Result<Vec<DatedPrompt>> {
    let mut statement = conn.prepare_cached(
        "SELECT id, society, renews_on, dues_amount, dues_currency FROM memberships
         WHERE renews_on >= ?1 AND renews_on <= ?2 AND status = 'active'
         ORDER BY renews_on, id",
    )?;
    let rows = statement.query_map([first.to_string(), last.to_string()], |row| {
        Ok((
            row.get::<_, i64>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, String>(2)?,
            row.get::<_, Option<f64>>(3)?,
            row.get::<_, String>(4)?,
        ))
    })?;
    let mut prompts = Vec::new();
    for row in rows {
        let (id, society, on, amount, currency) = row?;
        let on: Date = on.parse().map_err(|error: jiff::Error| {
            rusqlite::Error::FromSqlConversionFailure(
                2,
                rusqlite::types::Type::Text,
                Box::new(error),
            )
        })?;
        prompts.push(DatedPrompt {
            source: id,
            part: "",
            on,
            contact_id: None,
            event_id: None,
            title: format!("Renew your membership of {society}"),
            context: amount.map(|amount| format!("Dues: {amount:.2} {currency}").trim().to_owned()),
        });
    }
    Ok(prompts)
}
