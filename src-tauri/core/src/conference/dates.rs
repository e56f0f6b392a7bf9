//! An event's days in words for a message: "12–15 November 2026".

use jiff::civil::Date;

use crate::events::{Event, EventTiming};

/// The first and last day of `event` on the venue's calendar (a timed
/// event ending at midnight ends the day before).
pub(super) fn days(event: &Event) -> (Date, Date) {
    match &event.timing {
        EventTiming::AllDay {
            first_day,
            last_day,
        } => (*first_day, *last_day),
        EventTiming::Timed { start, end, .. } => {
            let mut last = end.date();
            if end.time() == jiff::civil::Time::midnight() && last > start.date() {
                last = last.yesterday().unwrap_or(last);
            }
            (start.date(), last)
        }
    }
}

/// "14 November 2026", "12–15 November 2026", "30 October – 2 November
/// 2026", "30 December 2026 – 2 January 2027".
pub(super) fn in_words(first: Date, last: Date) -> String {
    let month = |d: Date| d.strftime("%B").to_string();
    if first == last {
        format!("{} {} {}", first.day(), month(first), first.year())
    } else if first.year() != last.year() {
        format!(
            "{} {} {} – {} {} {}",
            first.day(),
            month(first),
            first.year(),
            last.day(),
            month(last),
            last.year()
        )
    } else if first.month() != last.month() {
        format!(
            "{} {} – {} {} {}",
            first.day(),
            month(first),
            last.day(),
            month(last),
            last.year()
        )
    } else {
        format!(
            "{}–{} {} {}",
            first.day(),
            last.day(),
            month(last),
            last.year()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn days_read_as_a_person_writes_them() {
        let d = date(2026, 11, 14);
        assert_eq!(in_words(d, d), "14 November 2026");
        assert_eq!(in_words(date(2026, 11, 12), d), "12–14 November 2026");
        assert_eq!(
            in_words(date(2026, 10, 30), date(2026, 11, 2)),
            "30 October – 2 November 2026"
        );
        assert_eq!(
            in_words(date(2026, 12, 30), date(2027, 1, 2)),
            "30 December 2026 – 2 January 2027"
        );
    }
}
