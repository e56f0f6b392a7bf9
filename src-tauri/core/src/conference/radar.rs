//! The trip radar: the people worth seeing at an event's venue that the
//! doctor may not have thought of, each with why, from the book alone:
//! who lives or works in the venue's city (addresses, current jobs'
//! organisations, the institution's name), who is linked to the event
//! already or was met at an earlier one of the same organiser or series,
//! who lives in the venue's region, whose own zone is the venue's, and
//! mentors and referral partners not seen for half a year.

use std::collections::{BTreeMap, HashSet};

use jiff::{SignedDuration, Timestamp};
use rusqlite::{params, Connection, OptionalExtension};

use super::city::{self, Venue};
use super::{
    dates, profile_line, ConferenceError, Radar, RadarPerson, RadarReason, RadarReasonKind,
};
use crate::events::{self, Event, EventId, EventTiming};
use crate::values::{folded_words, ContactId};

/// How long without contact makes a mentor or referral partner worth
/// seeing: half a year.
const LONG_UNSEEN_DAYS: i64 = 182;

type Found = BTreeMap<ContactId, Vec<RadarReason>>;

fn found(people: &mut Found, contact: ContactId, kind: RadarReasonKind, text: String) {
    let reasons = people.entry(contact).or_default();
    if !reasons.iter().any(|r| r.kind == kind) {
        reasons.push(RadarReason { kind, text });
    }
}

/// The radar of event `event_id` at `now`; see [`super::radar`].
pub(super) fn radar(
    conn: &Connection,
    event_id: EventId,
    now: Timestamp,
) -> Result<Radar, ConferenceError> {
    let event = events::get(conn, event_id)?;
    let venue = city::venue(&event.location, &city::known_cities(conn)?);
    let mut people = Found::new();
    if !venue.spellings.is_empty() {
        by_address(conn, &venue, &mut people)?;
        by_job(conn, &venue, now, &mut people)?;
        by_institution(conn, &venue, &mut people)?;
    }
    by_this_event(conn, event_id, &mut people)?;
    by_earlier_event(conn, &event, &mut people)?;
    by_zone(conn, &event, &mut people)?;
    not_seen_for_long(conn, now, &mut people)?;
    let (planned, met) = linked(conn, event_id)?;
    let mut listed = Vec::with_capacity(people.len());
    for (contact_id, mut reasons) in people {
        reasons.sort_by_key(|r| r.kind);
        let Some((display_name, line, last)) = about(conn, contact_id)? else {
            continue;
        };
        listed.push(RadarPerson {
            contact_id,
            display_name,
            profile_line: line,
            reasons,
            planned: planned.contains(&contact_id),
            met: met.contains(&contact_id),
            last_interaction_at: last,
        });
    }
    listed.sort_by(|a, b| {
        a.reasons[0]
            .kind
            .cmp(&b.reasons[0].kind)
            .then(b.reasons.len().cmp(&a.reasons.len()))
            .then_with(|| {
                a.display_name
                    .to_lowercase()
                    .cmp(&b.display_name.to_lowercase())
            })
    });
    let (first, last) = dates::days(&event);
    Ok(Radar {
        event_id,
        title: event.title,
        city: venue.shown,
        dates: dates::in_words(first, last),
        people: listed,
    })
}

/// Addresses in the city, and (weaker) in the region of the book's
/// addresses in the city.
fn by_address(conn: &Connection, venue: &Venue, people: &mut Found) -> rusqlite::Result<()> {
    let rows: Vec<(ContactId, String, String)> = conn
        .prepare_cached(
            "SELECT contact_id, locality, region FROM contact_addresses
             WHERE trim(locality) != '' OR trim(region) != ''",
        )?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
        .collect::<Result<_, _>>()?;
    let regions: HashSet<String> = rows
        .iter()
        .filter(|(_, locality, region)| venue.is_city(locality) && !region.trim().is_empty())
        .map(|(_, _, region)| folded_words(region).join(" "))
        .collect();
    for (contact, locality, region) in &rows {
        if venue.is_city(locality) {
            found(
                people,
                *contact,
                RadarReasonKind::LivesThere,
                format!("Has an address in {}", locality.trim()),
            );
        } else if regions.contains(&folded_words(region).join(" ")) {
            let place = match locality.trim() {
                "" => region.trim().to_owned(),
                locality => format!("{locality}, {}", region.trim()),
            };
            found(
                people,
                *contact,
                RadarReasonKind::SameRegion,
                format!("Lives in the same region: {place}"),
            );
        }
    }
    Ok(())
}

