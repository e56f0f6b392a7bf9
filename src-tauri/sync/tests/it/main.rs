//! curbside-sync's integration tests, one binary, against a real Radicale
//! started for each test on 127.0.0.1 with its own folder
//! (`curbside_sync::testing`).

mod account;
mod connect;
mod pair;
mod tls;
mod transport;
