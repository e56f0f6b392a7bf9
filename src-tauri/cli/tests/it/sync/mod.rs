//! `sync …` against a real CardDAV/CalDAV server: Radicale, started per
//! test by `curbside_sync::testing` on a free port of 127.0.0.1 with its own
//! folder (`CURBSIDE_RADICALE` names the program). Two data folders stand
//! for the doctor's two computers ([`computers`]); a third party talks to
//! the server as a phone does ([`phone`]). Books are compared as whole-book
//! exports with row ids set aside ([`book`]).
//!
//! `cargo test -p curbside-cli --test it sync::`

mod book;
mod computers;
mod phone;

mod account;
mod conflicts;
mod interrupted;
mod phone_edits;
mod privacy;
mod round_trip;
