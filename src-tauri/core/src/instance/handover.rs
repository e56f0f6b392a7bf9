//! What a second launch says to the first, and how: one line of JSON over a
//! loopback connection, carrying the secret from the first's address file,
//! answered with `ok` once taken. Whatever else arrives on the port (junk,
//! a wrong secret, a client that never finishes) is dropped: bounded in size
//! and time, and never a panic.

use std::fs;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpStream};
use std::path::Path;
use std::time::Duration;

use serde::{Deserialize, Serialize};

/// A launch's arguments (the program first, as the OS gave them) and the
/// folder it was started in, against which relative paths are meant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    /// The command line, program name first.
    pub args: Vec<String>,
    /// The working folder of the launch.
    pub cwd: String,
}

impl Message {
    /// This process's own launch (arguments that are not valid Unicode are
    /// passed with replacement characters rather than refused).
    pub fn of_this_process() -> Self {
        Self {
            args: std::env::args_os()
                .map(|arg| arg.to_string_lossy().into_owned())
                .collect(),
            cwd: std::env::current_dir()
                .map(|dir| dir.to_string_lossy().into_owned())
                .unwrap_or_default(),
        }
    }
}

/// The largest launch message taken; a file manager's many selected files
/// fit easily.
const MAX_MESSAGE: u64 = 1 << 20;

/// How long either side waits on the other for one read or write.
const PATIENCE: Duration = Duration::from_secs(2);

const ACCEPTED: &str = "ok";

/// 128 random bits, as lowercase hex.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Secret(String);

impl Secret {
    pub(super) fn random() -> io::Result<Self> {
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes).map_err(|e| io::Error::other(e.to_string()))?;
        Ok(Self(data_encoding::HEXLOWER.encode(&bytes)))
    }

    /// Compares in time that does not depend on where they differ.
    fn matches(&self, other: &str) -> bool {
        let (a, b) = (self.0.as_bytes(), other.as_bytes());
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }
}

/// How to reach the running app: `port N` and `secret HEX` lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Address {
    pub(super) port: u16,
    pub(super) secret: Secret,
}

impl Address {
    pub(super) fn to_text(&self) -> String {
        format!("port {}\nsecret {}\n", self.port, self.secret.0)
    }

    /// The address in `path`, or `None` if it is missing or not one.
    pub(super) fn read(path: &Path) -> Option<Self> {
        Self::parse(&fs::read_to_string(path).ok()?)
    }

    fn parse(text: &str) -> Option<Self> {
        let mut port = None;
        let mut secret = None;
        for line in text.lines() {
            match line.split_once(' ') {
                Some(("port", value)) => port = value.trim().parse::<u16>().ok(),
                Some(("secret", value)) => secret = Some(value.trim().to_owned()),
                _ => {}
            }
        }
        match (port, secret) {
            (Some(port), Some(secret)) if port != 0 && !secret.is_empty() => Some(Self {
                port,
                secret: Secret(secret),
            }),
            _ => None,
        }
    }
}

#[derive(Serialize, Deserialize)]
struct Envelope {
    secret: String,
    #[serde(flatten)]
    message: Message,
}

/// Sends `message` to the app at `address`; `Ok` once it confirmed.
pub(super) fn send(address: &Address, message: &Message) -> io::Result<()> {
    let to = SocketAddr::from((Ipv4Addr::LOCALHOST, address.port));
    let mut stream = TcpStream::connect_timeout(&to, PATIENCE)?;
    stream.set_read_timeout(Some(PATIENCE))?;
    stream.set_write_timeout(Some(PATIENCE))?;
    let envelope = Envelope {
        secret: address.secret.0.clone(),
        message: message.clone(),
    };
    let mut line = serde_json::to_string(&envelope).map_err(io::Error::other)?;
    line.push('\n');
    stream.write_all(line.as_bytes())?;
    stream.flush()?;
    let mut answer = String::new();
    BufReader::new(stream.take(16)).read_line(&mut answer)?;
    if answer.trim_end() == ACCEPTED {
        Ok(())
    } else {
        Err(io::Error::other("the running app did not take the launch"))
    }
}

