//! The app package's integration tests, one test binary (`cargo test --test
//! it`), a module per concern: the generated bindings and command table,
//! the window's capabilities, the crates' and the core's dependency
//! boundaries, and the IPC error JSON. One binary links the app, SQLCipher
//! and OpenSSL once instead of once per file.

mod bindings;
mod capabilities;
mod dependency_boundaries;
mod ipc_error_json;