/// Current jobs (and residencies, fellowships) at an organisation in the
/// city.
fn by_job(
    conn: &Connection,
    venue: &Venue,
    now: Timestamp,
    people: &mut Found,
) -> rusqlite::Result<()> {
    let today = jiff::tz::TimeZone::UTC.to_datetime(now).date().to_string();
    let mut statement = conn.prepare_cached(
        "SELECT a.contact_id, o.name, o.city FROM affiliations a JOIN organizations o ON o.id = a.organization_id
         WHERE a.kind IN ('job', 'residency', 'fellowship', 'other') AND trim(o.city) != ''
           AND (a.ends_on IS NULL OR a.ends_on >= ?1)",
    )?;
    let rows = statement.query_map([today], |row| {
        Ok((
            row.get::<_, ContactId>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, String>(2)?,
        ))
    })?;
    for row in rows {
        let (contact, organization, city) = row?;
        if venue.is_city(&city) {
            found(
                people,
                contact,
                RadarReasonKind::WorksThere,
                format!("Works at {}, {}", organization.trim(), city.trim()),
            );
        }
    }
    Ok(())
}

/// An institution whose name says the city ("Boston Children's Hospital").
fn by_institution(conn: &Connection, venue: &Venue, people: &mut Found) -> rusqlite::Result<()> {
    let mut statement =
        conn.prepare_cached("SELECT id, institution FROM contacts WHERE trim(institution) != ''")?;
    let rows = statement.query_map([], |row| {
        Ok((row.get::<_, ContactId>(0)?, row.get::<_, String>(1)?))
    })?;
    for row in rows {
        let (contact, institution) = row?;
        if venue.named_in(&institution) {
            found(
                people,
                contact,
                RadarReasonKind::InstitutionThere,
                format!("Institution: {}", institution.trim()),
            );
        }
    }
    Ok(())
}

