//! What a record of a book is made of: a section's name, its order and its
//! columns, and how each field is written in JSON. The sections themselves
//! are listed in `sections`.

/// How a field is written in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A whole number.
    Int,
    /// A number.
    Real,
    /// A string.
    Text,
    /// Bytes, as a base64 string (RFC 4648, with padding).
    Blob,
}

/// One field of a record: a column of the section's table.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// Its name, in the JSON and in the table.
    pub name: &'static str,
    /// How it is written.
    pub kind: Kind,
}

/// One section of a book: the records of one table.
#[derive(Debug)]
pub struct Section {
    /// Its name, in the JSON and as a table.
    pub name: &'static str,
    /// The primary key, by which the records are in order.
    pub order_by: &'static str,
    /// The fields each record carries.
    pub columns: &'static [Column],
}

/// A column, as the section list spells one.
pub(super) const fn col(name: &'static str, kind: Kind) -> Column {
    Column { name, kind }
}
