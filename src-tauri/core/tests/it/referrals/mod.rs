//! The referral ledger: logging, editing and listing referrals, what they
//! add up to, the thank-you prompts, and what a contact's deletion does.

mod ledger;
mod prompts;
mod stats;

use curbside_core::referrals::{self, Referral, ReferralDirection, ReferralDraft, ReferralReason};
use curbside_core::values::ContactId;
use jiff::civil::Date;
use rusqlite::Connection;

use crate::support::at;

/// A referral with `contact` on `on` ("2026-03-01"), in `direction`.
fn draft(contact: ContactId, direction: ReferralDirection, on: &str) -> ReferralDraft {
    ReferralDraft {
        contact_id: contact,
        direction,
        on: day(on),
        specialty: String::new(),
        reason: ReferralReason::Consult,
        note: String::new(),
    }
}

/// Logs a referral with `contact` on `on`.
fn log(
    conn: &mut Connection,
    contact: ContactId,
    direction: ReferralDirection,
    on: &str,
) -> Referral {
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