/// People linked to this event: planned, met, or in an interaction there.
fn by_this_event(conn: &Connection, event: EventId, people: &mut Found) -> rusqlite::Result<()> {
    let rows: Vec<(ContactId, String)> = conn
        .prepare_cached(
            "SELECT contact_id, role FROM event_people WHERE event_id = ?1
             UNION SELECT ic.contact_id, 'interaction' FROM interactions i
                   JOIN interaction_contacts ic ON ic.interaction_id = i.id WHERE i.event_id = ?1",
        )?
        .query_map([event], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for (contact, role) in rows {
        let text = match role.as_str() {
            "to_meet" => "On your list of people to meet there",
            "met" => "Met there already",
            _ => "Seen at this event",
        };
        found(people, contact, RadarReasonKind::Attending, text.to_owned());
    }
    Ok(())
}

/// People met at an earlier event of the same organiser, or of the same
/// title but for its year ("ESC Congress 2025" before "ESC Congress 2026").
fn by_earlier_event(conn: &Connection, event: &Event, people: &mut Found) -> rusqlite::Result<()> {
    let stem = title_stem(&event.title);
    let mut statement = conn.prepare_cached(
        "SELECT p.contact_id, e.title, e.organizer_id, e.series_id FROM event_people p
         JOIN events e ON e.id = p.event_id
         WHERE p.role = 'met' AND e.id != ?1",
    )?;
    let rows = statement.query_map([event.id], |row| {
        Ok((
            row.get::<_, ContactId>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, Option<i64>>(2)?,
            row.get::<_, Option<EventId>>(3)?,
        ))
    })?;
    for row in rows {
        let (contact, title, organizer, series) = row?;
        let same_organizer = organizer.is_some() && organizer == event.organizer_id;
        let same_series =
            series.is_some() && (series == Some(event.id) || series == event.series_id);
        if same_organizer || same_series || (!stem.is_empty() && title_stem(&title) == stem) {
            found(
                people,
                contact,
                RadarReasonKind::MetAtEarlierEdition,
                format!("Met at {}", title.trim()),
            );
        }
    }
    Ok(())
}

/// A title's words without numbers: the event whatever its year.
fn title_stem(title: &str) -> String {
    folded_words(title)
        .into_iter()
        .filter(|word| !word.chars().all(|c| c.is_ascii_digit()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// People whose own zone is the venue's.
fn by_zone(conn: &Connection, event: &Event, people: &mut Found) -> rusqlite::Result<()> {
    let EventTiming::Timed { time_zone, .. } = &event.timing else {
        return Ok(());
    };
    if time_zone.is_empty() {
        return Ok(());
    }
    let contacts: Vec<ContactId> = conn
        .prepare_cached("SELECT id FROM contacts WHERE time_zone = ?1")?
        .query_map([time_zone], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    for contact in contacts {
        found(
            people,
            contact,
            RadarReasonKind::SameTimeZone,
            format!("Lives in the venue's time zone ({time_zone})"),
        );
    }
    Ok(())
}

/// Mentors and referral partners not in touch for half a year.
fn not_seen_for_long(
    conn: &Connection,
    now: Timestamp,
    people: &mut Found,
) -> rusqlite::Result<()> {
    let since = now - SignedDuration::from_hours(24 * LONG_UNSEEN_DAYS);
    let rows: Vec<(ContactId, String, Option<String>)> = conn
        .prepare_cached(
            "SELECT DISTINCT r.contact_id, r.kind, c.last_interaction_at FROM relationships r
             JOIN contacts c ON c.id = r.contact_id
             WHERE r.kind IN ('mentor', 'referral_partner') AND r.other_contact_id IS NULL
               AND (c.last_interaction_at IS NULL OR c.last_interaction_at < ?1)",
        )?
        .query_map(params![crate::values::stored_instant(since)], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?))
        })?
        .collect::<Result<_, _>>()?;
    for (contact, kind, last) in rows {
        let who = match kind.as_str() {
            "mentor" => "Your mentor",
            _ => "A referral partner",
        };
        let when = match last.and_then(|at| at.parse::<Timestamp>().ok()) {
            Some(at) => format!(
                "not in touch since {}",
                jiff::tz::TimeZone::UTC.to_datetime(at).date()
            ),
            None => "never in touch on record".to_owned(),
        };
        found(
            people,
            contact,
            RadarReasonKind::NotSeenForLong,
            format!("{who}, {when}"),
        );
    }
    Ok(())
}

/// The contacts already planned and met at the event.
fn linked(
    conn: &Connection,
    event: EventId,
) -> rusqlite::Result<(HashSet<ContactId>, HashSet<ContactId>)> {
    let mut planned = HashSet::new();
    let mut met = HashSet::new();
    let mut statement =
        conn.prepare_cached("SELECT contact_id, role FROM event_people WHERE event_id = ?1")?;
    let rows = statement.query_map([event], |row| {
        Ok((row.get::<_, ContactId>(0)?, row.get::<_, String>(1)?))
    })?;
    for row in rows {
        let (contact, role) = row?;
        match role.as_str() {
            "met" => met.insert(contact),
            _ => planned.insert(contact),
        };
    }
    Ok((planned, met))
}

/// A contact's name, profile line and last contact.
type About = (String, String, Option<Timestamp>);

fn about(conn: &Connection, contact: ContactId) -> rusqlite::Result<Option<About>> {
    conn.prepare_cached(
        "SELECT display_name, credentials, specialty, institution, last_interaction_at
         FROM contacts WHERE id = ?1",
    )?
    .query_row([contact], |row| {
        let line = profile_line(
            &row.get::<_, String>(1)?,
            &row.get::<_, String>(2)?,
            &row.get::<_, String>(3)?,
        );
        let last = row
            .get::<_, Option<String>>(4)?
            .and_then(|at| at.parse::<Timestamp>().ok());
        Ok((row.get(0)?, line, last))
    })
    .optional()
}
