/**
 * Where each line of the Today view goes. Every reminder lands in exactly one
 * section: whatever is due now (overdue included) first, whatever its kind;
 * the rest by kind. Key dates and CME cycles the engine has no reminder for
 * yet are added to their sections as read-only lines, so "upcoming deadlines"
 * and "CME" show the whole picture, never the same thing twice.
 */
import type { CycleProgress } from "../bindings/CycleProgress";
import type { Reminder } from "../bindings/Reminder";
import type { ReminderKind } from "../bindings/ReminderKind";
import type { UpcomingDeadline } from "../bindings/UpcomingDeadline";

/** The sections that hold reminders, in the order the view shows them. */
export type SectionKey = "due" | "week" | "congratulate" | "deadlines" | "cme";

export const SECTION_TITLES: Record<SectionKey, string> = {
  due: "Due now",
  week: "Next 7 days",
  congratulate: "People to congratulate",
  deadlines: "Upcoming deadlines",
  cme: "CME",
};

/** How far ahead the Today view lists reminders, in days. */
export const REMINDER_WINDOW_DAYS = 7;
/** How far ahead it lists key dates, in days. */
export const KEY_DATE_WINDOW_DAYS = 30;
/** How many people it lists as longest without contact. */
export const OUT_OF_TOUCH_LIMIT = 5;

// A Record (not a switch) so that tsc fails here when Rust adds a kind.
const SECTION_OF_KIND: Record<ReminderKind, Exclude<SectionKey, "due">> = {
  follow_up: "week",
  stay_in_touch: "week",
  event_follow_up: "week",
  custom: "week",
  milestone: "congratulate",
  birthday: "congratulate",
  work_anniversary: "congratulate",
  deadline: "deadlines",
  cme_shortfall: "cme",
  claim_credits: "cme",
};

/** Everything the view lists, placed. */
export interface TodaySections {
  due: Reminder[];
  week: Reminder[];
  congratulate: Reminder[];
  deadlines: Reminder[];
  /** Key dates ahead with no reminder line of their own. */
  keyDates: UpcomingDeadline[];
  cme: Reminder[];
  /** Cycles still short of hours with no shortfall reminder of their own. */
  cycles: CycleProgress[];
}

/** True once a reminder's moment has come. */
export function isDueNow(reminder: Reminder, now: Date): boolean {
  const due = Date.parse(reminder.due_at);
  return Number.isNaN(due) || due <= now.getTime();
}

/** The one section a reminder belongs in at `now`. */
export function sectionOf(reminder: Reminder, now: Date): SectionKey {
  return isDueNow(reminder, now) ? "due" : SECTION_OF_KIND[reminder.kind];
}

/** How many reminders are due now: the sidebar's badge. */
export function dueNowCount(reminders: Reminder[], now: Date): number {
  return reminders.filter((reminder) => isDueNow(reminder, now)).length;
}

/** Places reminders (kept in the order given), then the key dates and cycles no reminder speaks for. */
export function arrange(
  input: { reminders: Reminder[]; keyDates: UpcomingDeadline[]; cycles: CycleProgress[] },
  now: Date,
): TodaySections {
  const sections: TodaySections = { due: [], week: [], congratulate: [], deadlines: [], keyDates: [], cme: [], cycles: [] };
  for (const reminder of input.reminders) sections[sectionOf(reminder, now)].push(reminder);

  const remindedDeadlines = new Set(input.reminders.map((r) => r.subject.deadline_id).filter((id) => id !== null));
  sections.keyDates = input.keyDates.filter(
    ({ deadline }) => !deadline.done && !remindedDeadlines.has(deadline.id) && Date.parse(deadline.due_at) >= now.getTime(),
  );

  const remindedCycles = new Set(
    input.reminders.filter((r) => r.kind === "cme_shortfall").map((r) => r.subject.cycle_id),
  );
  sections.cycles = input.cycles.filter(
    (progress) => !progress.complete && progress.days_left >= 0 && !remindedCycles.has(progress.cycle.id),
  );
  return sections;
}

/** True when nothing at all is due or coming up (the longest-without-contact list aside). */
export function isEmpty(sections: TodaySections): boolean {
  return Object.values(sections).every((lines) => lines.length === 0);
}
