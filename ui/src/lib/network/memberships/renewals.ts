/** What the Memberships tab works out for display: the renewals coming up and dues in words. */
import type { Membership } from "../../bindings/Membership";
import { addDays, today } from "../../calendar/time";

/** How far ahead "coming up" looks, in days. */
export const COMING_UP_DAYS = 90;

/** Active memberships renewing within the next COMING_UP_DAYS days (or overdue), soonest first. */
export function comingUp(all: Membership[], now: Date): Membership[] {
  const until = addDays(today(now), COMING_UP_DAYS);
  return all
    .filter((m) => m.status === "active" && m.renews_on !== null && m.renews_on <= until)
    .sort((a, b) => (a.renews_on ?? "").localeCompare(b.renews_on ?? ""));
}

/** "350.00 EUR", or "" when no dues are recorded. */
export function duesText(m: Membership): string {
  if (m.dues_amount === null) return "";
  return `${m.dues_amount.toFixed(2)} ${m.dues_currency}`.trim();
}

/** Dues as typed ("350", "42,50"): the amount, null when left empty, undefined when not an amount. */
export function parseDues(typed: string): number | null | undefined {
  const trimmed = typed.trim();
  if (trimmed === "") return null;
  const amount = Number(trimmed.replace(",", "."));
  return Number.isFinite(amount) ? amount : undefined;
}
