/**
 * A day of the year with an optional year (a birthday, an anniversary), as the
 * month/day picker holds it and as the core stores it: `YYYY-MM-DD`, or
 * `--MM-DD` without the year.
 */

import { formatterFor } from "../locale/current.svelte";
import { t } from "../locale/i18n.svelte";

/** What the picker's three controls hold; an empty string is "not chosen". */
export interface MonthDayParts {
  /** "1"–"12". */
  month: string;
  /** "1"–"31". */
  day: string;
  /** Four digits, or empty when the year is not known. */
  year: string;
}

export function noMonthDay(): MonthDayParts {
  return { month: "", day: "", year: "" };
}

/** The stored text as the picker's parts; text it cannot read leaves the picker empty. */
export function monthDayParts(text: string | null | undefined): MonthDayParts {
  const match = /^(?:(\d{4})|-)-(\d{2})-(\d{2})$/.exec((text ?? "").trim());
  if (!match) return noMonthDay();
  return { year: match[1] ?? "", month: String(Number(match[2])), day: String(Number(match[3])) };
}

const pad = (value: string) => value.padStart(2, "0");

/** The parts as the core takes them (`YYYY-MM-DD` or `--MM-DD`); empty when nothing is chosen. */
export function monthDayText(parts: MonthDayParts): string {
  const year = parts.year.trim();
  if (parts.month === "" && parts.day === "" && year === "") return "";
  return `${year === "" ? "-" : year}-${pad(parts.month)}-${pad(parts.day)}`;
}

/** The month names of `locale` (the system's when not given), January first. */
export function monthNames(locale?: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" });
  return Array.from({ length: 12 }, (_, index) => format.format(new Date(Date.UTC(2000, index, 1))));
}

/** How many days `month` (1–12) has in `year`; without a year February has 29, so 29 February can be chosen. */
export function daysIn(month: number, year?: number): number {
  if (month === 2 && year === undefined) return 29;
  return new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
}

/** What is wrong with the parts, in words, or null when they make a day (or nothing at all). */
export function monthDayProblem(parts: MonthDayParts, locale?: string): string | null {
  const year = parts.year.trim();
  if (parts.month === "" && parts.day === "" && year === "") return null;
  if (parts.month === "") return t("widgets.monthDay.problems.month");
  if (parts.day === "") return t("widgets.monthDay.problems.day");
  if (year !== "" && !/^\d{4}$/.test(year)) return t("widgets.monthDay.problems.year");
  const month = Number(parts.month);
  const day = Number(parts.day);
  const days = daysIn(month, year === "" ? undefined : Number(year));
  if (day > days) {
    const name = monthNames(locale)[month - 1];
    return year !== "" && month === 2 && day === 29
      ? t("widgets.monthDay.problems.notLeapYear", { year, name, count: days, n: formatterFor(locale).number(days) })
      : t("widgets.monthDay.problems.tooFewDays", { name, count: days, n: formatterFor(locale).number(days) });
  }
  return null;
}

/** Which control `monthDayProblem` is about, for marking it and moving focus there. */
export function invalidPart(parts: MonthDayParts): keyof MonthDayParts | null {
  const year = parts.year.trim();
  if (parts.month === "" && parts.day === "" && year === "") return null;
  if (parts.month === "") return "month";
  if (parts.day === "") return "day";
  if (year !== "" && !/^\d{4}$/.test(year)) return "year";
  return Number(parts.day) > daysIn(Number(parts.month), year === "" ? undefined : Number(year)) ? "day" : null;
}
