//! The values the contact filters can take, for the filter bar to suggest:
//! every tag, specialty (and subspecialty), institution and city the book
//! holds, in alphabetical order. They are the values the filters match
//! (`filter.rs`), so a suggestion always finds someone; as the filters
//! match whatever the case, each is offered once (its most used spelling).

use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use super::ContactError;
use crate::values::fold;

/// The suggestions of each filter.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
pub struct Facets {
    /// Every tag.
    pub tags: Vec<String>,
    /// Every specialty and subspecialty.
    pub specialties: Vec<String>,
    /// Every institution.
    pub institutions: Vec<String>,
    /// Every city of an address.
    pub cities: Vec<String>,
}

/// At most this many values of each are suggested (a list no one scrolls).
pub const MOST: usize = 500;

/// The values each filter can take, each once, alphabetical.
pub fn facets(conn: &Connection) -> Result<Facets, ContactError> {
    Ok(Facets {
        tags: distinct(conn, "SELECT tag AS v FROM contact_tags")?,
        specialties: distinct(
            conn,
            "SELECT specialty AS v FROM contacts UNION ALL SELECT subspecialty FROM contacts",
        )?,
        institutions: distinct(conn, "SELECT institution AS v FROM contacts")?,
        cities: distinct(conn, "SELECT locality AS v FROM contact_addresses")?,
    })
}

/// The non-blank values `query` gives (as column `v`), trimmed, once per
/// folded form (the most used spelling), sorted by their folded form.
fn distinct(conn: &Connection, query: &str) -> Result<Vec<String>, ContactError> {
    let mut statement = conn.prepare(&format!(
        "SELECT trim(v), count(*) AS n FROM ({query}) WHERE trim(v) != ''
         GROUP BY trim(v) ORDER BY n DESC, trim(v)"
    ))?;
    let mut seen = std::collections::BTreeMap::new();
    let rows = statement.query_map([], |row| row.get::<_, String>(0))?;
    for value in rows {
        let value = value?;
        seen.entry(fold(&value)).or_insert(value);
    }
    Ok(seen.into_values().take(MOST).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contacts::{self, ContactDraft};
    use crate::db::open_in_memory;
    use crate::values::Address;

    fn add(
        conn: &mut Connection,
        name: &str,
        specialty: &str,
        institution: &str,
        tags: &[&str],
        city: &str,
    ) {
        let draft = ContactDraft {
            display_name: name.into(),
            specialty: specialty.into(),
            institution: institution.into(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            addresses: vec![Address {
                locality: city.into(),
                ..Default::default()
            }],
            ..Default::default()
        };
        contacts::create(conn, &draft, jiff::Timestamp::UNIX_EPOCH).unwrap();
    }

    #[test]
    fn each_value_once_alphabetical_whatever_its_case_or_accents() {
        let mut conn = open_in_memory().unwrap();
        add(
            &mut conn,
            "A",
            "Cardiology",
            "Charité",
            &["mentor", "ESC"],
            "Berlin",
        );
        add(
            &mut conn,
            "B",
            "cardiology",
            "Mayo Clinic",
            &["Mentor"],
            "Rochester",
        );
        add(&mut conn, "C", "Nephrology", "Charite", &[], "berlin");
        add(&mut conn, "D", "", "", &[], "");

        let found = facets(&conn).unwrap();

        assert_eq!(found.specialties, ["Cardiology", "Nephrology"]);
        assert_eq!(found.institutions.len(), 2, "{:?}", found.institutions);
        assert_eq!(found.institutions[1], "Mayo Clinic");
        assert_eq!(found.cities, ["Berlin", "Rochester"]);
        assert_eq!(found.tags, ["ESC", "Mentor"]);
    }

    #[test]
    fn an_empty_book_suggests_nothing() {
        let conn = open_in_memory().unwrap();
        assert_eq!(facets(&conn).unwrap(), Facets::default());
    }
}
