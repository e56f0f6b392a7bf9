//! Reading a book as a stream: the header first, then each record handed to
//! a [`Sink`] as soon as it is read, so the import never holds more than one
//! record. [`read`] collects them into a [`Book`] without a database (for
//! tests and fuzzing).

use std::fmt;
use std::io::{BufReader, Read};

use data_encoding::BASE64;
use rusqlite::types::Value;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use super::guard::Guard;
use super::record::{Kind, Section};
use super::sections::section;
use super::{BookError, CONTACTS_FORMAT, FORMAT, MAX_FIELD_BYTES, VERSION};

/// A book's header.
#[derive(Debug, Clone, PartialEq)]
pub struct BookHeader {
    /// The format version.
    pub version: u64,
    /// The schema version of the database it was exported from.
    pub schema: Option<i64>,
    /// When it was exported (RFC 3339), as written.
    pub exported_at: Option<String>,
}

/// One record: its fields in the order the file gave them.
pub type BookRecord = Vec<(&'static str, Value)>;

/// One section's records.
#[derive(Debug, Clone, PartialEq)]
pub struct BookSection {
    /// The section (a table) they belong to.
    pub name: &'static str,
    /// Its records.
    pub records: Vec<BookRecord>,
}

/// A whole book in memory, as [`read`] gives it.
#[derive(Debug, Clone, PartialEq)]
pub struct Book {
    /// Format version, schema and export time.
    pub header: BookHeader,
    /// Each section, in the order the file gave them.
    pub sections: Vec<BookSection>,
    /// The highest id each table has ever given (`id_sequences`).
    pub id_sequences: Vec<(&'static str, i64)>,
}

/// What a record could not be stored for: the book's fault, or the
/// database's (a full disk), which stops the import as it is.
pub(super) enum SinkError {
    Invalid(String),
    Fatal(BookError),
}

/// Where the records go.
pub(super) trait Sink {
    /// The header, once `format` and `version` are read and accepted.
    fn header(&mut self, header: &BookHeader) -> Result<(), SinkError>;
    /// A record of `section`.
    fn record(&mut self, section: &'static Section, record: BookRecord) -> Result<(), SinkError>;
    /// The highest id `table` has given.
    fn id_sequence(&mut self, table: &'static str, seq: i64) -> Result<(), SinkError>;
}

/// Parses a whole book from `reader` into memory, checking every field's
/// type and size, without a database. Errors name the section, record and
/// field, and the line and column. This is the entry point to fuzz.
pub fn read(reader: impl Read) -> Result<Book, BookError> {
    struct Collect(Book);
    impl Sink for Collect {
        fn header(&mut self, header: &BookHeader) -> Result<(), SinkError> {
            self.0.header = header.clone();
            Ok(())
        }
        fn record(
            &mut self,
            section: &'static Section,
            record: BookRecord,
        ) -> Result<(), SinkError> {
            match self.0.sections.last_mut() {
                Some(last) if last.name == section.name => last.records.push(record),
                _ => self.0.sections.push(BookSection {
                    name: section.name,
                    records: vec![record],
                }),
            }
            Ok(())
        }
        fn id_sequence(&mut self, table: &'static str, seq: i64) -> Result<(), SinkError> {
            self.0.id_sequences.push((table, seq));
            Ok(())
        }
    }
    let mut collect = Collect(Book {
        header: BookHeader {
            version: 0,
            schema: None,
            exported_at: None,
        },
        sections: Vec::new(),
        id_sequences: Vec::new(),
    });
    parse(reader, &mut collect)?;
    Ok(collect.0)
}

/// Reads the book from `reader`, handing each record to `sink`.
pub(super) fn parse(reader: impl Read, sink: &mut dyn Sink) -> Result<BookHeader, BookError> {
    let mut deserializer = serde_json::Deserializer::from_reader(Guard::new(
        BufReader::with_capacity(256 * 1024, reader),
    ));
    let mut fatal = None;
    let result = BookSeed {
        sink,
        fatal: &mut fatal,
    }
    .deserialize(&mut deserializer)
    .and_then(|header| deserializer.end().map(|()| header));
    if let Some(error) = fatal {
        return Err(error);
    }
    result.map_err(|error| {
        if error.is_io() {
            match std::io::Error::from(error) {
                io if io.kind() == std::io::ErrorKind::InvalidData => {
                    BookError::Invalid(format!("the book cannot be imported: {io}"))
                }
                io => BookError::Read(io),
            }
        } else if error.is_eof() {
            BookError::Invalid(format!("the book ends too early ({error}): is it whole?"))
        } else if error.is_syntax() {
            BookError::Invalid(format!(
                "not a Curbside book: the file is not valid JSON ({error})"
            ))
        } else {
            BookError::Invalid(format!("the book cannot be imported: {error}"))
        }
    })
}

struct BookSeed<'a> {
    sink: &'a mut dyn Sink,
    fatal: &'a mut Option<BookError>,
}

impl<'de> DeserializeSeed<'de> for BookSeed<'_> {
    type Value = BookHeader;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<BookHeader, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for BookSeed<'_> {
    type Value = BookHeader;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "a Curbside book (a JSON object with \"format\": \"{FORMAT}\")"
        )
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<BookHeader, A::Error> {
        let mut format: Option<String> = None;
        let mut version: Option<u64> = None;
        let mut header: Option<BookHeader> = None;
        let (mut schema, mut exported_at) = (None, None);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format" => {
                    let value: String = map.next_value()?;
                    if value == CONTACTS_FORMAT {
                        return Err(de::Error::custom(
                            "this is the JSON export of selected contacts and their interactions \
                             (or of an earlier Curbside), not a whole book, and cannot be imported: \
                             export those contacts as vCard to bring them in, or export the whole \
                             book as JSON",
                        ));
                    }
                    if value != FORMAT {
                        return Err(de::Error::custom(format!(
                            "not a Curbside book: its format is \"{value}\", not \"{FORMAT}\""
                        )));
                    }
                    format = Some(value);
                }
                "version" => version = Some(map.next_value()?),
                "schema" => schema = Some(map.next_value()?),
                "exported_at" => exported_at = Some(map.next_value()?),
                name => {
                    if header.is_none() {
                        let accepted = accept(&format, version, schema, exported_at.clone())
                            .map_err(|error| self.stop(error))?;
                        self.sink
                            .header(&accepted)
                            .map_err(|error| self.sink_failed(error, "the header"))?;
                        header = Some(accepted);
                    }
                    if name == "id_sequences" {
                        map.next_value_seed(SequencesSeed {
                            sink: &mut *self.sink,
                            fatal: &mut *self.fatal,
                        })?;
                    } else {
                        // Books written before schema 16 kept the user's
                        // name in "message_sender" ({id, name}); it is the
                        // name of "my_presence" now.
                        let name = if name == "message_sender" {
                            "my_presence"
                        } else {
                            name
                        };
                        let section = section(name).ok_or_else(|| {
                            de::Error::custom(format!("\"{name}\" is not a section of a book"))
                        })?;
                        map.next_value_seed(SectionSeed {
                            section,
                            sink: &mut *self.sink,
                            fatal: &mut *self.fatal,
                        })?;
                    }
                }
            }
        }
        match header {
            Some(header) => Ok(header),
            None => {
                let accepted = accept(&format, version, schema, exported_at)
                    .map_err(|error| self.stop(error))?;
                self.sink
                    .header(&accepted)
                    .map_err(|error| self.sink_failed(error, "the header"))?;
                Ok(accepted)
            }
        }
    }
}

