//! The words of a notification. One reminder tells who, why and what was
//! last said; several at once — a morning's batch, or what was missed while
//! the app was closed — become one notification listing them, never a storm.

use curbside_core::reminders::{english_reason, Clock, Reminder};
use jiff::tz::TimeZone;
use jiff::Timestamp;

/// How many reminders a grouped notification lists before "and N more".
const LISTED: usize = 5;

/// The longest line, in characters; notification bubbles are small.
const LONGEST_LINE: usize = 160;

/// One notification, ready for the platform.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The first, bold line: the person or thing, or "5 reminders".
    pub summary: String,
    /// The rest, lines separated by '\n'; plain text.
    pub body: String,
    /// The reminders it tells of, in order.
    pub ids: Vec<String>,
}

impl Message {
    /// Whether it stands for several reminders (then its actions open the
    /// Today view rather than act on one).
    pub fn is_grouped(&self) -> bool {
        self.ids.len() > 1
    }
}

/// The notification for `reminders` (oldest first), or `None` for none.
/// `now` and `user_zone` give a contact's local time when it differs; times
/// are written on `clock`.
pub fn compose(
    reminders: &[Reminder],
    now: Timestamp,
    user_zone: &TimeZone,
    clock: Clock,
) -> Option<Message> {
    let ids = reminders.iter().map(|r| r.id.clone()).collect();
    match reminders {
        [] => None,
        [one] => Some(Message {
            summary: shorten(first_non_empty(&one.title, "Curbside reminder")),
            body: single_body(one, now, user_zone, clock),
            ids,
        }),
        many => Some(Message {
            summary: format!("{} reminders", many.len()),
            body: grouped_body(many, clock),
            ids,
        }),
    }
}

fn single_body(reminder: &Reminder, now: Timestamp, user_zone: &TimeZone, clock: Clock) -> String {
    let mut lines = Vec::new();
    if reminder.reason != reminder.title && !reminder.reason.trim().is_empty() {
        lines.push(shorten(&reason(reminder, clock)));
    }
    if let Some(context) = reminder.context.as_deref().map(str::trim) {
        if !context.is_empty() {
            lines.push(shorten(&format!("Note: {context}")));
        }
    }
    if let Some(time) = their_time(reminder, now, user_zone, clock) {
        lines.push(match &reminder.contact_name {
            Some(name) => format!("It is {time} for {name}"),
            None => format!("It is {time} where they are"),
        });
    }
    lines.join("\n")
}

fn grouped_body(reminders: &[Reminder], clock: Clock) -> String {
    let mut lines: Vec<String> = reminders
        .iter()
        .take(LISTED)
        .map(|r| shorten(first_non_empty(&reason(r, clock), &r.title)))
        .collect();
    let more = reminders.len().saturating_sub(LISTED);
    if more > 0 {
        lines.push(format!("and {more} more in Curbside"));
    }
    lines.join("\n")
}

/// The reason with its times on `clock` ("due Thu 10 Dec 11:59 PM AoE").
fn reason(reminder: &Reminder, clock: Clock) -> String {
    if reminder.reason_parts.is_empty() {
        reminder.reason.clone()
    } else {
        english_reason(&reminder.reason_parts, clock)
    }
}

/// The contact's wall-clock time ("22:40", "10:40 PM"), when their zone is
/// known and is not on the user's clock at `now`.
fn their_time(
    reminder: &Reminder,
    now: Timestamp,
    user_zone: &TimeZone,
    clock: Clock,
) -> Option<String> {
    let zone = TimeZone::get(reminder.contact_time_zone.as_deref()?).ok()?;
    if zone.to_offset(now) == user_zone.to_offset(now) {
        return None;
    }
    let format = match clock {
        Clock::H24 => "%H:%M",
        Clock::H12 => "%-I:%M %p",
    };
    Some(zone.to_datetime(now).strftime(format).to_string())
}

fn first_non_empty<'a>(text: &'a str, otherwise: &'a str) -> &'a str {
    if text.trim().is_empty() {
        otherwise
    } else {
        text
    }
}

