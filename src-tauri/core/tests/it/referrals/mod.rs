//! The referral ledger: logging, editing and listing referrals, what they
//! add up to, the thank-you prompts, and what a contact's deletion does.

mod ledger;
mod prompts;
mod stats;

use curbside_core::referrals::{self, Direction, Reason, Referral, ReferralDraft};
use curbside_core::values::ContactId;
use jiff::civil::Date;
use rusqlite::Connection;

use crate::support::at;

/// A referral with `contact` on `on` ("2026-03-01"), in `direction`.
fn draft(contact: ContactId, direction: Direction, on: &str) -> ReferralDraft {
    ReferralDraft {
        contact_id: contact,
        direction,
        on: day(on),
        specialty: String::new(),
        reason: Reason::Consult,
        note: String::new(),
    }
}

/// Logs a referral with `contact` on `on`.
fn log(conn: &mut Connection, contact: ContactId, direction: Direction, on: &str) -> Referral {
    referrals::add(
        conn,
        &draft(contact, direction, on),
        at("2026-06-01T09:00:00Z"),
    )
    .unwrap()
}

fn day(text: &str) -> Date {
    text.parse().unwrap()
}