impl BookSeed<'_> {
    fn stop<E: de::Error>(&mut self, error: BookError) -> E {
        let message = error.to_string();
        if matches!(error, BookError::TooNew { .. }) {
            *self.fatal = Some(error);
        }
        E::custom(message)
    }

    fn sink_failed<E: de::Error>(&mut self, error: SinkError, what: &str) -> E {
        sink_failed(self.fatal, error, what)
    }
}

fn sink_failed<E: de::Error>(fatal: &mut Option<BookError>, error: SinkError, what: &str) -> E {
    match error {
        SinkError::Invalid(message) => E::custom(format!("{what}: {message}")),
        SinkError::Fatal(error) => {
            let message = error.to_string();
            *fatal = Some(error);
            E::custom(message)
        }
    }
}

/// The header, once it is known to be a book this build reads. `format`
/// and `version` must come before the first section.
fn accept(
    format: &Option<String>,
    version: Option<u64>,
    schema: Option<i64>,
    exported_at: Option<String>,
) -> Result<BookHeader, BookError> {
    if format.is_none() {
        return Err(BookError::Invalid(format!(
            "not a Curbside book: \"format\": \"{FORMAT}\" is missing (it must come before the first section)"
        )));
    }
    let version = version.ok_or_else(|| {
        BookError::Invalid(
            "the book has no \"version\" (it must come before the first section)".into(),
        )
    })?;
    if version == 0 {
        return Err(BookError::Invalid(
            "book format version 0 does not exist".into(),
        ));
    }
    if version > VERSION {
        return Err(BookError::TooNew {
            found: version,
            supported: VERSION,
        });
    }
    Ok(BookHeader {
        version,
        schema,
        exported_at,
    })
}

struct SectionSeed<'a> {
    section: &'static Section,
    sink: &'a mut dyn Sink,
    fatal: &'a mut Option<BookError>,
}

impl<'de> DeserializeSeed<'de> for SectionSeed<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for SectionSeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a list of {} records", self.section.name)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut index = 0usize;
        while let Some(record) = seq.next_element_seed(RecordSeed {
            section: self.section,
            index,
        })? {
            let what = format!("{}[{index}]", self.section.name);
            self.sink
                .record(self.section, record)
                .map_err(|error| sink_failed(self.fatal, error, &what))?;
            index += 1;
        }
        Ok(())
    }
}

struct RecordSeed {
    section: &'static Section,
    index: usize,
}

