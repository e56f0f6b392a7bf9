/** "How long since we last spoke", short for the list and in words for the profile. */

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
  const days = daysBetween(then, now);
  if (days === 0) return "today";
  if (days < 31) return `${days} d`;
  if (days < 365) return `${Math.floor(days / 30.44)} mo`;
  return `${Math.floor(days / 365.25)} y`;
}

/** The profile's form, in the user's language: "3 days ago", "yesterday", "never". */
export function longSince(timestamp: string | null, now: Date = new Date(), locale?: string): string {
  const then = parse(timestamp);
  if (!then) return "never";
  const words = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  const days = daysBetween(then, now);
  if (days === 0) return words.format(0, "day");
  if (days < 31) return words.format(-days, "day");
  if (days < 365) return words.format(-Math.floor(days / 30.44), "month");
  return words.format(-Math.floor(days / 365.25), "year");
}
