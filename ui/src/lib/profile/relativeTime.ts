/** "How long since we last spoke", short for the list and in words for the profile. */
import { formatterFor } from "../locale/current.svelte";
import { t } from "../locale/i18n.svelte";

const DAY = 24 * 60 * 60 * 1000;

function parse(timestamp: string | null): Date | null {
  if (timestamp === null || timestamp === "") return null;
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Whole days from `then` to `now`, never negative (a clock skew is "today"). */
function daysBetween(then: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - then.getTime()) / DAY));
}

/** The list's compact form: "today", "3 d", "5 mo", "2 y", or "—" for never. */
export function shortSince(timestamp: string | null, now: Date = new Date()): string {
  const then = parse(timestamp);
  if (!then) return "—";
  const n = (value: number) => ({ n: formatterFor().number(value) });
  const days = daysBetween(then, now);
  if (days === 0) return t("time.sinceToday");
  if (days < 31) return t("time.sinceDays", n(days));
  if (days < 365) return t("time.sinceMonths", n(Math.floor(days / 30.44)));
  return t("time.sinceYears", n(Math.floor(days / 365.25)));
}

/** The profile's form, in the user's language: "3 days ago", "yesterday", "never". */
export function longSince(timestamp: string | null, now: Date = new Date(), locale?: string): string {
  const then = parse(timestamp);
  if (!then) return t("profile.since.never");
  const formatter = formatterFor(locale);
  const days = daysBetween(then, now);
  if (days === 0) return formatter.relative(0, "day");
  if (days < 31) return formatter.relative(-days, "day");
  if (days < 365) return formatter.relative(-Math.floor(days / 30.44), "month");
  return formatter.relative(-Math.floor(days / 365.25), "year");
}
