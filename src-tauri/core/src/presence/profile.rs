//! Reading and saving the one row of the user's presence, with the checks
//! each field needs (one line, a length, a web link).

use rusqlite::{params, Connection, OptionalExtension};

use super::{Presence, PresenceError};
use crate::values::{limits, single_line, Invalid};

/// The longest bio, in characters.
const BIO: usize = 2000;
/// The longest elevator pitch, in characters.
const PITCH: usize = 1000;
/// The longest CV path, in characters.
const PATH: usize = 4096;

/// The user's presence; every field empty when nothing was set.
pub fn get(conn: &Connection) -> Result<Presence, PresenceError> {
    Ok(conn
        .prepare_cached(
            "SELECT name, credentials, bio, pitch, doximity, linkedin, orcid, website, cv_path
             FROM my_presence WHERE id = 1",
        )?
        .query_row([], |row| {
            Ok(Presence {
                name: row.get(0)?,
                credentials: row.get(1)?,
                bio: row.get(2)?,
                pitch: row.get(3)?,
                doximity: row.get(4)?,
                linkedin: row.get(5)?,
                orcid: row.get(6)?,
                website: row.get(7)?,
                cv_path: row.get(8)?,
            })
        })
        .optional()?
        .unwrap_or_default())
}

/// Saves the whole presence (trimmed and checked) and returns it as stored.
/// Refused: a name or credentials over one line or too long, a bio or pitch
/// too long, a link that is not an http(s) address, an ORCID iD of the
/// wrong shape.
pub fn set(conn: &Connection, presence: &Presence) -> Result<Presence, PresenceError> {
    let checked = Presence {
        name: single_line("my_name", "Your name", &presence.name, limits::NAME)?,
        credentials: single_line(
            "credentials",
            "Your credentials",
            &presence.credentials,
            limits::SHORT_TEXT,
        )?,
        bio: text("bio", "Your bio", &presence.bio, BIO)?,
        pitch: text("pitch", "Your elevator pitch", &presence.pitch, PITCH)?,
        doximity: web_link("doximity", "Doximity", &presence.doximity)?,
        linkedin: web_link("linkedin", "LinkedIn", &presence.linkedin)?,
        orcid: orcid(&presence.orcid)?,
        website: web_link("website", "Website", &presence.website)?,
        cv_path: single_line("cv_path", "The CV's path", &presence.cv_path, PATH)?,
    };
    conn.execute(
        "INSERT INTO my_presence (id, name, credentials, bio, pitch, doximity, linkedin, orcid, website, cv_path)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, credentials = excluded.credentials,
             bio = excluded.bio, pitch = excluded.pitch, doximity = excluded.doximity,
             linkedin = excluded.linkedin, orcid = excluded.orcid, website = excluded.website,
             cv_path = excluded.cv_path",
        params![
            checked.name,
            checked.credentials,
            checked.bio,
            checked.pitch,
            checked.doximity,
            checked.linkedin,
            checked.orcid,
            checked.website,
            checked.cv_path
        ],
    )?;
    Ok(checked)
}

/// Sets only the name drafts are signed with; an empty name clears it.
/// Returns the name stored, if any.
pub fn set_name(conn: &Connection, name: &str) -> Result<Option<String>, PresenceError> {
    let mut presence = get(conn)?;
    presence.name = name.to_owned();
    let stored = set(conn, &presence)?;
    Ok(Some(stored.name).filter(|name| !name.is_empty()))
}

/// Free text of a few lines: trimmed, at most `limit` characters.
fn text(field: &'static str, label: &str, value: &str, limit: usize) -> Result<String, Invalid> {
    let value = value.trim();
    let length = value.chars().count();
    if length > limit {
        return Err(Invalid::new(
            field,
            format!("{label} is too long: {length} characters (the limit is {limit})"),
        ));
    }
    Ok(value.to_owned())
}

/// An http(s) link with a host, or nothing.
fn web_link(field: &'static str, label: &str, value: &str) -> Result<String, Invalid> {
    let value = single_line(field, label, value, limits::URL)?;
    if value.is_empty() || is_web_link(&value) {
        return Ok(value);
    }
    Err(Invalid::new(
        field,
        format!("{label} must be a web address starting with https:// (\"{value}\" is not)"),
    ))
}

/// `https://host…` or `http://host…`, with no spaces.
fn is_web_link(value: &str) -> bool {
    let Some((scheme, rest)) = value.split_once("://") else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    (scheme.eq_ignore_ascii_case("https") || scheme.eq_ignore_ascii_case("http"))
        && host.contains('.')
        && !host.starts_with('.')
        && !value.contains(char::is_whitespace)
}

/// An ORCID iD as its link: a bare iD (`0000-0002-1825-0097`) or the link
/// to it, whose four groups of four characters (the last may end in X) are
/// checked.
fn orcid(value: &str) -> Result<String, Invalid> {
    let value = single_line("orcid", "ORCID", value, limits::URL)?;
    if value.is_empty() {
        return Ok(value);
    }
    let id = value
        .strip_prefix("https://orcid.org/")
        .or_else(|| value.strip_prefix("http://orcid.org/"))
        .unwrap_or(&value);
    let groups: Vec<&str> = id.split('-').collect();
    let shaped = groups.len() == 4
        && groups.iter().enumerate().all(|(at, group)| {
            group.len() == 4
                && group.chars().enumerate().all(|(i, c)| {
                    c.is_ascii_digit() || (at == 3 && i == 3 && c.eq_ignore_ascii_case(&'x'))
                })
        });
    if !shaped {
        return Err(Invalid::new(
            "orcid",
            format!("ORCID must be an iD like 0000-0002-1825-0097 or its https://orcid.org/ link (\"{value}\" is not)"),
        ));
    }
    Ok(format!("https://orcid.org/{}", id.to_ascii_uppercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_links_need_a_scheme_and_a_host() {
        assert!(is_web_link("https://www.linkedin.com/in/jane-doe"));
        assert!(is_web_link("http://example.org"));
        assert!(!is_web_link("linkedin.com/in/jane"));
        assert!(!is_web_link("https://"));
        assert!(!is_web_link("javascript:alert(1)"));
        assert!(!is_web_link("https://exa mple.org"));
    }

    #[test]
    fn an_orcid_id_becomes_its_link() {
        assert_eq!(
            orcid("0000-0002-1825-009x").unwrap(),
            "https://orcid.org/0000-0002-1825-009X"
        );
        assert!(orcid("0000-0002-1825").is_err());
        assert!(orcid("https://orcid.org/abcd-0002-1825-0097").is_err());
    }
}
