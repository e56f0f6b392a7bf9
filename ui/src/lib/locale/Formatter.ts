/**
 * The one formatter of dates, times and numbers: every one the UI shows goes
 * through it, in the resolved locale, clock and first weekday (see prefs.ts).
 * Civil values ("2026-12-10", "2026-12-10T23:59:00": a day or a wall-clock
 * time with no zone) are written as they read; instants are written on the
 * clock of the zone given.
 */
import type { DayNumber, ResolvedLocale } from "./prefs";

/** A civil day or time ("YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS]"), or an instant. */
export type When = string | Date;

const CIVIL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/;

/** A civil value as if it were UTC (so Intl, told UTC, writes it as it reads); null when unreadable. */
function civilAsUtc(civil: string): Date | null {
  const match = CIVIL.exec(civil);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second));
}

type Unit = Intl.RelativeTimeFormatUnit;

const DAY_MS = 24 * 60 * 60 * 1000;

export class Formatter {
  readonly locale: string;
  /** 0 Sunday, 1 Monday … 6 Saturday. */
  readonly firstDay: DayNumber;
  readonly hour12: boolean | undefined;
  private readonly cache = new Map<string, Intl.DateTimeFormat>();
  private readonly numbers: Intl.NumberFormat;
  private readonly hoursFormat: Intl.NumberFormat;
  private readonly relatives = new Map<string, Intl.RelativeTimeFormat>();
  private clockCycle24: boolean | undefined;

  constructor({ locale, hour12, firstDay }: ResolvedLocale) {
    this.locale = locale;
    this.hour12 = hour12;
    this.firstDay = firstDay;
    this.numbers = new Intl.NumberFormat(locale);
    this.hoursFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  }

  /** True when times read on a 24 hour clock (chosen, or the locale's own). */
  get uses24h(): boolean {
    if (this.clockCycle24 === undefined) {
      const cycle = this.dateTimeFormat({ hour: "numeric" }).resolvedOptions().hourCycle;
      this.clockCycle24 = cycle === "h23" || cycle === "h24";
    }
    return this.clockCycle24;
  }

  /** The hour and minute fields: "09:00" on a 24 hour clock, "9:00 AM" on a 12 hour one. */
  private get hourMinute(): Intl.DateTimeFormatOptions {
    return { hour: this.uses24h ? "2-digit" : "numeric", minute: "2-digit" };
  }

  /** Clock options for Intl: the chosen cycle, or none (the locale's own). */
  get clock(): Pick<Intl.DateTimeFormatOptions, "hourCycle"> {
    if (this.hour12 === undefined) return {};
    return { hourCycle: this.hour12 ? "h12" : "h23" };
  }

