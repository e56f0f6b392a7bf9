/**
 * Where each line of the Today view goes. Every reminder lands in exactly one
 * section: whatever is due now (overdue included) first, whatever its kind;
 * the rest by kind. A section shows one line per subject (a person, a key
 * date, a cycle), the most urgent: the engine's other reminders about it
 * follow once that one is dealt with. Key dates and CME cycles the engine has no reminder for
 * yet are added to their sections as read-only lines, so "upcoming deadlines"
 * and "CME" show the whole picture, never the same thing twice.
 */
import type { CycleProgress } from "../bindings/CycleProgress";
import type { Reminder } from "../bindings/Reminder";
import type { ReminderKind } from "../bindings/ReminderKind";
import type { UpcomingDeadline } from "../bindings/UpcomingDeadline";
import { t } from "../locale/i18n.svelte";

/** The sections that hold reminders, in the order the view shows them. */
export type SectionKey = "due" | "week" | "congratulate" | "deadlines" | "cme";

/** Each section's heading, from the string catalogue (read when shown, so in the language in force). */
export const SECTION_TITLES: Record<SectionKey, string> = {
  get due() {
    return t("today.sections.due");
  },
  get week() {
    return t("today.sections.week");
  },
  get congratulate() {
    return t("today.sections.congratulate");
  },
  get deadlines() {
    return t("today.sections.deadlines");
  },
  get cme() {
    return t("today.sections.cme");
  },
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
  referral_thanks: "week",
  intro_follow_up: "week",
  mentoring: "week",
  profile_update: "week",
  weekly_review: "week",
  letter_request: "deadlines",
  opportunity: "deadlines",
  membership_renewal: "deadlines",
};

/** The kinds a networking workflow raises about one of its rows. */
const WORKFLOW_KINDS: ReadonlySet<ReminderKind> = new Set([
  "referral_thanks",
  "intro_follow_up",
  "mentoring",
  "letter_request",
  "opportunity",
  "membership_renewal",
  "profile_update",
]);

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

/**
 * What a line is about, for "one line per subject": a key date (reminded at
 * 14 and at 7 days), a CME cycle, an event's credits, one of the user's own
 * reminders (each occurrence of a repeating one), a networking workflow's row
 * (one line per referral, letter request, mentorship…), the weekly review, or else the person (a
 * stay-in-touch prompt and a birthday, the occurrences of a series met at).
 */
export function subjectOf(reminder: Reminder): string {
  const { subject } = reminder;
  // A workflow's row (a letter request's ask and thanks, a mentorship's
  // meetings): its id without the day.
  if (WORKFLOW_KINDS.has(reminder.kind)) return reminder.id.split(":").slice(0, -1).join(":");
  if (reminder.kind === "weekly_review") return "weekly review";
  const [what, id] =
    reminder.kind === "deadline"
      ? ["deadline", subject.deadline_id]
      : reminder.kind === "cme_shortfall"
        ? ["cycle", subject.cycle_id]
        : reminder.kind === "claim_credits"
          ? ["credits", subject.event_id]
          : reminder.kind === "custom"
            ? ["custom", subject.custom_id]
            : ["contact", subject.contact_id];
  return id === null ? `reminder ${reminder.id}` : `${what} ${id}`;
}

/**
 * The reminders (oldest first) to show as lines: one per subject and section,
 * the most urgent (the first), or `preferred` when it is one of them (a
 * reminder opened from its notification). Acting on the line shows the next.
 */
function onePerSubject(reminders: Reminder[], now: Date, preferred: string | null): Reminder[] {
  const chosen = new Map<string, Reminder>();
  for (const reminder of reminders) {
    const key = `${sectionOf(reminder, now)} ${subjectOf(reminder)}`;
    if (!chosen.has(key) || reminder.id === preferred) chosen.set(key, reminder);
  }
  const shown = new Set(chosen.values());
  return reminders.filter((reminder) => shown.has(reminder));
}

/** How many lines are due now: the sidebar's badge. */
export function dueNowCount(reminders: Reminder[], now: Date): number {
  return new Set(reminders.filter((reminder) => isDueNow(reminder, now)).map(subjectOf)).size;
}

/**
 * Places reminders (kept in the order given, one line per subject in a
 * section), then the key dates and cycles no reminder speaks for.
 */
export function arrange(
  input: { reminders: Reminder[]; keyDates: UpcomingDeadline[]; cycles: CycleProgress[] },
  now: Date,
  preferred: string | null = null,
): TodaySections {
  const sections: TodaySections = { due: [], week: [], congratulate: [], deadlines: [], keyDates: [], cme: [], cycles: [] };
  for (const reminder of onePerSubject(input.reminders, now, preferred)) sections[sectionOf(reminder, now)].push(reminder);

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
