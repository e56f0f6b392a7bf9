//! A phone's side of the address book: plain HTTP/1.1 requests to the test
//! server on 127.0.0.1, signed in as the test user, written by hand so the
//! test sees exactly what a phone would send and get (no Curbside code in
//! between).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// What the server answered.
#[derive(Debug)]
pub struct Answer {
    /// The HTTP status.
    pub status: u16,
    /// The body, as text.
    pub body: String,
}

/// A phone signed in to the server at `url` (`http://127.0.0.1:PORT/`).
pub struct Phone {
    address: String,
    authorization: String,
}

impl Phone {
    pub fn new(url: &str, user: &str, password: &str) -> Phone {
        let address = url
            .strip_prefix("http://")
            .expect("the phone speaks plain http to the test server")
            .trim_end_matches('/')
            .to_owned();
        Phone {
            address,
            authorization: format!("Basic {}", base64(format!("{user}:{password}").as_bytes())),
        }
    }

    /// PUT a vCard at `path` (an address book's href and a file name).
    pub fn put_vcard(&self, path: &str, card: &str) -> Answer {
        self.request("PUT", path, Some(("text/vcard; charset=utf-8", card)))
    }

    /// GET `path`.
    pub fn get(&self, path: &str) -> Answer {
        self.request("GET", path, None)
    }

    fn request(&self, method: &str, path: &str, body: Option<(&str, &str)>) -> Answer {
        let mut stream = TcpStream::connect(&self.address).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .unwrap();
        let mut head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nAuthorization: {}\r\nConnection: close\r\n",
            self.address, self.authorization
        );
        if let Some((content_type, text)) = body {
            head.push_str(&format!(
                "Content-Type: {content_type}\r\nContent-Length: {}\r\n",
                text.len()
            ));
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes()).unwrap();
        if let Some((_, text)) = body {
            stream.write_all(text.as_bytes()).unwrap();
        }
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).unwrap();
        let raw = String::from_utf8_lossy(&raw).into_owned();
        let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((&raw, ""));
        let status = head
            .split_whitespace()
            .nth(1)
            .and_then(|code| code.parse().ok())
            .unwrap_or_else(|| panic!("not an HTTP answer: {head}"));
        let chunked = head
            .to_ascii_lowercase()
            .contains("transfer-encoding: chunked");
        let body = if chunked {
            unchunk(body)
        } else {
            body.to_owned()
        };
        Answer { status, body }
    }
}

fn unchunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let size = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if size == 0 || rest.len() < size {
            break;
        }
        out.push_str(&rest[..size]);
        body = rest[size..].trim_start_matches("\r\n");
    }
    out
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[test]
fn basic_authorization_is_base64_as_rfc_4648_writes_it() {
    assert_eq!(base64(b"doctor:pw"), "ZG9jdG9yOnB3");
    assert_eq!(base64(b"ab"), "YWI=");
    assert_eq!(base64(b"a"), "YQ==");
}
