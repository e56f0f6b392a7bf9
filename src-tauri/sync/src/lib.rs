//! Sync through the doctor's own CardDAV/CalDAV server (issue 17). Ground
//! work so far: the client stack (libdav over hyper with rustls) proven
//! against a real Radicale by `examples/probe.rs`; see docs/SYNC-PLAN.md.