/// Reads one launch from `stream`: its message if it carried `secret`,
/// confirmed to the sender; `None` for anything else.
pub(super) fn receive(stream: TcpStream, secret: &Secret) -> Option<Message> {
    stream.set_read_timeout(Some(PATIENCE)).ok()?;
    stream.set_write_timeout(Some(PATIENCE)).ok()?;
    let mut line = Vec::new();
    BufReader::new((&stream).take(MAX_MESSAGE))
        .read_until(b'\n', &mut line)
        .ok()?;
    let envelope: Envelope = serde_json::from_slice(&line).ok()?;
    if !secret.matches(&envelope.secret) {
        return None;
    }
    (&stream)
        .write_all(format!("{ACCEPTED}\n").as_bytes())
        .ok()?;
    Some(envelope.message)
}

#[cfg(test)]
mod tests {
    use std::net::TcpListener;
    use std::thread;

    use super::*;

    fn message() -> Message {
        Message {
            args: vec!["curbside".into(), "a|b\nc.vcf".into(), "ünï.ics".into()],
            cwd: "C:\\Users\\ana".into(),
        }
    }

    /// A listener with its address, and the thread that takes one launch.
    fn listening() -> (Address, thread::JoinHandle<Option<Message>>) {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
        let secret = Secret::random().unwrap();
        let address = Address {
            port: listener.local_addr().unwrap().port(),
            secret: secret.clone(),
        };
        let taker = thread::spawn(move || {
            let (stream, _) = listener.accept().unwrap();
            receive(stream, &secret)
        });
        (address, taker)
    }

    #[test]
    fn a_launch_arrives_whole_with_any_characters_in_its_arguments() {
        let (address, taker) = listening();
        send(&address, &message()).unwrap();
        assert_eq!(taker.join().unwrap(), Some(message()));
    }

    #[test]
    fn a_wrong_secret_is_refused_and_the_sender_told() {
        let (mut address, taker) = listening();
        address.secret = Secret::random().unwrap();
        assert!(send(&address, &message()).is_err());
        assert_eq!(taker.join().unwrap(), None);
    }

    #[test]
    fn junk_on_the_port_is_dropped_without_a_panic() {
        for junk in [
            &b"GET / HTTP/1.1\r\n\r\n"[..],
            b"\xff\xfe\x00garbage\n",
            b"{\"secret\": 5}\n",
            b"",
        ] {
            let (address, taker) = listening();
            let mut stream = TcpStream::connect((Ipv4Addr::LOCALHOST, address.port)).unwrap();
            stream.write_all(junk).unwrap();
            drop(stream);
            assert_eq!(taker.join().unwrap(), None);
        }
    }

    #[test]
    fn an_endless_line_stops_at_the_size_limit() {
        let (address, taker) = listening();
        let mut stream = TcpStream::connect((Ipv4Addr::LOCALHOST, address.port)).unwrap();
        let chunk = vec![b'x'; 64 * 1024];
        // The receiver stops reading at the limit; the writes after that may fail.
        for _ in 0..(MAX_MESSAGE / chunk.len() as u64 + 2) {
            if stream.write_all(&chunk).is_err() {
                break;
            }
        }
        drop(stream);
        assert_eq!(taker.join().unwrap(), None);
    }

    #[test]
    fn the_address_file_round_trips_and_rejects_what_is_not_one() {
        let address = Address {
            port: 40123,
            secret: Secret::random().unwrap(),
        };
        assert_eq!(Address::parse(&address.to_text()), Some(address));
        assert_eq!(Address::parse(""), None);
        assert_eq!(Address::parse("port 70000\nsecret ab\n"), None);
        assert_eq!(Address::parse("port 0\nsecret ab\n"), None);
        assert_eq!(Address::parse("port 12\n"), None);
    }

    #[test]
    fn secrets_differ_and_match_only_themselves() {
        let one = Secret::random().unwrap();
        let other = Secret::random().unwrap();
        assert_ne!(one, other);
        assert!(one.matches(&one.0));
        assert!(!one.matches(&other.0));
        assert!(!one.matches(&one.0[..8]));
    }
}
