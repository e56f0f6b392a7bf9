/** How a profile's stored values read on screen: birthdays, local times, addresses, initials. */
import type { Address } from "../bindings/Address";
import { formatterFor } from "../locale/current.svelte";

const BIRTHDAY = /^(?:(\d{4})-?|--)(\d{2})-?(\d{2})$/;

/** "29 March 1980", or "29 March" for a yearless `--03-29`, in the user's locale; the raw text if unreadable. */
export function formatBirthday(birthday: string, locale?: string): string {
  const match = BIRTHDAY.exec(birthday);
  if (!match) return birthday;
  const [, year, month, day] = match;
  // Noon UTC, formatted in UTC, so no time zone can move the day.
  const date = new Date(Date.UTC(year ? Number(year) : 2000, Number(month) - 1, Number(day), 12));
  if (Number.isNaN(date.getTime())) return birthday;
  return formatterFor(locale).format(date, { day: "numeric", month: "long", ...(year ? { year: "numeric" } : {}) }, "UTC");
}

/** The wall-clock time now in an IANA zone ("14:05"), or null when the zone is unknown. */
export function localTimeIn(timeZone: string, now: Date = new Date(), locale?: string): string | null {
  if (timeZone.trim() === "") return null;
  try {
    return formatterFor(locale).time(now, timeZone);
  } catch {
    return null;
  }
}

/** A postal address on one line, blank parts left out. */
export function addressLine(address: Address): string {
  const cityLine = [address.postal_code, address.locality].filter((part) => part !== "").join(" ");
  return [address.po_box, address.extended, address.street, cityLine, address.region, address.country]
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .join(", ");
}

/** Every IANA zone this system knows, for the time zone field's suggestions. */
export function knownTimeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: "timeZone") => string[] };
  return typeof intl.supportedValuesOf === "function" ? intl.supportedValuesOf("timeZone") : [];
}

/** Up to two initials for a photo-less avatar: "Amara Okafor" → "AO", "Dr. Li" → "L". */
export function initialsOf(name: string): string {
  const words = name
    .split(/\s+/)
    .filter((word) => word !== "" && !/^(dr|prof|mr|mrs|ms)\.?$/i.test(word))
    .filter((word) => /\p{L}/u.test(word));
  if (words.length === 0) return "?";
  const first = words[0];
  const last = words.length > 1 ? words[words.length - 1] : "";
  return [first, last].map((word) => Array.from(word)[0] ?? "").join("").toUpperCase();
}