  /** A cached Intl.DateTimeFormat in this locale and clock. */
  dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    const withClock = options.hour === undefined && options.timeStyle === undefined ? options : { ...options, ...this.clock };
    const key = JSON.stringify(withClock);
    let found = this.cache.get(key);
    if (!found) {
      found = new Intl.DateTimeFormat(this.locale, withClock);
      this.cache.set(key, found);
    }
    return found;
  }

  /**
   * Writes `when` with `options`: a civil value as it reads, an instant on
   * `zone`'s clock (the system's when not given). An unreadable civil value
   * is returned as it is.
   */
  format(when: When, options: Intl.DateTimeFormatOptions, zone?: string): string {
    if (typeof when === "string") {
      const civil = civilAsUtc(when);
      return civil ? this.dateTimeFormat({ ...options, timeZone: "UTC" }).format(civil) : when;
    }
    if (Number.isNaN(when.getTime())) return "";
    return this.dateTimeFormat(zone ? { ...options, timeZone: zone } : options).format(when);
  }

  /** "10 Dec 2026", "Dec 10, 2026", "10.12.2026". */
  date(when: When, zone?: string): string {
    return this.format(when, { dateStyle: "medium" }, zone);
  }

  /** "Thu, 10 Dec 2026", "Do., 10. Dez. 2026"; without the year when `year` is false. */
  weekdayDate(when: When, { year = true, zone }: { year?: boolean; zone?: string } = {}): string {
    return this.format(when, { weekday: "short", day: "numeric", month: "short", year: year ? "numeric" : undefined }, zone);
  }

  /** "December 2026", "Dezember 2026". */
  monthYear(when: When, zone?: string): string {
    return this.format(when, { month: "long", year: "numeric" }, zone);
  }

  /** The weekday's short name: "Thu", "Do.". */
  weekday(when: When, zone?: string, width: "short" | "long" = "short"): string {
    return this.format(when, { weekday: width }, zone);
  }

  /** "23:59", "11:59 PM". */
  time(when: When, zone?: string): string {
    return this.format(when, this.hourMinute, zone);
  }

  /**
   * A day and time with the zone's label when given: "Thu, 10 Dec 2026, 23:59 AoE".
   * `civil` is the wall-clock time in that zone.
   */
  dateTime(civil: When, zoneLabel?: string, { year = true }: { year?: boolean } = {}): string {
    const text = this.format(civil, {
      weekday: "short",
      day: "numeric",
      month: "short",
      year: year ? "numeric" : undefined,
      ...this.hourMinute,
    });
    return zoneLabel ? `${text} ${zoneLabel}` : text;
  }

  /** Two civil days as one range: "Thu, 10 – Sat, 12 Dec 2026" (one day alone when equal). */
  dateRange(first: string, last: string): string {
    const from = civilAsUtc(first);
    const to = civilAsUtc(last);
    if (!from || !to) return `${first} – ${last}`;
    const format = this.dateTimeFormat({ weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
    return from.getTime() === to.getTime() ? format.format(from) : format.formatRange(from, to);
  }

  /** Two wall-clock times of one day as a range: "09:00–10:30", "9:00 – 10:30 AM". */
  timeRange(first: string, last: string): string {
    const from = civilAsUtc(first);
    const to = civilAsUtc(last);
    if (!from || !to) return `${first} – ${last}`;
    return this.dateTimeFormat({ ...this.hourMinute, timeZone: "UTC" }).formatRange(from, to);
  }

  /** "in 5 days", "tomorrow", "3 months ago"; `numeric: "always"` keeps "in 1 day". */
  relative(value: number, unit: Unit, numeric: "auto" | "always" = "auto"): string {
    let format = this.relatives.get(numeric);
    if (!format) {
      format = new Intl.RelativeTimeFormat(this.locale, { numeric });
      this.relatives.set(numeric, format);
    }
    return format.format(value, unit);
  }

  /** "in 3 hours", "in 2 days", "5 minutes ago": how far `instant` is from `now`, in the largest fitting unit. */
  fromNow(instant: Date, now: Date): string {
    const diff = instant.getTime() - now.getTime();
    const minutes = Math.round(diff / 60_000);
    if (Math.abs(minutes) < 60) return this.relative(minutes, "minute");
    const hours = Math.round(diff / 3_600_000);
    if (Math.abs(hours) < 24) return this.relative(hours, "hour");
    return this.relative(Math.round(diff / DAY_MS), "day");
  }

  /** A day and time in the locale's medium style: "10 Dec 2026, 23:59" (the instant on `zone`'s clock). */
  dateAndTime(when: When, zone?: string): string {
    return this.format(when, { dateStyle: "medium", timeStyle: "short" }, zone);
  }

  /** "5,000", "5.000", "5 000". */
  number(value: number): string {
    return this.numbers.format(value);
  }

  /** Credit hours as a number: "12.5", "12,5", "1" (at most two decimals). */
  hours(value: number): string {
    return this.hoursFormat.format(value);
  }

  /** The seven weekdays' short names, starting on the first day of the week. */
  weekdayNames(width: "short" | "long" = "short"): string[] {
    // 2023-01-01 was a Sunday.
    return Array.from({ length: 7 }, (_, i) =>
      this.weekday(new Date(Date.UTC(2023, 0, 1 + ((this.firstDay + i) % 7))), "UTC", width),
    );
  }
}
