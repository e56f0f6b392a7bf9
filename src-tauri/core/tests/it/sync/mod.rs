//! Two-way sync (issue 17), tested without a server.

mod cards;
