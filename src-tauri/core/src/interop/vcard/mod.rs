//! vCard 2.1, 3.0 and 4.0 (RFC 2425/2426, RFC 6350): the format every
//! address book can export, and the one Curbside writes back out.
//!
//! Reading streams: [`read_cards`] hands out one [`Card`] at a time, so a
//! 100 MB export with 100,000 contacts never sits in memory whole, and one
//! broken card becomes one [`ParseError`] while the cards after it still
//! read. Properties Curbside does not model are kept verbatim in
//! [`Card::extra`] and written back by [`write_card`].
//!
//! [`Card`]: super::Card
//! [`Card::extra`]: super::Card::extra
//! [`ParseError`]: super::ParseError

mod labels;
mod lines;
mod photo;
mod property;
mod read;
mod write;

use super::{Card, ParseError};
use std::io::BufRead;

pub use write::{write_card, VcardVersion};

/// Reads every card from a vCard stream, one at a time.
///
/// Streaming: only the card being read is held in memory. Text outside
/// `BEGIN:VCARD`/`END:VCARD` is ignored; a malformed card yields an `Err`
/// carrying the line where it begins, and the iterator goes on with the
/// next card.
pub fn read_cards<R: BufRead>(reader: R) -> Cards<R> {
    Cards {
        source: lines::CardSource::new(reader),
    }
}

/// The cards of a vCard stream; see [`read_cards`].
pub struct Cards<R> {
    source: lines::CardSource<R>,
}

impl<R: BufRead> Iterator for Cards<R> {
    type Item = Result<Card, ParseError>;

    fn next(&mut self) -> Option<Self::Item> {
        let raw = self.source.next_card()?;
        Some(raw.and_then(read::card_from_lines))
    }
}
