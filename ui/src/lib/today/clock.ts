/**
 * Reminder times in words, on the user's clock: "today 09:00", "Thu 09:00",
 * "overdue · 3 days", "it is 22:40 for Dr. Tanaka", "last contact 14 months
 * ago". The user's zone is an argument, not the system's, because doctors
 * travel and because a test must be able to fix it; so is "now". Clock times
 * and day names follow the user's locale (Intl); pass one to pin it.
 */
import { civilInZone, isKnownZone, offsetMinutes, relativeTo } from "../calendar/time";

const DAY = 24 * 60 * 60 * 1000;
const WEEK_DAYS = 7;

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ""}|${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options);
    formats.set(key, found);
  }
  return found;
}

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
  return format(locale, { hour: "2-digit", minute: "2-digit", timeZone: zone }).format(instant);
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
  const time = clockIn(due, zone, locale);
  if (Math.abs(days) <= 1) {
    const word = new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(days, "day");
    return `${word} ${time}`;
  }
  if (Math.abs(days) < WEEK_DAYS) {
    return `${format(locale, { weekday: "short", timeZone: zone }).format(due)} ${time}`;
  }
  const sameYear = dayIn(due, zone).slice(0, 4) === dayIn(now, zone).slice(0, 4);
  const day = format(locale, { day: "numeric", month: "short", year: sameYear ? undefined : "numeric", timeZone: zone });
  return `${day.format(due)} ${time}`;
}

/** "in 3 hours", "in 2 days": how far off a reminder still is; null once it is due. */
export function untilText(dueAt: string, now: Date, locale?: string): string | null {
  const due = new Date(dueAt);
  if (Number.isNaN(due.getTime()) || due.getTime() <= now.getTime()) return null;
  return relativeTo(due, now, locale);
}

/** "overdue · 3 days" for a reminder due on an earlier day than today (on the user's clock); null otherwise. */
export function overdueText(dueAt: string, now: Date, zone: string): string | null {
  const due = new Date(dueAt);
  if (Number.isNaN(due.getTime())) return null;
  const days = calendarDaysBetween(due, now, zone);
  if (days < 1) return null;
  return `overdue · ${days.toLocaleString()} ${days === 1 ? "day" : "days"}`;
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
  return name === null ? `it is ${clock} where they are` : `it is ${clock} for ${name}`;
}

/** "last contact 14 months ago", "last contact 3 days ago", "last contact today"; months up to two years. */
export function lastContactText(lastAt: string | null, now: Date, locale?: string): string {
  const then = lastAt === null ? NaN : Date.parse(lastAt);
  if (Number.isNaN(then)) return "no contact yet";
  const words = new Intl.RelativeTimeFormat(locale, { numeric: "always" });
  const days = Math.max(0, Math.floor((now.getTime() - then) / DAY));
  if (days === 0) return "last contact today";
  if (days < 31) return `last contact ${words.format(-days, "day")}`;
  const months = Math.floor(days / 30.44);
  if (months < 24) return `last contact ${words.format(-months, "month")}`;
  return `last contact ${words.format(-Math.floor(days / 365.25), "year")}`;
}