impl<'de> DeserializeSeed<'de> for RecordSeed {
    type Value = BookRecord;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<BookRecord, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for RecordSeed {
    type Value = BookRecord;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}[{}] to be an object", self.section.name, self.index)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<BookRecord, A::Error> {
        let at = |field: &str| format!("{}[{}].{field}", self.section.name, self.index);
        let mut record: BookRecord = Vec::with_capacity(self.section.columns.len());
        while let Some(key) = map.next_key::<String>()? {
            let column = self
                .section
                .columns
                .iter()
                .find(|column| column.name == key)
                .ok_or_else(|| de::Error::custom(format!("{}: not a field of a book", at(&key))))?;
            if record.iter().any(|(name, _)| *name == column.name) {
                return Err(de::Error::custom(format!("{}: given twice", at(&key))));
            }
            let json: serde_json::Value = map.next_value()?;
            let value = field_value(column.kind, json)
                .and_then(|value| check_shape(column.name, value))
                .map_err(|message| de::Error::custom(format!("{}: {message}", at(&key))))?;
            record.push((column.name, value));
        }
        if record.is_empty() {
            return Err(de::Error::custom(format!(
                "{}[{}]: a record with no fields",
                self.section.name, self.index
            )));
        }
        Ok(record)
    }
}

/// A field's value as stored, checked against how the format writes it.
fn field_value(kind: Kind, json: serde_json::Value) -> Result<Value, String> {
    use serde_json::Value as Json;
    let too_long = || {
        format!(
            "longer than a book may hold ({} MiB)",
            MAX_FIELD_BYTES >> 20
        )
    };
    Ok(match (kind, json) {
        (_, Json::Null) => Value::Null,
        (Kind::Int, Json::Number(number)) => Value::Integer(
            number
                .as_i64()
                .ok_or_else(|| format!("expected a whole number, found {number}"))?,
        ),
        (Kind::Real, Json::Number(number)) => Value::Real(
            number
                .as_f64()
                .ok_or_else(|| format!("expected a number, found {number}"))?,
        ),
        (Kind::Text, Json::String(text)) if text.len() > MAX_FIELD_BYTES => return Err(too_long()),
        (Kind::Text, Json::String(text)) => Value::Text(text),
        (Kind::Blob, Json::String(base64)) => {
            let bytes = BASE64
                .decode(base64.as_bytes())
                .map_err(|e| format!("expected base64, but {e}"))?;
            if bytes.len() > MAX_FIELD_BYTES {
                return Err(too_long());
            }
            Value::Blob(bytes)
        }
        (kind, other) => {
            let expected = match kind {
                Kind::Int => "a whole number",
                Kind::Real => "a number",
                Kind::Text => "a string",
                Kind::Blob => "a base64 string",
            };
            let found = match other {
                Json::Bool(_) => "true or false",
                Json::Number(_) => "a number",
                Json::String(_) => "a string",
                Json::Array(_) => "a list",
                Json::Object(_) => "an object",
                Json::Null => "null",
            };
            return Err(format!("expected {expected}, found {found}"));
        }
    })
}

/// Fields whose text Curbside reads back as an instant.
const INSTANTS: [&str; 8] = [
    "created_at",
    "updated_at",
    "occurred_at",
    "due_at",
    "added_at",
    "acted_at",
    "shown_at",
    "until",
];

/// Fields whose text Curbside reads back as a date.
const DATES: [&str; 4] = ["starts_on", "ends_on", "on_date", "earned_on"];

/// Instants and dates must read back as such: a book that imports but
/// cannot then be shown is refused instead.
fn check_shape(name: &str, value: Value) -> Result<Value, String> {
    if let Value::Text(text) = &value {
        if INSTANTS.contains(&name) && text.parse::<jiff::Timestamp>().is_err() {
            return Err(format!(
                "\"{text}\" is not an instant like 2026-01-05T10:00:00Z"
            ));
        }
        if DATES.contains(&name) && text.parse::<jiff::civil::Date>().is_err() {
            return Err(format!("\"{text}\" is not a date like 2026-01-05"));
        }
    }
    Ok(value)
}

struct SequencesSeed<'a> {
    sink: &'a mut dyn Sink,
    fatal: &'a mut Option<BookError>,
}

impl<'de> DeserializeSeed<'de> for SequencesSeed<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for SequencesSeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of {\"table\": …, \"seq\": …}")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Entry {
            table: String,
            seq: i64,
        }
        let mut index = 0usize;
        while let Some(entry) = seq.next_element::<Entry>()? {
            let what = format!("id_sequences[{index}]");
            let table = section(&entry.table).map(|s| s.name).ok_or_else(|| {
                de::Error::custom(format!(
                    "{what}: \"{}\" is not a section of a book",
                    entry.table
                ))
            })?;
            self.sink
                .id_sequence(table, entry.seq)
                .map_err(|error| sink_failed(self.fatal, error, &what))?;
            index += 1;
        }
        Ok(())
    }
}
