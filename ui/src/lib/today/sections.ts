/**
 * What the Today list shows and in which order: one line per subject, in
 * three groups, each ranked so that what matters most sits at the top.
 *
 * The rule:
 * 1. **Deadlines** first: hard, dated obligations (a key date such as an
 *    abstract, registration or early-bird deadline; a CME or license cycle
 *    short of hours; a letter of recommendation, an opportunity, a
 *    membership renewal), whether their reminder is due yet or not, by the
 *    date the obligation itself falls due (the key date's, the cycle's end),
 *    earliest first. Key dates of the next month and cycles still short that
 *    have no reminder of their own join them, so the group is the whole
 *    picture.
 * 2. **Due now**: every other reminder whose moment has come, by urgency,
 *    not oldest first: what fell due within the last {@link FRESH_DAYS}
 *    days, oldest of those first (it has waited longest), then the long
 *    overdue soft nudges, most recent first (a nudge 236 days overdue no
 *    longer has a moment to miss; it sits at the bottom, beside the
 *    "longest without contact" list).
 * 3. **Next 7 days**: what falls due later, soonest first.
 *
 * One line per subject: a person's soft prompts (a birthday and a
 * stay-in-touch, a follow-up and a milestone) share one line, as do a key
 * date's reminders at 14 and 7 days, a cycle's, or a workflow row's. The
 * line's main reminder is the most urgent of them by the rule above (or the
 * one opened from its notification); the line names the others' reasons
 * too. Acting on the line acts on its main reminder, and the next one about
 * the subject takes its place.
 */
import type { CycleProgress } from "../bindings/CycleProgress";
import type { Reminder } from "../bindings/Reminder";
import type { ReminderKind } from "../bindings/ReminderKind";
import type { UpcomingDeadline } from "../bindings/UpcomingDeadline";
import { t } from "../locale/i18n.svelte";

/** The groups of the list, in the order the view shows them. */
export type SectionKey = "deadlines" | "due" | "week";

export const SECTION_KEYS: readonly SectionKey[] = ["deadlines", "due", "week"];

/** Each section's heading, from the string catalogue (read when shown, so in the language in force). */
export const SECTION_TITLES: Record<SectionKey, string> = {
  get deadlines() {
    return t("today.sections.deadlines");
  },
  get due() {
    return t("today.sections.due");
  },
  get week() {
    return t("today.sections.week");
  },
};

/** How far ahead the Today view lists reminders, in days. */
export const REMINDER_WINDOW_DAYS = 7;
/** How far ahead it lists key dates, in days. */
export const KEY_DATE_WINDOW_DAYS = 30;
/** How many people it lists as longest without contact. */
export const OUT_OF_TOUCH_LIMIT = 5;
/** How long a soft nudge counts as fresh once due; past that it ranks below the fresh ones. */
export const FRESH_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;

