/**
 * Reminder times in words, on the user's clock: "today 09:00", "Thu 09:00",
 * "overdue · 3 days", "it is 22:40 for Dr. Tanaka", "last contact 14 months
 * ago". The user's zone is an argument, not the system's, because doctors
 * travel and because a test must be able to fix it; so is "now". Clock times
 * and day names follow the user's locale (Intl); pass one to pin it.
 */
import { civilInZone, isKnownZone, offsetMinutes, relativeTo } from "../calendar/time";
import { formatterFor } from "../locale/current.svelte";
import { t } from "../locale/i18n.svelte";

const DAY = 24 * 60 * 60 * 1000;
const WEEK_DAYS = 7;

/** The civil day ("YYYY-MM-DD") an instant falls on in a zone. */
function dayIn(instant: Date, zone: string): string {
  return civilInZone(instant, zone).slice(0, 10);
}

/** Whole calendar days from `from`'s day to `to`'s day, both read in `zone` (negative when `to` is earlier). */
export function calendarDaysBetween(from: Date, to: Date, zone: string): number {
  return Math.round((Date.parse(dayIn(to, zone)) - Date.parse(dayIn(from, zone))) / DAY);
}

/** What a clock in `zone` reads at `instant`: "22:40" (or "10:40 PM", as the locale writes it). */
export function clockIn(instant: Date, zone: string, locale?: string): string {
  return formatterFor(locale).time(instant, zone);
}

/**
 * When a reminder is due, as the user reads it on their clock: "today 09:00",
 * "tomorrow 09:00", "yesterday 18:00", "Thu 09:00" within a week either way,
 * else "12 Mar 09:00" (with the year when it is not this year's).
 */
export function dueText(dueAt: string, now: Date, zone: string, locale?: string): string {
  const due = new Date(dueAt);
  if (Number.isNaN(due.getTime())) return dueAt;
  const days = calendarDaysBetween(now, due, zone);
  const formatter = formatterFor(locale);
  const time = clockIn(due, zone, locale);
  if (Math.abs(days) <= 1) return `${formatter.relative(days, "day")} ${time}`;
  if (Math.abs(days) < WEEK_DAYS) return `${formatter.weekday(due, zone)} ${time}`;
  const sameYear = dayIn(due, zone).slice(0, 4) === dayIn(now, zone).slice(0, 4);
  const day = formatter.format(due, { day: "numeric", month: "short", year: sameYear ? undefined : "numeric" }, zone);
  return `${day} ${time}`;
}

/** "in 3 hours", "in 2 days": how far off a reminder still is; null once it is due. */
export function untilText(dueAt: string, now: Date, locale?: string): string | null {
  const due = new Date(dueAt);
  if (Number.isNaN(due.getTime()) || due.getTime() <= now.getTime()) return null;
  return relativeTo(due, now, locale);
}

/** "overdue · 3 days" for a reminder due on an earlier day than today (on the user's clock); null otherwise. */
export function overdueText(dueAt: string, now: Date, zone: string, locale?: string): string | null {
  const due = new Date(dueAt);
  if (Number.isNaN(due.getTime())) return null;
  const days = calendarDaysBetween(due, now, zone);
  if (days < 1) return null;
  return t("time.overdueDays", { count: days, n: formatterFor(locale).number(days) });
}

/**
 * "it is 22:40 for Dr. Tanaka" ("… where they are" when the name is not known):
 * the time where the person is, when their clock reads differently from the
 * user's; null when it reads the same, or when their zone is not one this
 * system knows.
 */
export function theirTimeText(
  person: { name: string | null; zone: string | null },
  now: Date,
  userZone: string,
  locale?: string,
): string | null {
  const { name, zone } = person;
  if (!zone || !isKnownZone(zone)) return null;
  if (offsetMinutes(zone, now.getTime()) === offsetMinutes(userZone, now.getTime())) return null;
  const clock = clockIn(now, zone, locale);
  return name === null ? t("time.theirTimeUnnamed", { time: clock }) : t("time.theirTime", { time: clock, name });
}

/** "last contact 14 months ago", "last contact 3 days ago", "last contact today"; months up to two years. */
export function lastContactText(lastAt: string | null, now: Date, locale?: string): string {
  const then = lastAt === null ? NaN : Date.parse(lastAt);
  if (Number.isNaN(then)) return t("time.noContactYet");
  const formatter = formatterFor(locale);
  const ago = (value: number, unit: Intl.RelativeTimeFormatUnit) =>
    t("time.lastContact", { when: formatter.relative(-value, unit, "always") });
  const days = Math.max(0, Math.floor((now.getTime() - then) / DAY));
  if (days === 0) return t("time.lastContactToday");
  if (days < 31) return ago(days, "day");
  const months = Math.floor(days / 30.44);
  if (months < 24) return ago(months, "month");
  return ago(Math.floor(days / 365.25), "year");
}
