//! Organisations (hospitals, universities, practices, associations) as real
//! records, and a contact's affiliations with them: training (medical
//! school, residency, fellowship) and jobs in one dated list.
//!
//! A contact's current institution is kept in step: setting it files the
//! organisation and a current job affiliation; changing it ends the old one,
//! so re-importing a newer LinkedIn export builds the job history. The rules
//! the history keeps are in `contacts/jobs.rs`, with the contact edits that
//! write it.

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::choice::Choice;
use crate::contacts::{self, ContactError};
use crate::values::{ContactId, Invalid};

// The organisations façade names its own id; it lives in `values`.
pub use crate::values::OrganizationId;

/// What kind of place an organisation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OrganizationKind {
    /// A hospital or health system.
    Hospital,
    /// A university or medical school.
    University,
    /// A practice or clinic.
    Practice,
    /// A professional association or society.
    Association,
    /// A company.
    Company,
    /// Anything else.
    Other,
}

crate::choices!(OrganizationKind, deserialize, "kind of organisation", [
    Hospital = "hospital": "A hospital or health system",
    University = "university": "A university or medical school",
    Practice = "practice": "A practice or clinic",
    Association = "association": "A professional association or society",
    Company = "company": "A company",
    Other = "other": "Anything else",
]);

/// An organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Organization {
    /// Its id.
    #[ts(type = "number")]
    pub id: OrganizationId,
    /// Its name.
    pub name: String,
    /// What kind of place it is.
    pub kind: OrganizationKind,
    /// City.
    pub city: String,
    /// Country.
    pub country: String,
}

/// What a contact was or is at an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AffiliationKind {
    /// A job.
    Job,
    /// Medical school.
    MedicalSchool,
    /// Residency.
    Residency,
    /// Fellowship.
    Fellowship,
    /// Other education.
    Education,
    /// Membership of an association.
    Membership,
    /// Anything else.
    Other,
}

crate::choices!(AffiliationKind, deserialize, "kind of affiliation", [
    Job = "job": "A job",
    MedicalSchool = "medical_school": "Medical school",
    Residency = "residency": "Residency",
    Fellowship = "fellowship": "Fellowship",
    Education = "education": "Other education",
    Membership = "membership": "Membership of an association",
    Other = "other": "Anything else",
]);

/// One line of a contact's training and job history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Affiliation {
    /// Its id.
    #[ts(type = "number")]
    pub id: i64,
    /// The organisation.
    pub organization: Organization,
    /// What it was.
    pub kind: AffiliationKind,
    /// Role or title there, e.g. "Chief resident".
    pub role: String,
    /// Start date, `YYYY-MM-DD`.
    pub starts_on: Option<String>,
    /// End date, `YYYY-MM-DD`; none while current.
    pub ends_on: Option<String>,
}

/// A new affiliation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AffiliationDraft {
    /// The organisation's name (filed if new).
    pub organization: String,
    /// What it was.
    pub kind: AffiliationKind,
    /// Role or title there.
    #[serde(default)]
    pub role: String,
    /// Start date, `YYYY-MM-DD`.
    #[serde(default)]
    pub starts_on: Option<String>,
    /// End date, `YYYY-MM-DD`.
    #[serde(default)]
    pub ends_on: Option<String>,
}

/// Adds an affiliation to contact `id`. A current job joins the current job
/// at that organisation in the same role, if there is one, rather than
/// standing beside it.
pub fn add(
    conn: &mut Connection,
    contact: ContactId,
    draft: &AffiliationDraft,
) -> Result<Affiliation, ContactError> {
    let name = draft.organization.trim();
    if name.is_empty() {
        return Err(Invalid::new("organization", "Organisation is required").into());
    }
    let starts_on = date(&draft.starts_on, "starts_on")?;
    let ends_on = date(&draft.ends_on, "ends_on")?;
    if let (Some(start), Some(end)) = (&starts_on, &ends_on) {
        if end < start {
            return Err(Invalid::new("ends_on", "The end date is before the start date").into());
        }
    }
    let tx = conn.transaction()?;
    if !contacts::exists(&tx, contact)? {
        return Err(ContactError::NotFound(contact));
    }
    let organization = crate::contacts::jobs::find_or_create(&tx, name)?;
    let id = if draft.kind == AffiliationKind::Job && ends_on.is_none() {
        crate::contacts::jobs::open(
            &tx,
            contact,
            organization,
            &draft.role,
            starts_on.as_deref(),
        )?
    } else {
        tx.execute(
            "INSERT INTO affiliations (contact_id, organization_id, kind, role, starts_on, ends_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![contact, organization, draft.kind.name(), draft.role.trim(), starts_on, ends_on],
        )?;
        tx.last_insert_rowid()
    };
    tx.commit()?;
    for_contact(conn, contact)?
        .into_iter()
        .find(|affiliation| affiliation.id == id)
        .ok_or(ContactError::NotFound(contact))
}

/// Removes an affiliation.
pub fn remove(conn: &Connection, id: i64) -> Result<(), ContactError> {
    match conn.execute("DELETE FROM affiliations WHERE id = ?1", [id])? {
        0 => Err(Invalid::new("id", format!("There is no affiliation with id {id}")).into()),
        _ => Ok(()),
    }
}

/// A contact's affiliations: current ones first, then by start date, newest first.
pub fn for_contact(
    conn: &Connection,
    contact: ContactId,
) -> Result<Vec<Affiliation>, ContactError> {
    let mut statement = conn.prepare_cached(
        "SELECT a.id, o.id, o.name, o.kind, o.city, o.country, a.kind, a.role, a.starts_on, a.ends_on
         FROM affiliations a JOIN organizations o ON o.id = a.organization_id
         WHERE a.contact_id = ?1
         ORDER BY a.ends_on IS NOT NULL, coalesce(a.starts_on, '') DESC, a.id DESC",
    )?;
    let rows = statement.query_map([contact], |row| {
        Ok(Affiliation {
            id: row.get(0)?,
            organization: Organization {
                id: row.get(1)?,
                name: row.get(2)?,
                kind: crate::choice::parse(&row.get::<_, String>(3)?)
                    .unwrap_or(OrganizationKind::Other),
                city: row.get(4)?,
                country: row.get(5)?,
            },
            kind: crate::choice::parse(&row.get::<_, String>(6)?).unwrap_or(AffiliationKind::Other),
            role: row.get(7)?,
            starts_on: row.get(8)?,
            ends_on: row.get(9)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn date(value: &Option<String>, field: &'static str) -> Result<Option<String>, ContactError> {
    match value.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(text) => text
            .parse::<jiff::civil::Date>()
            .map(|d| Some(d.to_string()))
            .map_err(|_| {
                Invalid::new(field, format!("\"{text}\" is not a date like 2019-07-01")).into()
            }),
    }
}
