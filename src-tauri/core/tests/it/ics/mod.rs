//! iCalendar files: read as other calendars write them, imported into the
//! calendar (a corpus of other systems' files included), and exported.

mod corpus;
mod export;
mod import;
mod read;