/// `text` on one line, cut with "…" past [`LONGEST_LINE`] characters.
fn shorten(text: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= LONGEST_LINE {
        return one_line;
    }
    let mut cut: String = one_line.chars().take(LONGEST_LINE - 1).collect();
    cut.truncate(cut.trim_end().len());
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;
    use curbside_core::reminders::{ReminderKind, Subject};

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    fn berlin() -> TimeZone {
        TimeZone::get("Europe/Berlin").unwrap()
    }

    fn follow_up(id: &str, name: &str) -> Reminder {
        Reminder {
            id: id.into(),
            kind: ReminderKind::FollowUp,
            subject: Subject::default(),
            due_at: at("2026-03-04T08:00:00Z"),
            reason: format!("You met {name} on Mon 2 Mar 2026"),
            title: name.into(),
            context: Some("renal denervation at ESC".into()),
            contact_time_zone: None,
            contact_name: Some(name.into()),
            snoozed_until: None,
            reason_parts: Vec::new(),
        }
    }

    #[test]
    fn a_referral_thank_you_says_what_to_do_when_and_about_which_referral() {
        let now = at("2026-03-04T08:00:00Z");
        let thanks = Reminder {
            id: "referral_thanks:12:2026-03-04".into(),
            kind: ReminderKind::ReferralThanks,
            reason: "Thank Dr. Anna Berg for the referral: due Wed 4 Mar 2026".into(),
            title: "Thank Dr. Anna Berg for the referral".into(),
            context: Some("Cardiology, chest pain work-up".into()),
            contact_name: Some("Dr. Anna Berg".into()),
            ..follow_up("referral_thanks:12:2026-03-04", "Dr. Anna Berg")
        };
        let message = compose(&[thanks], now, &berlin(), Clock::H24).unwrap();
        assert_eq!(message.summary, "Thank Dr. Anna Berg for the referral");
        assert_eq!(
            message.body,
            "Thank Dr. Anna Berg for the referral: due Wed 4 Mar 2026\nNote: Cardiology, chest pain work-up"
        );
    }

    #[test]
    fn one_reminder_names_the_person_the_reason_and_the_last_note() {
        let now = at("2026-03-04T08:00:00Z");
        let message = compose(
            &[follow_up("follow_up:i1:c5", "Dr. Amara Okafor")],
            now,
            &berlin(),
            Clock::H24,
        )
        .unwrap();
        assert_eq!(message.summary, "Dr. Amara Okafor");
        assert_eq!(
            message.body,
            "You met Dr. Amara Okafor on Mon 2 Mar 2026\nNote: renal denervation at ESC"
        );
        assert_eq!(message.ids, ["follow_up:i1:c5"]);
        assert!(!message.is_grouped());
    }

    #[test]
    fn a_contact_elsewhere_comes_with_their_local_time() {
        let mut tanaka = follow_up("follow_up:i2:c6", "Dr. Kenji Tanaka");
        tanaka.context = None;
        tanaka.contact_time_zone = Some("Asia/Tokyo".into());
        // 14:40 UTC is 15:40 in Berlin and 23:40 in Tokyo.
        let message = compose(
            &[tanaka.clone()],
            at("2026-03-04T14:40:00Z"),
            &berlin(),
            Clock::H24,
        )
        .unwrap();
        assert_eq!(
            message.body,
            "You met Dr. Kenji Tanaka on Mon 2 Mar 2026\nIt is 23:40 for Dr. Kenji Tanaka"
        );
        // In the same zone as the user, the time says nothing new.
        let tokyo = TimeZone::get("Asia/Tokyo").unwrap();
        let message = compose(&[tanaka], at("2026-03-04T14:40:00Z"), &tokyo, Clock::H24).unwrap();
        assert_eq!(message.body, "You met Dr. Kenji Tanaka on Mon 2 Mar 2026");
    }

    #[test]
    fn a_reminder_of_ones_own_about_someone_elsewhere_gives_their_time_by_name() {
        let mut custom = follow_up(
            "custom:8:2026-03-04T09:00",
            "Send the renal denervation paper",
        );
        custom.kind = ReminderKind::Custom;
        custom.reason = custom.title.clone();
        custom.context = None;
        custom.contact_time_zone = Some("Asia/Tokyo".into());
        custom.contact_name = Some("Dr. Kenji Tanaka".into());
        let now = at("2026-03-04T14:40:00Z");
        let message = compose(&[custom.clone()], now, &berlin(), Clock::H24).unwrap();
        assert_eq!(message.body, "It is 23:40 for Dr. Kenji Tanaka");

        custom.contact_name = None;
        let message = compose(&[custom], now, &berlin(), Clock::H24).unwrap();
        assert_eq!(message.body, "It is 23:40 where they are");
    }

    #[test]
    fn on_a_12_hour_clock_the_deadline_and_their_time_are_written_with_am_and_pm() {
        use curbside_core::reminders::ReasonPart;
        let mut deadline = follow_up("deadline:3:abstract", "ESC Congress 2027");
        deadline.kind = ReminderKind::Deadline;
        deadline.context = None;
        deadline.contact_name = None;
        deadline.contact_time_zone = Some("Asia/Tokyo".into());
        deadline.reason = "Abstracts due Thu 10 Dec 23:59 AoE".into();
        deadline.reason_parts = vec![
            ReasonPart::Text {
                text: "Abstracts due ".into(),
            },
            ReasonPart::DueAt {
                at: "2026-12-10T23:59:00".parse().unwrap(),
                zone: "AoE".into(),
            },
        ];
        let now = at("2026-03-04T14:40:00Z");
        let twelve = compose(&[deadline.clone()], now, &berlin(), Clock::H12).unwrap();
        assert_eq!(
            twelve.body,
            "Abstracts due Thu 10 Dec 11:59 PM AoE\nIt is 11:40 PM where they are"
        );
        let twenty_four = compose(&[deadline.clone()], now, &berlin(), Clock::H24).unwrap();
        assert_eq!(
            twenty_four.body,
            "Abstracts due Thu 10 Dec 23:59 AoE\nIt is 23:40 where they are"
        );
        let grouped = compose(&[deadline.clone(), deadline], now, &berlin(), Clock::H12).unwrap();
        assert_eq!(
            grouped.body.lines().next(),
            Some("Abstracts due Thu 10 Dec 11:59 PM AoE")
        );
    }

    #[test]
    fn a_custom_reminder_does_not_repeat_its_title() {
        let mut custom = follow_up("custom:7:2026-03-04T09:00", "Renew the DEA registration");
        custom.kind = ReminderKind::Custom;
        custom.reason = custom.title.clone();
        custom.context = Some("   ".into());
        let message =
            compose(&[custom], at("2026-03-04T08:00:00Z"), &berlin(), Clock::H24).unwrap();
        assert_eq!(message.summary, "Renew the DEA registration");
        assert_eq!(message.body, "");
    }

    #[test]
    fn many_reminders_at_once_become_one_notification_that_lists_the_first_few() {
        let names = ["Ana", "Ben", "Chloé", "Dev", "Eun", "Femi", "Gus"];
        let reminders: Vec<Reminder> = names
            .iter()
            .enumerate()
            .map(|(i, name)| follow_up(&format!("follow_up:i{i}:c{i}"), &format!("Dr. {name}")))
            .collect();
        let message = compose(
            &reminders,
            at("2026-03-04T08:00:00Z"),
            &berlin(),
            Clock::H24,
        )
        .unwrap();
        assert_eq!(message.summary, "7 reminders");
        let lines: Vec<&str> = message.body.lines().collect();
        assert_eq!(lines.len(), 6);
        assert_eq!(lines[0], "You met Dr. Ana on Mon 2 Mar 2026");
        assert_eq!(lines[4], "You met Dr. Eun on Mon 2 Mar 2026");
        assert_eq!(lines[5], "and 2 more in Curbside");
        assert_eq!(message.ids.len(), 7);
        assert!(message.is_grouped());
    }

    #[test]
    fn nothing_to_show_makes_no_notification() {
        assert_eq!(
            compose(&[], at("2026-03-04T08:00:00Z"), &berlin(), Clock::H24),
            None
        );
    }

    #[test]
    fn a_long_note_is_cut_to_one_short_line() {
        let mut long = follow_up("follow_up:i3:c7", "Dr. Amara Okafor");
        long.context = Some(format!("first line\n{}", "word ".repeat(100)));
        let message = compose(&[long], at("2026-03-04T08:00:00Z"), &berlin(), Clock::H24).unwrap();
        let note = message.body.lines().nth(1).unwrap();
        assert!(note.starts_with("Note: first line word"));
        assert!(note.ends_with('…'));
        assert!(note.chars().count() <= LONGEST_LINE);
    }
}
