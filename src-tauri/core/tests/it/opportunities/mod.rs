//! Opportunities and memberships: what the user records, how it moves,
//! what the reminder engine is handed, and what deleting a contact or an
//! event does to them.

mod leads;
mod memberships;
