//! What comes with a made-up event: the key dates its kind usually has
//! (a congress: abstracts and late-breaking trials at 23:59 Anywhere on
//! Earth, notification, early bird, hotel block, poster upload,
//! registration; a course: early bird, registration, a pre-course test…),
//! done when they are past and the user went; and, for congresses and
//! meetings, people to meet and, once attended, people met.

use curbside_core::events::{
    DeadlineDraft, DeadlineKind, EventDraft, EventKind, EventStatus, PersonRole,
};
use jiff::civil::Date;

use super::super::people::Rng;
use super::plan::{plus_days, Planned};
use super::words::{MEETING_GOALS, MET_NOTES};
use super::TODAY;

/// The event with the key dates its kind usually has, each so many days
/// before its first day at a set hour, in Anywhere on Earth or in `zone`
/// (the venue's, or the host's for a floating webinar).
pub(super) fn planned(
    rng: &mut Rng,
    draft: EventDraft,
    zone: &'static str,
    first: Date,
    category: &'static str,
) -> Planned {
    use DeadlineKind::*;
    let dates: &[(DeadlineKind, &str, i64, i8, bool)] = match draft.kind {
        EventKind::Conference => &[
            (Abstract, "Abstracts", 160, 23, true),
            (Notification, "", 120, 12, false),
            (LateBreakingAbstract, "Late-breaking trials", 100, 23, true),
            (EarlyBird, "", 90, 23, false),
            (HotelBlock, "Congress hotel block", 30, 18, false),
            (Other, "Poster upload", 20, 23, true),
            (Registration, "", 14, 23, false),
        ],
        EventKind::Cme => &[
            (EarlyBird, "", 60, 23, false),
            (HotelBlock, "", 21, 18, false),
            (Registration, "", 10, 23, false),
            (Other, "Pre-course test", 3, 12, false),
            (Other, "Course evaluation", -7, 23, false),
        ],
        EventKind::Workshop => &[
            (EarlyBird, "", 45, 23, false),
            (Registration, "", 14, 23, false),
            (Other, "Send a case for discussion", 7, 12, false),
        ],
        EventKind::Seminar | EventKind::Meeting => &[
            (Registration, "", 14, 23, false),
            (Other, "Send agenda items", 5, 17, false),
        ],
        EventKind::Webinar => &[
            (Registration, "", 2, 12, false),
            (Other, "Submit questions", 1, 18, false),
        ],
        EventKind::Rounds => &[(Other, "Send the case", 7, 17, false)],
        EventKind::Personal => &[],
    };
    let dealt_with = matches!(
        draft.status,
        EventStatus::Registered | EventStatus::Attending | EventStatus::Attended
    );
    let deadlines = dates
        .iter()
        .map(|&(kind, label, days_before, hour, aoe)| {
            let day = plus_days(first, -days_before);
            DeadlineDraft {
                kind,
                label: label.to_owned(),
                due_local: day.at(hour, if hour == 23 { 59 } else { 0 }, 0, 0),
                time_zone: if aoe { "AoE" } else { zone }.to_owned(),
                done: day < TODAY && dealt_with && rng.chance(90),
            }
        })
        .collect();
    Planned {
        draft,
        deadlines,
        people: Vec::new(),
        category,
    }
}

impl Planned {
    /// People to meet at congresses and meetings, and, once attended, some
    /// met there.
    pub(super) fn with_people(mut self, rng: &mut Rng, contacts: usize) -> Self {
        if !matches!(self.draft.kind, EventKind::Conference | EventKind::Meeting) {
            return self;
        }
        let mut contact = || 1 + rng.below(contacts) as i64;
        let mut chosen: Vec<i64> = (0..4).map(|_| contact()).collect();
        chosen.sort_unstable();
        chosen.dedup();
        let attended = self.draft.status == EventStatus::Attended;
        for (index, id) in chosen.into_iter().enumerate().take(1 + rng.below(3)) {
            self.people.push((
                id,
                PersonRole::ToMeet,
                MEETING_GOALS[index % MEETING_GOALS.len()],
            ));
            if attended && index < 2 {
                self.people
                    .push((id, PersonRole::Met, MET_NOTES[index % MET_NOTES.len()]));
            }
        }
        self
    }
}