// A Record (not a set) so that tsc fails here when Rust adds a kind.
const HARD_DEADLINE: Record<ReminderKind, boolean> = {
  deadline: true,
  cme_shortfall: true,
  letter_request: true,
  opportunity: true,
  membership_renewal: true,
  follow_up: false,
  stay_in_touch: false,
  event_follow_up: false,
  custom: false,
  milestone: false,
  birthday: false,
  work_anniversary: false,
  claim_credits: false,
  referral_thanks: false,
  intro_follow_up: false,
  mentoring: false,
  profile_update: false,
  weekly_review: false,
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

/** One line of the list: a reminder (with the others about its subject), or a key date or cycle with none. */
export interface TodayLine {
  /** The subject, unique in the list. */
  key: string;
  section: SectionKey;
  /** The reminder the line acts on; null for a key date or cycle without one. */
  main: Reminder | null;
  /** The other reminders about the same subject, most urgent first: their reasons are named on the line. */
  also: Reminder[];
  /** A key date with no reminder of its own. */
  keyDate: UpcomingDeadline | null;
  /** A cycle short of hours with no reminder of its own. */
  cycle: CycleProgress | null;
  /** When the obligation falls due (a deadline's own date), for the line's "when". */
  dueAt: string;
}

/** Everything the view lists, placed and ranked. */
export type TodaySections = Record<SectionKey, TodayLine[]>;

/** True once a reminder's moment has come. */
export function isDueNow(reminder: Pick<Reminder, "due_at">, now: Date): boolean {
  const due = Date.parse(reminder.due_at);
  return Number.isNaN(due) || due <= now.getTime();
}

/** True for a hard, dated obligation (a key date, a cycle's end, a letter…). */
export function isHardDeadline(kind: ReminderKind): boolean {
  return HARD_DEADLINE[kind];
}

/** The group a reminder belongs in at `now`. */
export function sectionOf(reminder: Reminder, now: Date): SectionKey {
  if (isHardDeadline(reminder.kind)) return "deadlines";
  return isDueNow(reminder, now) ? "due" : "week";
}

/**
 * What a line is about, for "one line per subject": a key date (reminded at
 * 14 and at 7 days), a CME cycle, an event's credits, one of the user's own
 * reminders (each occurrence of a repeating one), a networking workflow's row
 * (one line per referral, letter request, mentorship…), the weekly review, or
 * else the person (a stay-in-touch prompt and a birthday, a follow-up and a
 * milestone).
 */
export function subjectOf(reminder: Reminder): string {
  const { subject } = reminder;
  if (WORKFLOW_KINDS.has(reminder.kind)) return reminder.id.split(":").slice(0, -1).join(":");
  if (reminder.kind === "weekly_review") return "weekly review";
  const [what, id] =
    reminder.kind === "deadline"
      ? ["deadline", subject.deadline_id]
      : reminder.kind === "cme_shortfall"
        ? ["cycle", subject.cycle_id]
        : reminder.kind === "claim_credits"
          ? ["credits", subject.event_id]
          : reminder.kind === "custom" && subject.contact_id === null
            ? ["custom", subject.custom_id]
            : ["contact", subject.contact_id];
  return id === null ? `reminder ${reminder.id}` : `${what} ${id}`;
}

/** When a reminder's obligation falls due: a key date's own date or a cycle's end when known, else the reminder's. */
function obligationDue(reminder: Reminder, keyDates: UpcomingDeadline[], cycles: CycleProgress[]): string {
  const { deadline_id, cycle_id } = reminder.subject;
  if (reminder.kind === "deadline" && deadline_id !== null) {
    const found = keyDates.find((item) => item.deadline.id === deadline_id);
    if (found) return found.deadline.due_at;
  }
  if (reminder.kind === "cme_shortfall" && cycle_id !== null) {
    const found = cycles.find((progress) => progress.cycle.id === cycle_id);
    if (found) return `${found.cycle.ends_on}T23:59:59Z`;
  }
  return reminder.due_at;
}

/**
 * A line's place in its group, smaller first: deadlines and the week by
 * date; due now, the fresh by how long they have waited, then the stale by
 * how recently they fell due.
 */
function rankOf(line: Pick<TodayLine, "section" | "dueAt">, now: Date): [number, number] {
  const at = Date.parse(line.dueAt);
  const when = Number.isNaN(at) ? now.getTime() : at;
  if (line.section !== "due") return [0, when];
  const fresh = now.getTime() - when <= FRESH_DAYS * DAY_MS;
  return fresh ? [0, when] : [1, -when];
}

function compareLines(now: Date) {
  return (a: TodayLine, b: TodayLine) => {
    const order = SECTION_KEYS.indexOf(a.section) - SECTION_KEYS.indexOf(b.section);
    if (order !== 0) return order;
    const [ta, wa] = rankOf(a, now);
    const [tb, wb] = rankOf(b, now);
    return ta - tb || wa - wb;
  };
}

/** How many lines hold a reminder due now: the sidebar's badge. */
export function dueNowCount(reminders: Reminder[], now: Date): number {
  return new Set(reminders.filter((reminder) => isDueNow(reminder, now)).map(subjectOf)).size;
}

/**
 * Places and ranks everything: reminders merged one line per subject (the
 * most urgent, or `preferred`, as the main one), then the key dates and
 * cycles no reminder speaks for, each group in the order of the module's rule.
 */
export function arrange(
  input: { reminders: Reminder[]; keyDates: UpcomingDeadline[]; cycles: CycleProgress[] },
  now: Date,
  preferred: string | null = null,
): TodaySections {
  const { keyDates, cycles } = input;
  const single = input.reminders.map((reminder) => {
    const section = sectionOf(reminder, now);
    return { reminder, line: { section, dueAt: obligationDue(reminder, keyDates, cycles) } };
  });
  const urgency = compareLines(now);
  single.sort((a, b) => urgency(a.line as TodayLine, b.line as TodayLine));

  const bySubject = new Map<string, TodayLine>();
  for (const { reminder, line } of single) {
    const key = subjectOf(reminder);
    const held = bySubject.get(key);
    if (!held) {
      bySubject.set(key, { key, ...line, main: reminder, also: [], keyDate: null, cycle: null });
    } else if (reminder.id === preferred && held.main) {
      bySubject.set(key, { ...held, ...line, main: reminder, also: [held.main, ...held.also] });
    } else {
      held.also.push(reminder);
    }
  }
  const lines = [...bySubject.values()];

  const remindedDeadlines = new Set(input.reminders.map((r) => r.subject.deadline_id).filter((id) => id !== null));
  for (const keyDate of keyDates) {
    const { deadline } = keyDate;
    if (deadline.done || remindedDeadlines.has(deadline.id) || Date.parse(deadline.due_at) < now.getTime()) continue;
    lines.push({ key: `deadline ${deadline.id}`, section: "deadlines", main: null, also: [], keyDate, cycle: null, dueAt: deadline.due_at });
  }
  const remindedCycles = new Set(input.reminders.filter((r) => r.kind === "cme_shortfall").map((r) => r.subject.cycle_id));
  for (const progress of cycles) {
    if (progress.complete || progress.days_left < 0 || remindedCycles.has(progress.cycle.id)) continue;
    const dueAt = `${progress.cycle.ends_on}T23:59:59Z`;
    lines.push({ key: `cycle ${progress.cycle.id}`, section: "deadlines", main: null, also: [], keyDate: null, cycle: progress, dueAt });
  }

  lines.sort(urgency);
  const sections: TodaySections = { deadlines: [], due: [], week: [] };
  for (const line of lines) sections[line.section].push(line);
  return sections;
}

/** True when nothing at all is due or coming up (the longest-without-contact list aside). */
export function isEmpty(sections: TodaySections): boolean {
  return SECTION_KEYS.every((key) => sections[key].length === 0);
}
