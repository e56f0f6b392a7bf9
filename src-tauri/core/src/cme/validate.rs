//! The rules a credit or cycle draft must follow before it is stored, with
//! messages written for the person who typed it. A cleaned draft is what gets
//! stored, so reading it back gives the same values.

use jiff::civil::Date;

use super::labels::{topic_key, topic_order};
use super::{CreditDraft, CreditType, CycleDraft, Minimum};
use crate::values::{limits, single_line, Invalid};

/// The longest a credit's title may be, in characters.
const TITLE: usize = 300;
/// The longest a topic or an "other" type label may be.
const LABEL: usize = 100;
/// How many topics one credit may cover.
const TOPICS: usize = 20;
/// The most hours one credit may give.
const MAX_CREDIT_HOURS: f64 = 1000.0;
/// The most hours a cycle may ask for, in total or of one type or topic.
const MAX_CYCLE_HOURS: f64 = 100_000.0;

/// Checks and tidies a credit draft: trims text, keeps a type label only for
/// "other", turns typed topics into keys, sorts and deduplicates them.
pub(super) fn clean_credit(draft: &CreditDraft) -> Result<CreditDraft, Invalid> {
    let earned_on = plausible_date("earned_on", "The date earned", draft.earned_on)?;
    let title = single_line("title", "The title", &draft.title, TITLE)?;
    if title.is_empty() {
        return Err(Invalid::new("title", "The title is required"));
    }
    let provider = single_line(
        "provider",
        "The provider",
        &draft.provider,
        limits::SHORT_TEXT,
    )?;
    let type_label = if draft.credit_type == CreditType::Other {
        let label = single_line("type_label", "The credit type", &draft.type_label, LABEL)?;
        if label.is_empty() {
            return Err(Invalid::new(
                "type_label",
                "Say what kind of credit \"other\" is (for example EACCME or MOC Part II)",
            ));
        }
        label
    } else {
        String::new()
    };
    let hours = draft.hours;
    if !hours.is_finite() || hours <= 0.0 || hours > MAX_CREDIT_HOURS {
        return Err(Invalid::new(
            "hours",
            format!("Hours must be more than 0 and at most {MAX_CREDIT_HOURS}"),
        ));
    }
    Ok(CreditDraft {
        earned_on,
        title,
        provider,
        credit_type: draft.credit_type,
        type_label,
        hours,
        topics: topics(&draft.topics)?,
        event_id: draft.event_id,
        notes: notes(&draft.notes)?,
    })
}

/// Checks and tidies a cycle draft: trims text, checks the dates and hours,
/// sorts the counted types and the minimums, refuses a type or topic listed
/// twice.
pub(super) fn clean_cycle(draft: &CycleDraft) -> Result<CycleDraft, Invalid> {
    let name = single_line("name", "The name", &draft.name, limits::NAME)?;
    if name.is_empty() {
        return Err(Invalid::new("name", "The cycle needs a name"));
    }
    let authority = single_line(
        "authority",
        "The authority",
        &draft.authority,
        limits::SHORT_TEXT,
    )?;
    let starts_on = plausible_date("starts_on", "The first day", draft.starts_on)?;
    let ends_on = plausible_date("ends_on", "The last day", draft.ends_on)?;
    if ends_on < starts_on {
        return Err(Invalid::new(
            "ends_on",
            format!("The cycle ends ({ends_on}) before it starts ({starts_on})"),
        ));
    }
    let total_hours = cycle_hours("total_hours", "The total", draft.total_hours)?;
    let mut total_types = draft.total_types.clone();
    total_types.sort_unstable();
    total_types.dedup();

    let mut type_minimums = Vec::with_capacity(draft.type_minimums.len());
    for minimum in &draft.type_minimums {
        let kind: CreditType = minimum.key.parse().map_err(|error: Invalid| Invalid {
            field: "type_minimums",
            ..error
        })?;
        let label = kind.short_label();
        let hours = cycle_hours(
            "type_minimums",
            &format!("The minimum of {label}"),
            minimum.hours,
        )?;
        type_minimums.push(Minimum {
            key: kind.as_str().to_owned(),
            hours,
        });
    }
    type_minimums.sort_by(|a, b| a.key.cmp(&b.key));
    refuse_repeats("type_minimums", &type_minimums)?;

    let mut topic_minimums = Vec::with_capacity(draft.topic_minimums.len());
    for minimum in &draft.topic_minimums {
        let key = topic(&minimum.key)?;
        if key.is_empty() {
            return Err(Invalid::new(
                "topic_minimums",
                "A topic minimum needs a topic",
            ));
        }
        let label = super::topic_label(&key);
        let hours = cycle_hours(
            "topic_minimums",
            &format!("The minimum of {label}"),
            minimum.hours,
        )?;
        topic_minimums.push(Minimum { key, hours });
    }
    topic_minimums.sort_by(|a, b| a.key.cmp(&b.key));
    refuse_repeats("topic_minimums", &topic_minimums)?;

    Ok(CycleDraft {
        name,
        kind: draft.kind,
        authority,
        starts_on,
        ends_on,
        total_hours,
        total_types,
        type_minimums,
        topic_minimums,
        notes: notes(&draft.notes)?,
    })
}

/// Topics as keys, trimmed, without blanks or repeats, in display order.
fn topics(values: &[String]) -> Result<Vec<String>, Invalid> {
    let mut keys = Vec::with_capacity(values.len());
    for value in values {
        let key = topic(value)?;
        if !key.is_empty() && !keys.contains(&key) {
            keys.push(key);
        }
    }
    if keys.len() > TOPICS {
        return Err(Invalid::new(
            "topics",
            format!("A credit can list at most {TOPICS} topics"),
        ));
    }
    keys.sort_by_cached_key(|key| topic_order(key));
    Ok(keys)
}

fn topic(value: &str) -> Result<String, Invalid> {
    let text = single_line("topics", "A topic", value, LABEL)?;
    Ok(if text.is_empty() {
        text
    } else {
        topic_key(&text)
    })
}

fn refuse_repeats(field: &'static str, sorted: &[Minimum]) -> Result<(), Invalid> {
    match sorted.windows(2).find(|pair| pair[0].key == pair[1].key) {
        Some(pair) => Err(Invalid::new(
            field,
            format!("\"{}\" has two minimums: keep one", pair[0].key),
        )),
        None => Ok(()),
    }
}

fn cycle_hours(field: &'static str, label: &str, hours: f64) -> Result<f64, Invalid> {
    if !hours.is_finite() || !(0.0..=MAX_CYCLE_HOURS).contains(&hours) {
        return Err(Invalid::new(
            field,
            format!("{label} must be a number of hours from 0 to {MAX_CYCLE_HOURS}"),
        ));
    }
    Ok(hours)
}

/// Dates are stored as text and compared as text, which needs four-digit
/// years; a year outside 1900–2200 is a typing slip anyway.
fn plausible_date(field: &'static str, label: &str, date: Date) -> Result<Date, Invalid> {
    if (1900..=2200).contains(&date.year()) {
        Ok(date)
    } else {
        Err(Invalid::new(
            field,
            format!("{label} ({date}) looks mistyped: the year should be between 1900 and 2200"),
        ))
    }
}

fn notes(value: &str) -> Result<String, Invalid> {
    let notes = value.trim_end();
    if notes.chars().count() > limits::NOTES {
        return Err(Invalid::new(
            "notes",
            format!(
                "The notes are too long (the limit is {} characters)",
                limits::NOTES
            ),
        ));
    }
    Ok(notes.to_owned())
}
