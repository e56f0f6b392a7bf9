/**
 * Civil times and zones as the calendar shows them. The backend works out
 * occurrences and due instants; the UI still needs to read a civil time typed
 * in one zone as an instant (to show it on the user's clock), to write what a
 * `datetime-local` field holds in the backend's form, and to say "in 3 days".
 * JavaScript has no zoned date-time yet, so the offset comes from Intl;
 * Anywhere on Earth, which Intl does not know, is the core's (its name, words
 * and offset are generated into bindings/constants.ts).
 */
import { AOE, AOE_LABEL, AOE_OFFSET_HOURS } from "../bindings/constants";
import { fmt, formatterFor } from "../locale/current.svelte";

/** The zone name for Anywhere on Earth (UTC−12), as key dates use it. */
export { AOE };

/** Anywhere on Earth as the zone picker offers it: "Anywhere on Earth (UTC−12)". */
export const AOE_CHOICE = `${AOE_LABEL} (UTC${AOE_OFFSET_HOURS < 0 ? "−" : "+"}${Math.abs(AOE_OFFSET_HOURS)})`;

const AOE_OFFSET_MINUTES = AOE_OFFSET_HOURS * 60;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The user's own IANA zone ("UTC" when the system does not say). */
export function userZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

let knownZones: string[] | null = null;

/** Every IANA zone name the system knows, for the zone pickers. */
export function zoneNames(): string[] {
  if (!knownZones) {
    const known = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
    knownZones = [...new Set([...known, "UTC", userZone()])].sort();
  }
  return knownZones;
}

const zoneKnown = new Map<string, boolean>();

/** True for a zone Intl can use ("Europe/Berlin", "UTC"); asked once per name (a formatter is slow to build). */
export function isKnownZone(zone: string): boolean {
  let known = zoneKnown.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    zoneKnown.set(zone, known);
  }
  return known;
}

/** How a zone reads: "Anywhere on Earth" for AoE, the IANA name otherwise. */
export function zoneLabel(zone: string): string {
  return zone === AOE ? AOE_LABEL : zone;
}

interface CivilParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const CIVIL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/;

/** Reads "YYYY-MM-DD", "YYYY-MM-DDTHH:MM" or "…:SS" (anything after is ignored); null when unreadable. */
function civilParts(civil: string): CivilParts | null {
  const match = CIVIL.exec(civil);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  return { year, month, day, hour, minute, second };
}

/** The civil time as if it were UTC, in milliseconds: a way to do calendar arithmetic. */
function asUtc({ year, month, day, hour, minute, second }: CivilParts): number {
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

function civilText(ms: number): string {
  const d = new Date(ms);
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}

const partFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, in minutes (Berlin in summer: 120). */
export function offsetMinutes(zone: string, instant: number): number {
  if (zone === AOE) return AOE_OFFSET_MINUTES;
  let format = partFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partFormats.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour % 24, +parts.minute, +parts.second);
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / MINUTE);
}

/**
 * The instant of a civil time in a zone ("" or an unknown zone: the user's
 * own). A time skipped by a DST change is read with the offset before it, as
 * jiff's "compatible" rule does; a repeated one takes the earlier instant.
 */
export function zonedToInstant(civil: string, zone: string): Date | null {
  const parts = civilParts(civil);
  if (!parts) return null;
  const where = zone === "" || (zone !== AOE && !isKnownZone(zone)) ? userZone() : zone;
  const wall = asUtc(parts);
  const before = offsetMinutes(where, wall - DAY);
  const after = offsetMinutes(where, wall + DAY);
  // Try the earlier offset first (the repeated hour's first instant), then the later one.
  for (const offset of before >= after ? [before, after] : [after, before]) {
    const instant = wall - offset * MINUTE;
    if (offsetMinutes(where, instant) === offset) return new Date(instant);
  }
  return new Date(wall - before * MINUTE);
}

/** The civil time ("YYYY-MM-DDTHH:MM:SS") an instant shows on a zone's clock. */
export function civilInZone(instant: Date, zone: string): string {
  const where = zone === "" ? userZone() : zone;
  return civilText(instant.getTime() + offsetMinutes(where, instant.getTime()) * MINUTE);
}

/** A `datetime-local` value in the backend's civil form "YYYY-MM-DDTHH:MM:SS"; "" when blank or unreadable. */
export function fromLocalInput(value: string): string {
  const parts = civilParts(value);
  return parts && value.includes("T") ? civilText(asUtc(parts)) : "";
}

/** A civil time as a `datetime-local` value ("YYYY-MM-DDTHH:MM"). */
export function toLocalInput(civil: string): string {
  return civil.slice(0, 16);
}

/** The day part of a civil time or date ("YYYY-MM-DD"). */
export function dayOf(civil: string): string {
  return civil.slice(0, 10);
}

/** The day `days` after a civil day ("YYYY-MM-DD"). */
export function addDays(day: string, days: number): string {
  const parts = civilParts(day);
  return parts ? civilText(asUtc(parts) + days * DAY).slice(0, 10) : day;
}

/** The first day of the month `months` after the one `day` is in. */
export function monthStart(day: string, months: number): string {
  const parts = civilParts(day);
  if (!parts) return day;
  return civilText(Date.UTC(parts.year, parts.month - 1 + months, 1)).slice(0, 10);
}

/** Today on the user's clock, "YYYY-MM-DD". */
export function today(now: Date = new Date()): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The civil time (seconds dropped) of an RFC 9557 or civil start, e.g. "2026-03-29T09:00:00+02:00[Europe/Berlin]". */
export function civilPart(text: string): string {
  const parts = civilParts(text);
  return parts ? civilText(asUtc(parts)) : text;
}

/** A civil time's clock reading in the user's locale and clock, "09:00" or "9:00 AM". */
export function formatTime(civil: string): string {
  return fmt().time(civil);
}

/** A civil day in the user's locale, "Sun, 29 Mar 2026". */
export function formatDay(civil: string): string {
  return fmt().weekdayDate(civil);
}

/** A civil day without the year, "Sun, 29 Mar". */
export function formatShortDay(civil: string): string {
  return fmt().weekdayDate(civil, { year: false });
}

/** A day and time, "Sun, 29 Mar 2026, 09:00". */
export function formatDayTime(civil: string): string {
  return fmt().dateTime(civil);
}

/** "in 3 days", "tomorrow", "in 5 hours", "2 days ago", in the user's language. */
export function relativeTo(instant: Date, now: Date = new Date(), locale?: string): string {
  return formatterFor(locale).fromNow(instant, now);
}
