//! One field of a plain vCard or iCalendar object set to other values: how
//! the user's choice of the other side's value for a field a phone edited
//! is written, then merged into the item as a phone's edit would be.
//! Fields are named as `cards` reads them: the property's name, with
//! ` @ <RECURRENCE-ID>` for a changed occurrence's; values are
//! `<parameters>:<value>`.

/// Between a property's name and the occurrence it belongs to.
const OCCURRENCE: &str = " @ ";

/// `plain` with the lines of `field` replaced by `values`.
pub(super) fn replace(plain: &str, field: &str, values: &[String]) -> String {
    let lines = unfold(plain);
    let (property, occurrence) = match field.split_once(OCCURRENCE) {
        Some((property, occurrence)) => (property, Some(occurrence.trim())),
        None => (field, None),
    };
    let Some((start, end)) = component(&lines, occurrence) else {
        return plain.to_owned();
    };
    let mut out: Vec<String> = Vec::with_capacity(lines.len() + values.len());
    let mut nested = 0usize;
    for (index, line) in lines.iter().enumerate() {
        let inside = index > start && index < end;
        if inside && is_marker(line, "BEGIN") {
            nested += 1;
        } else if inside && is_marker(line, "END") {
            nested = nested.saturating_sub(1);
        } else if inside && nested == 0 && name(line).eq_ignore_ascii_case(property) {
            continue;
        }
        if index == end {
            for value in values {
                out.push(format!("{}{value}", property.to_ascii_uppercase()));
            }
        }
        out.push(line.clone());
    }
    out.join("\r\n") + "\r\n"
}

/// The first and last line of the component a field is in: the vCard, or
/// the event (the changed occurrence with this RECURRENCE-ID, else the
/// series).
fn component(lines: &[String], occurrence: Option<&str>) -> Option<(usize, usize)> {
    let calendar = lines.first().is_some_and(|line| {
        is_marker(line, "BEGIN") && value(line).eq_ignore_ascii_case("VCALENDAR")
    });
    if !calendar {
        let end = lines.iter().position(|line| is_marker(line, "END"))?;
        return Some((0, end));
    }
    let mut depth = 0usize;
    let mut start = 0usize;
    let mut found = None;
    let mut recurrence: Option<String> = None;
    for (index, line) in lines.iter().enumerate() {
        if is_marker(line, "BEGIN") {
            depth += 1;
            if depth == 2 {
                start = index;
                recurrence = None;
            }
        } else if is_marker(line, "END") {
            if depth == 2 && value(&lines[start]).eq_ignore_ascii_case("VEVENT") {
                let matches = match (occurrence, &recurrence) {
                    (Some(wanted), Some(got)) => wanted == got,
                    (None, None) => true,
                    _ => false,
                };
                if matches && found.is_none() {
                    found = Some((start, index));
                }
            }
            depth = depth.saturating_sub(1);
        } else if depth == 2 && name(line).eq_ignore_ascii_case("RECURRENCE-ID") {
            recurrence = Some(value(line).trim().to_owned());
        }
    }
    found
}

/// Content lines, unfolded.
fn unfold(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for line in text.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        match (line.strip_prefix([' ', '\t']), lines.last_mut()) {
            (Some(rest), Some(last)) => last.push_str(rest),
            _ if line.is_empty() => {}
            _ => lines.push(line.to_owned()),
        }
    }
    lines
}

/// A line's property name, without its group.
fn name(line: &str) -> &str {
    let head = line.split([':', ';']).next().unwrap_or_default();
    head.rsplit('.').next().unwrap_or(head)
}

/// A line's value (after the first colon outside quotes).
fn value(line: &str) -> &str {
    let mut quoted = false;
    for (at, byte) in line.bytes().enumerate() {
        match byte {
            b'"' => quoted = !quoted,
            b':' if !quoted => return &line[at + 1..],
            _ => {}
        }
    }
    ""
}

fn is_marker(line: &str, marker: &str) -> bool {
    name(line).eq_ignore_ascii_case(marker)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_vcard_field_takes_the_other_values() {
        let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dr. Ana Ruiz\r\nEMAIL;TYPE=WORK:ana@\r\n example.org\r\nitem1.EMAIL:old@example.org\r\nEND:VCARD\r\n";
        let out = replace(card, "EMAIL", &[";TYPE=HOME:ana@home.example".into()]);
        assert_eq!(
            out,
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dr. Ana Ruiz\r\nEMAIL;TYPE=HOME:ana@home.example\r\nEND:VCARD\r\n"
        );
        let emptied = replace(card, "EMAIL", &[]);
        assert!(!emptied.contains("EMAIL"), "{emptied}");
    }

    #[test]
    fn an_occurrence_field_changes_that_occurrence_only() {
        let calendar = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Rounds\r\nEND:VEVENT\r\n\
                        BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Rounds (moved)\r\nRECURRENCE-ID:20260121T073000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        let out = replace(
            calendar,
            "SUMMARY @ 20260121T073000",
            &[":Rounds (hall B)".into()],
        );
        assert!(out.contains("SUMMARY:Rounds\r\n"), "{out}");
        assert!(out.contains("SUMMARY:Rounds (hall B)\r\n"), "{out}");
        assert!(!out.contains("(moved)"), "{out}");
        let series = replace(calendar, "SUMMARY", &[":Grand rounds".into()]);
        assert!(series.contains("SUMMARY:Grand rounds\r\n"), "{series}");
        assert!(series.contains("SUMMARY:Rounds (moved)"), "{series}");
    }
}
