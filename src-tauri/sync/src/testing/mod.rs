//! Servers for tests (feature `testing`, used by this crate's tests and the
//! CLI's): a real Radicale (CardDAV/CalDAV, from PyPI) on a free port of
//! 127.0.0.1 with its own folder and one user, over plain http or over TLS
//! with a certificate made for the test; and two servers that are not DAV
//! servers at all (one answering plain web pages, one never answering).
//! `CURBSIDE_RADICALE` names the Radicale program when it is not on PATH.
//! Test support: a server that cannot start panics with the reason.

mod radicale;
mod tls;

pub use radicale::{free_port, Radicale, PASSWORD, USER};

use std::io::{Read, Write};
use std::net::TcpListener;

/// A web server on 127.0.0.1 that answers every request with a plain page
/// (no DAV); its address. It runs until the test process ends.
pub fn web_server() -> String {
    let listener = TcpListener::bind(("127.0.0.1", 0)).expect("a free port");
    let port = listener.local_addr().expect("its port").port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten().take(1_000) {
            let mut stream = stream;
            let mut request = [0u8; 16 * 1024];
            let _ = stream.read(&mut request);
            let page = "<html><body>Welcome</body></html>";
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{page}",
                page.len()
            );
        }
    });
    format!("http://127.0.0.1:{port}/")
}

/// A server on 127.0.0.1 that takes connections and never answers; its
/// address. It runs until the test process ends.
pub fn silent_server() -> String {
    let listener = TcpListener::bind(("127.0.0.1", 0)).expect("a free port");
    let port = listener.local_addr().expect("its port").port();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming().flatten().take(1_000) {
            held.push(stream);
        }
    });
    format!("http://127.0.0.1:{port}/")
}

/// Makes an address book, a calendar and a private collection for the test
/// user on `server`, as `connect::add` would, without settling a sync key;
/// their hrefs.
pub fn make_collections(server: &crate::Server) -> crate::CollectionHrefs {
    let runtime = crate::server::runtime().expect("a runtime");
    let dav = server.dav().expect("a client");
    runtime.block_on(async {
        let found = crate::account::check_on(&dav, &server.shown())
            .await
            .expect("the test account signs in");
        let mut on_server = crate::collections::survey(&dav, &found)
            .await
            .expect("its collections");
        let book_home = &found.address_book_homes[0];
        let calendar_home = &found.calendar_homes[0];
        crate::CollectionHrefs {
            contacts: crate::collections::make_address_book(&dav, book_home, &mut on_server)
                .await
                .expect("an address book"),
            calendar: crate::collections::make_calendar(&dav, calendar_home, &mut on_server)
                .await
                .expect("a calendar"),
            private: crate::collections::make_private(&dav, calendar_home, &mut on_server)
                .await
                .expect("a private collection"),
        }
    })
}
