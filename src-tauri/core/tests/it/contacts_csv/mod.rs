//! Contacts as CSV: LinkedIn's, Google's and Outlook's exports read into
//! cards, and Curbside's own CSV export.

mod export;
mod google;
mod linkedin;
mod outlook;
