/**
 * When a snoozed reminder comes back: 09:00 of the chosen day on the user's
 * clock (tomorrow, in a week, or a date they pick), so it arrives with the
 * morning's other reminders rather than at the odd minute it was snoozed.
 * The user's zone is given, not read, so a test (or a traveller) fixes it.
 */
import { addDays, civilInZone, zonedToInstant } from "../calendar/time";
import { t } from "../locale/i18n.svelte";

/** The time of day a snooze ends. */
export const SNOOZE_TIME = "09:00";

/** How long to put a reminder off. */
export type SnoozeChoice = { kind: "day" } | { kind: "week" } | { kind: "date"; day: string };

export type SnoozeEnd = { ok: true; until: Date } | { ok: false; message: string };

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Today on the user's clock, "YYYY-MM-DD". */
export function todayIn(now: Date, zone: string): string {
  return civilInZone(now, zone).slice(0, 10);
}

/** The earliest day a date snooze may pick (tomorrow), for the date field's `min`. */
export function firstSnoozeDay(now: Date, zone: string): string {
  return addDays(todayIn(now, zone), 1);
}

/** The instant a snooze ends: 09:00 of the chosen day in `zone`; a message when that is not after `now`. */
export function snoozeUntil(choice: SnoozeChoice, now: Date, zone: string): SnoozeEnd {
  const today = todayIn(now, zone);
  let day: string;
  if (choice.kind === "day") day = addDays(today, 1);
  else if (choice.kind === "week") day = addDays(today, 7);
  else day = choice.day.trim();
  if (!DAY_PATTERN.test(day) || Number.isNaN(Date.parse(day))) {
    return { ok: false, message: t("today.snooze.errors.day") };
  }
  const until = zonedToInstant(`${day}T${SNOOZE_TIME}:00`, zone);
  if (!until || until.getTime() <= now.getTime()) {
    return { ok: false, message: t("today.snooze.errors.afterToday", { time: SNOOZE_TIME }) };
  }
  return { ok: true, until };
}

