//! The referral ledger: referrals sent to and received from each colleague
//! (date, direction, specialty, reason category, a short note; never patient
//! data), what they add up to per colleague and per specialty, the one-sided
//! relationships, and the thank-you prompt after a received one.

use jiff::civil::Date;
use rusqlite::Connection;

use crate::values::DatedPrompt;

/// The prompts this workflow wants raised on days `first..=last` (the
/// reminder engine asks; see [`DatedPrompt`]).
pub fn prompts(conn: &Connection, first: Date, last: Date) -> rusqlite::Result<Vec<DatedPrompt>> {
    let _ = (conn, first, last);
    Ok(Vec::new())
}
