/**
 * Stay-in-touch cadences as the user reads and picks them. The backend counts
 * in days (a month is 30, a year 365, as the CLI's "3mo" and "1y"); the user
 * picks "every 3 months" or types a number of days, weeks or months.
 */
import type { CadenceRule } from "../bindings/CadenceRule";
import type { CadenceTarget } from "../bindings/CadenceTarget";
import type { RelationshipKind } from "../bindings/RelationshipKind";

/** The choices a profile offers, in days. */
export const CADENCE_PRESETS: ReadonlyArray<{ days: number; label: string }> = [
  { days: 14, label: "Every 2 weeks" },
  { days: 30, label: "Every month" },
  { days: 90, label: "Every 3 months" },
  { days: 180, label: "Every 6 months" },
  { days: 365, label: "Every year" },
];

/** The longest cadence the backend takes (ten years). */
export const MAX_CADENCE_DAYS = 3650;

/** What a profile's cadence menu shows for a cadence: a preset's days, "custom" or "none". */
export type CadenceChoice = "none" | "custom" | `${number}`;

export function choiceOf(days: number | null): CadenceChoice {
  if (days === null) return "none";
  return CADENCE_PRESETS.some((preset) => preset.days === days) ? `${days}` : "custom";
}

/** The units a cadence may be typed in, and their length in days. */
export const CADENCE_UNITS = { days: 1, weeks: 7, months: 30 } as const;
export type CadenceUnit = keyof typeof CADENCE_UNITS;

/** Days from "every `count` `unit`", or what is wrong with what was typed. */
export function cadenceDays(count: string, unit: CadenceUnit): number | { problem: string } {
  const text = count.trim();
  if (!/^\d+$/.test(text) || Number(text) === 0) return { problem: "Write how often as a whole number, like 3." };
  const days = Number(text) * CADENCE_UNITS[unit];
  if (days > MAX_CADENCE_DAYS) return { problem: "A cadence is at most 10 years." };
  return days;
}

function every(count: number, unit: string): string {
  return count === 1 ? `every ${unit}` : `every ${count} ${unit}s`;
}

/** A cadence in words: "every 2 weeks", "every month", "every 3 months", "every year", "every 10 days". */
export function cadenceWords(days: number): string {
  if (days % 365 === 0) return every(days / 365, "year");
  if (days % 30 === 0) return every(days / 30, "month");
  if (days % 7 === 0) return every(days / 7, "week");
  return every(days, "day");
}

/** The people a relationship cadence is for, as "your …" says them. */
const RELATIONSHIP_PLURALS: Record<RelationshipKind, string> = {
  mentor: "mentors",
  mentee: "mentees",
  collaborator: "collaborators",
  referral_partner: "referral partners",
  co_resident: "co-residents",
  friend: "friends",
  family: "family members",
  other: "other relations",
};

/** Who a cadence is for, in words: "Your mentors", "Tagged “ESC 2026”", "One contact". */
export function targetWords(target: CadenceTarget): string {
  if ("tag" in target) return `Tagged “${target.tag}”`;
  if ("relationship" in target) return `Your ${RELATIONSHIP_PLURALS[target.relationship]}`;
  return "One contact";
}

/**
 * Where an inherited cadence comes from, in words ("your mentors", "the tag
 * “ESC 2026”"), with its days; null when none holds or it is the contact's own.
 */
export function inheritedCadence(holds: CadenceRule | null): { days: number; from: string } | null {
  if (holds === null || "contact" in holds.target) return null;
  const from = "tag" in holds.target ? `the tag “${holds.target.tag}”` : targetWords(holds.target).toLowerCase();
  return { days: holds.every.days, from };
}
