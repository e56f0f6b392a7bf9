//! "I just met…": a name, where they are from and one line, saved in one
//! transaction as someone met at the event (an existing contact matched by
//! name, or a new one) with an interaction there whose topic is the line,
//! so the follow-up draft after the event quotes it.

use jiff::Timestamp;
use rusqlite::Connection;

use super::{CaptureDraft, CaptureMatch, Captured, ConferenceError};
use crate::contacts::{self, ContactDraft, HowWeMet, Indexing};
use crate::events::{self, EventId, EventTiming, PersonRole};
use crate::interactions::{self, InteractionDraft, InteractionKind, TOPIC_LIMIT};
use crate::search;
use crate::values::{fold, folded_words, limits, single_line, Invalid};

/// Words of a name that say nothing about who it is.
const TITLES: [&str; 8] = ["dr", "prof", "professor", "mr", "mrs", "ms", "md", "phd"];

/// The contact a capture of `name` (from `from`) goes to; see
/// [`super::capture_match`].
pub(super) fn best_match(
    conn: &Connection,
    name: &str,
    from: &str,
) -> Result<Option<CaptureMatch>, ConferenceError> {
    let wanted: Vec<String> = folded_words(name)
        .into_iter()
        .filter(|word| !TITLES.contains(&word.as_str()))
        .collect();
    if wanted.is_empty() {
        return Ok(None);
    }
    let from = fold(from.trim());
    let mut best: Option<(bool, CaptureMatch)> = None;
    for contact in search::search(conn, &wanted.join(" "), 20)? {
        let mut words = folded_words(&contact.display_name);
        words.extend(folded_words(&contact.nickname));
        words.extend(folded_words(&contact.name.given));
        words.extend(folded_words(&contact.name.family));
        if !wanted.iter().all(|w| words.contains(w)) {
            continue;
        }
        let same_place = !from.is_empty() && fold(&contact.institution).contains(&from);
        if best
            .as_ref()
            .is_none_or(|(placed, _)| same_place && !placed)
        {
            best = Some((
                same_place,
                CaptureMatch {
                    contact_id: contact.id,
                    display_name: contact.display_name,
                    institution: contact.institution,
                },
            ));
        }
    }
    Ok(best.map(|(_, found)| found))
}

/// Saves a capture at event `event_id`; see [`super::capture`].
pub(super) fn capture(
    conn: &mut Connection,
    event_id: EventId,
    draft: &CaptureDraft,
    now: Timestamp,
) -> Result<Captured, ConferenceError> {
    let name = single_line("name", "The name", &draft.name, limits::NAME)?;
    if name.is_empty() {
        return Err(Invalid::new("name", "Write the name of the person you met").into());
    }
    let from = single_line(
        "from",
        "Where they are from",
        &draft.from,
        limits::SHORT_TEXT,
    )?;
    let note = single_line("note", "The note", &draft.note, limits::NOTES)?;
    let event = events::get(conn, event_id)?;
    let zone = match &event.timing {
        EventTiming::Timed { time_zone, .. } => time_zone.clone(),
        EventTiming::AllDay { .. } => String::new(),
    };
    let chosen = match (draft.contact_id, draft.create_new) {
        (Some(id), _) => Some(id),
        (None, true) => None,
        (None, false) => best_match(conn, &name, &from)?.map(|found| found.contact_id),
    };
    let tx = conn.transaction()?;
    let (contact_id, created) = match chosen {
        Some(id) => {
            if !contacts::exists(&tx, id)? {
                return Err(ConferenceError::ContactNotFound(id));
            }
            (id, false)
        }
        None => {
            let met_on = jiff::tz::TimeZone::get(&zone)
                .unwrap_or(jiff::tz::TimeZone::UTC)
                .to_datetime(now)
                .date();
            let new = ContactDraft {
                display_name: name.clone(),
                institution: from.clone(),
                met: Some(HowWeMet {
                    on: Some(met_on.to_string()),
                    at: event.title.clone(),
                    introduced_by: None,
                }),
                ..ContactDraft::default()
            };
            (contacts::insert(&tx, &new, now, Indexing::Now)?, true)
        }
    };
    let person = events::link_person_in(&tx, event_id, contact_id, PersonRole::Met, &note, now)?;
    let interaction = interactions::add_within(
        &tx,
        &InteractionDraft {
            kind: InteractionKind::Event,
            occurred_at: None,
            time_zone: zone,
            topic: topic_of(&note),
            note: note.clone(),
            contact_ids: vec![contact_id],
            event_id: Some(event_id),
        },
        now,
    )
    .and_then(|id| interactions::get(&tx, id))?;
    tx.commit()?;
    Ok(Captured {
        contact_id,
        display_name: person.display_name.clone(),
        created,
        person,
        interaction,
    })
}

/// The line as an interaction's topic: whole when it fits, else cut at a
/// word with "…".
pub(super) fn topic_of(note: &str) -> String {
    if note.chars().count() <= TOPIC_LIMIT {
        return note.to_owned();
    }
    let mut cut: String = note.chars().take(TOPIC_LIMIT - 1).collect();
    if let Some(space) = cut.rfind(' ') {
        cut.truncate(space);
    }
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_line_is_cut_at_a_word_for_the_topic() {
        let long = "word ".repeat(100);
        let topic = topic_of(long.trim());
        assert!(topic.chars().count() <= TOPIC_LIMIT);
        assert!(topic.ends_with("word…"));
        assert_eq!(topic_of("colchicine after MI"), "colchicine after MI");
    }
}
